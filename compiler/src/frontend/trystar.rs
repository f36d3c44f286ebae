//! `try: ... except* T as e: ...` (PEP 654) with CPython 3.11's semantics.
//!
//! The exception raised in the body is handed to a `_StarState` of the
//! `_pyaot_excgroup` helper module, which splits off the part each clause
//! matches (wrapping a naked exception in a group). Each clause that
//! matches runs with the matched group as the handled exception (for bare
//! `raise` and implicit chaining); what clauses raise is collected, and
//! after the last clause the state computes what to raise, as
//! `_PyExc_PrepReraiseStar` does: re-raised parts keep the original
//! group's nesting, new exceptions are grouped with them.
//!
//! Programs that mention exception groups import the helper module first
//! (`inject_helper`), which installs `BaseExceptionGroup`/`ExceptionGroup`
//! as builtins.

use super::builder::FnBuilder;
use super::parse::ast::{self, Expr, Identifier, Stmt};
use super::LowerError;
use pyaot_ir::{CmpOp, Op, Term};
use rustpython_parser::text_size::TextRange;

const HELPER: &str = "_pyaot_excgroup";

/// Does this source use exception groups (by name or with `except*`)?
fn mentions_groups(text: &str) -> bool {
    if text.contains("ExceptionGroup") {
        return true;
    }
    let mut rest = text;
    while let Some(i) = rest.find("except") {
        rest = &rest[i + 6..];
        if rest.trim_start_matches([' ', '\t']).starts_with('*') {
            return true;
        }
    }
    false
}

/// Prepend `import _pyaot_excgroup; del _pyaot_excgroup` to a module that
/// uses exception groups (the import installs the builtins).
pub fn inject_helper(body: &mut Vec<Stmt>, text: &str, module: &str) {
    if module == HELPER || !mentions_groups(text) {
        return;
    }
    let range = TextRange::default();
    let import = Stmt::Import(ast::StmtImport {
        range,
        names: vec![ast::Alias {
            range,
            name: Identifier::new(HELPER),
            asname: None,
        }],
    });
    let del = Stmt::Delete(ast::StmtDelete {
        range,
        targets: vec![Expr::Name(ast::ExprName {
            range,
            id: Identifier::new(HELPER),
            ctx: ast::ExprContext::Del,
        })],
    });
    body.splice(0..0, [import, del]);
}

