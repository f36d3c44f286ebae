//! Integer arithmetic with CPython's semantics: overflow promotes to big
//! ints, `//` and `%` floor, `/` is correctly rounded true division (also
//! for big operands), `**` with a negative exponent gives a float, shifts
//! reject negative counts. `small_binary` is the fast path for two tagged
//! ints (ops.rs calls it directly); `int_binary` is int's binary slot.

use crate::exc::{self, PyResult};
use crate::int::{from_bigint, int_ref, new_int, new_int_i128, IntRef};
use crate::value::{not_implemented, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyaot_ir::BinOp;

/// Results larger than this many bits raise MemoryError instead of
/// trying to allocate them.
const MAX_BITS: u64 = 1 << 36;

fn memory_error() -> exc::PyErr {
    exc::raise_empty(&exc::MEMORY_ERROR)
}

/// Binary operation on two ints that fit in i64 (tagged small ints, bools).
pub fn small_binary(op: BinOp, a: i64, b: i64) -> PyResult<Value> {
    let (x, y) = (a as i128, b as i128);
    match op {
        BinOp::Add => Ok(match a.checked_add(b) {
            Some(r) => new_int(r),
            None => new_int_i128(x + y),
        }),
        BinOp::Sub => Ok(match a.checked_sub(b) {
            Some(r) => new_int(r),
            None => new_int_i128(x - y),
        }),
        BinOp::Mul => Ok(match a.checked_mul(b) {
            Some(r) => new_int(r),
            None => new_int_i128(x * y),
        }),
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(exc::zero_div("division by zero"));
            }
            const LIM: i64 = 1 << 53;
            if (-LIM..=LIM).contains(&a) && (-LIM..=LIM).contains(&b) {
                return Ok(crate::float::new_float(a as f64 / b as f64));
            }
            Ok(crate::float::new_float(true_div(
                &BigInt::from(a),
                &BigInt::from(b),
            )?))
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(exc::zero_div("integer division or modulo by zero"));
            }
            Ok(new_int_i128(floor_div_i128(x, y)))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(exc::zero_div("integer modulo by zero"));
            }
            Ok(new_int_i128(floor_mod_i128(x, y)))
        }
        BinOp::Pow => pow_i64(a, b),
        BinOp::LShift => {
            if b < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            if a == 0 {
                return Ok(new_int(0));
            }
            if b < 64 {
                let r = x << b;
                if (r >> b) == x {
                    return Ok(new_int_i128(r));
                }
            }
            big_shift_left(&BigInt::from(a), b as u64)
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            Ok(new_int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }))
        }
        BinOp::BitAnd => Ok(new_int(a & b)),
        BinOp::BitOr => Ok(new_int(a | b)),
        BinOp::BitXor => Ok(new_int(a ^ b)),
        BinOp::MatMul => Err(exc::type_error(
            "unsupported operand type(s) for @: 'int' and 'int'",
        )),
    }
}

fn floor_div_i128(x: i128, y: i128) -> i128 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod_i128(x: i128, y: i128) -> i128 {
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// int's binary slot: both operands must be ints (bools included).
pub fn int_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    if let (IntRef::Small(i), IntRef::Small(j)) = (x, y) {
        return small_binary(op, i, j);
    }
    big_binary(op, x, y)
}

