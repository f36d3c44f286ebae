//! `float`: IEEE doubles with CPython's repr, arithmetic, comparison and
//! hashing.
//!
//! Guarantees: `repr` is CPython's shortest round-trip repr (`dtoa.rs`);
//! `/ // % divmod **` follow CPython's sign rules and error messages;
//! comparisons with ints are exact (no rounding of big ints); `hash` is
//! `_Py_HashDouble`, so integral floats hash like the equal int and sets
//! of floats iterate in CPython's order. Methods and the constructor are
//! in `float_methods.rs`.

use crate::exc::{self, PyResult};
use crate::int::{int_ref, IntRef};
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use num_bigint::BigInt;
use num_traits::Zero;
use pyaot_ir::{BinOp, CmpOp, UnaryOp};
use std::cmp::Ordering;

pub use crate::float_methods::FLOAT_METHODS;

#[repr(C)]
pub struct FloatObj {
    pub ob: Obj,
    pub v: f64,
}

pub const FLOAT_SLOTS: Slots = Slots {
    repr: Some(float_repr_slot),
    str: Some(float_repr_slot),
    hash: Some(float_hash),
    richcmp: Some(float_richcmp),
    binary: Some(float_binary),
    unary: Some(float_unary),
    truthy: Some(|v| Ok(float_val(v) != 0.0)),
    getattr: Some(float_getattr),
    new: Some(crate::float_methods::float_new),
    ..Slots::EMPTY
};
pub static FLOAT_TYPE: TypeObject = TypeObject::builtin(
    "float",
    Kind::Float,
    &OBJECT_TYPE,
    FLOAT_METHODS,
    FLOAT_SLOTS,
);

/// A float: immediate when representable (`Value::from_f64_imm`), else a
/// boxed `FloatObj`.
#[inline]
pub fn new_float(v: f64) -> Value {
    if let Some(w) = Value::from_f64_imm(v) {
        return w;
    }
    new_boxed_float(v)
}

#[cold]
fn new_boxed_float(v: f64) -> Value {
    new_obj(FloatObj {
        ob: Obj { ty: &FLOAT_TYPE },
        v,
    })
}

/// A float instance of `ty` (float or a subclass).
pub fn new_float_typed(ty: &'static TypeObject, v: f64) -> Value {
    if std::ptr::eq(ty, &FLOAT_TYPE) {
        return new_float(v);
    }
    crate::sequtil::new_container(ty, FloatObj { ob: Obj { ty }, v })
}

/// The value of a float, immediate or boxed (the caller has checked the
/// kind).
#[inline]
pub fn float_val(v: Value) -> f64 {
    if v.is_imm_float() {
        v.imm_f64()
    } else {
        v.cast::<FloatObj>().v
    }
}

