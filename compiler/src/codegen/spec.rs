//! Speculative unboxed floats: a second, "fast" copy of a function in
//! which some registers live in f64 Cranelift variables instead of value
//! words, with guards that leave ("deoptimise") to the ordinary copy.
//!
//! Analysis ([`analyze`]). A register is *float-speculated* (in F) when
//! every definition of it is a float constant, a `+ - * /` or unary `-`/`+`
//! (plain or in-place), a `Move`, or an opaque load (item, attribute, call
//! result, unpacked value, parameter, loop variable), and at least one
//! definition produces a float: a float constant, a true division, an
//! arithmetic op with an operand in F or a float constant, a `Move` from
//! F, or (in a function that does float arithmetic at all) an arithmetic
//! op whose operands show no sign of being ints (no int constant, no
//! int-only op, not a loop variable). Registers that a `CheckBound` cannot
//! prove bound are never in F, so every F register that is live somewhere
//! is bound there.
//!
//! Lowering. The function is lowered twice into one Cranelift function:
//! first the fast copy (entered from the function entry), then the generic
//! copy. Both copies share the i64 variables of all registers; an F
//! register additionally has an f64 variable, which is the only one the
//! fast copy keeps current. In the fast copy:
//! - float ops whose result is in F compute on f64 directly; an operand
//!   not in F is converted inline from a small int or a float (immediate or
//!   boxed exact `float`), and anything else (a big int, a user object, a
//!   float subclass, two ints where Python would compute an int, a zero
//!   divisor) jumps to a deopt stub *before* the instruction;
//! - comparisons and truth tests of F registers are `fcmp`s (ints are
//!   accepted only up to 2^53 in magnitude, where conversion is exact);
//! - every other instruction is lowered as in the generic copy: reading an
//!   F register boxes it (immediate encoding inline, `rt_box_float`
//!   otherwise), and writing one stores the word and then unboxes it,
//!   deoptimising *after* the instruction if the word is not an exact
//!   float.
//!
//! A deopt stub boxes the F registers live at its point into their i64
//! variables and jumps to the generic copy at the same point (the generic
//! copy starts a new Cranelift block at every such point). Deoptimisation
//! is one-way for the rest of the call. Both copies compute the same values
//! as the runtime would, so speculation never changes what a program does;
//! a wrong guess only costs the guard.

use super::func::{LResult, Lower, NO_ARGS};
use super::live;
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use pyaot_ir::{BinOp, BlockId, CmpOp, Const, FuncKind, Function, Module, Op, Reg, Term, UnaryOp};

/// Functions with more registers or blocks than this are not specialised
/// (compile time and code size).
const MAX_REGS: u32 = 3000;
const MAX_BLOCKS: usize = 2000;

/// The result of the analysis for one function.
pub struct SpecInfo {
    /// Per register: is it float-speculated?
    pub is_f: Vec<bool>,
    /// Live-in sets over all registers (`live::live_in_sets`).
    live_in: Vec<live::Set>,
}

fn is_arith(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
}

