//! `try`/`except*` (PEP 654), as an AST rewrite before scope analysis.
//!
//! Each `try ... except* T as n: H` statement becomes a plain `try` whose
//! one `except BaseException` handler drives the run-time half in the
//! embedded `_exceptiongroup` module: `_Star(exc).match(T)` splits off the
//! part of the (possibly naked) exception matching `T`; the clause body
//! runs as the handler of that part (so a bare `raise` re-raises it and
//! new exceptions get it as context); exceptions escaping a clause are
//! collected, and after the last clause `_Star.result()` combines them
//! with the unhandled rest as CPython's `_PyExc_PrepReraiseStar` does.
//! `else` and `finally` keep their meaning.
//!
//! A module that uses `except*` or the names `ExceptionGroup` /
//! `BaseExceptionGroup` gets an implicit `import _exceptiongroup` first,
//! which installs both classes among the builtins. Generated names start
//! with `_pyaot_star` and generated nodes take the `try` statement's
//! source range, so tracebacks point at the user's lines.

use super::parse::ast::{self, Expr, Stmt};
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::text_size::TextRange;

type Res<T> = Result<T, std::convert::Infallible>;

/// Name of the implicitly imported helper module in the program.
const HELPER: &str = "_pyaot_exceptiongroup";

struct Rewriter {
    /// The module needs the helper module.
    needed: bool,
    /// Counter for unique generated names.
    next: usize,
}

/// Gives every node of a generated template one source range.
struct Relocate(TextRange);

impl Fold<TextRange> for Relocate {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();
    fn will_map_user(&mut self, _user: &TextRange) {}
    fn map_user(&mut self, _user: TextRange, _context: ()) -> Res<TextRange> {
        Ok(self.0)
    }
}

/// Replaces placeholder statements `_pyaot_hole_K` (and placeholder
/// expressions of the same form) by the user's code.
struct Fill {
    stmts: Vec<Option<Vec<Stmt>>>,
    exprs: Vec<Option<Expr>>,
}

impl Fill {
    fn hole(e: &Expr) -> Option<usize> {
        match e {
            Expr::Name(n) => n.id.as_str().strip_prefix("_pyaot_hole_")?.parse().ok(),
            _ => None,
        }
    }

    fn body(&mut self, body: Vec<Stmt>) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            if let Stmt::Expr(e) = &s {
                if let Some(k) = Self::hole(&e.value) {
                    if let Some(Some(user)) = self.stmts.get_mut(k).map(Option::take) {
                        out.extend(user);
                        continue;
                    }
                }
            }
            out.push(self.stmt(s));
        }
        out
    }

    fn stmt(&mut self, s: Stmt) -> Stmt {
        match s {
            Stmt::Try(mut t) => {
                t.body = self.body(t.body);
                t.handlers = t
                    .handlers
                    .into_iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(mut h) = h;
                        h.body = self.body(h.body);
                        ast::ExceptHandler::ExceptHandler(h)
                    })
                    .collect();
                t.orelse = self.body(t.orelse);
                t.finalbody = self.body(t.finalbody);
                Stmt::Try(t)
            }
            Stmt::If(mut i) => {
                i.body = self.body(i.body);
                i.orelse = self.body(i.orelse);
                Stmt::If(i)
            }
            Stmt::Assign(mut a) => {
                if let Expr::Call(c) = &mut *a.value {
                    for arg in c.args.iter_mut() {
                        if let Some(k) = Self::hole(arg) {
                            if let Some(Some(user)) = self.exprs.get_mut(k).map(Option::take) {
                                *arg = user;
                            }
                        }
                    }
                }
                Stmt::Assign(a)
            }
            other => other,
        }
    }
}