/// The value of a float, or of an int converted to float (OverflowError
/// if too large); `None` for other types.
pub fn to_f64_opt(v: Value) -> PyResult<Option<f64>> {
    if v.is_small() {
        return Ok(Some(v.small() as f64));
    }
    match v.kind() {
        Kind::Float => Ok(Some(float_val(v))),
        Kind::Int | Kind::Bool => match int_ref(v) {
            Some(r) => Ok(Some(crate::int::int_to_f64(r)?)),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `float(v)` as an f64 for arguments of math functions: floats, ints,
/// objects with `__float__` or `__index__`; TypeError otherwise.
pub fn as_f64(v: Value) -> PyResult<f64> {
    if let Some(f) = to_f64_opt(v)? {
        return Ok(f);
    }
    if let Some(r) = crate::int::call_dunder(v, "__float__")? {
        if r.kind() == Kind::Float {
            return Ok(float_val(r));
        }
        return Err(exc::type_error(format!(
            "{}.__float__ returned non-float (type {})",
            v.ty().name(),
            r.ty().name()
        )));
    }
    if let Some(r) = crate::int::call_dunder(v, "__index__")? {
        if let Some(f) = to_f64_opt(r)? {
            return Ok(f);
        }
    }
    Err(exc::type_error(format!(
        "must be real number, not {}",
        v.ty().name()
    )))
}

// ---- libm ----

pub fn ldexp(x: f64, e: i32) -> f64 {
    crate::libm::ldexp(x, e)
}

pub fn frexp(x: f64) -> (f64, i32) {
    crate::libm::frexp(x)
}

// ---- conversions ----

/// The integer part of a finite float as a BigInt (exact; truncates).
pub fn f64_to_bigint(f: f64) -> BigInt {
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let mant = if exp == 0 {
        frac << 1
    } else {
        frac | (1u64 << 52)
    };
    let e = exp - 1075;
    let mag = if e >= 0 {
        BigInt::from(mant) << (e as u64)
    } else if -e >= 64 {
        BigInt::zero()
    } else {
        BigInt::from(mant >> (-e) as u64)
    };
    if neg {
        -mag
    } else {
        mag
    }
}

/// `int(f)`: truncation toward zero, with CPython's errors for inf/nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if f.abs() < 9.0e18 {
        return Ok(crate::int::new_int(f as i64));
    }
    Ok(crate::int::from_bigint(f64_to_bigint(f)))
}

/// Exact comparison of an int with a float (`None` if the float is NaN).
pub fn cmp_int_float(i: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if (-(1i64 << 53)..=(1i64 << 53)).contains(&x) {
            return (x as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fb = f64_to_bigint(fl);
    let ib = i.to_big();
    match ib.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

// ---- hashing ----

/// CPython's `_Py_HashDouble` (NaN hashes by identity: `obj`).
pub fn hash_f64(v: f64, obj: Value) -> i64 {
    const BITS: u32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { 314159 } else { -314159 };
        }
        let a = obj.0 as u64;
        return a.rotate_right(4) as i64;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        h = -2;
    }
    h
}

// ---- slots ----

fn float_repr_slot(v: Value) -> PyResult<Value> {
    Ok(crate::str::from_string(crate::dtoa::float_repr(float_val(
        v,
    ))))
}

fn float_hash(v: Value) -> PyResult<i64> {
    Ok(hash_f64(float_val(v), v))
}

fn float_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if a.is_small() || a.kind() != Kind::Float {
        return Ok(not_implemented());
    }
    let x = float_val(a);
    let o = if b.kind() == Kind::Float {
        x.partial_cmp(&float_val(b))
    } else if let Some(r) = int_ref(b) {
        cmp_int_float(r, x).map(|o| o.reverse())
    } else {
        return Ok(not_implemented());
    };
    Ok(crate::int::ordering_to_value(o, op))
}

fn float_unary(op: UnaryOp, a: Value) -> PyResult<Value> {
    if a.is_small() || a.kind() != Kind::Float {
        return Ok(not_implemented());
    }
    let x = float_val(a);
    Ok(match op {
        UnaryOp::Neg => new_float(-x),
        UnaryOp::Pos => {
            if std::ptr::eq(a.ty(), &FLOAT_TYPE) {
                a
            } else {
                new_float(x)
            }
        }
        UnaryOp::Not => bool_(x == 0.0),
        UnaryOp::Invert => return Ok(not_implemented()),
    })
}

fn float_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "real" => Some(if std::ptr::eq(v.ty(), &FLOAT_TYPE) {
            v
        } else {
            new_float(float_val(v))
        }),
        "imag" => Some(new_float(0.0)),
        _ => None,
    })
}

/// float's binary slot: one operand is a float, the other a float or an
/// int; other types get NotImplemented.
pub fn float_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let Some(x) = to_f64_opt(a)? else {
        return Ok(not_implemented());
    };
    let Some(y) = to_f64_opt(b)? else {
        return Ok(not_implemented());
    };
    float_op(op, x, y)
}

/// A binary operation on two float operands.
pub fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(exc::zero_div("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(exc::zero_div("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(exc::zero_div("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow_value(x, y),
        _ => return Ok(not_implemented()),
    }))
}

/// `x % y` with the sign of `y` (y != 0).
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = crate::libm::fmod(x, y);
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// `divmod(x, y)` for floats (y != 0), as CPython's `_float_div_mod`.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = crate::libm::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// The OverflowError CPython raises from errno ERANGE.
pub fn erange_error() -> exc::PyErr {
    let args = crate::tuple::new_tuple(vec![
        crate::int::new_int(34),
        crate::str::new_str("Numerical result out of range"),
    ]);
    exc::raise_value(exc::new_exc(&exc::OVERFLOW_ERROR, args))
}

/// `x ** y` for floats (CPython's `float_pow`); a negative base with a
/// fractional exponent gives a complex.
pub fn float_pow_value(iv: f64, iw: f64) -> PyResult<Value> {
    if iw == 0.0 {
        return Ok(new_float(1.0));
    }
    if iv.is_nan() {
        return Ok(new_float(iv));
    }
    if iw.is_nan() {
        return Ok(new_float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(new_float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(new_float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(exc::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(new_float(if odd { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return crate::complex::complex_pow_value((iv, 0.0), (iw, 0.0));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(new_float(if negate { -1.0 } else { 1.0 }));
    }
    let r = crate::libm::pow(base, iw);
    if r.is_infinite() {
        return Err(erange_error());
    }
    Ok(new_float(if negate { -r } else { r }))
}
