//! Scope analysis: which names of a function are locals, cells (locals
//! captured by inner functions), free variables (captured from enclosing
//! functions) or globals, following CPython's symtable rules.
//!
//! `analyze` looks at one function body given the locals of the enclosing
//! function scopes; it recurses into nested functions, lambdas and
//! comprehensions only to learn which of this scope's names they capture.

use super::parse::ast::{self, Expr, Stmt};
use std::collections::HashSet;

#[derive(Default, Debug, Clone)]
pub struct ScopeInfo {
    /// Names bound in this scope (parameters first), in first-seen order.
    pub locals: Vec<String>,
    pub local_set: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Locals captured by nested scopes (stored in cells).
    pub cells: HashSet<String>,
    /// Names captured from enclosing function scopes, in first-use order.
    pub frees: Vec<String>,
}

impl ScopeInfo {
    fn bind(&mut self, name: &str) {
        if self.globals.contains(name) || self.nonlocals.contains(name) {
            return;
        }
        if self.local_set.insert(name.to_string()) {
            self.locals.push(name.to_string());
        }
    }
    fn add_free(&mut self, name: &str) {
        if !self.frees.iter().any(|f| f == name) {
            self.frees.push(name.to_string());
        }
    }
    pub fn is_local(&self, name: &str) -> bool {
        self.local_set.contains(name)
    }
}

/// What a nested scope looks like to the analysis.
pub enum Body<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
    /// A comprehension: generators (the first iterable is evaluated
    /// outside), then the element expressions.
    Comp(&'a [ast::Comprehension], Vec<&'a Expr>),
}

/// Analyse a function scope with parameters `params`.
pub fn analyze(params: &[String], body: Body, enclosing: &[HashSet<String>]) -> ScopeInfo {
    analyze_scope(params, body, enclosing, false)
}

fn analyze_scope(
    params: &[String],
    body: Body,
    enclosing: &[HashSet<String>],
    is_class: bool,
) -> ScopeInfo {
    let mut s = ScopeInfo::default();
    for p in params {
        s.bind(p);
    }
    // Pass 1: declarations and bindings.
    match &body {
        Body::Stmts(stmts) => {
            for st in stmts.iter() {
                declarations(st, &mut s);
            }
            for st in stmts.iter() {
                bindings_stmt(st, &mut s);
            }
        }
        Body::Expr(e) => bindings_expr(e, &mut s),
        Body::Comp(gens, elts) => {
            // Walrus targets inside a comprehension bind in the enclosing
            // function scope: they are free variables here.
            let mut walrus = ScopeInfo::default();
            for (i, g) in gens.iter().enumerate() {
                if i > 0 {
                    bindings_expr(&g.iter, &mut walrus);
                }
                for c in &g.ifs {
                    bindings_expr(c, &mut walrus);
                }
            }
            for e in elts {
                bindings_expr(e, &mut walrus);
            }
            for w in walrus.locals {
                // In a module or class, the target is a global.
                if enclosing.iter().any(|e| e.contains(&w)) {
                    s.nonlocals.insert(w);
                } else {
                    s.globals.insert(w);
                }
            }

            for g in gens.iter() {
                bind_target(&g.target, &mut s);
            }
        }
    }
    // Pass 2: uses, resolved against the enclosing scopes.
    // Names bound in a class body are not visible to its methods; they see
    // the enclosing functions plus the implicit `__class__` cell.
    let mut inner = enclosing.to_vec();
    if is_class {
        inner.push(HashSet::from(["__class__".to_string()]));
    } else {
        inner.push(s.local_set.clone());
    }
    let mut u = Uses {
        is_class,
        s: &mut s,
        enclosing,
        inner: &inner,
    };
    match &body {
        Body::Stmts(stmts) => {
            for st in stmts.iter() {
                u.stmt(st);
            }
        }
        Body::Expr(e) => u.expr(e),
        Body::Comp(gens, elts) => {
            for (i, g) in gens.iter().enumerate() {
                u.expr(&g.target);
                if i > 0 {
                    u.expr(&g.iter);
                }
                for c in &g.ifs {
                    u.expr(c);
                }
            }
            for e in elts {
                u.expr(e);
            }
        }
    }
    let nl: Vec<String> = s.nonlocals.iter().cloned().collect();
    for n in nl {
        s.add_free(&n);
    }
    s
}