/// Which registers of `f` to keep as unboxed floats, or None when the
/// function gets no fast copy.
pub fn analyze(
    f: &Function,
    m: &Module,
    reachable: &[bool],
    bound: Option<&super::bound::Bound>,
) -> Option<SpecInfo> {
    if f.kind != FuncKind::Normal || f.nregs > MAX_REGS || f.blocks.len() > MAX_BLOCKS {
        return None;
    }
    let bound = bound?;
    let n = f.nregs as usize;
    let mut cand = vec![true; n];
    let mut fconst = vec![false; n];
    let mut intev = vec![false; n];
    // (dst, op, a, b); unary ops use a == b.
    let mut ariths: Vec<(Reg, BinOp, Reg, Reg)> = Vec::new();
    let mut moves: Vec<(Reg, Reg)> = Vec::new();
    let mut floaty = false;
    let set = |v: &mut Vec<bool>, r: Reg, x: bool| {
        if let Some(s) = v.get_mut(r.0 as usize) {
            *s = x;
        }
    };
    for (i, blk) in f.blocks.iter().enumerate() {
        if !reachable[i] {
            continue;
        }
        let mut state = bound.entry(i);
        for inst in &blk.insts {
            match &inst.op {
                Op::Const { dst, c } => match m.consts.get(c.0 as usize) {
                    Some(Const::Float(_)) => {
                        set(&mut fconst, *dst, true);
                        floaty = true;
                    }
                    _ => {
                        set(&mut cand, *dst, false);
                        set(&mut intev, *dst, true);
                    }
                },
                Op::Move { dst, src } => moves.push((*dst, *src)),
                Op::Binary { dst, op, a, b } | Op::Inplace { dst, op, a, b } => {
                    if is_arith(*op) {
                        floaty |= *op == BinOp::TrueDiv;
                        ariths.push((*dst, *op, *a, *b));
                    } else if *op != BinOp::Pow {
                        set(&mut intev, *dst, true);
                    }
                }
                Op::Unary { dst, op, a } => match op {
                    UnaryOp::Neg => ariths.push((*dst, BinOp::Sub, *a, *a)),
                    UnaryOp::Pos => ariths.push((*dst, BinOp::Add, *a, *a)),
                    _ => {
                        set(&mut cand, *dst, false);
                        set(&mut intev, *dst, true);
                    }
                },
                Op::CheckBound { src, .. } => {
                    if !bound.is_bound(&state, *src) {
                        set(&mut cand, *src, false);
                    }
                }
                Op::LoadLocals { .. } => return None,
                Op::GetItem { .. }
                | Op::GetAttr { .. }
                | Op::Call { .. }
                | Op::CallMethod { .. }
                | Op::CallEx { .. }
                | Op::Unpack { .. }
                | Op::CellGet { .. }
                | Op::LoadGlobal { .. }
                | Op::LoadBuiltin { .. } => {}
                op => live::defs(op, |r| {
                    set(&mut cand, r, false);
                    set(&mut intev, r, true);
                }),
            }
            bound.transfer(&inst.op, &mut state);
        }
        if let Term::ForIter { dst, .. } = &blk.term {
            set(&mut intev, *dst, true);
        }
    }
    if !floaty {
        return None;
    }
    let get = |v: &Vec<bool>, r: Reg| v.get(r.0 as usize).copied().unwrap_or(false);
    let mut is_f = vec![false; n];
    let mut any_arith = false;
    let mut changed = true;
    while changed {
        changed = false;
        for &(dst, op, a, b) in &ariths {
            if !get(&cand, dst) || get(&is_f, dst) {
                continue;
            }
            let fa = get(&is_f, a) || get(&fconst, a);
            let fb = get(&is_f, b) || get(&fconst, b);
            let unknown = !get(&intev, a) && !get(&intev, b);
            if op == BinOp::TrueDiv || fa || fb || unknown {
                is_f[dst.0 as usize] = true;
                any_arith = true;
                changed = true;
            }
        }
        for &(dst, src) in &moves {
            if get(&cand, dst) && !get(&is_f, dst) && (get(&is_f, src) || get(&fconst, src)) {
                is_f[dst.0 as usize] = true;
                changed = true;
            }
        }
    }
    if !any_arith {
        return None;
    }
    for r in 0..n {
        if fconst[r] && cand[r] {
            is_f[r] = true;
        }
    }
    let all = |r: Reg| Some(r.0 as usize).filter(|&i| i < n);
    let live_in = live::live_in_sets(f, reachable, &all, n)?;
    Some(SpecInfo { is_f, live_in })
}

/// The `--emit ir` note for `f`: which registers the back end keeps as
/// unboxed floats in the function's fast copy.
pub fn describe(m: &Module, f: &Function) -> Option<String> {
    let reachable = super::func::reachable(f).ok()?;
    let bound = super::bound::Bound::analyze(f, &reachable);
    let info = analyze(f, m, &reachable, bound.as_ref())?;
    let regs: Vec<String> = (0..f.nregs as usize)
        .filter(|&i| info.is_f[i])
        .map(|i| format!("r{i}"))
        .collect();
    Some(format!(
        "types: float (unboxed f64, guarded) {}; all other registers: object",
        regs.join(" ")
    ))
}

