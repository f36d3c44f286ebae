//! Lowering expressions to IR. Every `expr` call returns a register holding
//! the value (possibly a variable's own register when that is safe).

use super::builder::{FnBuilder, ScopeKind};
use super::parse::ast::{self, Constant, Expr};
use super::LowerError;
use num_traits::ToPrimitive;
use pyaot_ir::*;

pub fn binop(op: &ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmpop(op: &ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

/// Fold an expression to a constant the way CPython's AST optimiser does
/// for signed numeric literals (`-5`, `+1.5`).
pub fn fold_const(e: &Expr) -> Option<Const> {
    match e {
        // A str that may hold surrogates is lowered (not folded) so that
        // its literal can be re-read (`strlit.rs`).
        Expr::Constant(c) if matches!(&c.value, Constant::Str(s) if s.contains('\u{FFFD}')) => None,
        Expr::Constant(c) if !matches!(c.value, Constant::Tuple(_)) => Some(constant(&c.value)),
        Expr::BinOp(b) => {
            // Integer arithmetic on literals, within CPython's 128-bit limit.
            let (Const::Int(x), Const::Int(y)) = (fold_const(&b.left)?, fold_const(&b.right)?)
            else {
                return None;
            };
            let (x, y) = (x as i128, y as i128);
            // CPython's limits (MAX_INT_SIZE = 128 bits) on folding.
            let bits = |v: i128| 128 - v.unsigned_abs().leading_zeros() as i128;
            let ok = match b.op {
                ast::Operator::Mult => x == 0 || y == 0 || bits(x) + bits(y) <= 128,
                ast::Operator::Pow => x == 0 || y <= 0 || bits(x) <= 128 / y,
                ast::Operator::LShift => x == 0 || y == 0 || (y <= 128 && bits(x) <= 128 - y),
                _ => true,
            };
            if !ok {
                return None;
            }

            let floor_div = |a: i128, b: i128| {
                let q = a / b;
                if (a % b != 0) && ((a < 0) != (b < 0)) {
                    q - 1
                } else {
                    q
                }
            };
            let r: i128 = match b.op {
                ast::Operator::Add => x.checked_add(y)?,
                ast::Operator::Sub => x.checked_sub(y)?,
                ast::Operator::Mult => x.checked_mul(y)?,
                ast::Operator::Pow if (0..128).contains(&y) => x.checked_pow(y as u32)?,
                ast::Operator::LShift if (0..127).contains(&y) => {
                    let r = x.checked_shl(y as u32)?;
                    if (r >> y) != x {
                        return None;
                    }
                    r
                }
                ast::Operator::RShift if y >= 0 => x >> y.min(127),
                ast::Operator::BitAnd => x & y,
                ast::Operator::BitOr => x | y,
                ast::Operator::BitXor => x ^ y,
                ast::Operator::FloorDiv if y != 0 => floor_div(x, y),
                ast::Operator::Mod if y != 0 => x - floor_div(x, y) * y,
                _ => return None,
            };
            Some(match i64::try_from(r) {
                Ok(v) => Const::Int(v),
                Err(_) => Const::BigInt(r.to_string()),
            })
        }
        Expr::UnaryOp(u) => {
            let inner = fold_const(&u.operand)?;

            match (&u.op, inner) {
                (ast::UnaryOp::USub, Const::Int(i)) => Some(match i.checked_neg() {
                    Some(n) => Const::Int(n),
                    None => Const::BigInt((-(i as i128)).to_string()),
                }),
                (ast::UnaryOp::USub, Const::BigInt(s)) => {
                    Some(Const::BigInt(match s.strip_prefix('-') {
                        Some(p) => p.to_string(),
                        None => format!("-{s}"),
                    }))
                }
                (ast::UnaryOp::USub, Const::Float(f)) => Some(Const::Float(-f)),
                (ast::UnaryOp::USub, Const::Complex(r, i)) => Some(Const::Complex(-r, -i)),
                (
                    ast::UnaryOp::UAdd,
                    c @ (Const::Int(_) | Const::BigInt(_) | Const::Float(_) | Const::Complex(..)),
                ) => Some(c),
                _ => None,
            }
        }
        _ => None,
    }
}

pub fn constant(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(true) => Const::True,
        Constant::Bool(false) => Const::False,
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Int(i) => match i.to_i64() {
            Some(v) => Const::Int(v),
            None => Const::BigInt(i.to_string()),
        },
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex(*real, *imag),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Tuple(_) => Const::None,
    }
}

type R<T = Reg> = Result<T, LowerError>;

impl FnBuilder<'_> {
    pub fn unsupported<T: rustpython_parser::ast::Ranged>(
        &self,
        node: &T,
        what: &str,
    ) -> LowerError {
        LowerError {
            line: self.lines.line(node.range().start()),
            message: format!("{what} is not supported yet"),
        }
    }

    /// Is `name` a cell (own captured local or free variable) here?
    fn is_cell(&self, name: &str) -> bool {
        self.cell_names.contains(name)
    }

    pub fn load_name(&mut self, name: &str) -> Reg {
        let nid = self.name(name);
        match self.kind {
            ScopeKind::Module => {
                let r = self.reg();
                self.emit(Op::LoadGlobal { dst: r, name: nid });
                r
            }
            ScopeKind::Class => {
                if self.is_cell(name) && !self.scope.is_local(name) {
                    let cell = self.var(name);
                    let r = self.reg();
                    self.emit(Op::CellGet {
                        dst: r,
                        cell,
                        name: nid,
                        kind: BindKind::Free,
                    });
                    return r;
                }
                let r = self.reg();
                self.emit(Op::LoadName { dst: r, name: nid });
                r
            }
            ScopeKind::Function => {
                if self.is_cell(name) {
                    let cell = self.var(name);
                    let r = self.reg();
                    let kind = if self.scope.is_local(name) {
                        BindKind::Local
                    } else {
                        BindKind::Free
                    };
                    self.emit(Op::CellGet {
                        dst: r,
                        cell,
                        name: nid,
                        kind,
                    });
                    return r;
                }
                if self.scope.is_local(name) {
                    let v = self.var(name);
                    let is_param = (v.0 as usize) < self.param_count;
                    if !is_param {
                        self.emit(Op::CheckBound {
                            src: v,
                            name: nid,
                            kind: BindKind::Local,
                        });
                    }
                    if self.has_walrus {
                        let r = self.reg();
                        self.emit(Op::Move { dst: r, src: v });
                        return r;
                    }
                    return v;
                }
                let r = self.reg();
                self.emit(Op::LoadGlobal { dst: r, name: nid });
                r
            }
        }
    }

    pub fn store_name(&mut self, name: &str, src: Reg) {
        let nid = self.name(name);
        match self.kind {
            ScopeKind::Module => self.emit(Op::StoreGlobal { name: nid, src }),
            ScopeKind::Class => {
                if self.scope.nonlocals.contains(name) && self.is_cell(name) {
                    let cell = self.var(name);
                    self.emit(Op::CellSet { cell, src });
                } else if self.scope.globals.contains(name) {
                    self.emit(Op::StoreGlobal { name: nid, src });
                } else {
                    self.emit(Op::StoreName { name: nid, src });
                }
            }
            ScopeKind::Function => {
                if self.is_cell(name) {
                    let cell = self.var(name);
                    self.emit(Op::CellSet { cell, src });
                } else if self.scope.is_local(name) {
                    let v = self.var(name);
                    self.emit(Op::Move { dst: v, src });
                } else {
                    self.emit(Op::StoreGlobal { name: nid, src });
                }
            }
        }
    }

    pub fn del_name(&mut self, name: &str) {
        let nid = self.name(name);
        match self.kind {
            ScopeKind::Module => self.emit(Op::DelGlobal { name: nid }),
            ScopeKind::Class => {
                if self.scope.globals.contains(name) {
                    self.emit(Op::DelGlobal { name: nid })
                } else {
                    self.emit(Op::DelName { name: nid })
                }
            }
            ScopeKind::Function => {
                if self.is_cell(name) {
                    let cell = self.var(name);
                    let r = self.reg();
                    self.emit(Op::CellGet {
                        dst: r,
                        cell,
                        name: nid,
                        kind: BindKind::Local,
                    });
                    self.emit(Op::CellClear { cell });
                } else if self.scope.is_local(name) {
                    let v = self.var(name);
                    self.emit(Op::CheckBound {
                        src: v,
                        name: nid,
                        kind: BindKind::Local,
                    });
                    self.emit(Op::Clear { dst: v });
                } else {
                    self.emit(Op::DelGlobal { name: nid });
                }
            }
        }
    }

    /// Lower an expression whose value is needed. As CPython's compiler,
    /// the code after it is again at the enclosing node's position.
    pub fn expr(&mut self, e: &Expr) -> R {
        let saved = (self.line, self.pos);
        let r = self.expr_here(e);
        (self.line, self.pos) = saved;
        r
    }

    /// The constant for a non-empty tuple display whose items are all
    /// constants (literals, folded arithmetic, nested constant tuples), or
    /// None.
    fn const_tuple(&mut self, elts: &[Expr]) -> Option<ConstId> {
        if elts.is_empty() {
            return None;
        }
        let mut folded = Vec::with_capacity(elts.len());
        for e in elts {
            folded.push(match e {
                Expr::Tuple(t) => Err(t),
                _ => Ok(fold_const(e)?),
            });
        }
        let mut ids = Vec::with_capacity(elts.len());
        for f in folded {
            ids.push(match f {
                Ok(c) => self.m.konst(c),
                Err(t) => self.const_tuple(&t.elts)?,
            });
        }
        Some(self.m.konst(Const::Tuple(ids)))
    }

    fn expr_here(&mut self, e: &Expr) -> R {
        self.set_line_of(e);
        match e {
            Expr::Constant(c) => {
                if let Constant::Tuple(items) = &c.value {
                    let ids: Vec<ConstId> =
                        items.iter().map(|i| self.m.konst(constant(i))).collect();
                    let id = self.m.konst(Const::Tuple(ids));
                    let r = self.reg();
                    self.emit(Op::Const { dst: r, c: id });
                    return Ok(r);
                }
                if let Constant::Str(s) = &c.value {
                    if let Some(cps) = self.lines.surrogate_literal(c.range, s) {
                        return Ok(self.konst(Const::SurrogateStr(cps)));
                    }
                    if self.lines.may_hold_surrogates(c.range, s) {
                        return Err(self.unsupported(c, "this lone surrogate literal"));
                    }
                }
                Ok(self.konst(constant(&c.value)))
            }
            Expr::Name(n) => Ok(self.load_name(n.id.as_str())),
            Expr::UnaryOp(_) | Expr::BinOp(_) if fold_const(e).is_some() => {
                Ok(self.konst(fold_const(e).unwrap()))
            }
            Expr::BinOp(b) => {
                let a = self.expr(&b.left)?;
                let c = self.expr(&b.right)?;
                self.set_line_of(e);
                let r = self.reg();
                self.emit(Op::Binary {
                    dst: r,
                    op: binop(&b.op),
                    a,
                    b: c,
                });
                Ok(r)
            }

            Expr::UnaryOp(u) => {
                let a = self.expr(&u.operand)?;
                self.set_line_of(e);
                let r = self.reg();
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::Unary { dst: r, op, a });
                Ok(r)
            }
            Expr::BoolOp(b) => {
                let r = self.reg();
                let done = self.new_block();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    let x = self.expr(v)?;
                    self.emit(Op::Move { dst: r, src: x });
                    if i + 1 < n {
                        let next = self.new_block();
                        let t = match b.op {
                            ast::BoolOp::And => Term::Branch {
                                cond: r,
                                then: next,
                                els: done,
                            },
                            ast::BoolOp::Or => Term::Branch {
                                cond: r,
                                then: done,
                                els: next,
                            },
                        };
                        self.terminate(t);
                        self.switch_to(next);
                    }
                }
                self.jump(done);
                self.switch_to(done);
                Ok(r)
            }
            Expr::Compare(c) => self.compare(c),
            Expr::IfExp(x) => {
                let r = self.reg();
                let (t, f, done) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(&x.test, t, f)?;
                self.switch_to(t);
                let a = self.expr(&x.body)?;
                self.emit(Op::Move { dst: r, src: a });
                self.jump(done);
                self.switch_to(f);
                let b = self.expr(&x.orelse)?;
                self.emit(Op::Move { dst: r, src: b });
                self.jump(done);
                self.switch_to(done);
                Ok(r)
            }
            Expr::NamedExpr(n) => {
                let v = self.expr(&n.value)?;
                let r = self.reg();
                self.emit(Op::Move { dst: r, src: v });
                self.assign(&n.target, r)?;
                Ok(r)
            }
            Expr::Call(c) => self.call(c),
            Expr::Attribute(a) => {
                let o = self.expr(&a.value)?;
                self.set_line_of(e);
                let name = self.name(a.attr.as_str());
                let r = self.reg();
                self.emit(Op::GetAttr {
                    dst: r,
                    obj: o,
                    name,
                });
                Ok(r)
            }
            Expr::Subscript(s) => {
                let o = self.expr(&s.value)?;
                let k = self.expr(&s.slice)?;
                self.set_line_of(e);
                let r = self.reg();
                self.emit(Op::GetItem {
                    dst: r,
                    obj: o,
                    key: k,
                });
                Ok(r)
            }
            Expr::Slice(s) => {
                let lo = s.lower.as_ref().map(|x| self.expr(x)).transpose()?;
                let hi = s.upper.as_ref().map(|x| self.expr(x)).transpose()?;
                let step = s.step.as_ref().map(|x| self.expr(x)).transpose()?;
                let r = self.reg();
                self.emit(Op::MakeSlice {
                    dst: r,
                    lo,
                    hi,
                    step,
                });
                Ok(r)
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    let l = self.starred_list(&t.elts)?;
                    let r = self.reg();
                    self.emit(Op::ListToTuple { dst: r, list: l });
                    return Ok(r);
                }
                // A tuple of constants is one constant, as CPython folds
                // it: built once, the same object on every evaluation.
                if let Some(id) = self.const_tuple(&t.elts) {
                    let r = self.reg();
                    self.emit(Op::Const { dst: r, c: id });
                    return Ok(r);
                }
                let items = self.exprs(&t.elts)?;
                let r = self.reg();
                self.emit(Op::BuildTuple { dst: r, items });
                Ok(r)
            }
            Expr::List(l) => {
                if l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    return self.starred_list(&l.elts);
                }
                let items = self.exprs(&l.elts)?;
                let r = self.reg();
                self.emit(Op::BuildList { dst: r, items });
                Ok(r)
            }
            Expr::Set(s) if s.elts.len() > 2 && s.elts.iter().all(|x| fold_const(x).is_some()) => {
                // As CPython: an empty set updated from a frozenset constant
                // (this decides the iteration order).
                let ids: Vec<ConstId> = s
                    .elts
                    .iter()
                    .filter_map(fold_const)
                    .map(|c| self.m.konst(c))
                    .collect();
                let fs = self.konst(Const::FrozenSet(ids));
                let r = self.reg();
                self.emit(Op::BuildSet {
                    dst: r,
                    items: vec![],
                });
                self.emit(Op::SetUpdate { set: r, iter: fs });
                Ok(r)
            }
            Expr::Set(s) => {
                if s.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    let r = self.reg();
                    self.emit(Op::BuildSet {
                        dst: r,
                        items: vec![],
                    });
                    for x in &s.elts {
                        if let Expr::Starred(st) = x {
                            let v = self.expr(&st.value)?;
                            self.emit(Op::SetUpdate { set: r, iter: v });
                        } else {
                            let v = self.expr(x)?;
                            self.emit(Op::SetAdd { set: r, item: v });
                        }
                    }
                    return Ok(r);
                }
                let items = self.exprs(&s.elts)?;
                let r = self.reg();
                self.emit(Op::BuildSet { dst: r, items });
                Ok(r)
            }
            Expr::Dict(d) => {
                if d.keys.iter().any(|k| k.is_none()) {
                    let r = self.reg();
                    self.emit(Op::BuildDict {
                        dst: r,
                        items: vec![],
                    });
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        match k {
                            Some(k) => {
                                let kr = self.expr(k)?;
                                let vr = self.expr(v)?;
                                self.emit(Op::DictSet {
                                    dict: r,
                                    key: kr,
                                    value: vr,
                                });
                            }
                            None => {
                                let m = self.expr(v)?;
                                self.emit(Op::DictUpdate {
                                    dict: r,
                                    mapping: m,
                                    kwargs_merge: None,
                                });
                            }
                        }
                    }
                    return Ok(r);
                }
                let mut items = vec![];
                for (k, v) in d.keys.iter().zip(&d.values) {
                    items.push(self.expr(k.as_ref().unwrap())?);
                    items.push(self.expr(v)?);
                }
                let r = self.reg();
                self.emit(Op::BuildDict { dst: r, items });
                Ok(r)
            }
            Expr::JoinedStr(j) => self.joined_str(j),
            Expr::FormattedValue(f) => {
                let j = ast::ExprJoinedStr {
                    range: f.range,
                    values: vec![e.clone()],
                };
                self.joined_str(&j)
            }
            Expr::Lambda(l) => {
                let body = vec![ast::Stmt::Return(ast::StmtReturn {
                    range: l.range,
                    value: Some(l.body.clone()),
                })];
                self.make_function("<lambda>", &l.args, &body, e, None, false)
            }
            Expr::ListComp(c) => {
                self.comprehension("<listcomp>", &c.generators, CompKind::List(&c.elt), e)
            }
            Expr::SetComp(c) => {
                self.comprehension("<setcomp>", &c.generators, CompKind::Set(&c.elt), e)
            }
            Expr::DictComp(c) => self.comprehension(
                "<dictcomp>",
                &c.generators,
                CompKind::Dict(&c.key, &c.value),
                e,
            ),
            Expr::GeneratorExp(c) => {
                self.comprehension("<genexpr>", &c.generators, CompKind::Gen(&c.elt), e)
            }
            Expr::Yield(y) => {
                let v = match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.none(),
                };
                self.set_line_of(e);
                let r = self.reg();
                self.emit(Op::Yield { dst: r, value: v });
                Ok(r)
            }
            Expr::YieldFrom(y) => {
                let v = self.expr(&y.value)?;
                self.set_line_of(e);
                let it = self.reg();
                self.emit(Op::GetYieldFromIter { dst: it, obj: v });
                let r = self.reg();
                self.emit(Op::YieldFrom { dst: r, iter: it });
                Ok(r)
            }
            Expr::Starred(s) => Err(self.unsupported(s, "starred expression here")),
            Expr::Await(a) => self.await_expr(a),
        }
    }

    /// The iterable of a `for` loop or comprehension. As in CPython's AST
    /// optimiser, a set display of constants becomes a frozenset constant
    /// (which decides the iteration order).
    pub fn iter_expr(&mut self, e: &Expr) -> R {
        if let Expr::Set(s) = e {
            if s.elts.iter().all(|x| fold_const(x).is_some()) {
                let ids: Vec<ConstId> = s
                    .elts
                    .iter()
                    .filter_map(fold_const)
                    .map(|c| self.m.konst(c))
                    .collect();
                self.set_line_of(e);
                return Ok(self.konst(Const::FrozenSet(ids)));
            }
        }
        self.expr(e)
    }

    pub fn exprs(&mut self, es: &[Expr]) -> R<Vec<Reg>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn starred_list(&mut self, elts: &[Expr]) -> R {
        self.starred_list_for(elts, None)
    }

    /// A list of `elts` with `*x` items unpacked; `call_func` is the callee
    /// when these are a call's positional arguments.
    fn starred_list_for(&mut self, elts: &[Expr], call_func: Option<Reg>) -> R {
        let l = self.reg();
        self.emit(Op::BuildList {
            dst: l,
            items: vec![],
        });
        for x in elts {
            if let Expr::Starred(s) = x {
                let v = self.expr(&s.value)?;
                self.emit(Op::ListExtend {
                    list: l,
                    iter: v,
                    call_func,
                });
            } else {
                let v = self.expr(x)?;
                self.emit(Op::ListAppend { list: l, item: v });
            }
        }
        Ok(l)
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> R {
        let mut left = self.expr(&c.left)?;
        if c.ops.len() == 1 {
            let right = self.expr(&c.comparators[0])?;
            self.set_line_of(c);
            let r = self.reg();
            self.emit(Op::Compare {
                dst: r,
                op: cmpop(&c.ops[0]),
                a: left,
                b: right,
            });
            return Ok(r);
        }
        // Chained: a < b < c evaluates b once and stops at the first false.
        let r = self.reg();
        let done = self.new_block();
        let n = c.ops.len();
        for (i, (op, comp)) in c.ops.iter().zip(&c.comparators).enumerate() {
            let right = self.expr(comp)?;
            let right_copy = self.reg();
            self.emit(Op::Move {
                dst: right_copy,
                src: right,
            });
            self.set_line_of(c);
            self.emit(Op::Compare {
                dst: r,
                op: cmpop(op),
                a: left,
                b: right_copy,
            });
            if i + 1 < n {
                let next = self.new_block();
                self.terminate(Term::Branch {
                    cond: r,
                    then: next,
                    els: done,
                });
                self.switch_to(next);
            }
            left = right_copy;
        }
        self.jump(done);
        self.switch_to(done);
        Ok(r)
    }

    /// Lower a condition as control flow: jump to `t` if truthy, else `f`.
    pub fn cond(&mut self, e: &Expr, t: pyaot_ir::BlockId, f: pyaot_ir::BlockId) -> R<()> {
        match e {
            Expr::BoolOp(b) => {
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 == n {
                        self.cond(v, t, f)?;
                    } else {
                        let next = self.new_block();
                        match b.op {
                            ast::BoolOp::And => self.cond(v, next, f)?,
                            ast::BoolOp::Or => self.cond(v, t, next)?,
                        }
                        self.switch_to(next);
                    }
                }
                Ok(())
            }
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => self.cond(&u.operand, f, t),
            _ => {
                let c = self.expr(e)?;
                self.set_line_of(e);
                self.terminate(Term::Branch {
                    cond: c,
                    then: t,
                    els: f,
                });
                Ok(())
            }
        }
    }

    /// The positional arguments of a call without starred ones. A bare
    /// generator expression argument (`f(x for x in y)`) takes the call's
    /// parentheses into its range, as in CPython's AST: its frames show
    /// that range in tracebacks.
    fn call_args(&mut self, c: &ast::ExprCall) -> R<Vec<Reg>> {
        use super::parse::ast::Ranged;
        if let [Expr::GeneratorExp(g)] = &c.args[..] {
            if g.range.start() == g.elt.range().start() && c.func.range().end() < c.range.end() {
                let mut wide = g.clone();
                wide.range = rustpython_parser::text_size::TextRange::new(
                    c.func.range().end(),
                    c.range.end(),
                );
                return Ok(vec![self.expr(&Expr::GeneratorExp(wide))?]);
            }
        }
        self.exprs(&c.args)
    }

    fn call(&mut self, c: &ast::ExprCall) -> R {
        let simple = !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && c.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            // Method call: obj.name(args) without a bound method object,
            // the method looked up before the arguments (CPython's
            // LOAD_METHOD, then the arguments, then CALL).
            if let Expr::Attribute(a) = &*c.func {
                let obj = self.expr(&a.value)?;
                self.set_line_of(c);
                let name = self.name(a.attr.as_str());
                let (func, this) = (self.reg(), self.reg());
                self.emit(Op::LoadMethod {
                    func,
                    this,
                    obj,
                    name,
                });
                let mut args = self.call_args(c)?;
                let kwnames = self.keywords(&c.keywords, &mut args)?;
                self.set_line_of(c);
                let r = self.reg();
                self.emit(Op::CallLoaded {
                    dst: r,
                    func,
                    this,
                    args,
                    kwnames,
                });
                return Ok(r);
            }
            if let Some(r) = self.scoped_builtin_call(c)? {
                return Ok(r);
            }
            let func = self.expr(&c.func)?;
            let mut args = self.call_args(c)?;
            // Zero-argument super(): super(__class__, <first argument>).
            if let Expr::Name(n) = &*c.func {
                if n.id.as_str() == "super"
                    && args.is_empty()
                    && c.keywords.is_empty()
                    && self.cell_names.contains("__class__")
                    && self.param_count > 0
                    && self.kind == ScopeKind::Function
                {
                    let cls = self.load_name("__class__");
                    let first = self.f.params.names.first().cloned();
                    let first = first.or_else(|| self.f.params.varargs.clone());
                    if let Some(first) = first {
                        let obj = self.load_name(&first);
                        args = vec![cls, obj];
                    }
                }
            }
            let kwnames = self.keywords(&c.keywords, &mut args)?;
            self.set_line_of(c);
            let r = self.reg();
            self.emit(Op::Call {
                dst: r,
                func,
                args,
                kwnames,
            });
            return Ok(r);
        }
        let func = self.expr(&c.func)?;
        let l = self.starred_list_for(&c.args, Some(func))?;
        let args = self.reg();
        self.emit(Op::ListToTuple { dst: args, list: l });
        let kwargs = if c.keywords.is_empty() {
            None
        } else {
            let d = self.reg();
            self.emit(Op::BuildDict {
                dst: d,
                items: vec![],
            });
            for k in &c.keywords {
                let v = self.expr(&k.value)?;
                match &k.arg {
                    Some(n) => {
                        let kr = self.konst(Const::Str(n.to_string()));
                        let one = self.reg();
                        self.emit(Op::BuildDict {
                            dst: one,
                            items: vec![kr, v],
                        });
                        self.emit(Op::DictUpdate {
                            dict: d,
                            mapping: one,
                            kwargs_merge: Some(func),
                        });
                    }
                    None => self.emit(Op::DictUpdate {
                        dict: d,
                        mapping: v,
                        kwargs_merge: Some(func),
                    }),
                }
            }
            Some(d)
        };
        self.set_line_of(c);
        let r = self.reg();
        self.emit(Op::CallEx {
            dst: r,
            func,
            args,
            kwargs,
        });
        Ok(r)
    }

    fn keywords(&mut self, kws: &[ast::Keyword], args: &mut Vec<Reg>) -> R<Option<ConstId>> {
        if kws.is_empty() {
            return Ok(None);
        }
        let mut names = vec![];
        for k in kws {
            args.push(self.expr(&k.value)?);
            names.push(
                self.m
                    .konst(Const::Str(k.arg.as_ref().unwrap().to_string())),
            );
        }
        Ok(Some(self.m.konst(Const::Tuple(names))))
    }

    fn joined_str(&mut self, j: &ast::ExprJoinedStr) -> R {
        let mut parts = vec![];
        let texts: Vec<&str> = j
            .values
            .iter()
            .filter_map(|v| match v {
                Expr::Constant(c) => match &c.value {
                    Constant::Str(s) => Some(s.as_str()),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        // Literal parts with lone surrogate escapes, re-read from source.
        let mut wide = None;
        if texts
            .iter()
            .any(|s| self.lines.may_hold_surrogates(j.range, s))
        {
            match self.lines.fstring_parts(j.range, &texts) {
                Some(w) => wide = Some(w.into_iter()),
                None => return Err(self.unsupported(j, "a lone surrogate escape in an f-string")),
            }
        }
        for v in &j.values {
            match v {
                Expr::Constant(c) => {
                    let w = match (&c.value, wide.as_mut()) {
                        (Constant::Str(_), Some(w)) => w.next(),
                        _ => None,
                    };
                    match w {
                        Some(cps) if cps.iter().any(|c| (0xD800..0xE000).contains(c)) => {
                            parts.push(self.konst(Const::SurrogateStr(cps)))
                        }
                        _ => parts.push(self.konst(constant(&c.value))),
                    }
                }
                Expr::FormattedValue(f) => {
                    let val = self.expr(&f.value)?;
                    let conv = match f.conversion as i8 {
                        -1 => None,
                        c => Some(c as u8 as char),
                    };
                    let spec = match &f.format_spec {
                        Some(s) => Some(self.expr(s)?),
                        None => None,
                    };
                    let r = self.reg();
                    self.emit(Op::FormatValue {
                        dst: r,
                        value: val,
                        conv,
                        spec,
                    });
                    parts.push(r);
                }
                other => parts.push(self.expr(other)?),
            }
        }
        if parts.len() == 1 {
            if let Some(Expr::FormattedValue(_)) = j.values.first() {
                return Ok(parts[0]);
            }
        }
        let r = self.reg();
        self.emit(Op::BuildString { dst: r, parts });
        Ok(r)
    }
}

pub enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl FnBuilder<'_> {
    /// `locals()`, `globals()`, `vars()` and `dir()` without arguments
    /// depend on the calling scope. The name is looked up as usual (it may
    /// be rebound); the runtime helper `__pyaot_scoped_call__` receives it
    /// with this scope's namespace and globals, and calls it plainly unless
    /// it is one of those builtins.
    fn scoped_builtin_call(&mut self, c: &ast::ExprCall) -> R<Option<Reg>> {
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        let name = n.id.as_str();
        if !c.args.is_empty()
            || !c.keywords.is_empty()
            || !matches!(name, "locals" | "globals" | "vars" | "dir")
        {
            return Ok(None);
        }
        let func = self.expr(&c.func)?;
        let ns = match self.kind {
            ScopeKind::Module => {
                let r = self.reg();
                self.emit(Op::LoadGlobals { dst: r });
                r
            }
            ScopeKind::Class => {
                let r = self.reg();
                self.emit(Op::LoadLocals { dst: r });
                r
            }
            ScopeKind::Function => {
                // Function locals: (dict, names, cell flags, values...) where an
                // unbound local is passed as the unbound word and a cell
                // as the cell itself.
                let mut names = vec![];
                let mut flags = String::new();
                let mut vals = vec![];
                let locals = self.scope.locals.clone();
                let frees: Vec<String> = self
                    .scope
                    .frees
                    .iter()
                    .filter(|f| self.is_cell(f) && !self.scope.is_local(f))
                    .cloned()
                    .collect();
                // CPython's order: parameters and plain locals, then the
                // other cell variables, then free variables.
                let p = &self.f.params;
                let is_param = |v: &String| {
                    p.names.contains(v)
                        || p.varargs.as_ref() == Some(v)
                        || p.varkw.as_ref() == Some(v)
                };
                let (first, cells): (Vec<String>, Vec<String>) = locals
                    .into_iter()
                    .partition(|v| is_param(v) || !self.is_cell(v));
                for v in first.iter().chain(cells.iter()).chain(frees.iter()) {
                    if v.starts_with('.') || v == "__class__" {
                        continue;
                    }
                    names.push(self.m.konst(Const::Str(v.clone())));
                    flags.push(if self.is_cell(v) { 'c' } else { 'l' });
                    vals.push(self.var(v));
                }
                let nt = self.konst(Const::Tuple(names));
                let fl = self.konst(Const::Str(flags));
                let helper = self.reg();
                let hn = self.name("__pyaot_locals__");
                self.emit(Op::LoadBuiltin {
                    dst: helper,
                    name: hn,
                });
                // CPython 3.11 keeps one locals dict per frame: the hidden
                // local `.locals` holds it (unbound until the first call),
                // and the helper refreshes it in place.
                let cache = self.var(".locals");
                let mut args = vec![cache, nt, fl];
                args.extend(vals);
                self.emit(Op::Call {
                    dst: cache,
                    func: helper,
                    args,
                    kwnames: None,
                });
                cache
            }
        };
        let g = self.reg();
        self.emit(Op::LoadGlobals { dst: g });
        let helper = self.reg();
        let hn = self.name("__pyaot_scoped_call__");
        self.emit(Op::LoadBuiltin {
            dst: helper,
            name: hn,
        });
        self.set_line_of(c);
        let r = self.reg();
        self.emit(Op::Call {
            dst: r,
            func: helper,
            args: vec![func, ns, g],
            kwnames: None,
        });
        Ok(Some(r))
    }
}