fn declarations(st: &Stmt, s: &mut ScopeInfo) {
    match st {
        Stmt::Global(g) => {
            for n in &g.names {
                s.globals.insert(n.to_string());
            }
        }
        Stmt::Nonlocal(g) => {
            for n in &g.names {
                s.nonlocals.insert(n.to_string());
            }
        }
        _ => for_child_stmts(st, &mut |c| declarations(c, s)),
    }
}

/// Call `f` on the statements nested in `st` that belong to the same scope.
pub fn for_child_stmts(st: &Stmt, f: &mut dyn FnMut(&Stmt)) {
    let mut all = |v: &[Stmt]| v.iter().for_each(&mut *f);
    match st {
        Stmt::For(x) => {
            all(&x.body);
            all(&x.orelse);
        }
        Stmt::AsyncFor(x) => {
            all(&x.body);
            all(&x.orelse);
        }
        Stmt::While(x) => {
            all(&x.body);
            all(&x.orelse);
        }
        Stmt::If(x) => {
            all(&x.body);
            all(&x.orelse);
        }
        Stmt::With(x) => all(&x.body),
        Stmt::AsyncWith(x) => all(&x.body),
        Stmt::Try(x) => {
            all(&x.body);
            for h in &x.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                all(&h.body);
            }
            all(&x.orelse);
            all(&x.finalbody);
        }
        Stmt::TryStar(x) => {
            all(&x.body);
            for h in &x.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                all(&h.body);
            }
            all(&x.orelse);
            all(&x.finalbody);
        }
        Stmt::Match(x) => {
            for c in &x.cases {
                all(&c.body);
            }
        }
        _ => {}
    }
}

pub fn bind_target(t: &Expr, s: &mut ScopeInfo) {
    match t {
        Expr::Name(n) => s.bind(n.id.as_str()),
        Expr::Tuple(x) => x.elts.iter().for_each(|e| bind_target(e, s)),
        Expr::List(x) => x.elts.iter().for_each(|e| bind_target(e, s)),
        Expr::Starred(x) => bind_target(&x.value, s),
        _ => bindings_expr(t, s),
    }
}

fn bind_pattern(p: &ast::Pattern, s: &mut ScopeInfo) {
    use ast::Pattern as P;
    match p {
        P::MatchValue(_) | P::MatchSingleton(_) => {}
        P::MatchSequence(x) => x.patterns.iter().for_each(|p| bind_pattern(p, s)),
        P::MatchMapping(x) => {
            x.patterns.iter().for_each(|p| bind_pattern(p, s));
            if let Some(r) = &x.rest {
                s.bind(r.as_str());
            }
        }
        P::MatchClass(x) => {
            x.patterns.iter().for_each(|p| bind_pattern(p, s));
            x.kwd_patterns.iter().for_each(|p| bind_pattern(p, s));
        }
        P::MatchStar(x) => {
            if let Some(n) = &x.name {
                s.bind(n.as_str());
            }
        }
        P::MatchAs(x) => {
            if let Some(p) = &x.pattern {
                bind_pattern(p, s);
            }
            if let Some(n) = &x.name {
                s.bind(n.as_str());
            }
        }
        P::MatchOr(x) => x.patterns.iter().for_each(|p| bind_pattern(p, s)),
    }
}