fn big_binary(op: BinOp, x: IntRef, y: IntRef) -> PyResult<Value> {
    // Borrow big operands (no copy of their digits); the arithmetic runs
    // in `pointer_free`, so the digit buffers are never scanned by the GC.
    let a = big_cow(x);
    let b = big_cow(y);
    let (a, b): (&BigInt, &BigInt) = (&a, &b);
    use crate::gc::pointer_free as pf;
    match op {
        BinOp::Add => Ok(from_bigint(pf(|| a + b))),
        BinOp::Sub => Ok(from_bigint(pf(|| a - b))),
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_BITS {
                return Err(memory_error());
            }
            // Multiplying by a small power of two is a shift: one pass
            // into a new buffer instead of a copy and then a shift.
            let pow2 = |r: IntRef| match r {
                IntRef::Small(k) if k != 0 && k.unsigned_abs().is_power_of_two() => Some(k),
                _ => None,
            };
            if let Some((big, k)) = pow2(y).map(|k| (a, k)).or_else(|| pow2(x).map(|k| (b, k))) {
                let n = k.unsigned_abs().trailing_zeros() as usize;
                let r = pf(|| big << n);
                return Ok(from_bigint(if k < 0 { -r } else { r }));
            }
            Ok(from_bigint(pf(|| a * b)))
        }
        BinOp::TrueDiv => Ok(crate::float::new_float(true_div(a, b)?)),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(exc::zero_div("integer division or modulo by zero"));
            }
            if let Some((q, _)) = small_quotient(a, b) {
                return Ok(from_bigint(q));
            }
            Ok(from_bigint(pf(|| a.div_floor(b))))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(exc::zero_div("integer modulo by zero"));
            }
            if let Some((_, r)) = small_quotient(a, b) {
                return Ok(from_bigint(r));
            }
            Ok(from_bigint(pf(|| a.mod_floor(b))))
        }
        BinOp::Pow => pow_big(a, b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(exc::value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(new_int(0));
            }
            match b.to_u64() {
                Some(n) => big_shift_left(a, n),
                None => Err(exc::overflow_error("too many digits in integer")),
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(exc::value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(n) if n < a.bits() + 1 => Ok(from_bigint(pf(|| a >> n))),
                _ => Ok(new_int(if a.is_negative() { -1 } else { 0 })),
            }
        }
        BinOp::BitAnd => Ok(from_bigint(pf(|| a & b))),
        BinOp::BitOr => Ok(from_bigint(pf(|| a | b))),
        BinOp::BitXor => Ok(from_bigint(pf(|| a ^ b))),
        BinOp::MatMul => Ok(not_implemented()),
    }
}

/// `divmod(a, b)` for non-negative `a` and positive multi-word `b` whose
/// quotient is below 2^62: the quotient is estimated from the top 64 bits
/// of `b` (never above the true quotient) and corrected by at most a few
/// subtractions, two linear passes instead of a general long division.
fn small_quotient(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    let (ab, bb) = (a.bits(), b.bits());
    if a.is_negative() || !b.is_positive() || bb <= 128 || ab > bb + 60 {
        return None;
    }
    crate::gc::pointer_free(|| {
        let shift = bb - 64;
        let bt = top_bits(b, shift);
        let at = top_bits(a, shift);
        let mut q = at / (bt + 1);
        let mut r = a - b * q;
        while r >= *b {
            r -= b;
            q += 1;
        }
        Some((BigInt::from(q), r))
    })
}

/// `|x| >> shift` for a value whose shifted magnitude fits in 128 bits,
/// read from the digits without building the shifted number.
fn top_bits(x: &BigInt, shift: u64) -> u128 {
    let (word, bit) = ((shift / 64) as usize, (shift % 64) as u32);
    let mut d = x.magnitude().iter_u64_digits().skip(word);
    let d0 = d.next().unwrap_or(0) as u128;
    let d1 = d.next().unwrap_or(0) as u128;
    let d2 = d.next().unwrap_or(0) as u128;
    let low = (d0 | (d1 << 64)) >> bit;
    if bit == 0 {
        low
    } else {
        low | (d2 << (128 - bit))
    }
}

/// A big-int view of an int operand: borrowed for heap ints.
fn big_cow(x: IntRef) -> std::borrow::Cow<'static, BigInt> {
    match x {
        IntRef::Small(i) => std::borrow::Cow::Owned(BigInt::from(i)),
        IntRef::Big(b) => std::borrow::Cow::Borrowed(b),
    }
}

fn big_shift_left(a: &BigInt, n: u64) -> PyResult<Value> {
    if n > (1u64 << 62) {
        return Err(exc::overflow_error("too many digits in integer"));
    }
    if a.bits() + n > MAX_BITS {
        return Err(memory_error());
    }
    Ok(from_bigint(crate::gc::pointer_free(|| a << n)))
}

fn pow_i64(a: i64, b: i64) -> PyResult<Value> {
    if b < 0 {
        return crate::float::float_pow_value(a as f64, b as f64);
    }
    // Exponentiation by squaring in i128, falling back to BigInt.
    let mut result: i128 = 1;
    let mut base: i128 = a as i128;
    let mut e = b as u64;
    loop {
        if e & 1 == 1 {
            match result.checked_mul(base) {
                Some(r) => result = r,
                None => return pow_big(&BigInt::from(a), &BigInt::from(b)),
            }
        }
        e >>= 1;
        if e == 0 {
            break;
        }
        match base.checked_mul(base) {
            Some(r) => base = r,
            None => return pow_big(&BigInt::from(a), &BigInt::from(b)),
        }
    }
    Ok(new_int_i128(result))
}

