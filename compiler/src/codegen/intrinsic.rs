//! Builtins computed inline at call sites (`math.sqrt`; `len` is in
//! `call.rs`, tried before the callee is known not to be `len`). When a positional call's callee
//! is not a directly callable function (the `call_direct_or` miss path),
//! the callee word is compared with the runtime objects of a few builtins
//! (the exported static `pyaot_math_sqrt`, 0 until
//! `math` is imported). On a match with operands in the handled form the result is
//! computed without any call; anything else continues to `rt_call`.
//!
//! Guarantee: an intrinsic produces exactly the builtin's result for the
//! operands it accepts and accepts none for which the builtin could raise,
//! so no traceback or exception state is involved. Identity comparison is
//! exact: a rebound `math.sqrt` or any other callable never matches.

use super::data::RD_MATH_SQRT;
use super::func::{Lower, NO_ARGS};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};

impl Lower<'_> {
    /// Try the one-argument intrinsics for callee `f` with its argument at
    /// `p`: on success jump to `join` with the result word. Falls through
    /// (continues in a fresh current block) when none applies.
    pub fn intrinsic_1(&mut self, f: Value, p: Value, join: Block) {
        let generic = self.b.create_block();
        self.sqrt_intrinsic(f, p, join, generic, generic);
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
}