fn bindings_stmt(st: &Stmt, s: &mut ScopeInfo) {
    match st {
        Stmt::FunctionDef(f) => {
            s.bind(f.name.as_str());
            for d in &f.decorator_list {
                bindings_expr(d, s);
            }
        }
        Stmt::AsyncFunctionDef(f) => s.bind(f.name.as_str()),
        Stmt::ClassDef(c) => {
            s.bind(c.name.as_str());
            for b in &c.bases {
                bindings_expr(b, s);
            }
        }
        Stmt::Assign(a) => {
            for t in &a.targets {
                bind_target(t, s);
            }
            bindings_expr(&a.value, s);
        }
        Stmt::AugAssign(a) => {
            bind_target(&a.target, s);
            bindings_expr(&a.value, s);
        }
        Stmt::AnnAssign(a) => {
            bind_target(&a.target, s);
            if let Some(v) = &a.value {
                bindings_expr(v, s);
            }
        }
        Stmt::For(f) => {
            bind_target(&f.target, s);
            bindings_expr(&f.iter, s);
        }
        Stmt::AsyncFor(f) => {
            bind_target(&f.target, s);
            bindings_expr(&f.iter, s);
        }
        Stmt::With(w) => {
            for it in &w.items {
                bindings_expr(&it.context_expr, s);
                if let Some(v) = &it.optional_vars {
                    bind_target(v, s);
                }
            }
        }
        Stmt::AsyncWith(w) => {
            for it in &w.items {
                bindings_expr(&it.context_expr, s);
                if let Some(v) = &it.optional_vars {
                    bind_target(v, s);
                }
            }
        }
        Stmt::Delete(d) => {
            for t in &d.targets {
                bind_target(t, s);
            }
        }
        Stmt::Import(i) => {
            for a in &i.names {
                match &a.asname {
                    Some(n) => s.bind(n.as_str()),
                    None => s.bind(a.name.as_str().split('.').next().unwrap_or("")),
                }
            }
        }
        Stmt::ImportFrom(i) => {
            for a in &i.names {
                if a.name.as_str() == "*" {
                    continue;
                }
                s.bind(a.asname.as_ref().unwrap_or(&a.name).as_str());
            }
        }
        Stmt::Try(t) => {
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(n) = &h.name {
                    s.bind(n.as_str());
                }
            }
        }
        Stmt::Match(m) => {
            bindings_expr(&m.subject, s);
            for c in &m.cases {
                bind_pattern(&c.pattern, s);
                if let Some(g) = &c.guard {
                    bindings_expr(g, s);
                }
            }
        }
        Stmt::Expr(e) => bindings_expr(&e.value, s),
        Stmt::Return(r) => {
            if let Some(v) = &r.value {
                bindings_expr(v, s);
            }
        }
        Stmt::If(i) => bindings_expr(&i.test, s),
        Stmt::While(w) => bindings_expr(&w.test, s),
        _ => {}
    }
    for_child_stmts(st, &mut |c| bindings_stmt(c, s));
}

/// Walrus targets bind in the current function scope (even inside
/// comprehensions, which are separate scopes).
fn bindings_expr(e: &Expr, s: &mut ScopeInfo) {
    walk_expr(e, &mut |x| {
        if let Expr::NamedExpr(n) = x {
            if let Expr::Name(t) = &*n.target {
                s.bind(t.id.as_str());
            }
        }
    });
}

