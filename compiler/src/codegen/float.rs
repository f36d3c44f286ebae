//! Inline fast paths for immediate floats (see `runtime/src/value.rs`).
//!
//! An immediate float is the word `(p << 2) | 2`, where `p` is the IEEE
//! bit pattern rotated left by one with `IMM_EXP_BASE` subtracted from its
//! exponent field, or `p` in {0, 1} for ±0.0. `+ - * /` on two numbers that
//! are each an immediate float or a small int (at least one a float) are
//! computed inline on f64 and re-encoded; a result that has no immediate
//! form (inf, nan, huge, tiny), a zero divisor, or any other operand takes
//! the runtime call, which computes the same value and boxes it. Ordering
//! comparisons of two immediate floats are an `fcmp` (no NaN is
//! immediate, so the IEEE and Python results agree).

use super::func::{Lower, NO_ARGS};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use pyaot_ir::{BinOp, CmpOp};

/// The exponent bias removed by the encoding (`value::IMM_EXP_BASE`).
const IMM_EXP_BASE: i64 = 1023 - 255;
const K: i64 = IMM_EXP_BASE << 53;

/// The immediate word for `f` (`Value::from_f64_imm` in the runtime), if
/// `f` is representable as one.
pub fn imm_word(f: f64) -> Option<i64> {
    let r = f.to_bits().rotate_left(1);
    if r <= 1 {
        return Some(((r << 2) | 2) as i64);
    }
    let p = r.wrapping_sub((IMM_EXP_BASE as u64) << 53);
    if (1u64 << 53..1u64 << 62).contains(&p) {
        Some(((p << 2) | 2) as i64)
    } else {
        None
    }
}

/// The float condition for a comparison operator.
pub fn float_cc(op: CmpOp) -> Option<FloatCC> {
    Some(match op {
        CmpOp::Lt => FloatCC::LessThan,
        CmpOp::Le => FloatCC::LessThanOrEqual,
        CmpOp::Gt => FloatCC::GreaterThan,
        CmpOp::Ge => FloatCC::GreaterThanOrEqual,
        CmpOp::Eq => FloatCC::Equal,
        CmpOp::Ne => FloatCC::NotEqual,
        _ => return None,
    })
}

/// Does `op` have an inline float path?
pub fn float_op(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
}

