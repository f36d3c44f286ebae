//! Lowering statements, function and class definitions, comprehensions
//! and exception handling to IR.
//!
//! Exception handling follows the IR's model: a `try` body's blocks name a
//! handler block that starts with `Catch`; `finally` bodies are lowered
//! once per exit path (normal, exceptional, and each return/break/continue
//! that leaves them, via the builder's unwind stack), as CPython does.

use super::builder::{FnBuilder, LoopCtx, ModuleCtx, ScopeKind, Unwind};
use super::expr::{binop, CompKind};
use super::parse::ast::{self, Constant, Expr, Ranged, Stmt};
use super::parse::LineIndex;
use super::scope::{self, Body, ScopeInfo};
use super::LowerError;
use pyaot_ir::*;
use std::collections::HashSet;

type R<T = ()> = Result<T, LowerError>;

/// Does this body (not nested scopes) contain `yield`?
fn contains_yield(body: &[Stmt]) -> bool {
    let mut found = false;
    fn visit(st: &Stmt, found: &mut bool) {
        scope::visit_stmt_exprs(st, &mut |e| check(e, found));
        scope::for_child_stmts(st, &mut |c| visit(c, found));
    }
    fn check(e: &Expr, found: &mut bool) {
        match e {
            Expr::Yield(_) | Expr::YieldFrom(_) => *found = true,
            Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::GeneratorExp(_) => {
                // Only the first iterable of a comprehension is ours.
                let gens = match e {
                    Expr::ListComp(c) => Some(&c.generators),
                    Expr::SetComp(c) => Some(&c.generators),
                    Expr::DictComp(c) => Some(&c.generators),
                    Expr::GeneratorExp(c) => Some(&c.generators),
                    _ => None,
                };
                if let Some(g) = gens.and_then(|g| g.first()) {
                    check(&g.iter, found);
                }
            }
            _ => scope::for_expr_children(e, &mut |c| check(c, found)),
        }
    }
    for st in body {
        visit(st, &mut found);
    }
    found
}

/// Does a module or class body hold an annotated assignment (outside
/// nested functions and classes)? CPython then creates `__annotations__`.
fn contains_annotation(body: &[Stmt]) -> bool {
    fn visit(st: &Stmt, found: &mut bool) {
        match st {
            Stmt::AnnAssign(_) => *found = true,
            Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) => {}
            _ => scope::for_child_stmts(st, &mut |c| visit(c, found)),
        }
    }
    let mut found = false;
    for s in body {
        visit(s, &mut found);
    }
    found
}

fn contains_walrus(body: &[Stmt]) -> bool {
    let mut found = false;
    fn visit(st: &Stmt, found: &mut bool) {
        scope::visit_stmt_exprs(st, &mut |e| {
            scope::walk_expr(e, &mut |x| {
                if matches!(x, Expr::NamedExpr(_)) {
                    *found = true
                }
            })
        });
        scope::for_child_stmts(st, &mut |c| visit(c, found));
    }
    for st in body {
        visit(st, &mut found);
    }
    found
}

pub struct FnSpec<'a> {
    pub name: &'a str,
    pub qualname: String,
    pub module: &'a str,
    pub file: &'a str,
    pub first_line: u32,
    pub args: Option<&'a ast::Arguments>,
    pub kind: ScopeKind,
    pub scope: ScopeInfo,
    pub enclosing: Vec<HashSet<String>>,
    pub comp_params: Vec<String>,
    /// An `async def` or an asynchronous comprehension.
    pub is_async: bool,
}

