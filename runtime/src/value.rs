//! The value representation: one machine word per Python value.
//!
//! - Small ints are tagged: `word = (i << 1) | 1`, for `i` in
//!   `SMALL_MIN..=SMALL_MAX` (63-bit signed). Arithmetic on two tagged ints
//!   needs no memory access and no allocation; on overflow the result is
//!   promoted to a heap big int (`int.rs`).
//! - Everything else is a pointer (8-byte aligned, so the low bit is 0) to
//!   an object whose first field is its type (`object::Obj`).
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