impl Lower<'_> {
    /// An i8 that is nonzero iff both words are immediate floats.
    pub fn both_imm_float(&mut self, a: Value, b: Value) -> Value {
        let xa = self.b.ins().bxor_imm_s(a, 2);
        let xb = self.b.ins().bxor_imm_s(b, 2);
        let o = self.b.ins().bor(xa, xb);
        let t = self.b.ins().band_imm_s(o, 3);
        self.b.ins().icmp_imm_s(IntCC::Equal, t, 0)
    }

    /// An i8 that is nonzero iff the word is a small int or an immediate
    /// float (a number with no pointer to follow).
    fn is_imm_number(&mut self, v: Value) -> Value {
        // Low bits 01/11 (int) or 10 (float): anything but 00.
        let t = self.b.ins().band_imm_s(v, 3);
        self.b.ins().icmp_imm_s(IntCC::NotEqual, t, 0)
    }

    /// The f64 of an immediate float word.
    pub fn decode_imm_float(&mut self, v: Value) -> Value {
        let p = self.b.ins().ushr_imm_s(v, 2);
        let biased = self.b.ins().iadd_imm_s(p, K);
        let normal = self.b.ins().rotr_imm_s(biased, 1);
        let zero = self.b.ins().ishl_imm_s(p, 63);
        let is_normal = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, p, 1);
        let bits = self.b.ins().select(is_normal, normal, zero);
        self.b.ins().bitcast(types::F64, MemFlagsData::new(), bits)
    }

    /// The f64 of a word that is a small int or an immediate float.
    fn number_f64(&mut self, v: Value) -> Value {
        let f = self.decode_imm_float(v);
        let i = self.b.ins().sshr_imm_s(v, 1);
        let fi = self.b.ins().fcvt_from_sint(types::F64, i);
        let small = self.b.ins().band_imm_s(v, 1);
        self.b.ins().select(small, fi, f)
    }

    /// Encode `f` as an immediate float word; jumps to `slow` when `f` has
    /// no immediate form. Continues in a fresh block.
    pub fn encode_imm_float(&mut self, f: Value, slow: Block) -> Value {
        let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        let r = self.b.ins().rotl_imm_s(bits, 1);
        let p = self.b.ins().iadd_imm_s(r, -K);
        // Representable iff 2^53 <= p < 2^62, i.e. p - 2^53 < 2^62 - 2^53.
        let q = self.b.ins().iadd_imm_s(p, -(1i64 << 53));
        let in_range =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThan, q, (1i64 << 62) - (1i64 << 53));
        let is_zero = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, r, 1);
        let payload = self.b.ins().select(is_zero, r, p);
        let ok = self.b.ins().bor(in_range, is_zero);
        let done = self.b.create_block();
        self.b.ins().brif(ok, done, NO_ARGS, slow, NO_ARGS);
        self.enter(done);
        let w = self.b.ins().ishl_imm_s(payload, 2);
        self.b.ins().bor_imm_s(w, 2)
    }

    /// The float path of `a op b` for `float_op(op)`, entered when the
    /// operands are not both small ints: checks that both are immediate
    /// numbers, computes, and returns the result word; every failed check
    /// jumps to `slow`.
    pub fn float_arith(&mut self, op: BinOp, a: Value, b: Value, slow: Block) -> Value {
        let (ca, cb) = (self.is_imm_number(a), self.is_imm_number(b));
        let both = self.b.ins().band(ca, cb);
        let go = self.b.create_block();
        self.b.ins().brif(both, go, NO_ARGS, slow, NO_ARGS);
        self.enter(go);
        let (fa, fb) = (self.number_f64(a), self.number_f64(b));
        let r = match op {
            BinOp::Add => self.b.ins().fadd(fa, fb),
            BinOp::Sub => self.b.ins().fsub(fa, fb),
            BinOp::Mul => self.b.ins().fmul(fa, fb),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let z = self.b.ins().fcmp(FloatCC::Equal, fb, zero);
                let nz = self.b.create_block();
                self.b.ins().brif(z, slow, NO_ARGS, nz, NO_ARGS);
                self.enter(nz);
                self.b.ins().fdiv(fa, fb)
            }
        };
        self.encode_imm_float(r, slow)
    }

    /// The i8 result of comparing two immediate floats.
    pub fn float_compare(&mut self, op: CmpOp, a: Value, b: Value) -> Value {
        let cc = float_cc(op).expect("ordering comparison");
        let (fa, fb) = (self.decode_imm_float(a), self.decode_imm_float(b));
        self.b.ins().fcmp(cc, fa, fb)
    }

    /// `a / b` for two small ints whose magnitudes are below 2^53 (exact
    /// as doubles, so one division rounds correctly, as CPython computes
    /// it); anything else jumps to `slow`.
    pub fn int_truediv(&mut self, a: Value, b: Value, slow: Block) -> Value {
        let ia = self.b.ins().sshr_imm_s(a, 1);
        let ib = self.b.ins().sshr_imm_s(b, 1);
        let lim = 1i64 << 53;
        let ra = self.b.ins().iadd_imm_s(ia, lim);
        let rb = self.b.ins().iadd_imm_s(ib, lim);
        let oka = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, ra, 2 * lim);
        let okb = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, rb, 2 * lim);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, ib, 0);
        let ok = self.b.ins().band(oka, okb);
        let ok = self.b.ins().band(ok, nz);
        let go = self.b.create_block();
        self.b.ins().brif(ok, go, NO_ARGS, slow, NO_ARGS);
        self.enter(go);
        let fa = self.b.ins().fcvt_from_sint(types::F64, ia);
        let fb = self.b.ins().fcvt_from_sint(types::F64, ib);
        let r = self.b.ins().fdiv(fa, fb);
        self.encode_imm_float(r, slow)
    }
}
