//! The value representation: one machine word per Python value.
//!
//! - Small ints are tagged: `word = (i << 1) | 1`, for `i` in
//!   `SMALL_MIN..=SMALL_MAX` (63-bit signed). Arithmetic on two tagged ints
//!   needs no memory access and no allocation; on overflow the result is
//!   promoted to a heap big int (`int.rs`).
//! - Most floats are immediate: a double whose binary exponent lies in
//!   `-254..=256` (magnitudes about 1e-77 to 1e77), or ±0.0, is stored in
//!   the word itself with the low two bits `10` (see `from_f64_imm`). Other
//!   doubles (inf, nan, subnormals, huge or tiny magnitudes) and instances
//!   of float subclasses are boxed `FloatObj`s. Both forms are valid floats
//!   everywhere; `float::float_val` reads either. Float arithmetic on
//!   typical values therefore allocates nothing.
//! - Everything else is a pointer (8-byte aligned, so the low three bits
//!   are 0) to an object whose first field is its type (`object::Obj`).
//! - The word 0 (`Value::NULL`) is never a Python value: it means "an
//!   exception is pending" when returned, and "unbound" in a variable.
//!
//! Invariant: an int in the small range is always tagged, never boxed, so
//! `a == b` on words decides identity for small ints.

use crate::object::{Kind, Obj, TypeObject};

#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub usize);

pub const SMALL_MAX: i64 = (1i64 << 62) - 1;
pub const SMALL_MIN: i64 = -(1i64 << 62);
/// The exponent field bias removed when encoding an immediate float: the
/// representable biased exponents are `IMM_EXP_BASE + 1 ..= IMM_EXP_BASE + 511`.
pub const IMM_EXP_BASE: u64 = 1023 - 255;

impl Value {
    pub const NULL: Value = Value(0);

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    /// Is this a tagged small int?
    #[inline(always)]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }
    #[inline(always)]
    pub fn small(self) -> i64 {
        (self.0 as i64) >> 1
    }
    /// A tagged int; the caller guarantees `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub fn from_small(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value(((i << 1) | 1) as usize)
    }
    #[inline(always)]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&i)
    }
    /// Is this an immediate (unboxed) float?
    #[inline(always)]
    pub fn is_imm_float(self) -> bool {
        self.0 & 3 == 2
    }
    /// Is this a pointer to an object (not a tagged int or immediate float)?
    #[inline(always)]
    pub fn is_obj(self) -> bool {
        self.0 & 3 == 0
    }
    /// The immediate-float word for `f`, if `f` is representable.
    ///
    /// Encoding: rotate the IEEE bits left by one (sign to bit 0, exponent
    /// to the top 11 bits), subtract `IMM_EXP_BASE` from the exponent field
    /// so the accepted exponents `IMM_EXP_BASE+1 ..= IMM_EXP_BASE+511`
    /// become `1..=511`, which fit the top 9 bits of a 62-bit payload; the
    /// payload is shifted left by two and tagged `10`. ±0.0 use payloads 0
    /// and 1, which no other double maps to (their exponent field is 0).
    #[inline(always)]
    pub fn from_f64_imm(f: f64) -> Option<Value> {
        let bits = f.to_bits();
        let r = bits.rotate_left(1);
        if r <= 1 {
            return Some(Value(((r << 2) | 2) as usize));
        }
        let p = r.wrapping_sub(IMM_EXP_BASE << 53);
        if ((1u64 << 53)..(1u64 << 62)).contains(&p) {
            Some(Value(((p << 2) | 2) as usize))
        } else {
            None
        }
    }
    /// The double stored in an immediate float word.
    #[inline(always)]
    pub fn imm_f64(self) -> f64 {
        let p = (self.0 as u64) >> 2;
        if p <= 1 {
            return f64::from_bits(p << 63);
        }
        f64::from_bits(p.wrapping_add(IMM_EXP_BASE << 53).rotate_right(1))
    }
    #[inline(always)]
    pub fn ptr(self) -> *mut Obj {
        self.0 as *mut Obj
    }
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as usize)
    }
    /// The object's type (ints included).
    #[inline(always)]
    pub fn ty(self) -> &'static TypeObject {
        if self.is_small() {
            &crate::int::INT_TYPE
        } else if self.is_imm_float() {
            &crate::float::FLOAT_TYPE
        } else {
            unsafe { &*(*self.ptr()).ty }
        }
    }
    #[inline(always)]
    pub fn kind(self) -> Kind {
        self.ty().kind
    }
    /// Reinterpret as a reference to an object struct of type `T`. The
    /// caller must have checked the kind.
    #[inline(always)]
    pub fn cast<T>(self) -> &'static T {
        unsafe { &*(self.0 as *const T) }
    }
    #[inline(always)]
    pub fn is(self, other: Value) -> bool {
        self.0 == other.0
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == none().0
    }
}

#[inline(always)]
pub fn none() -> Value {
    Value::from_ptr(&crate::object::NONE_OBJ)
}
#[inline(always)]
pub fn true_() -> Value {
    Value::from_ptr(&crate::object::TRUE_OBJ)
}
#[inline(always)]
pub fn false_() -> Value {
    Value::from_ptr(&crate::object::FALSE_OBJ)
}
#[inline(always)]
pub fn bool_(b: bool) -> Value {
    if b {
        true_()
    } else {
        false_()
    }
}
#[inline(always)]
pub fn ellipsis() -> Value {
    Value::from_ptr(&crate::object::ELLIPSIS_OBJ)
}
#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_ptr(&crate::object::NOTIMPL_OBJ)
}