fn pow_big(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let fa = crate::int::big_to_f64(a)?;
        let fb = crate::int::big_to_f64(b)?;
        return crate::float::float_pow_value(fa, fb);
    }
    if a.is_zero() {
        return Ok(new_int(if b.is_zero() { 1 } else { 0 }));
    }
    if a.is_one() {
        return Ok(new_int(1));
    }
    if *a == BigInt::from(-1) {
        return Ok(new_int(if b.is_even() { 1 } else { -1 }));
    }
    let e = match b.to_u64() {
        Some(e) => e,
        None => return Err(memory_error()),
    };
    if (a.bits().saturating_sub(1)).saturating_mul(e) > MAX_BITS {
        return Err(memory_error());
    }
    let e = match u32::try_from(e) {
        Ok(e) => e,
        Err(_) => return Err(memory_error()),
    };
    Ok(from_bigint(crate::gc::pointer_free(|| {
        num_traits::pow::Pow::pow(a, e)
    })))
}

/// `pow(a, b, m)` for ints: modular exponentiation, with a modular
/// inverse for negative exponents.
pub fn int_pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(exc::value_error("pow() 3rd argument cannot be 0"));
    }
    let neg_out = m.is_negative();
    let mabs = m.abs();
    if mabs.is_one() {
        return Ok(new_int(0));
    }
    let mut base = a.mod_floor(&mabs);
    let mut e = b.clone();
    if e.is_negative() {
        base = match mod_inverse(&base, &mabs) {
            Some(inv) => inv,
            None => {
                return Err(exc::value_error(
                    "base is not invertible for the given modulus",
                ))
            }
        };
        e = -e;
    }
    let mut r = base.modpow(&e, &mabs);
    if neg_out && !r.is_zero() {
        r -= &mabs;
    }
    Ok(from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.mod_floor(m), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = old_r.div_floor(&r);
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r.is_one() {
        Some(old_s.mod_floor(m))
    } else {
        None
    }
}

/// Correctly rounded `a / b` for arbitrary ints (CPython's
/// `long_true_divide`).
pub fn true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    const DBL_MANT_DIG: i64 = 53;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MIN_EXP: i64 = -1021;
    if b.is_zero() {
        return Err(exc::zero_div("division by zero"));
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let signed = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let aa = a.abs();
    let bb = b.abs();
    let a_bits = aa.bits() as i64;
    let b_bits = bb.bits() as i64;
    if a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG {
        let x = aa.to_f64().unwrap_or(0.0) / bb.to_f64().unwrap_or(1.0);
        return Ok(signed(x));
    }
    let diff = a_bits - b_bits;
    if diff > DBL_MAX_EXP {
        return Err(exc::overflow_error(
            "integer division result too large for a float",
        ));
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        &aa << ((-shift) as u64)
    } else {
        let mask = (BigInt::one() << (shift as u64)) - 1;
        if !(&aa & &mask).is_zero() {
            inexact = true;
        }
        &aa >> (shift as u64)
    };
    let (mut q, r) = x.div_rem(&bb);
    if !r.is_zero() {
        inexact = true;
    }
    let x_bits = q.bits() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    // Round half to even using the low bits of q and the inexact flag.
    let mask: u64 = 1u64 << (extra_bits - 1);
    let low_mask: u64 = (1u64 << (extra_bits + 1).min(63)) - 1;
    let low_digits = (&q & BigInt::from(low_mask)).to_u64().unwrap_or(0) | (inexact as u64);
    if (low_digits & mask) != 0 && (low_digits & (3 * mask - 1)) != 0 {
        q += BigInt::from(mask);
    }
    q = (q >> (extra_bits as u64)) << (extra_bits as u64);
    let dx = q.to_f64().unwrap_or(f64::INFINITY);
    if shift + x_bits >= DBL_MAX_EXP
        && (shift + x_bits > DBL_MAX_EXP || dx == crate::float::ldexp(1.0, x_bits as i32))
    {
        return Err(exc::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(signed(crate::float::ldexp(dx, shift as i32)))
}