/// Pre-order walk over an expression and its sub-expressions, including
/// those inside lambdas and comprehensions.
pub fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    let mut w = |x: &Expr| walk_expr(x, f);
    match e {
        Expr::BoolOp(x) => x.values.iter().for_each(w),
        Expr::NamedExpr(x) => {
            w(&x.target);
            w(&x.value)
        }
        Expr::BinOp(x) => {
            w(&x.left);
            w(&x.right)
        }
        Expr::UnaryOp(x) => w(&x.operand),
        Expr::Lambda(x) => {
            for a in x
                .args
                .posonlyargs
                .iter()
                .chain(&x.args.args)
                .chain(&x.args.kwonlyargs)
            {
                if let Some(d) = &a.default {
                    w(d);
                }
            }
            w(&x.body)
        }
        Expr::IfExp(x) => {
            w(&x.test);
            w(&x.body);
            w(&x.orelse)
        }
        Expr::Dict(x) => {
            x.keys.iter().flatten().for_each(&mut w);
            x.values.iter().for_each(w)
        }
        Expr::Set(x) => x.elts.iter().for_each(w),
        Expr::ListComp(x) => {
            w(&x.elt);
            comp(&x.generators, &mut w)
        }
        Expr::SetComp(x) => {
            w(&x.elt);
            comp(&x.generators, &mut w)
        }
        Expr::DictComp(x) => {
            w(&x.key);
            w(&x.value);
            comp(&x.generators, &mut w)
        }
        Expr::GeneratorExp(x) => {
            w(&x.elt);
            comp(&x.generators, &mut w)
        }
        Expr::Await(x) => w(&x.value),
        Expr::Yield(x) => {
            if let Some(v) = &x.value {
                w(v)
            }
        }
        Expr::YieldFrom(x) => w(&x.value),
        Expr::Compare(x) => {
            w(&x.left);
            x.comparators.iter().for_each(w)
        }
        Expr::Call(x) => {
            w(&x.func);
            x.args.iter().for_each(&mut w);
            x.keywords.iter().for_each(|k| w(&k.value))
        }
        Expr::FormattedValue(x) => {
            w(&x.value);
            if let Some(s) = &x.format_spec {
                w(s)
            }
        }
        Expr::JoinedStr(x) => x.values.iter().for_each(w),
        Expr::Constant(_) | Expr::Name(_) => {}
        Expr::Attribute(x) => w(&x.value),
        Expr::Subscript(x) => {
            w(&x.value);
            w(&x.slice)
        }
        Expr::Starred(x) => w(&x.value),
        Expr::List(x) => x.elts.iter().for_each(w),
        Expr::Tuple(x) => x.elts.iter().for_each(w),
        Expr::Slice(x) => {
            for p in [&x.lower, &x.upper, &x.step].into_iter().flatten() {
                w(p)
            }
        }
    }
}

fn comp(gens: &[ast::Comprehension], w: &mut dyn FnMut(&Expr)) {
    for g in gens {
        w(&g.target);
        w(&g.iter);
        g.ifs.iter().for_each(&mut *w);
    }
}

/// The parameter names of a function, in IR order.
pub fn param_names(a: &ast::Arguments) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for p in a.posonlyargs.iter().chain(&a.args) {
        v.push(p.def.arg.to_string());
    }
    if let Some(x) = &a.vararg {
        v.push(x.arg.to_string());
    }
    for p in &a.kwonlyargs {
        v.push(p.def.arg.to_string());
    }
    if let Some(x) = &a.kwarg {
        v.push(x.arg.to_string());
    }
    v
}

struct Uses<'a> {
    s: &'a mut ScopeInfo,
    enclosing: &'a [HashSet<String>],
    inner: &'a [HashSet<String>],
    is_class: bool,
}