/// Lower a function (or module/class body) into slot `id` of the module.
pub fn build_function(
    m: &mut ModuleCtx,
    lines: &LineIndex,
    id: FuncId,
    spec: FnSpec,
    body: BodyRef,
) -> R {
    let mut b = FnBuilder::new(
        m,
        lines,
        spec.kind,
        spec.scope.clone(),
        spec.enclosing.clone(),
        spec.qualname.clone(),
    );
    b.line = spec.first_line;
    b.f.name = spec.name.to_string();
    b.f.qualname = spec.qualname.clone();
    b.f.module = spec.module.to_string();
    b.f.file = spec.file.to_string();
    b.f.first_line = spec.first_line;
    b.f.freevars = spec.scope.frees.clone();
    // Parameters occupy the first registers, in IR order.
    let mut pnames: Vec<String> = Vec::new();
    if let Some(a) = spec.args {
        let p = &mut b.f.params;
        for x in a.posonlyargs.iter().chain(&a.args) {
            p.names.push(x.def.arg.to_string());
        }
        p.posonly = a.posonlyargs.len() as u32;
        p.npos = (a.posonlyargs.len() + a.args.len()) as u32;
        for x in &a.kwonlyargs {
            p.names.push(x.def.arg.to_string());
        }
        p.nkwonly = a.kwonlyargs.len() as u32;
        p.varargs = a.vararg.as_ref().map(|x| x.arg.to_string());
        p.varkw = a.kwarg.as_ref().map(|x| x.arg.to_string());
        pnames = scope::param_names(a);
    }
    for n in &spec.comp_params {
        b.f.params.names.push(n.clone());
        b.f.params.npos += 1;
        pnames.push(n.clone());
    }
    for n in &pnames {
        b.var(n);
    }
    b.param_count = pnames.len();
    // Cells and free variables.
    for (idx, n) in spec.scope.frees.iter().enumerate() {
        let r = b.reg();
        b.emit(Op::LoadClosure {
            dst: r,
            idx: idx as u32,
        });
        b.vars.insert(n.clone(), r);
        b.cell_names.insert(n.clone());
    }
    if spec.kind == ScopeKind::Class && spec.scope.cells.contains("__class__") {
        let r = b.reg();
        b.emit(Op::MakeCell { dst: r, init: None });
        b.vars.insert("__class__".into(), r);
        b.cell_names.insert("__class__".into());
    }
    if spec.kind == ScopeKind::Function {
        let mut cells: Vec<&String> = spec.scope.cells.iter().collect();
        cells.sort();
        for n in cells {
            let init = pnames.iter().position(|p| p == n).map(|i| Reg(i as u32));
            let r = b.reg();
            b.emit(Op::MakeCell { dst: r, init });
            b.vars.insert(n.clone(), r);
            b.cell_names.insert(n.clone());
        }
    }
    match body {
        BodyRef::Stmts(stmts) => {
            b.has_walrus = contains_walrus(stmts);
            if let Some(Stmt::Expr(e)) = stmts.first() {
                if let Expr::Constant(c) = &*e.value {
                    if let Constant::Str(s) = &c.value {
                        b.f.doc = Some(s.clone());
                    }
                }
            }
            if spec.kind == ScopeKind::Function && contains_yield(stmts) {
                b.f.kind = FuncKind::Generator;
            }
            if spec.is_async {
                b.f.kind = if b.f.kind == FuncKind::Generator {
                    FuncKind::AsyncGenerator
                } else {
                    FuncKind::Coroutine
                };
            }
            if spec.kind != ScopeKind::Function && contains_annotation(stmts) {
                // SETUP_ANNOTATIONS: the namespace gets an empty dict.
                let d = b.reg();
                b.emit(Op::BuildDict {
                    dst: d,
                    items: vec![],
                });
                b.store_name("__annotations__", d);
            }
            b.stmts(stmts)?;
        }
        BodyRef::Comp(gens, kind, node) => {
            b.has_walrus = true;
            if spec.is_async {
                b.f.kind = if matches!(kind, CompKind::Gen(_)) {
                    FuncKind::AsyncGenerator
                } else {
                    FuncKind::Coroutine
                };
            }
            b.comp_body(gens, kind, node)?;
        }
    }
    if spec.kind == ScopeKind::Class && b.cell_names.contains("__class__") && !b.terminated {
        let cell = b.vars["__class__"];
        let n = b.name("__classcell__");
        b.emit(Op::StoreName { name: n, src: cell });
    }
    let kind = match spec.kind {
        ScopeKind::Module => FuncKind::Module,
        ScopeKind::Class => FuncKind::ClassBody,
        ScopeKind::Function => b.f.kind,
    };
    let mut f = b.finish()?;
    f.kind = kind;
    m.module.functions[id.0 as usize] = f;
    Ok(())
}