/// `return`, `break` or `continue` that would leave an `except*` clause
/// (CPython rejects them at compile time).
fn leaves_clause(body: &[Stmt], in_loop: bool) -> Option<&'static str> {
    for s in body {
        let found = match s {
            Stmt::Return(_) => Some("return"),
            Stmt::Break(_) if !in_loop => Some("break"),
            Stmt::Continue(_) if !in_loop => Some("continue"),
            Stmt::For(x) => leaves_clause(&x.body, true).or(leaves_clause(&x.orelse, in_loop)),
            Stmt::While(x) => leaves_clause(&x.body, true).or(leaves_clause(&x.orelse, in_loop)),
            Stmt::If(x) => leaves_clause(&x.body, in_loop).or(leaves_clause(&x.orelse, in_loop)),
            Stmt::With(x) => leaves_clause(&x.body, in_loop),
            Stmt::Try(x) => leaves_clause(&x.body, in_loop)
                .or(leaves_clause(&x.orelse, in_loop))
                .or(leaves_clause(&x.finalbody, in_loop))
                .or(x.handlers.iter().find_map(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    leaves_clause(&h.body, in_loop)
                })),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

type R<T = ()> = Result<T, LowerError>;

impl FnBuilder<'_> {
    /// The try/except* part of a `try` statement (a `finally` is added
    /// around it by `try_stmt`).
    pub fn try_except_star(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
    ) -> R {
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(hh) = h;
            if let Some(what) = leaves_clause(&hh.body, false) {
                return Err(LowerError {
                    line: self.lines.line(hh.range.start()),
                    message: format!(
                        "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block ({what})"
                    ),
                });
            }
        }
        let super::stmt::TryEntry {
            outer,
            after,
            e,
            saved,
            cleanup,
        } = self.try_entry(body, orelse)?;
        let ctor = self.reg();
        let name = self.name("__pyaot_star_state__");
        self.emit(Op::LoadBuiltin { dst: ctor, name });
        let st = self.reg();
        self.emit(Op::Call {
            dst: st,
            func: ctor,
            args: vec![e],
            kwnames: None,
        });
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h);
            let next = self.new_block();
            let Some(t) = &h.type_ else {
                return Err(self.unsupported(h, "except* without a type"));
            };
            let tr = self.expr(t)?;
            self.set_line_of(h);
            let m = self.reg();
            let name = self.name("match");
            self.emit(Op::CallMethod {
                dst: m,
                obj: st,
                name,
                args: vec![tr],
                kwnames: None,
            });
            let none = self.none();
            let matched = self.reg();
            self.emit(Op::Compare {
                dst: matched,
                op: CmpOp::IsNot,
                a: m,
                b: none,
            });
            let enter = self.new_block();
            self.terminate(Term::Branch {
                cond: matched,
                then: enter,
                els: next,
            });
            // The clause runs with the match as the handled exception:
            // raise it (without a traceback entry) into a catching block.
            self.switch_to(enter);
            let catch = self.new_block();
            let failed = self.new_block();
            self.set_handler(Some(catch));
            self.terminate(Term::Reraise(m));
            self.set_handler(Some(cleanup));
            self.switch_to(catch);
            let (m2, s2) = (self.reg(), self.reg());
            self.emit(Op::Catch { dst: m2, saved: s2 });
            self.set_handler(Some(failed));
            self.current_exc.push(m2);
            if let Some(n) = &h.name {
                self.store_name(n.as_str(), m2);
            }
            self.stmts(&h.body)?;
            self.current_exc.pop();
            self.set_handler(Some(cleanup));
            if !self.terminated {
                self.unbind(h.name.as_ref());
                self.emit(Op::RestoreExc { saved: s2 });
                self.jump(next);
            }
            // An exception from the clause is collected.
            self.switch_to(failed);
            let (err, s3) = (self.reg(), self.reg());
            self.emit(Op::Catch {
                dst: err,
                saved: s3,
            });
            let name = self.name("add_raised");
            let ignored = self.reg();
            self.emit(Op::CallMethod {
                dst: ignored,
                obj: st,
                name,
                args: vec![err],
                kwnames: None,
            });
            self.unbind(h.name.as_ref());
            self.emit(Op::RestoreExc { saved: s2 });
            self.jump(next);
            self.switch_to(next);
        }
        let r = self.reg();
        let name = self.name("finish");
        self.emit(Op::CallMethod {
            dst: r,
            obj: st,
            name,
            args: vec![],
            kwnames: None,
        });
        let none = self.none();
        let nothing = self.reg();
        self.emit(Op::Compare {
            dst: nothing,
            op: CmpOp::Is,
            a: r,
            b: none,
        });
        let (done, raise) = (self.new_block(), self.new_block());
        self.terminate(Term::Branch {
            cond: nothing,
            then: done,
            els: raise,
        });
        self.switch_to(done);
        self.emit(Op::RestoreExc { saved });
        self.jump(after);
        self.switch_to(raise);
        self.emit(Op::RestoreExc { saved });
        self.terminate(Term::Reraise(r));
        self.unwind.pop();
        self.set_handler(outer);
        self.switch_to(after);
        Ok(())
    }

    /// `e = None; del e` at the end of a clause that bound `as e`.
    fn unbind(&mut self, name: Option<&Identifier>) {
        if let Some(n) = name {
            let none = self.none();
            self.store_name(n.as_str(), none);
            self.del_name(n.as_str());
        }
    }
}
