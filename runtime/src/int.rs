//! `int` and `bool`: tagged small ints and heap big ints (num-bigint).
//!
//! Invariant: a value of exact type `int` in the small range is always
//! tagged (`value.rs`); `IntObj` holds ints outside it, and instances of
//! user subclasses of int (whatever their value). All accessors here
//! therefore accept an `IntObj` holding a small value.
//!
//! This file holds the representation, conversions and the type objects
//! with their slots; arithmetic is in `int_ops.rs`, the constructor,
//! parsing, printing and methods in `int_methods.rs`.

use crate::exc::{self, PyResult};
use crate::object::{new_obj, BoolObj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyaot_ir::{BinOp, CmpOp, UnaryOp};
use std::cmp::Ordering;

pub use crate::int_methods::{int_to_decimal, BOOL_METHODS, INT_METHODS};
pub use crate::int_ops::{int_binary, small_binary};

#[repr(C)]
pub struct IntObj {
    pub ob: Obj,
    pub v: BigInt,
}

pub const INT_SLOTS: Slots = Slots {
    repr: Some(int_repr),
    str: Some(int_repr),
    hash: Some(int_hash),
    richcmp: Some(int_richcmp),
    binary: Some(int_binary),
    unary: Some(int_unary),
    truthy: Some(int_truthy),
    getattr: Some(int_getattr),
    new: Some(crate::int_methods::int_new),
    ..Slots::EMPTY
};

pub const BOOL_SLOTS: Slots = Slots {
    repr: Some(bool_repr),
    str: Some(bool_repr),
    hash: Some(int_hash),
    richcmp: Some(int_richcmp),
    binary: Some(bool_binary),
    unary: Some(int_unary),
    truthy: Some(int_truthy),
    getattr: Some(int_getattr),
    new: Some(crate::int_methods::bool_new),
    ..Slots::EMPTY
};

pub static INT_TYPE: TypeObject =
    TypeObject::builtin("int", Kind::Int, &OBJECT_TYPE, INT_METHODS, INT_SLOTS);

/// A borrowed view of an int's value.
#[derive(Clone, Copy)]
pub enum IntRef {
    Small(i64),
    Big(&'static BigInt),
}

impl IntRef {
    pub fn to_big(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
}

/// Is `v` an int (bools and int subclasses included)?
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small() || matches!(v.kind(), Kind::Int | Kind::Bool)
}

/// The value of an int, bool or int-subclass instance.
#[inline]
pub fn int_ref(v: Value) -> Option<IntRef> {
    if v.is_small() {
        return Some(IntRef::Small(v.small()));
    }
    match v.kind() {
        Kind::Bool => Some(IntRef::Small(v.cast::<BoolObj>().v)),
        Kind::Int => {
            let b = &v.cast::<IntObj>().v;
            match b.to_i64() {
                Some(i) => Some(IntRef::Small(i)),
                None => Some(IntRef::Big(b)),
            }
        }
        _ => None,
    }
}

/// The value of an int as a BigInt.
pub fn to_bigint(v: Value) -> Option<BigInt> {
    int_ref(v).map(|r| r.to_big())
}

/// An int value from an i64 (boxed if outside the small range).
pub fn new_int(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::from_small(i)
    } else {
        new_obj(IntObj {
            ob: Obj { ty: &INT_TYPE },
            v: BigInt::from(i),
        })
    }
}

/// An int value from an i128.
pub fn new_int_i128(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(s) => new_int(s),
        Err(_) => from_bigint(BigInt::from(i)),
    }
}

/// An int value from a BigInt, tagged when it fits.
pub fn from_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if Value::fits_small(i) {
            return Value::from_small(i);
        }
    }
    new_obj(IntObj {
        ob: Obj { ty: &INT_TYPE },
        v: b,
    })
}

/// An instance of `ty` (int or a subclass of it) with value `b`.
pub fn new_int_typed(ty: &'static TypeObject, b: BigInt) -> Value {
    if std::ptr::eq(ty, &INT_TYPE) {
        from_bigint(b)
    } else {
        crate::sequtil::new_container(
            ty,
            IntObj {
                ob: Obj { ty },
                v: b,
            },
        )
    }
}

/// The value of an int (or bool) as i64, if it is one and fits.
pub fn as_i64(v: Value) -> Option<i64> {
    match int_ref(v)? {
        IntRef::Small(i) => Some(i),
        IntRef::Big(_) => None,
    }
}

/// An int operand converted to float, with CPython's OverflowError.
pub fn int_to_f64(r: IntRef) -> PyResult<f64> {
    match r {
        IntRef::Small(i) => Ok(i as f64),
        IntRef::Big(b) => big_to_f64(b),
    }
}

/// A BigInt converted to float (correctly rounded), with CPython's
/// OverflowError.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_finite() {
        Ok(f)
    } else {
        Err(exc::overflow_error("int too large to convert to float"))
    }
}