pub enum BodyRef<'a> {
    Stmts(&'a [Stmt]),
    /// The generators, the element kind and the comprehension node (whose
    /// range the loop instructions carry, as in CPython).
    Comp(&'a [ast::Comprehension], CompKind<'a>, &'a Expr),
}

impl FnBuilder<'_> {
    pub fn set_handler(&mut self, h: Option<BlockId>) {
        self.handler = h;
        self.reblock();
    }

    pub fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn child_enclosing(&self) -> Vec<HashSet<String>> {
        let mut e = self.enclosing.clone();
        match self.kind {
            ScopeKind::Function => e.push(self.scope.local_set.clone()),
            // Methods see the implicit `__class__` cell, not class attributes.
            ScopeKind::Class => e.push(HashSet::from(["__class__".to_string()])),
            ScopeKind::Module => {}
        }
        e
    }

    fn child_qualname(&self, name: &str) -> String {
        match self.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Function => format!("{}.<locals>.{}", self.qualname, name),
            ScopeKind::Class => format!("{}.{}", self.qualname, name),
        }
    }

    /// Build a tuple of the cells a nested scope captures.
    fn closure_for(&mut self, frees: &[String]) -> R<Option<Reg>> {
        if frees.is_empty() {
            return Ok(None);
        }
        let mut items = vec![];
        for n in frees {
            if !self.cell_names.contains(n) {
                return Err(LowerError {
                    line: self.line,
                    message: format!(
                        "internal error: free variable '{n}' has no cell in the enclosing scope"
                    ),
                });
            }
            items.push(self.var(n));
        }
        let r = self.reg();
        self.emit(Op::BuildTuple { dst: r, items });
        Ok(Some(r))
    }

    /// Lower a `def` or `lambda`: evaluate defaults, build the nested
    /// function and return the function object.
    pub fn make_function<T: rustpython_parser::ast::Ranged + 'static>(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        node: &T,
        returns: Option<&Expr>,
        is_async: bool,
    ) -> R<Reg> {
        let line = self.lines.line(node.range().start());
        let mut defaults = vec![];
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kwd = vec![];
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                let k = self.konst(Const::Str(a.def.arg.to_string()));
                let v = self.expr(d)?;
                kwd.push(k);
                kwd.push(v);
            }
        }
        let annotations = self.function_annotations(args, returns)?;
        let enclosing = self.child_enclosing();
        let sc = scope::analyze(&scope::param_names(args), Body::Stmts(body), &enclosing);
        let id = self.m.reserve_function();
        let spec = FnSpec {
            name,
            qualname: self.child_qualname(name),
            module: &self.f.module.clone(),
            file: &self.f.file.clone(),
            first_line: line,
            args: Some(args),
            kind: ScopeKind::Function,
            scope: sc.clone(),
            enclosing,
            comp_params: vec![],
            is_async,
        };
        build_function(self.m, self.lines, id, spec, BodyRef::Stmts(body))?;
        self.set_line_of(node);
        let defaults = if defaults.is_empty() {
            None
        } else {
            let r = self.reg();
            self.emit(Op::BuildTuple {
                dst: r,
                items: defaults,
            });
            Some(r)
        };
        let kwdefaults = if kwd.is_empty() {
            None
        } else {
            let r = self.reg();
            self.emit(Op::BuildDict { dst: r, items: kwd });
            Some(r)
        };
        let closure = self.closure_for(&sc.frees)?;
        let r = self.reg();
        self.emit(Op::MakeFunction {
            dst: r,
            func: id,
            defaults,
            kwdefaults,
            closure,
        });
        if let Some(a) = annotations {
            let n = self.name("__annotations__");
            self.emit(Op::SetAttr {
                obj: r,
                name: n,
                src: a,
            });
        }
        Ok(r)
    }

    /// Evaluate a function's annotations into a dict in CPython 3.11's
    /// order (regular parameters, positional-only ones, `*args`,
    /// keyword-only, `**kwargs`, `return`); None when there are none.
    fn function_annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&Expr>,
    ) -> R<Option<Reg>> {
        let mut entries: Vec<(String, &Expr)> = vec![];
        for a in args.args.iter().chain(&args.posonlyargs) {
            if let Some(t) = &a.def.annotation {
                entries.push((a.def.arg.to_string(), t));
            }
        }
        if let Some(v) = &args.vararg {
            if let Some(t) = &v.annotation {
                entries.push((v.arg.to_string(), t));
            }
        }
        for a in &args.kwonlyargs {
            if let Some(t) = &a.def.annotation {
                entries.push((a.def.arg.to_string(), t));
            }
        }
        if let Some(v) = &args.kwarg {
            if let Some(t) = &v.annotation {
                entries.push((v.arg.to_string(), t));
            }
        }
        if let Some(t) = returns {
            entries.push(("return".to_string(), t));
        }
        if entries.is_empty() {
            return Ok(None);
        }
        let mut items = vec![];
        for (name, t) in entries {
            items.push(self.konst(Const::Str(name)));
            items.push(self.annotation_value(t)?);
        }
        let r = self.reg();
        self.emit(Op::BuildDict { dst: r, items });
        Ok(Some(r))
    }

    /// The value stored for annotation `t`: the evaluated expression, or
    /// its source text under `from __future__ import annotations`.
    pub fn annotation_value(&mut self, t: &Expr) -> R<Reg> {
        if self.m.future_annotations {
            match super::unparse::annotation(t) {
                Some(s) => Ok(self.konst(Const::Str(s))),
                None => Err(self.unsupported(
                    t,
                    "this annotation under 'from __future__ import annotations'",
                )),
            }
        } else {
            self.expr(t)
        }
    }

    /// A simple-name annotation at module or class level:
    /// `__annotations__[name] = annotation`; other annotated targets only
    /// evaluate what CPython evaluates.
    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> R<()> {
        if let Some(v) = &a.value {
            let r = self.expr(v)?;
            self.assign(&a.target, r)?;
        }
        let stores = self.kind != ScopeKind::Function;
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if stores {
                    let t = self.annotation_value(&a.annotation)?;
                    let d = self.load_name("__annotations__");
                    let k = self.konst(Const::Str(n.id.to_string()));
                    self.emit(Op::SetItem {
                        obj: d,
                        key: k,
                        src: t,
                    });
                }
                return Ok(());
            }
            Expr::Attribute(x) if a.value.is_none() => {
                self.expr(&x.value)?;
            }
            Expr::Subscript(x) if a.value.is_none() => {
                self.expr(&x.value)?;
                self.expr(&x.slice)?;
            }
            _ => {}
        }
        if stores && !self.m.future_annotations {
            self.expr(&a.annotation)?;
        }
        Ok(())
    }

    pub fn comprehension(
        &mut self,
        name: &str,
        gens: &[ast::Comprehension],
        kind: CompKind,
        node: &Expr,
    ) -> R<Reg> {
        let line = self.lines.line(node.range().start());
        let first = self.iter_expr(&gens[0].iter)?;
        self.set_line_of(node);
        let is_async = super::asyncs::comprehension_is_async(gens, &kind);
        let it = if gens[0].is_async {
            self.async_helper("__pyaot_aiter__", vec![first])
        } else {
            let it = self.reg();
            self.emit(Op::GetIter {
                dst: it,
                obj: first,
            });
            it
        };
        let elts: Vec<&Expr> = match &kind {
            CompKind::List(e) | CompKind::Set(e) | CompKind::Gen(e) => vec![e],
            CompKind::Dict(k, v) => vec![k, v],
        };
        let enclosing = self.child_enclosing();
        let sc = scope::analyze(&[".0".to_string()], Body::Comp(gens, elts), &enclosing);
        let id = self.m.reserve_function();
        let is_gen = matches!(kind, CompKind::Gen(_));
        let spec = FnSpec {
            name,
            qualname: self.child_qualname(name),
            module: &self.f.module.clone(),
            file: &self.f.file.clone(),
            first_line: line,
            args: None,
            kind: ScopeKind::Function,
            scope: sc.clone(),
            enclosing,
            comp_params: vec![".0".to_string()],
            is_async,
        };
        build_function(
            self.m,
            self.lines,
            id,
            spec,
            BodyRef::Comp(gens, kind, node),
        )?;
        if is_gen && !is_async {
            self.m.module.functions[id.0 as usize].kind = FuncKind::Generator;
        }
        self.set_line_of(node);
        let closure = self.closure_for(&sc.frees)?;
        let f = self.reg();
        self.emit(Op::MakeFunction {
            dst: f,
            func: id,
            defaults: None,
            kwdefaults: None,
            closure,
        });
        let r = self.reg();
        self.emit(Op::Call {
            dst: r,
            func: f,
            args: vec![it],
            kwnames: None,
        });
        if is_async && !is_gen {
            return Ok(self.await_reg(r));
        }
        Ok(r)
    }

    /// The body of a comprehension function (parameter r0 is the iterator).
    fn comp_body(&mut self, gens: &[ast::Comprehension], kind: CompKind, node: &Expr) -> R {
        self.set_line_of(node);
        let result = match kind {
            CompKind::List(_) => {
                let r = self.reg();
                self.emit(Op::BuildList {
                    dst: r,
                    items: vec![],
                });
                Some(r)
            }
            CompKind::Set(_) => {
                let r = self.reg();
                self.emit(Op::BuildSet {
                    dst: r,
                    items: vec![],
                });
                Some(r)
            }
            CompKind::Dict(..) => {
                let r = self.reg();
                self.emit(Op::BuildDict {
                    dst: r,
                    items: vec![],
                });
                Some(r)
            }
            CompKind::Gen(_) => None,
        };
        self.comp_level(gens, 0, &kind, result, node)?;
        let r = match result {
            Some(r) => r,
            None => self.none(),
        };
        self.terminate(Term::Return(r));
        Ok(())
    }

    fn comp_level(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        kind: &CompKind,
        result: Option<Reg>,
        node: &Expr,
    ) -> R {
        let g = &gens[i];
        let it = if i == 0 {
            Reg(0)
        } else if g.is_async {
            let v = self.iter_expr(&g.iter)?;
            self.set_line_of(node);
            self.async_helper("__pyaot_aiter__", vec![v])
        } else {
            let v = self.iter_expr(&g.iter)?;
            self.set_line_of(node);
            let it = self.reg();
            self.emit(Op::GetIter { dst: it, obj: v });
            it
        };
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.jump(head);
        self.switch_to(head);
        self.set_line_of(node);
        let item = if g.is_async {
            self.async_for_next(it, body, exit)
        } else {
            let item = self.reg();
            self.terminate(Term::ForIter {
                iter: it,
                dst: item,
                body,
                exit,
            });
            item
        };
        self.switch_to(body);
        // Level 0 of a list/set/dict comprehension keeps its iterator in
        // the frame (which a traceback keeps alive), so only generator
        // expressions and inner levels close theirs on an exception.
        let owned = i > 0 || matches!(kind, CompKind::Gen(_));
        let guard = (owned && !g.is_async && super::iterclose::owns_iterator(&g.iter))
            .then(|| self.guard_loop_body());
        self.assign(&g.target, item)?;
        for c in &g.ifs {
            let ok = self.new_block();
            self.cond(c, ok, head)?;
            self.switch_to(ok);
        }
        if i + 1 < gens.len() {
            self.comp_level(gens, i + 1, kind, result, node)?;
        } else {
            match kind {
                CompKind::List(e) => {
                    let v = self.expr(e)?;
                    self.emit(Op::ListAppend {
                        list: result.unwrap(),
                        item: v,
                    });
                }
                CompKind::Set(e) => {
                    let v = self.expr(e)?;
                    self.emit(Op::SetAdd {
                        set: result.unwrap(),
                        item: v,
                    });
                }
                CompKind::Dict(k, v) => {
                    let kr = self.expr(k)?;
                    let vr = self.expr(v)?;
                    self.emit(Op::DictSet {
                        dict: result.unwrap(),
                        key: kr,
                        value: vr,
                    });
                }
                CompKind::Gen(e) => {
                    let v = self.expr(e)?;
                    let d = self.reg();
                    self.emit(Op::Yield { dst: d, value: v });
                }
            }
        }
        self.jump(head);
        if let Some(g) = guard {
            self.end_loop_guard(g, it);
        }
        self.switch_to(exit);
        Ok(())
    }

    /// Store `src` into an assignment target.
    pub fn assign(&mut self, target: &Expr, src: Reg) -> R {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str(), src);
                Ok(())
            }
            Expr::Attribute(a) => {
                let o = self.expr(&a.value)?;
                self.set_line_of(target);
                let name = self.name(a.attr.as_str());
                self.emit(Op::SetAttr { obj: o, name, src });
                Ok(())
            }
            Expr::Subscript(s) => {
                let o = self.expr(&s.value)?;
                let k = self.expr(&s.slice)?;
                self.set_line_of(target);
                self.emit(Op::SetItem {
                    obj: o,
                    key: k,
                    src,
                });
                Ok(())
            }
            Expr::Tuple(t) => {
                self.set_line_of(target);
                self.unpack(&t.elts, src)
            }
            Expr::List(l) => {
                self.set_line_of(target);
                self.unpack(&l.elts, src)
            }
            Expr::Starred(s) => Err(self.unsupported(s, "starred assignment target here")),
            other => Err(LowerError {
                line: self
                    .lines
                    .line(rustpython_parser::ast::Ranged::range(other).start()),
                message: "SyntaxError: cannot assign to expression".into(),
            }),
        }
    }

    fn unpack(&mut self, elts: &[Expr], src: Reg) -> R {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        let dsts: Vec<Reg> = elts.iter().map(|_| self.reg()).collect();
        self.emit(Op::Unpack {
            dsts: dsts.clone(),
            src,
            star: star.map(|s| s as u32),
        });
        for (e, d) in elts.iter().zip(dsts) {
            match e {
                Expr::Starred(s) => self.assign(&s.value, d)?,
                _ => self.assign(e, d)?,
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.set_line_of(s);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Assign(a) => {
                // `a, b = x, y`: evaluate every value before assigning.
                if a.targets.len() == 1 {
                    if let (Expr::Tuple(t), Expr::Tuple(v)) = (&a.targets[0], &*a.value) {
                        let simple = t.elts.len() == v.elts.len()
                            && !t
                                .elts
                                .iter()
                                .chain(&v.elts)
                                .any(|x| matches!(x, Expr::Starred(_)));
                        if simple {
                            let mut tmps = vec![];
                            for x in &v.elts {
                                let r = self.expr(x)?;
                                let c = self.reg();
                                self.emit(Op::Move { dst: c, src: r });
                                tmps.push(c);
                            }
                            for (t, r) in t.elts.iter().zip(tmps) {
                                self.assign(t, r)?;
                            }
                            return Ok(());
                        }
                    }
                }
                let v = self.expr(&a.value)?;
                for t in &a.targets {
                    self.assign(t, v)?;
                }
            }
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::If(i) => {
                let (t, f, done) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(&i.test, t, f)?;
                self.switch_to(t);
                self.stmts(&i.body)?;
                self.jump(done);
                self.switch_to(f);
                self.stmts(&i.orelse)?;
                self.jump(done);
                self.switch_to(done);
            }
            Stmt::While(w) => {
                let (head, body, orelse, after) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                self.jump(head);
                self.switch_to(head);
                self.cond(&w.test, body, orelse)?;
                self.switch_to(body);
                self.loops.push(LoopCtx {
                    brk: after,
                    cont: head,
                    unwind_depth: self.unwind.len(),
                });
                self.stmts(&w.body)?;
                self.loops.pop();
                self.set_line_of(s);
                self.jump(head);
                self.switch_to(orelse);
                self.stmts(&w.orelse)?;
                self.jump(after);
                self.switch_to(after);
            }
            Stmt::For(f) => {
                let v = self.iter_expr(&f.iter)?;
                self.set_line_of(s);
                let it = self.reg();
                self.emit(Op::GetIter { dst: it, obj: v });
                let (head, body, orelse, after) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                self.jump(head);
                self.switch_to(head);
                let item = self.reg();
                self.terminate(Term::ForIter {
                    iter: it,
                    dst: item,
                    body,
                    exit: orelse,
                });
                self.switch_to(body);
                // A loop over a fresh iterator owns it: leaving the loop
                // early closes it (see iterclose.rs).
                let owns = super::iterclose::owns_iterator(&f.iter);
                let brk = if owns { self.new_block() } else { after };
                let guard = owns.then(|| self.guard_loop_body());
                if let Some(g) = &guard {
                    self.unwind.push(Unwind::CloseIter {
                        it,
                        handler: g.outer,
                    });
                }
                self.assign(&f.target, item)?;
                self.loops.push(LoopCtx {
                    brk,
                    cont: head,
                    unwind_depth: self.unwind.len(),
                });
                self.stmts(&f.body)?;
                self.loops.pop();
                self.jump(head);
                if let Some(g) = guard {
                    self.unwind.pop();
                    self.end_loop_guard(g, it);
                    self.switch_to(brk);
                    self.close_iter(it);
                    self.jump(after);
                }
                self.switch_to(orelse);
                self.stmts(&f.orelse)?;
                self.jump(after);
                self.switch_to(after);
            }
            Stmt::Break(b) => {
                let Some(l) = self.loops.last() else {
                    return Err(LowerError {
                        line: self.line,
                        message: "SyntaxError: 'break' outside loop".into(),
                    });
                };
                let (brk, depth) = (l.brk, l.unwind_depth);
                let _ = b;
                self.emit_unwind(depth)?;
                self.jump(brk);
            }
            Stmt::Continue(_) => {
                let Some(l) = self.loops.last() else {
                    return Err(LowerError {
                        line: self.line,
                        message: "SyntaxError: 'continue' not properly in loop".into(),
                    });
                };
                let (cont, depth) = (l.cont, l.unwind_depth);
                self.emit_unwind(depth)?;
                self.jump(cont);
            }
            Stmt::Return(r) => {
                if self.kind != ScopeKind::Function {
                    return Err(LowerError {
                        line: self.line,
                        message: "SyntaxError: 'return' outside function".into(),
                    });
                }
                let v = match &r.value {
                    Some(v) => {
                        let x = self.expr(v)?;
                        let c = self.reg();
                        self.emit(Op::Move { dst: c, src: x });
                        c
                    }
                    None => self.none(),
                };
                self.set_line_of(s);
                self.emit_unwind(0)?;
                self.terminate(Term::Return(v));
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t)?;
                }
            }
            Stmt::Assert(a) => {
                let (ok, fail) = (self.new_block(), self.new_block());
                self.cond(&a.test, ok, fail)?;
                self.switch_to(fail);
                // CPython raises at the position of a comparison that
                // ends the test, else at the statement's.
                let mut last = &*a.test;
                loop {
                    match last {
                        Expr::BoolOp(b) => last = b.values.last().unwrap(),
                        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => last = &u.operand,
                        _ => break,
                    }
                }
                let at_compare = matches!(last, Expr::Compare(_));
                if at_compare {
                    self.set_line_of(last);
                } else {
                    self.set_line_of(s);
                }
                let name = self.name("AssertionError");
                let t = self.reg();
                self.emit(Op::LoadBuiltin { dst: t, name });
                let e = match &a.msg {
                    Some(m) => {
                        let mr = self.expr(m)?;
                        if at_compare {
                            self.set_line_of(last);
                        } else {
                            self.set_line_of(s);
                        }
                        let r = self.reg();
                        self.emit(Op::Call {
                            dst: r,
                            func: t,
                            args: vec![mr],
                            kwnames: None,
                        });
                        r
                    }
                    None => t,
                };
                self.terminate(Term::Raise {
                    exc: Some(e),
                    cause: None,
                });
                self.switch_to(ok);
            }
            Stmt::Raise(r) => {
                match (&r.exc, &r.cause) {
                    (None, _) => {
                        // Re-raise without a new traceback entry.
                        match self.current_exc.last() {
                            Some(e) => {
                                let e = *e;
                                self.terminate(Term::Reraise(e))
                            }
                            None => self.terminate(Term::Raise {
                                exc: None,
                                cause: None,
                            }),
                        }
                    }
                    (Some(e), c) => {
                        let er = self.expr(e)?;
                        let cr = match c {
                            Some(c) => Some(self.expr(c)?),
                            None => None,
                        };
                        self.set_line_of(s);
                        self.terminate(Term::Raise {
                            exc: Some(er),
                            cause: cr,
                        });
                    }
                }
            }
            Stmt::Try(t) => self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, false)?,
            Stmt::TryStar(t) => {
                self.try_stmt(&t.body, &t.handlers, &t.orelse, &t.finalbody, true)?
            }
            Stmt::FunctionDef(f) => self.def_stmt(
                s,
                &f.decorator_list,
                f.name.as_str(),
                &f.args,
                &f.body,
                f.returns.as_deref(),
                false,
            )?,
            Stmt::AsyncFunctionDef(f) => self.def_stmt(
                s,
                &f.decorator_list,
                f.name.as_str(),
                &f.args,
                &f.body,
                f.returns.as_deref(),
                true,
            )?,
            Stmt::ClassDef(c) => self.class_def(c, s)?,
            Stmt::Import(i) => {
                for a in &i.names {
                    let full = a.name.as_str();
                    let nid = self.name(full);
                    let r = self.reg();
                    self.emit(Op::Import {
                        dst: r,
                        name: nid,
                        level: 0,
                    });
                    match &a.asname {
                        Some(asn) => self.store_name(asn.as_str(), r),
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            if top != full {
                                let tid = self.name(top);
                                let t = self.reg();
                                self.emit(Op::Import {
                                    dst: t,
                                    name: tid,
                                    level: 0,
                                });
                                self.store_name(top, t);
                            } else {
                                self.store_name(top, r);
                            }
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let modname = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                let nid = self.name(&modname);
                let m = self.reg();
                self.emit(Op::Import {
                    dst: m,
                    name: nid,
                    level,
                });
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.kind != ScopeKind::Module {
                            return Err(LowerError {
                                line: self.line,
                                message: "SyntaxError: import * only allowed at module level"
                                    .into(),
                            });
                        }
                        // Copy the public names into this module's namespace.
                        let me = self.f.module.clone();
                        let me_id = self.name(&me);
                        let dst = self.reg();
                        self.emit(Op::Import {
                            dst,
                            name: me_id,
                            level: 0,
                        });
                        let fname = self.name("__pyaot_import_star__");
                        let f = self.reg();
                        self.emit(Op::LoadBuiltin {
                            dst: f,
                            name: fname,
                        });
                        let r = self.reg();
                        self.emit(Op::Call {
                            dst: r,
                            func: f,
                            args: vec![m, dst],
                            kwnames: None,
                        });
                        continue;
                    }

                    let n = self.name(a.name.as_str());
                    let r = self.reg();
                    self.emit(Op::ImportFrom {
                        dst: r,
                        module: m,
                        name: n,
                    });
                    self.store_name(a.asname.as_ref().unwrap_or(&a.name).as_str(), r);
                }
            }
            Stmt::With(w) => self.with_stmt_async(&w.items, &w.body, false)?,
            Stmt::AsyncWith(w) => self.with_stmt_async(&w.items, &w.body, true)?,
            Stmt::AsyncFor(f) => self.async_for_stmt(f, s)?,
            Stmt::Match(m) => self.match_stmt(m)?,

            Stmt::TypeAlias(t) => return Err(self.unsupported(t, "type aliases")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> R {
        let op = binop(&a.op);
        match &*a.target {
            Expr::Name(n) => {
                let cur = self.load_name(n.id.as_str());
                let v = self.expr(&a.value)?;
                self.set_line_of(a);
                let r = self.reg();
                self.emit(Op::Inplace {
                    dst: r,
                    op,
                    a: cur,
                    b: v,
                });
                self.store_name(n.id.as_str(), r);
            }
            Expr::Attribute(at) => {
                let o = self.expr(&at.value)?;
                self.set_line_of(&*a.target);
                let name = self.name(at.attr.as_str());
                let cur = self.reg();
                self.emit(Op::GetAttr {
                    dst: cur,
                    obj: o,
                    name,
                });
                let v = self.expr(&a.value)?;
                self.set_line_of(a);
                let r = self.reg();
                self.emit(Op::Inplace {
                    dst: r,
                    op,
                    a: cur,
                    b: v,
                });
                self.set_line_of(&*a.target);
                self.emit(Op::SetAttr {
                    obj: o,
                    name,
                    src: r,
                });
            }
            Expr::Subscript(sb) => {
                let o = self.expr(&sb.value)?;
                let k = self.expr(&sb.slice)?;
                self.set_line_of(&*a.target);
                let cur = self.reg();
                self.emit(Op::GetItem {
                    dst: cur,
                    obj: o,
                    key: k,
                });
                let v = self.expr(&a.value)?;
                self.set_line_of(a);
                let r = self.reg();
                self.emit(Op::Inplace {
                    dst: r,
                    op,
                    a: cur,
                    b: v,
                });
                self.set_line_of(&*a.target);
                self.emit(Op::SetItem {
                    obj: o,
                    key: k,
                    src: r,
                });
            }
            _ => return Err(self.unsupported(a, "this augmented assignment target")),
        }
        Ok(())
    }

    fn delete(&mut self, t: &Expr) -> R {
        self.set_line_of(t);
        match t {
            Expr::Name(n) => self.del_name(n.id.as_str()),
            Expr::Attribute(a) => {
                let o = self.expr(&a.value)?;
                self.set_line_of(t);
                let name = self.name(a.attr.as_str());
                self.emit(Op::DelAttr { obj: o, name });
            }
            Expr::Subscript(s) => {
                let o = self.expr(&s.value)?;
                let k = self.expr(&s.slice)?;
                self.set_line_of(t);
                self.emit(Op::DelItem { obj: o, key: k });
            }
            Expr::Tuple(x) => {
                for e in &x.elts {
                    self.delete(e)?;
                }
            }
            Expr::List(x) => {
                for e in &x.elts {
                    self.delete(e)?;
                }
            }
            _ => return Err(self.unsupported(t, "this del target")),
        }
        Ok(())
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        star: bool,
    ) -> R {
        if finalbody.is_empty() && star {
            return self.try_except_star(body, handlers, orelse);
        }
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        let outer = self.handler;
        let h_fin = self.new_block();
        let after = self.new_block();
        self.unwind.push(Unwind::Finally {
            body: finalbody as *const [Stmt],
            handler: outer,
        });
        self.set_handler(Some(h_fin));
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else if star {
            self.try_except_star(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unwind.pop();
        self.set_handler(outer);
        if !self.terminated {
            self.stmts(finalbody)?;
            self.jump(after);
        }
        // The exceptional path: run the finally body, then re-raise.
        self.switch_to(h_fin);
        let (e, saved) = (self.reg(), self.reg());
        self.emit(Op::Catch { dst: e, saved });
        let cleanup = self.cleanup_block(saved, outer);
        self.unwind.push(Unwind::RestoreExc {
            saved,
            handler: outer,
        });
        self.set_handler(Some(cleanup));
        self.stmts(finalbody)?;
        self.unwind.pop();
        self.set_handler(outer);
        self.emit(Op::RestoreExc { saved });
        self.terminate(Term::Reraise(e));
        self.switch_to(after);
        Ok(())
    }

    /// A handler for exceptions raised while handling another: restore the
    /// handled-exception state and propagate.
    pub(super) fn cleanup_block(&mut self, saved: Reg, outer: Option<BlockId>) -> BlockId {
        let prev_cur = self.cur;
        let prev_term = self.terminated;
        let prev_handler = self.handler;
        self.handler = outer;
        let b = self.new_block();
        self.switch_to(b);
        let (e2, s2) = (self.reg(), self.reg());
        self.emit(Op::Catch { dst: e2, saved: s2 });
        self.emit(Op::RestoreExc { saved });
        self.terminate(Term::Reraise(e2));
        self.cur = prev_cur;
        self.terminated = prev_term;
        self.handler = prev_handler;
        b
    }

    /// The common start of `try`/`except` and `try`/`except*`: `body` runs
    /// under a fresh handler block, `orelse` after it when it completes,
    /// then the handler catches the exception (saving the one being
    /// handled) and installs the cleanup block that restores it.
    pub(super) fn try_entry(&mut self, body: &[Stmt], orelse: &[Stmt]) -> R<TryEntry> {
        let outer = self.handler;
        let h_exc = self.new_block();
        let after = self.new_block();
        self.set_handler(Some(h_exc));
        self.stmts(body)?;
        self.set_handler(outer);
        if !self.terminated {
            self.stmts(orelse)?;
            self.jump(after);
        }
        self.switch_to(h_exc);
        let (e, saved) = (self.reg(), self.reg());
        self.emit(Op::Catch { dst: e, saved });
        let cleanup = self.cleanup_block(saved, outer);
        self.unwind.push(Unwind::RestoreExc {
            saved,
            handler: outer,
        });
        self.set_handler(Some(cleanup));
        Ok(TryEntry {
            outer,
            after,
            e,
            saved,
            cleanup,
        })
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) -> R {
        let TryEntry {
            outer,
            after,
            e,
            saved,
            ..
        } = self.try_entry(body, orelse)?;
        self.current_exc.push(e);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line_of(h);
            let next = self.new_block();
            if let Some(t) = &h.type_ {
                let tr = self.expr(t)?;
                self.set_line_of(h);
                let m = self.reg();
                self.emit(Op::ExcMatch {
                    dst: m,
                    exc: e,
                    typ: tr,
                });
                let body_b = self.new_block();
                self.terminate(Term::Branch {
                    cond: m,
                    then: body_b,
                    els: next,
                });
                self.switch_to(body_b);
            }
            if let Some(n) = &h.name {
                self.store_name(n.as_str(), e);
            }
            self.stmts(&h.body)?;
            if !self.terminated {
                if let Some(n) = &h.name {
                    let none = self.none();
                    self.store_name(n.as_str(), none);
                    self.del_name(n.as_str());
                }
                self.emit(Op::RestoreExc { saved });
                self.jump(after);
            }
            self.switch_to(next);
            if h.type_.is_none() {
                break;
            }
        }
        self.current_exc.pop();
        // No clause matched: propagate.
        self.emit(Op::RestoreExc { saved });
        self.terminate(Term::Reraise(e));
        self.unwind.pop();
        self.set_handler(outer);
        self.switch_to(after);
        Ok(())
    }

    /// `with` (or `async with` when `is_async`: `__aenter__`/`__aexit__`,
    /// each result awaited).
    fn with_stmt_async(&mut self, items: &[ast::WithItem], body: &[Stmt], is_async: bool) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let mgr = self.expr(&first.context_expr)?;
        // (bound __exit__, __enter__()) with CPython's TypeError when the
        // object is not a context manager.
        let hname = self.name(if is_async {
            "__pyaot_async_with_enter__"
        } else {
            "__pyaot_with_enter__"
        });
        let h = self.reg();
        self.emit(Op::LoadBuiltin {
            dst: h,
            name: hname,
        });
        let pair = self.reg();
        self.emit(Op::Call {
            dst: pair,
            func: h,
            args: vec![mgr],
            kwnames: None,
        });
        let (exit, mut val) = (self.reg(), self.reg());
        self.emit(Op::Unpack {
            dsts: vec![exit, val],
            src: pair,
            star: None,
        });
        if is_async {
            val = self.await_iter(val);
        }

        let outer = self.handler;
        let h = self.new_block();
        let after = self.new_block();
        self.unwind.push(Unwind::WithExit {
            exit,
            handler: outer,
            is_async,
        });
        self.set_handler(Some(h));
        if let Some(v) = &first.optional_vars {
            self.assign(v, val)?;
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt_async(rest, body, is_async)?;
        }
        self.unwind.pop();
        self.set_handler(outer);
        if !self.terminated {
            let n = self.none();
            let d = self.reg();
            self.emit(Op::Call {
                dst: d,
                func: exit,
                args: vec![n, n, n],
                kwnames: None,
            });
            if is_async {
                self.await_aexit(d);
            }
            self.jump(after);
        }
        // Exceptional exit: exit(type, value, tb); suppress if it returns true.
        self.switch_to(h);
        let (e, saved) = (self.reg(), self.reg());
        self.emit(Op::Catch { dst: e, saved });
        let cleanup = self.cleanup_block(saved, outer);
        self.set_handler(Some(cleanup));
        let tname = self.name("type");
        let tf = self.reg();
        self.emit(Op::LoadBuiltin {
            dst: tf,
            name: tname,
        });
        let t = self.reg();
        self.emit(Op::Call {
            dst: t,
            func: tf,
            args: vec![e],
            kwnames: None,
        });
        let tbname = self.name("__traceback__");
        let n = self.reg();
        self.emit(Op::GetAttr {
            dst: n,
            obj: e,
            name: tbname,
        });
        let mut res = self.reg();

        self.emit(Op::Call {
            dst: res,
            func: exit,
            args: vec![t, e, n],
            kwnames: None,
        });
        if is_async {
            res = self.await_aexit(res);
        }
        let (suppress, reraise) = (self.new_block(), self.new_block());
        self.terminate(Term::Branch {
            cond: res,
            then: suppress,
            els: reraise,
        });
        self.set_handler(outer);
        self.switch_to(suppress);
        self.emit(Op::RestoreExc { saved });
        self.jump(after);
        self.switch_to(reraise);
        self.emit(Op::RestoreExc { saved });
        self.terminate(Term::Reraise(e));
        self.switch_to(after);
        Ok(())
    }

    /// A `def` or `async def` statement.
    #[allow(clippy::too_many_arguments)]
    fn def_stmt(
        &mut self,
        s: &Stmt,
        decorators: &[Expr],
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        returns: Option<&Expr>,
        is_async: bool,
    ) -> R {
        let mut decos = vec![];
        for d in decorators {
            decos.push(self.expr(d)?);
        }
        let own = self.unmangled_name(s, name);
        let mut r = self.make_function(&own, args, body, s, returns, is_async)?;
        self.set_line_of(s);
        for d in decos.into_iter().rev() {
            let n = self.reg();
            self.emit(Op::Call {
                dst: n,
                func: d,
                args: vec![r],
                kwnames: None,
            });
            r = n;
        }
        self.store_name(name, r);
        Ok(())
    }

    /// The name a `def`/`class` statement gives its object (before private
    /// name mangling renamed the binding).
    fn unmangled_name(&self, s: &Stmt, bound: &str) -> String {
        let start = u32::from(rustpython_parser::ast::Ranged::range(s).start());
        match self.m.unmangled.get(&start) {
            Some(n) => n.clone(),
            None => bound.to_string(),
        }
    }

    fn class_def(&mut self, c: &ast::StmtClassDef, s: &Stmt) -> R {
        let mut decos = vec![];
        for d in &c.decorator_list {
            decos.push(self.expr(d)?);
        }
        let bases = self.exprs(&c.bases)?;
        let mut args = bases.clone();
        let mut kwn = vec![];
        for k in &c.keywords {
            match &k.arg {
                Some(n) => {
                    args.push(self.expr(&k.value)?);
                    kwn.push(self.m.konst(Const::Str(n.to_string())));
                }
                None => return Err(self.unsupported(k, "**kwargs in a class statement")),
            }
        }
        let kwnames = if kwn.is_empty() {
            None
        } else {
            Some(self.m.konst(Const::Tuple(kwn)))
        };
        let line = self
            .lines
            .line(rustpython_parser::ast::Ranged::range(s).start());
        let enclosing = self.child_enclosing();
        let sc = scope::analyze_class(&c.body, &enclosing);
        let id = self.m.reserve_function();
        let own = self.unmangled_name(s, c.name.as_str());
        let qualname = self.child_qualname(&own);
        let spec = FnSpec {
            name: &own,
            qualname,
            module: &self.f.module.clone(),
            file: &self.f.file.clone(),
            first_line: line,
            args: None,
            kind: ScopeKind::Class,
            scope: sc.clone(),
            enclosing: enclosing.clone(),
            comp_params: vec![],
            is_async: false,
        };
        build_function(self.m, self.lines, id, spec, BodyRef::Stmts(&c.body))?;
        self.set_line_of(s);
        let closure = self.closure_for(&sc.frees)?;
        let body = self.reg();
        self.emit(Op::MakeFunction {
            dst: body,
            func: id,
            defaults: None,
            kwdefaults: None,
            closure,
        });
        let name = self.name(&own);
        let mut r = self.reg();
        self.emit(Op::BuildClass {
            dst: r,
            body,
            name,
            bases: args,
            kwnames,
        });
        for d in decos.into_iter().rev() {
            let n = self.reg();
            self.emit(Op::Call {
                dst: n,
                func: d,
                args: vec![r],
                kwnames: None,
            });
            r = n;
        }
        self.store_name(c.name.as_str(), r);
        Ok(())
    }
}

/// What `try_entry` set up: the enclosing handler, the block after the
/// statement, the caught exception, the saved handled exception, and the
/// cleanup block now installed as handler.
pub(super) struct TryEntry {
    pub outer: Option<BlockId>,
    pub after: BlockId,
    pub e: Reg,
    pub saved: Reg,
    pub cleanup: BlockId,
}