impl Uses<'_> {
    fn use_name(&mut self, n: &str) {
        if self.s.is_local(n) || self.s.globals.contains(n) {
            return;
        }
        if self.s.nonlocals.contains(n) || self.enclosing.iter().any(|e| e.contains(n)) {
            self.s.add_free(n);
        }
    }

    /// A nested scope: its free names are captured from us or beyond.
    fn nested(&mut self, child: ScopeInfo) {
        for f in child.frees {
            if self.is_class && f == "__class__" {
                self.s.cells.insert(f);
            } else if self.is_class {
                // Methods skip the class scope: the name comes from an
                // enclosing function even if the class binds it too.
                if self.enclosing.iter().any(|e| e.contains(&f)) {
                    self.s.add_free(&f);
                }
            } else if self.s.is_local(&f) {
                self.s.cells.insert(f);
            } else {
                self.use_name(&f);
            }
        }
    }

    fn function(&mut self, args: &ast::Arguments, body: Body) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
        // Annotations are evaluated in this scope (extra uses are harmless
        // under `from __future__ import annotations`).
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .map(|a| &a.def)
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
        {
            if let Some(t) = &a.annotation {
                self.expr(t);
            }
        }
        let child = analyze(&param_names(args), body, self.inner);
        self.nested(child);
    }

    fn comprehension(&mut self, gens: &[ast::Comprehension], elts: Vec<&Expr>) {
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let child = analyze(&[], Body::Comp(gens, elts), self.inner);
        self.nested(child);
    }

    fn stmt(&mut self, st: &Stmt) {
        match st {
            Stmt::FunctionDef(f) => {
                f.decorator_list.iter().for_each(|d| self.expr(d));
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.function(&f.args, Body::Stmts(&f.body));
            }
            Stmt::AnnAssign(a) => {
                self.expr(&a.annotation);
                visit_stmt_exprs(st, &mut |e| self.expr(e));
            }
            Stmt::AsyncFunctionDef(f) => self.function(&f.args, Body::Stmts(&f.body)),
            Stmt::ClassDef(c) => {
                c.decorator_list.iter().for_each(|d| self.expr(d));
                c.bases.iter().for_each(|d| self.expr(d));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                // The class body sees the enclosing function scopes (not
                // itself) for free variables.
                let child = analyze_class(&c.body, self.inner);
                self.nested(child);
            }
            _ => {
                visit_stmt_exprs(st, &mut |e| self.expr(e));
                for_child_stmts(st, &mut |c| self.stmt(c));
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => {
                self.use_name(n.id.as_str());
                if n.id.as_str() == "super" {
                    self.use_name("__class__");
                }
            }
            Expr::Lambda(l) => self.function(&l.args, Body::Expr(&l.body)),
            Expr::ListComp(x) => self.comprehension(&x.generators, vec![&x.elt]),
            Expr::SetComp(x) => self.comprehension(&x.generators, vec![&x.elt]),
            Expr::GeneratorExp(x) => self.comprehension(&x.generators, vec![&x.elt]),
            Expr::DictComp(x) => self.comprehension(&x.generators, vec![&x.key, &x.value]),
            // Direct children only; nested scopes are handled above.
            _ => for_expr_children(e, &mut |c| self.expr(c)),
        }
    }
}

/// A class body: names bound there are class attributes, not locals of a
/// function, but nested methods may still capture enclosing function names.
pub fn analyze_class(body: &[Stmt], enclosing: &[HashSet<String>]) -> ScopeInfo {
    analyze_scope(&[], Body::Stmts(body), enclosing, true)
}

/// Call `f` on each direct sub-expression of `e`.
pub fn for_expr_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::BoolOp(x) => x.values.iter().for_each(f),
        Expr::NamedExpr(x) => {
            f(&x.target);
            f(&x.value)
        }
        Expr::BinOp(x) => {
            f(&x.left);
            f(&x.right)
        }
        Expr::UnaryOp(x) => f(&x.operand),
        Expr::IfExp(x) => {
            f(&x.test);
            f(&x.body);
            f(&x.orelse)
        }
        Expr::Dict(x) => {
            x.keys.iter().flatten().for_each(&mut *f);
            x.values.iter().for_each(f)
        }
        Expr::Set(x) => x.elts.iter().for_each(f),
        Expr::Await(x) => f(&x.value),
        Expr::Yield(x) => {
            if let Some(v) = &x.value {
                f(v)
            }
        }
        Expr::YieldFrom(x) => f(&x.value),
        Expr::Compare(x) => {
            f(&x.left);
            x.comparators.iter().for_each(f)
        }
        Expr::Call(x) => {
            f(&x.func);
            x.args.iter().for_each(&mut *f);
            x.keywords.iter().for_each(|k| f(&k.value))
        }
        Expr::FormattedValue(x) => {
            f(&x.value);
            if let Some(s) = &x.format_spec {
                f(s)
            }
        }
        Expr::JoinedStr(x) => x.values.iter().for_each(f),
        Expr::Attribute(x) => f(&x.value),
        Expr::Subscript(x) => {
            f(&x.value);
            f(&x.slice)
        }
        Expr::Starred(x) => f(&x.value),
        Expr::List(x) => x.elts.iter().for_each(f),
        Expr::Tuple(x) => x.elts.iter().for_each(f),
        Expr::Slice(x) => {
            for p in [&x.lower, &x.upper, &x.step].into_iter().flatten() {
                f(p)
            }
        }
        _ => {}
    }
}

