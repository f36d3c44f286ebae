//! Builtins computed inline at call sites (`math.sqrt`, `len`). When a positional call's callee
//! is not a directly callable function (the `call_direct_or` miss path),
//! the callee word is compared with the runtime objects of a few builtins
//! (exported statics `pyaot_math_sqrt` and `pyaot_builtin_len`, 0 until
//! their module exists). On a match with operands in the handled form the result is
//! computed without any call; anything else continues to `rt_call`.
//!
//! Guarantee: an intrinsic produces exactly the builtin's result for the
//! operands it accepts and accepts none for which the builtin could raise,
//! so no traceback or exception state is involved. Identity comparison is
//! exact: a rebound `math.sqrt` or any other callable never matches.

use super::data::{RD_BUILTIN_LEN, RD_LIST, RD_MATH_SQRT, RD_TUPLE};
use super::func::{Lower, NO_ARGS};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};

/// `ListObj`: its `Vec` starts at offset 8. `TupleObj`: length at 8.
const LIST_VEC: i32 = 8;
const TUPLE_LEN: i32 = 8;

impl Lower<'_> {
    /// Try the one-argument intrinsics for callee `f` with its argument at
    /// `p`: on success jump to `join` with the result word. Falls through
    /// (continues in a fresh current block) when none applies.
    pub fn intrinsic_1(&mut self, f: Value, p: Value, join: Block) {
        let (not_sqrt, generic) = (self.b.create_block(), self.b.create_block());
        self.sqrt_intrinsic(f, p, join, not_sqrt, generic);
        self.enter(not_sqrt);
        self.len_intrinsic(f, p, join, generic);
        self.enter(generic);
    }

    /// The callee is the runtime static `rd`'s object: an i8.
    fn callee_is(&mut self, f: Value, rd: usize) -> Value {
        let gp = self.b.ins().symbol_value(types::I64, self.rt_data[rd]);
        let o = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), gp, 0);
        self.b.ins().icmp(IntCC::Equal, f, o)
    }

    /// math.sqrt(x) for an immediate float x >= 0 (also -0.0, whose
    /// square root is -0.0 as in C): one `sqrt`. Ints, negative numbers
    /// (ValueError), boxed floats (inf, nan, subclasses) go generic. Other
    /// callees continue at `other`.
    fn sqrt_intrinsic(&mut self, f: Value, p: Value, join: Block, other: Block, generic: Block) {
        let flags = MemFlagsData::trusted();
        let (chk_arg, nonneg, compute) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let is_sqrt = self.callee_is(f, RD_MATH_SQRT);
        self.b.ins().brif(is_sqrt, chk_arg, NO_ARGS, other, NO_ARGS);

        self.enter(chk_arg);
        let x = self.b.ins().load(types::I64, flags, p, 0);
        let tag = self.b.ins().band_imm_s(x, 3);
        let is_f = self.b.ins().icmp_imm_s(IntCC::Equal, tag, 2);
        self.b.ins().brif(is_f, nonneg, NO_ARGS, generic, NO_ARGS);

        self.enter(nonneg);
        let d = self.decode_imm_float(x);
        let zero = self.b.ins().f64const(0.0);
        let ok = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, d, zero);
        self.b.ins().brif(ok, compute, NO_ARGS, generic, NO_ARGS);

        self.enter(compute);
        let r = self.b.ins().sqrt(d);
        let w = self.encode_imm_float(r, generic);
        self.b.ins().jump(join, &[w.into()]);
    }

    /// len(x) for an exact list or tuple: its length word, tagged (a
    /// length always fits a small int). Anything else goes generic.
    fn len_intrinsic(&mut self, f: Value, p: Value, join: Block, generic: Block) {
        let flags = MemFlagsData::trusted();
        let (chk_arg, chk_ty, list, chk_tup, tup, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, types::I64);
        let is_len = self.callee_is(f, RD_BUILTIN_LEN);
        self.b
            .ins()
            .brif(is_len, chk_arg, NO_ARGS, generic, NO_ARGS);

        self.enter(chk_arg);
        let x = self.b.ins().load(types::I64, flags, p, 0);
        let low = self.b.ins().band_imm_s(x, 7);
        self.b.ins().brif(low, generic, NO_ARGS, chk_ty, NO_ARGS);

        self.enter(chk_ty);
        let ty = self.b.ins().load(types::I64, flags, x, 0);
        let lty = self.b.ins().symbol_value(types::I64, self.rt_data[RD_LIST]);
        let is_list = self.b.ins().icmp(IntCC::Equal, ty, lty);
        self.b.ins().brif(is_list, list, NO_ARGS, chk_tup, NO_ARGS);

        self.enter(list);
        let (_, lo) = pyaot_ir::layout::vec_offsets();
        let n = self.b.ins().load(types::I64, flags, x, LIST_VEC + lo);
        self.b.ins().jump(done, &[n.into()]);

        self.enter(chk_tup);
        let tty = self
            .b
            .ins()
            .symbol_value(types::I64, self.rt_data[RD_TUPLE]);
        let is_tup = self.b.ins().icmp(IntCC::Equal, ty, tty);
        self.b.ins().brif(is_tup, tup, NO_ARGS, generic, NO_ARGS);

        self.enter(tup);
        let n = self.b.ins().load(types::I64, flags, x, TUPLE_LEN);
        self.b.ins().jump(done, &[n.into()]);

        self.enter(done);
        let n = self.b.block_params(done)[0];
        let w = self.b.ins().ishl_imm_s(n, 1);
        let w = self.b.ins().bor_imm_s(w, 1);
        self.b.ins().jump(join, &[w.into()]);
    }
}