impl SpecInfo {
    /// The F registers live before instruction `k` of block `b` (`k` may
    /// be the instruction count: before the terminator).
    pub fn live_at(&self, f: &Function, b: usize, k: usize) -> Vec<Reg> {
        let n = f.nregs as usize;
        let all = |r: Reg| Some(r.0 as usize).filter(|&i| i < n);
        let mut at: Option<live::Set> = None;
        let entry = live::walk(f, &all, b, &self.live_in, &mut |j, s| {
            if j + 1 == k {
                at = Some(s.clone());
            }
        });
        let s = if k == 0 { entry } else { at.unwrap_or(entry) };
        (0..n)
            .filter(|&i| self.is_f[i] && live::contains(&s, i))
            .map(|i| Reg(i as u32))
            .collect()
    }
}

/// Which ints an operand conversion accepts.
#[derive(Clone, Copy, PartialEq)]
enum Ints {
    No,
    Any,
    /// Magnitude at most 2^53 (exactly representable).
    Exact,
}

impl Lower<'_> {
    /// Is `r` float-speculated (and are we lowering the fast copy)?
    pub fn is_f(&self, r: Reg) -> bool {
        self.fast
            && self
                .spec
                .as_ref()
                .is_some_and(|s| s.is_f.get(r.0 as usize).copied().unwrap_or(false))
    }

    /// The current f64 of F register `r`.
    fn fget(&mut self, r: Reg) -> Value {
        let var = self.fvars[r.0 as usize].expect("float variable");
        self.b.use_var(var)
    }

    fn fset(&mut self, r: Reg, v: Value) {
        let var = self.fvars[r.0 as usize].expect("float variable");
        self.b.def_var(var, v);
    }

    /// The value word for the double `f` (immediate, or boxed by the runtime).
    pub fn box_f(&mut self, f: Value) -> Value {
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.append_block_param(join, types::I64);
        let w = self.encode_imm_float(f, slow);
        self.b.ins().jump(join, &[w.into()]);
        self.enter(slow);
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        let r = self.call(Rt::BoxFloat, &[bits]).unwrap();
        self.b.ins().jump(join, &[r.into()]);
        self.enter(join);
        self.b.block_params(join)[0]
    }

    /// The f64 of word `w` if it is an exact float (or an int accepted by
    /// `ints`); otherwise jumps to `deopt`.
    fn fnum(&mut self, w: Value, ints: Ints, deopt: Block) -> Value {
        let join = self.b.create_block();
        self.b.append_block_param(join, types::F64);
        if ints != Ints::No {
            let (int_b, not_int) = (self.b.create_block(), self.b.create_block());
            let small = self.b.ins().band_imm_s(w, 1);
            self.b.ins().brif(small, int_b, NO_ARGS, not_int, NO_ARGS);
            self.enter(int_b);
            let i = self.b.ins().sshr_imm_s(w, 1);
            if ints == Ints::Exact {
                let lim = 1i64 << 53;
                let r = self.b.ins().iadd_imm_s(i, lim);
                let ok = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, r, 2 * lim);
                let go = self.b.create_block();
                self.b.ins().brif(ok, go, NO_ARGS, deopt, NO_ARGS);
                self.enter(go);
            }
            let fi = self.b.ins().fcvt_from_sint(types::F64, i);
            self.b.ins().jump(join, &[fi.into()]);
            self.enter(not_int);
        }
        let (imm, other) = (self.b.create_block(), self.b.create_block());
        let t = self.b.ins().band_imm_s(w, 3);
        let is_imm = self.b.ins().icmp_imm_s(IntCC::Equal, t, 2);
        self.b.ins().brif(is_imm, imm, NO_ARGS, other, NO_ARGS);
        self.enter(imm);
        let fd = self.decode_imm_float(w);
        self.b.ins().jump(join, &[fd.into()]);
        self.enter(other);
        let out = self.scratch_addr();
        let r = self.call(Rt::ExactFloat, &[w, out]).unwrap();
        let boxed = self.b.create_block();
        self.b.ins().brif(r, boxed, NO_ARGS, deopt, NO_ARGS);
        self.enter(boxed);
        let bits = self.read_scratch(0);
        let fb = self.b.ins().bitcast(types::F64, MemFlagsData::new(), bits);
        self.b.ins().jump(join, &[fb.into()]);
        self.enter(join);
        self.b.block_params(join)[0]
    }

    /// The f64 of operand `r`: its float variable if in F, else its word
    /// converted (or `deopt`).
    fn fval(&mut self, r: Reg, ints: Ints, deopt: Block) -> LResult<Value> {
        if self.is_f(r) {
            return Ok(self.fget(r));
        }
        let w = self.get(r)?;
        Ok(self.fnum(w, ints, deopt))
    }

    /// The deopt stub for the point before instruction `k` of the current
    /// block, for a state where the registers in `exclude` already hold
    /// their words.
    fn deopt_block(&mut self, k: u32, exclude: &[Reg]) -> Block {
        let mut ex: Vec<u32> = exclude.iter().map(|r| r.0).collect();
        ex.sort_unstable();
        ex.dedup();
        self.deopt_to(self.cur_block, k, ex)
    }

    fn deopt_to(&mut self, blk: u32, k: u32, ex: Vec<u32>) -> Block {
        let key = (blk, k, ex);
        if let Some(b) = self.deopts.get(&key) {
            return *b;
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        if k > 0 && !self.deopt_entries.contains_key(&(blk, k)) {
            let e = self.b.create_block();
            self.deopt_entries.insert((blk, k), e);
        }
        self.deopts.insert(key, b);
        b
    }

    /// After an instruction of the fast copy: unbox the F registers it
    /// wrote as words, deoptimising to the point `(blk, k)` when a word is
    /// not an exact float.
    pub fn flush_pending(&mut self, blk: u32, k: u32) -> LResult<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let regs = std::mem::take(&mut self.pending);
        let mut ex: Vec<u32> = regs.iter().map(|r| r.0).collect();
        ex.sort_unstable();
        let deopt = self.deopt_to(blk, k, ex);
        for r in regs {
            let var = self.var_of(r)?;
            let w = self.b.use_var(var);
            let f = self.fnum(w, Ints::No, deopt);
            self.fset(r, f);
        }
        Ok(())
    }

    /// Fill in the deopt stubs requested while lowering the fast copy
    /// (before the generic copy is lowered, so its entry blocks have all
    /// their predecessors when sealed).
    pub fn fill_deopts(&mut self) -> LResult<()> {
        let stubs = std::mem::take(&mut self.deopts);
        for ((blk, k, ex), b) in stubs {
            self.b.switch_to_block(b);
            self.b.seal_block(b);
            let live = self
                .spec
                .as_ref()
                .expect("spec")
                .live_at(self.f, blk as usize, k as usize);
            for r in live {
                if ex.contains(&r.0) {
                    continue;
                }
                let f = self.fget(r);
                let w = self.box_f(f);
                let var = self.var_of(r)?;
                self.b.def_var(var, w);
            }
            let target = if k == 0 {
                self.generic_block(BlockId(blk))?
            } else {
                self.deopt_entries[&(blk, k)]
            };
            self.b.ins().jump(target, NO_ARGS);
        }
        Ok(())
    }

    /// In the generic copy, before instruction `k` of the current block:
    /// start the block that deopt stubs jump to, if there is one.
    pub fn split_at(&mut self, k: u32) {
        if self.fast || k == 0 {
            return;
        }
        if let Some(&e) = self.deopt_entries.get(&(self.cur_block, k)) {
            self.b.ins().jump(e, NO_ARGS);
            self.b.switch_to_block(e);
            self.b.seal_block(e);
        }
    }

    /// Lower `op` (instruction `k`) specially if it computes on F
    /// registers; false if it takes the ordinary lowering.
    pub fn spec_op(&mut self, op: &Op, k: u32) -> LResult<bool> {
        match op {
            Op::Const { dst, c } if self.is_f(*dst) => {
                let Some(Const::Float(x)) = self.m.consts.get(c.0 as usize) else {
                    return Err("internal: non-float constant in a float register".into());
                };
                let v = self.b.ins().f64const(*x);
                self.fset(*dst, v);
            }
            Op::Move { dst, src } if self.is_f(*dst) && self.is_f(*src) => {
                let v = self.fget(*src);
                self.fset(*dst, v);
            }
            Op::Binary { dst, op, a, b } | Op::Inplace { dst, op, a, b }
                if self.is_f(*dst) && is_arith(*op) =>
            {
                self.spec_arith(*dst, *op, *a, *b, k)?;
            }
            Op::Unary { dst, op, a } if self.is_f(*dst) => {
                let deopt = self.deopt_block(k, &[]);
                let v = self.fval(*a, Ints::No, deopt)?;
                let v = match op {
                    UnaryOp::Neg => self.b.ins().fneg(v),
                    UnaryOp::Pos => v,
                    _ => return Err("internal: unary op on a float register".into()),
                };
                self.fset(*dst, v);
            }
            Op::Compare { dst, op, a, b } if self.is_f(*a) || self.is_f(*b) => {
                let Some(c) = self.spec_cmp(*op, *a, *b, k)? else {
                    return Ok(false);
                };
                let v = self.bool_word(c);
                self.set(*dst, v)?;
            }
            Op::Truth { dst, a } if self.is_f(*a) => {
                let v = self.fget(*a);
                let zero = self.b.ins().f64const(0.0);
                let c = self.b.ins().fcmp(FloatCC::NotEqual, v, zero);
                let w = self.bool_word(c);
                self.set(*dst, w)?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The i8 result of comparing two numbers at least one of which is in
    /// F, or None for operators without a float form (`is`, `in`).
    fn spec_cmp(&mut self, op: CmpOp, a: Reg, b: Reg, k: u32) -> LResult<Option<Value>> {
        let Some(cc) = super::float::float_cc(op) else {
            return Ok(None);
        };
        let deopt = self.deopt_block(k, &[]);
        let fa = self.fval(a, Ints::Exact, deopt)?;
        let fb = self.fval(b, Ints::Exact, deopt)?;
        Ok(Some(self.b.ins().fcmp(cc, fa, fb)))
    }

    /// A fused comparison and branch with an F operand; false if the
    /// operator has no float form.
    #[allow(clippy::too_many_arguments)]
    pub fn spec_compare_branch(
        &mut self,
        dst: Reg,
        op: CmpOp,
        a: Reg,
        b: Reg,
        then: BlockId,
        els: BlockId,
        k: u32,
    ) -> LResult<bool> {
        if !(self.is_f(a) || self.is_f(b)) {
            return Ok(false);
        }
        let Some(c) = self.spec_cmp(op, a, b, k)? else {
            return Ok(false);
        };
        let v = self.bool_word(c);
        self.set(dst, v)?;
        let (then, els) = (self.block(then)?, self.block(els)?);
        self.b.ins().brif(c, then, NO_ARGS, els, NO_ARGS);
        Ok(true)
    }

    /// `dst = a op b` for `+ - * /` with `dst` in F.
    fn spec_arith(&mut self, dst: Reg, op: BinOp, a: Reg, b: Reg, k: u32) -> LResult<()> {
        let deopt = self.deopt_block(k, &[]);
        let (fa_known, fb_known) = (self.is_f(a), self.is_f(b));
        let ints = if op == BinOp::TrueDiv {
            Ints::Exact
        } else {
            Ints::Any
        };
        if !fa_known && !fb_known && op != BinOp::TrueDiv {
            // Two ints would make an int: leave that to the generic copy.
            let (wa, wb) = (self.get(a)?, self.get(b)?);
            let both = self.b.ins().band(wa, wb);
            let both_int = self.b.ins().band_imm_s(both, 1);
            let go = self.b.create_block();
            self.b.ins().brif(both_int, deopt, NO_ARGS, go, NO_ARGS);
            self.enter(go);
        }
        let fa = self.fval(a, ints, deopt)?;
        let fb = self.fval(b, ints, deopt)?;
        let r = match op {
            BinOp::Add => self.b.ins().fadd(fa, fb),
            BinOp::Sub => self.b.ins().fsub(fa, fb),
            BinOp::Mul => self.b.ins().fmul(fa, fb),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let z = self.b.ins().fcmp(FloatCC::Equal, fb, zero);
                let nz = self.b.create_block();
                self.b.ins().brif(z, deopt, NO_ARGS, nz, NO_ARGS);
                self.enter(nz);
                self.b.ins().fdiv(fa, fb)
            }
        };
        self.fset(dst, r);
        Ok(())
    }
}