/// CPython's hash of an int that fits in i64.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    const M: i64 = (1 << 61) - 1;
    // Below the modulus (every int a program usually hashes) the hash is
    // the int itself, so skip the division.
    if i > -M && i < M {
        return if i == -1 { -2 } else { i };
    }
    let h = if i >= 0 {
        i % M
    } else {
        -((-(i as i128) % M as i128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of any int: `sign * (|n| mod (2**61 - 1))`, -1 -> -2.
pub fn hash_int(r: IntRef) -> i64 {
    match r {
        IntRef::Small(i) => hash_i64(i),
        IntRef::Big(b) => {
            let m = BigInt::from((1i64 << 61) - 1);
            let h = (b.abs() % m).to_i64().unwrap_or(0);
            let h = if b.is_negative() { -h } else { h };
            if h == -1 {
                -2
            } else {
                h
            }
        }
    }
}

/// Compare two int values.
pub fn cmp_int(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        // Borrow big operands: comparing must not copy their digits.
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
        (IntRef::Small(x), IntRef::Big(y)) => BigInt::from(x).cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => x.cmp(&BigInt::from(y)),
    }
}

/// `operator.index(v)` as an int value: ints pass through (bools and
/// subclasses become plain ints), objects with `__index__` are asked,
/// anything else is a TypeError.
pub fn index(v: Value) -> PyResult<Value> {
    if v.is_small() {
        return Ok(v);
    }
    if let Some(r) = int_ref(v) {
        return Ok(match r {
            IntRef::Small(i) => new_int(i),
            IntRef::Big(b) => {
                if std::ptr::eq(v.ty(), &INT_TYPE) {
                    v
                } else {
                    from_bigint(b.clone())
                }
            }
        });
    }
    if let Some(r) = call_dunder(v, "__index__")? {
        if is_int(r) {
            return Ok(r);
        }
        return Err(exc::type_error(format!(
            "__index__ returned non-int (type {})",
            r.ty().name()
        )));
    }
    Err(exc::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.ty().name()
    )))
}

/// `index(v)` as an i64, with CPython's OverflowError for huge values.
pub fn index_i64(v: Value) -> PyResult<i64> {
    let r = index(v)?;
    match as_i64(r) {
        Some(i) => Ok(i),
        None => Err(exc::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// Call `v.name()` if `v`'s type defines `name` (used for the numeric
/// conversion protocols `__index__`, `__int__`, `__float__`, ...).
pub fn call_dunder(v: Value, name: &str) -> PyResult<Option<Value>> {
    let key = crate::str::new_str(name);
    match crate::typeobj::lookup(v.ty(), key) {
        Some(m) => {
            let bound = crate::ops::bind_attr(m, v);
            Ok(Some(crate::func::call(
                bound,
                &[],
                crate::object::Kw::NONE,
            )?))
        }
        None => Ok(None),
    }
}

// ---- slots ----

fn int_repr(v: Value) -> PyResult<Value> {
    Ok(crate::str::from_string(int_to_decimal(v)?))
}

fn bool_repr(v: Value) -> PyResult<Value> {
    let t = matches!(int_ref(v), Some(IntRef::Small(1)));
    Ok(crate::str::new_str(if t { "True" } else { "False" }))
}

fn int_hash(v: Value) -> PyResult<i64> {
    match int_ref(v) {
        Some(r) => Ok(hash_int(r)),
        None => Ok(0),
    }
}

fn int_truthy(v: Value) -> PyResult<bool> {
    Ok(int_ref(v).map(|r| !r.is_zero()).unwrap_or(true))
}

fn cmp_result(o: Option<Ordering>, op: CmpOp) -> Value {
    let r = match o {
        None => matches!(op, CmpOp::Ne),
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            _ => false,
        },
    };
    bool_(r)
}

/// Turn an ordering (None: unordered, as with NaN) into the result of a
/// rich comparison.
pub fn ordering_to_value(o: Option<Ordering>, op: CmpOp) -> Value {
    cmp_result(o, op)
}

/// Rich comparison with an int as the left operand: ints compare
/// exactly with ints; other types (floats included, which float's slot
/// compares exactly) get NotImplemented.
pub fn int_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    let Some(x) = int_ref(a) else {
        return Ok(crate::value::not_implemented());
    };
    if let Some(y) = int_ref(b) {
        return Ok(cmp_result(Some(cmp_int(x, y)), op));
    }
    // Floats (like CPython) are compared by float's reflected slot.
    Ok(crate::value::not_implemented())
}

pub fn int_unary(op: UnaryOp, a: Value) -> PyResult<Value> {
    let Some(x) = int_ref(a) else {
        return Ok(crate::value::not_implemented());
    };
    Ok(match op {
        UnaryOp::Neg => match x {
            IntRef::Small(i) => new_int_i128(-(i as i128)),
            IntRef::Big(b) => from_bigint(-b),
        },
        UnaryOp::Pos => match x {
            IntRef::Small(i) => new_int(i),
            IntRef::Big(b) => {
                if std::ptr::eq(a.ty(), &INT_TYPE) {
                    a
                } else {
                    from_bigint(b.clone())
                }
            }
        },
        UnaryOp::Invert => match x {
            IntRef::Small(i) => new_int_i128(-(i as i128) - 1),
            IntRef::Big(b) => from_bigint(-b - 1),
        },
        UnaryOp::Not => bool_(x.is_zero()),
    })
}

/// bool's binary slot: `& | ^` on two bools give a bool; everything else
/// is int arithmetic.
fn bool_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if a.kind() == Kind::Bool && b.kind() == Kind::Bool {
        let x = a.cast::<BoolObj>().v != 0;
        let y = b.cast::<BoolObj>().v != 0;
        match op {
            BinOp::BitAnd => return Ok(bool_(x & y)),
            BinOp::BitOr => return Ok(bool_(x | y)),
            BinOp::BitXor => return Ok(bool_(x ^ y)),
            _ => {}
        }
    }
    int_binary(op, a, b)
}

/// Data attributes of ints: `real`, `imag`, `numerator`, `denominator`.
fn int_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let Some(r) = int_ref(v) else { return Ok(None) };
    let plain = || match r {
        IntRef::Small(i) => new_int(i),
        IntRef::Big(b) => from_bigint(b.clone()),
    };
    Ok(match name {
        "real" | "numerator" => Some(plain()),
        "imag" => Some(new_int(0)),
        "denominator" => Some(new_int(1)),
        _ => None,
    })
}