/// Call `f` on the expressions that a statement evaluates in its own scope
/// (not those of nested statements).
pub fn visit_stmt_exprs(st: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match st {
        Stmt::Return(x) => {
            if let Some(v) = &x.value {
                f(v)
            }
        }
        Stmt::Delete(x) => x.targets.iter().for_each(f),
        Stmt::Assign(x) => {
            x.targets.iter().for_each(&mut *f);
            f(&x.value)
        }
        Stmt::AugAssign(x) => {
            f(&x.target);
            f(&x.value)
        }
        Stmt::AnnAssign(x) => {
            f(&x.target);
            if let Some(v) = &x.value {
                f(v)
            }
        }
        Stmt::For(x) => {
            f(&x.target);
            f(&x.iter)
        }
        Stmt::AsyncFor(x) => {
            f(&x.target);
            f(&x.iter)
        }
        Stmt::While(x) => f(&x.test),
        Stmt::If(x) => f(&x.test),
        Stmt::With(x) => {
            for it in &x.items {
                f(&it.context_expr);
                if let Some(v) = &it.optional_vars {
                    f(v)
                }
            }
        }
        Stmt::AsyncWith(x) => {
            for it in &x.items {
                f(&it.context_expr);
                if let Some(v) = &it.optional_vars {
                    f(v)
                }
            }
        }
        Stmt::Match(x) => {
            f(&x.subject);
            for c in &x.cases {
                visit_pattern_exprs(&c.pattern, f);
                if let Some(g) = &c.guard {
                    f(g)
                }
            }
        }
        Stmt::Raise(x) => {
            if let Some(v) = &x.exc {
                f(v)
            }
            if let Some(v) = &x.cause {
                f(v)
            }
        }
        Stmt::Try(x) => {
            for h in &x.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(t) = &h.type_ {
                    f(t)
                }
            }
        }
        Stmt::Assert(x) => {
            f(&x.test);
            if let Some(m) = &x.msg {
                f(m)
            }
        }
        Stmt::Expr(x) => f(&x.value),
        _ => {}
    }
}

fn visit_pattern_exprs(p: &ast::Pattern, f: &mut dyn FnMut(&Expr)) {
    use ast::Pattern as P;
    match p {
        P::MatchValue(x) => f(&x.value),
        P::MatchSingleton(_) | P::MatchStar(_) => {}
        P::MatchSequence(x) => x.patterns.iter().for_each(|p| visit_pattern_exprs(p, f)),
        P::MatchMapping(x) => {
            x.keys.iter().for_each(&mut *f);
            x.patterns.iter().for_each(|p| visit_pattern_exprs(p, f))
        }
        P::MatchClass(x) => {
            f(&x.cls);
            x.patterns.iter().for_each(|p| visit_pattern_exprs(p, f));
            x.kwd_patterns
                .iter()
                .for_each(|p| visit_pattern_exprs(p, f))
        }
        P::MatchAs(x) => {
            if let Some(p) = &x.pattern {
                visit_pattern_exprs(p, f)
            }
        }
        P::MatchOr(x) => x.patterns.iter().for_each(|p| visit_pattern_exprs(p, f)),
    }
}