impl Rewriter {
    fn lower(&mut self, t: ast::StmtTryStar) -> Stmt {
        self.needed = true;
        let n = self.next;
        self.next += 1;
        let st = format!("_pyaot_star{n}_st");
        let m = format!("_pyaot_star{n}_m");
        let x = format!("_pyaot_star{n}_x");
        let mut stmts: Vec<Option<Vec<Stmt>>> = vec![Some(t.body)];
        let mut exprs: Vec<Option<Expr>> = vec![];
        // The combined exception is raised after the handler, so it does
        // not get the original exception as implicit context.
        let r = format!("_pyaot_star{n}_r");
        let mut src = String::new();
        src.push_str("try:\n");
        src.push_str(&format!("    {r} = None\n"));
        src.push_str("    try:\n        _pyaot_hole_0\n");
        src.push_str(&format!("    except BaseException as _pyaot_star{n}_eg:\n"));
        src.push_str(&format!(
            "        {st} = {HELPER}._Star(_pyaot_star{n}_eg)\n"
        ));
        for h in t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let ty = exprs.len();
            exprs.push(h.type_.map(|b| *b));
            let body = stmts.len();
            stmts.push(Some(h.body));
            let name = h
                .name
                .map(|i| i.as_str().to_string())
                .unwrap_or_else(|| x.clone());
            src.push_str(&format!("        {m} = {st}.match(_pyaot_hole_{ty})\n"));
            src.push_str(&format!("        if {m} is not None:\n"));
            src.push_str("            try:\n");
            src.push_str(&format!("                raise {m}\n"));
            src.push_str(&format!("            except BaseException as {name}:\n"));
            src.push_str("                try:\n");
            src.push_str(&format!("                    _pyaot_hole_{body}\n"));
            src.push_str(&format!("                except BaseException as {x}:\n"));
            src.push_str(&format!("                    {st}.handler_raised({x})\n"));
        }
        src.push_str(&format!("        {r} = {st}.result()\n"));
        src.push_str(&format!("        del {st}, {m}\n"));
        if !t.orelse.is_empty() {
            src.push_str(&format!("    else:\n        _pyaot_hole_{}\n", stmts.len()));
            stmts.push(Some(t.orelse));
        }
        src.push_str(&format!("    if {r} is not None:\n"));
        src.push_str(&format!("        raise {r}\n"));
        if !t.finalbody.is_empty() {
            src.push_str(&format!("finally:\n    _pyaot_hole_{}\n", stmts.len()));
            stmts.push(Some(t.finalbody));
        } else {
            src.push_str("finally:\n    pass\n");
        }
        let template = template(&src, t.range);
        let mut fill = Fill { stmts, exprs };
        let mut out = fill.body(template);
        out.pop().expect("the template is one statement")
    }
}

/// Parse generated source and give its nodes the range `range`.
fn template(src: &str, range: TextRange) -> Vec<Stmt> {
    let body = super::parse::parse_module(src, "<except*>").expect("template parses");
    let mut r = Relocate(range);
    body.into_iter()
        .map(|s| match r.fold_stmt(s) {
            Ok(s) => s,
            Err(e) => match e {},
        })
        .collect()
}

impl Fold<TextRange> for Rewriter {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}
    fn map_user(&mut self, user: TextRange, _context: ()) -> Res<TextRange> {
        Ok(user)
    }

    fn fold_expr_name(&mut self, node: ast::ExprName) -> Res<ast::ExprName> {
        if matches!(node.id.as_str(), "ExceptionGroup" | "BaseExceptionGroup") {
            self.needed = true;
        }
        Ok(node)
    }

    fn fold_stmt(&mut self, node: Stmt) -> Res<Stmt> {
        let node = fold::fold_stmt(self, node)?;
        Ok(match node {
            Stmt::TryStar(t) => self.lower(t),
            other => other,
        })
    }
}

/// Rewrite the `except*` statements of a module (not of `_exceptiongroup`
/// itself), adding the helper import when needed.
pub fn rewrite_module(body: Vec<Stmt>, modname: &str) -> Vec<Stmt> {
    if modname == "_exceptiongroup" {
        return body;
    }
    let mut r = Rewriter {
        needed: false,
        next: 0,
    };
    let mut out: Vec<Stmt> = body
        .into_iter()
        .map(|s| match r.fold_stmt(s) {
            Ok(s) => s,
            Err(e) => match e {},
        })
        .collect();
    if r.needed {
        let mut import = template(
            &format!("import _exceptiongroup as {HELPER}\n"),
            TextRange::default(),
        );
        // After a module docstring and `from __future__` imports.
        let mut at = 0;
        for (i, s) in out.iter().enumerate() {
            let keep = match s {
                Stmt::Expr(e) if i == 0 => matches!(&*e.value, Expr::Constant(_)),
                Stmt::ImportFrom(f) => f.module.as_ref().map(|m| m.as_str()) == Some("__future__"),
                _ => false,
            };
            if !keep {
                break;
            }
            at = i + 1;
        }
        out.insert(at, import.remove(0));
    }
    out
}
