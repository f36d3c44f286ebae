//! Inline fast paths for tagged small ints and bools.
//!
//! A small int `i` is the word `(i << 1) | 1`, so two words are both small
//! ints iff `(a & b) & 1 == 1`, and ordering/equality of small ints equals
//! signed ordering/equality of their words. Arithmetic is done on the words
//! directly with an overflow check; on overflow, or when an operand is not a
//! small int, the runtime call computes the result (promoting to a big int,
//! or dispatching to floats, strings, user classes...). Both paths define
//! the destination register and meet at a join block; an operation that
//! fails leaves the destination untouched.
//!
//! True and False are the words in the constant table at the indices the
//! driver guarantees (`Shared::true_const` / `false_const`).

use super::func::{LResult, Lower, NO_ARGS};
use super::rt::Rt;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, Value};
use pyaot_ir::{BinOp, BlockId, CmpOp, Reg, UnaryOp};

/// Comparisons that are decided on the words of two small ints.
pub fn int_cc(op: CmpOp) -> Option<IntCC> {
    Some(match op {
        CmpOp::Lt => IntCC::SignedLessThan,
        CmpOp::Le => IntCC::SignedLessThanOrEqual,
        CmpOp::Gt => IntCC::SignedGreaterThan,
        CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        CmpOp::Eq => IntCC::Equal,
        CmpOp::Ne => IntCC::NotEqual,
        _ => return None,
    })
}

/// Can a `Compare` feeding the block's `Branch` be fused with it?
pub fn fusable(op: CmpOp) -> bool {
    int_cc(op).is_some() || matches!(op, CmpOp::Is | CmpOp::IsNot)
}

fn cmp_index(op: CmpOp) -> u32 {
    op as u32
}

impl Lower<'_> {
    /// An i8 that is nonzero iff both words are small ints.
    fn both_small(&mut self, a: Value, b: Value) -> Value {
        let small = |w: Option<i64>| w.map(|w| w & 1 == 1);
        match (small(self.const_of(a)), small(self.const_of(b))) {
            (Some(x), Some(y)) => self.b.ins().iconst(types::I64, (x && y) as i64),
            (Some(true), None) => self.b.ins().band_imm_s(b, 1),
            (None, Some(true)) => self.b.ins().band_imm_s(a, 1),
            (Some(false), None) | (None, Some(false)) => self.b.ins().iconst(types::I64, 0),
            (None, None) => {
                let t = self.b.ins().band(a, b);
                self.b.ins().band_imm_s(t, 1)
            }
        }
    }

    /// The word of `v` when it is a compile-time constant (`iconst`).
    pub fn const_of(&self, v: Value) -> Option<i64> {
        use cranelift_codegen::ir::{InstructionData, Opcode, ValueDef};
        let dfg = &self.b.func.dfg;
        match dfg.value_def(dfg.resolve_aliases(v)) {
            ValueDef::Result(inst, 0) => match dfg.insts[inst] {
                InstructionData::UnaryImm {
                    opcode: Opcode::Iconst,
                    imm,
                } => Some(imm.bits()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `Binary`/`Inplace`: dst = a op b.
    pub fn arith(&mut self, dst: Reg, op: BinOp, a: Reg, b: Reg, inplace: bool) -> LResult<()> {
        let (va, vb) = (self.get(a)?, self.get(b)?);
        let idx = BinOp::ALL.iter().position(|o| *o == op).unwrap() as u32;
        let rt = if inplace { Rt::Inplace } else { Rt::Binary };
        if int_only_op(op) {
            return self.int_only_arith(dst, op, va, vb, idx, rt);
        }
        if !super::float::float_op(op) {
            let opc = self.u32c(idx);
            let v = self.call_v(rt, &[opc, va, vb]);
            return self.set(dst, v);
        }
        let (fast, fchk, slow, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        let small = self.both_small(va, vb);
        self.b.ins().brif(small, fast, NO_ARGS, fchk, NO_ARGS);

        self.enter(fast);
        let r = if op == BinOp::TrueDiv {
            self.int_truediv(va, vb, slow)
        } else {
            let (r, overflow) = match op {
                // (2i+1) + 2j = 2(i+j)+1
                BinOp::Add => {
                    let b1 = self.b.ins().iadd_imm_s(vb, -1);
                    self.b.ins().sadd_overflow(va, b1)
                }
                // (2i+1) - 2j = 2(i-j)+1
                BinOp::Sub => {
                    let b1 = self.b.ins().iadd_imm_s(vb, -1);
                    self.b.ins().ssub_overflow(va, b1)
                }
                // 2i * j (+1 cannot overflow: the product is even)
                _ => {
                    let a1 = self.b.ins().iadd_imm_s(va, -1);
                    let j = self.b.ins().sshr_imm_s(vb, 1);
                    let (p, of) = self.b.ins().smul_overflow(a1, j);
                    (self.b.ins().iadd_imm_s(p, 1), of)
                }
            };
            let done = self.b.create_block();
            self.b.ins().brif(overflow, slow, NO_ARGS, done, NO_ARGS);
            self.enter(done);
            r
        };
        self.set(dst, r)?;
        self.b.ins().jump(join, NO_ARGS);

        self.enter(fchk);
        let r = self.float_arith(op, va, vb, slow);
        self.set(dst, r)?;
        self.b.ins().jump(join, NO_ARGS);

        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let opc = self.u32c(idx);
        let v = self.call_v(rt, &[opc, va, vb]);
        self.set(dst, v)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }

    /// `a op b` for the operators with an inline path for two small ints
    /// only (`int_only_op`); any other operands, a zero divisor, a shift
    /// count outside 0..=63 or a result outside the small range take the
    /// runtime call.
    fn int_only_arith(
        &mut self,
        dst: Reg,
        op: BinOp,
        va: Value,
        vb: Value,
        idx: u32,
        rt: Rt,
    ) -> LResult<()> {
        let (fast, slow, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.set_cold_block(slow);
        let small = self.both_small(va, vb);
        self.b.ins().brif(small, fast, NO_ARGS, slow, NO_ARGS);
        self.enter(fast);
        let r = match op {
            // (2i+1) & (2j+1) = 2(i&j)+1, and likewise for |.
            BinOp::BitAnd => self.b.ins().band(va, vb),
            BinOp::BitOr => self.b.ins().bor(va, vb),
            // (2i+1) ^ (2j+1) = 2(i^j): set the tag again.
            BinOp::BitXor => {
                let x = self.b.ins().bxor(va, vb);
                self.b.ins().bor_imm_s(x, 1)
            }
            BinOp::RShift => {
                let j = self.b.ins().sshr_imm_s(vb, 1);
                let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, j, 64);
                let go = self.b.create_block();
                self.b.ins().brif(ok, go, NO_ARGS, slow, NO_ARGS);
                self.enter(go);
                // (2i+1) >> j keeps the sign; clear and re-set the tag.
                let s = self.b.ins().sshr(va, j);
                self.b.ins().bor_imm_s(s, 1)
            }
            BinOp::LShift => {
                let j = self.b.ins().sshr_imm_s(vb, 1);
                let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, j, 63);
                let go = self.b.create_block();
                self.b.ins().brif(ok, go, NO_ARGS, slow, NO_ARGS);
                self.enter(go);
                // (2i) << j, exact iff shifting back gives 2i again.
                let a0 = self.b.ins().band_imm_s(va, -2);
                let s = self.b.ins().ishl(a0, j);
                let back = self.b.ins().sshr(s, j);
                let exact = self.b.ins().icmp(IntCC::Equal, back, a0);
                let go2 = self.b.create_block();
                self.b.ins().brif(exact, go2, NO_ARGS, slow, NO_ARGS);
                self.enter(go2);
                self.b.ins().bor_imm_s(s, 1)
            }
            _ => {
                // Floor division and modulo with Python's sign rules.
                let i = self.b.ins().sshr_imm_s(va, 1);
                let j = self.b.ins().sshr_imm_s(vb, 1);
                let go = self.b.create_block();
                self.b.ins().brif(j, go, NO_ARGS, slow, NO_ARGS);
                self.enter(go);
                // |i| < 2^62, so i / -1 cannot overflow an i64.
                let q = self.b.ins().sdiv(i, j);
                let r = self.b.ins().srem(i, j);
                let rx = self.b.ins().bxor(r, j);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, rx, 0);
                let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let adj = self.b.ins().band(neg, nz);
                let v = if op == BinOp::FloorDiv {
                    let q1 = self.b.ins().iadd_imm_s(q, -1);
                    self.b.ins().select(adj, q1, q)
                } else {
                    let r1 = self.b.ins().iadd(r, j);
                    self.b.ins().select(adj, r1, r)
                };
                // Only SMALL_MIN // -1 leaves the small range.
                let w = self.b.ins().ishl_imm_s(v, 1);
                let back = self.b.ins().sshr_imm_s(w, 1);
                let fits = self.b.ins().icmp(IntCC::Equal, back, v);
                let go2 = self.b.create_block();
                self.b.ins().brif(fits, go2, NO_ARGS, slow, NO_ARGS);
                self.enter(go2);
                self.b.ins().bor_imm_s(w, 1)
            }
        };
        self.set(dst, r)?;
        self.b.ins().jump(join, NO_ARGS);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let opc = self.u32c(idx);
        let v = self.call_v(rt, &[opc, va, vb]);
        self.set(dst, v)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }

    /// `Compare`: dst = a op b.
    pub fn compare(&mut self, dst: Reg, op: CmpOp, a: Reg, b: Reg) -> LResult<()> {
        let (va, vb) = (self.get(a)?, self.get(b)?);
        if let Some(cc) = identity_cc(op) {
            let c = self.b.ins().icmp(cc, va, vb);
            let v = self.bool_word(c);
            return self.set(dst, v);
        }
        let Some(cc) = int_cc(op) else {
            let opc = self.u32c(cmp_index(op));
            let v = self.call_v(Rt::Compare, &[opc, va, vb]);
            return self.set(dst, v);
        };
        let (fast, slow, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let fchk = self.b.create_block();
        let small = self.both_small(va, vb);
        self.b.ins().brif(small, fast, NO_ARGS, fchk, NO_ARGS);
        self.enter(fast);
        let c = self.b.ins().icmp(cc, va, vb);
        let v = self.bool_word(c);
        self.set(dst, v)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(fchk);
        let ff = self.b.create_block();
        let both = self.both_imm_float(va, vb);
        self.b.ins().brif(both, ff, NO_ARGS, slow, NO_ARGS);
        self.enter(ff);
        let c = self.float_compare(op, va, vb);
        let v = self.bool_word(c);
        self.set(dst, v)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(slow);
        let opc = self.u32c(cmp_index(op));
        let v = self.call_v(Rt::Compare, &[opc, va, vb]);
        self.set(dst, v)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }

    /// A `Compare` immediately tested by the block's `Branch`: on the fast
    /// path the comparison's flag drives the branch directly.
    #[allow(clippy::too_many_arguments)]
    pub fn compare_branch(
        &mut self,
        dst: Reg,
        op: CmpOp,
        a: Reg,
        b: Reg,
        then: BlockId,
        els: BlockId,
        term: (u32, u32),
    ) -> LResult<()> {
        let (then, els) = (self.block(then)?, self.block(els)?);
        let (va, vb) = (self.get(a)?, self.get(b)?);
        if let Some(cc) = identity_cc(op) {
            let c = self.b.ins().icmp(cc, va, vb);
            let v = self.bool_word(c);
            self.set(dst, v)?;
            self.b.ins().brif(c, then, NO_ARGS, els, NO_ARGS);
            return Ok(());
        }
        let cc = int_cc(op).ok_or("internal: comparison is not fusable")?;
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        let fchk = self.b.create_block();
        let small = self.both_small(va, vb);
        self.b.ins().brif(small, fast, NO_ARGS, fchk, NO_ARGS);
        self.enter(fast);
        let c = self.b.ins().icmp(cc, va, vb);
        let v = self.bool_word(c);
        self.set(dst, v)?;
        self.b.ins().brif(c, then, NO_ARGS, els, NO_ARGS);
        self.enter(fchk);
        let ff = self.b.create_block();
        let both = self.both_imm_float(va, vb);
        self.b.ins().brif(both, ff, NO_ARGS, slow, NO_ARGS);
        self.enter(ff);
        let c = self.float_compare(op, va, vb);
        let v = self.bool_word(c);
        self.set(dst, v)?;
        self.b.ins().brif(c, then, NO_ARGS, els, NO_ARGS);
        self.enter(slow);
        let opc = self.u32c(cmp_index(op));
        let v = self.call_v(Rt::Compare, &[opc, va, vb]);
        self.set(dst, v)?;
        (self.line, self.pos) = term;
        self.branch_on(v, then, els);
        Ok(())
    }

    /// Branch on the truth of `v`: True, False and small ints inline,
    /// anything else through `rt_truthy` (errors at the current line).
    pub fn branch_on(&mut self, v: Value, then: Block, els: Block) {
        let t = self.true_word();
        let is_true = self.b.ins().icmp(IntCC::Equal, v, t);
        let (n1, n2, n3, n4, n5) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.ins().brif(is_true, then, NO_ARGS, n1, NO_ARGS);
        self.enter(n1);
        let f = self.false_word();
        let is_false = self.b.ins().icmp(IntCC::Equal, v, f);
        self.b.ins().brif(is_false, els, NO_ARGS, n2, NO_ARGS);
        self.enter(n2);
        let small = self.b.ins().band_imm_s(v, 1);
        self.b.ins().brif(small, n3, NO_ARGS, n4, NO_ARGS);
        self.enter(n3);
        // The small int 0 is the word 1.
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.b.ins().brif(nonzero, then, NO_ARGS, els, NO_ARGS);
        self.enter(n4);
        let r = self.call(Rt::Truthy, &[v]).unwrap();
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let err = self.err_block(true);
        self.b.ins().brif(failed, err, NO_ARGS, n5, NO_ARGS);
        self.enter(n5);
        self.b.ins().brif(r, then, NO_ARGS, els, NO_ARGS);
    }

    /// `Unary`: `not` of a bool is inline; everything else calls the runtime.
    pub fn unary(&mut self, dst: Reg, op: UnaryOp, a: Reg) -> LResult<()> {
        let va = self.get(a)?;
        let opc = self.u32c(op as u32);
        if op != UnaryOp::Not {
            let v = self.call_v(Rt::Unary, &[opc, va]);
            return self.set(dst, v);
        }
        self.bool_or_call(dst, va, true, |l| l.call_v(Rt::Unary, &[opc, va]))
    }

    /// `Truth`: a bool is its own truth value.
    pub fn truth(&mut self, dst: Reg, a: Reg) -> LResult<()> {
        let va = self.get(a)?;
        self.bool_or_call(dst, va, false, |l| l.call_v(Rt::Truth, &[va]))
    }

    /// dst = (negated) `v` if it is a bool, else the result of `slow`.
    fn bool_or_call(
        &mut self,
        dst: Reg,
        v: Value,
        negate: bool,
        slow: impl FnOnce(&mut Self) -> Value,
    ) -> LResult<()> {
        let (t, f) = (self.true_word(), self.false_word());
        let (fast, slow_b, join) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let is_t = self.b.ins().icmp(IntCC::Equal, v, t);
        let is_f = self.b.ins().icmp(IntCC::Equal, v, f);
        let is_bool = self.b.ins().bor(is_t, is_f);
        self.b.ins().brif(is_bool, fast, NO_ARGS, slow_b, NO_ARGS);
        self.enter(fast);
        let r = if negate {
            self.b.ins().select(is_t, f, t)
        } else {
            v
        };
        self.set(dst, r)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(slow_b);
        let r = slow(self);
        self.set(dst, r)?;
        self.b.ins().jump(join, NO_ARGS);
        self.enter(join);
        Ok(())
    }
}

/// Operators with an inline path for two small ints only.
fn int_only_op(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor
            | BinOp::LShift
            | BinOp::RShift
            | BinOp::FloorDiv
            | BinOp::Mod
    )
}

/// `is` / `is not` compare words: identity is word equality (small ints
/// are never boxed).
fn identity_cc(op: CmpOp) -> Option<IntCC> {
    match op {
        CmpOp::Is => Some(IntCC::Equal),
        CmpOp::IsNot => Some(IntCC::NotEqual),
        _ => None,
    }
}
