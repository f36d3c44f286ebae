//! `float`: the constructor and methods (`is_integer`, `hex`, `fromhex`,
//! `as_integer_ratio`, `__round__` with CPython's correctly rounded
//! algorithm, ...).

use crate::exc::{self, type_error, value_error, PyResult};
use crate::float::{
    f64_to_bigint, float_to_int, float_val, frexp, new_float, new_float_typed, FLOAT_TYPE,
};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{bool_, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// float's `new` slot: `float()`, `float(x)`.
pub fn float_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let f = match args.first() {
        None => 0.0,
        Some(&x) => {
            if x.kind() == Kind::Float
                && std::ptr::eq(ty, &FLOAT_TYPE)
                && std::ptr::eq(x.ty(), &FLOAT_TYPE)
            {
                return Ok(x);
            }
            float_value_of(x)?
        }
    };
    Ok(if std::ptr::eq(ty, &FLOAT_TYPE) {
        new_float(f)
    } else {
        new_float_typed(ty, f)
    })
}

/// The value `float(x)` would have.
pub fn float_value_of(x: Value) -> PyResult<f64> {
    if let Some(f) = crate::float::to_f64_opt(x)? {
        return Ok(f);
    }
    let text: Option<std::borrow::Cow<str>> = match x.kind() {
        Kind::Str => Some(crate::str_unicode::decimal_and_space_to_ascii(
            crate::str::as_str(x),
        )),
        Kind::Bytes => Some(String::from_utf8_lossy(
            &x.cast::<crate::bytes::BytesObj>().v,
        )),
        _ => None,
    };
    if let Some(t) = text {
        return match crate::dtoa::parse_float(&t) {
            Some(f) => Ok(f),
            None => Err(value_error(format!(
                "could not convert string to float: {}",
                crate::ops::repr_string(x)?
            ))),
        };
    }
    if let Some(r) = crate::int::call_dunder(x, "__float__")? {
        if r.kind() == Kind::Float {
            return Ok(float_val(r));
        }
        return Err(type_error(format!(
            "{}.__float__ returned non-float (type {})",
            x.ty().name(),
            r.ty().name()
        )));
    }
    if let Some(r) = crate::int::call_dunder(x, "__index__")? {
        if let Some(f) = crate::float::to_f64_opt(r)? {
            return Ok(f);
        }
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.ty().name()
    )))
}

fn self_float(args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(v) if !v.is_small() && v.kind() == Kind::Float => Ok(float_val(*v)),
        other => Err(type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            other.map(|v| v.ty().name()).unwrap_or("NoneType")
        ))),
    }
}

fn no_args(args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "float.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "float.{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn is_integer(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "is_integer")?;
    no_args(args, kw, "is_integer")?;
    Ok(bool_(x.is_finite() && x == x.floor()))
}

fn conjugate(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "conjugate")?;
    no_args(args, kw, "conjugate")?;
    Ok(new_float(x))
}

/// `x.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(exc::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = frexp(x);
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num = f64_to_bigint(m);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let g = num.gcd(&den);
    if !g.is_zero() && !g.is_one() {
        num /= &g;
        den /= &g;
    }
    Ok((num, den))
}

fn as_integer_ratio(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "as_integer_ratio")?;
    no_args(args, kw, "as_integer_ratio")?;
    let (n, d) = float_as_integer_ratio(x)?;
    Ok(crate::tuple::new_tuple(vec![
        crate::int::from_bigint(n),
        crate::int::from_bigint(d),
    ]))
}

/// `x.hex()`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return crate::dtoa::float_repr(x);
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        };
    }
    let (m, e) = frexp(x.abs());
    let shift = 1 - (-1021 - e).max(0);
    let mut m = crate::float::ldexp(m, shift);
    let e = e - shift;
    let hexd = |d: i32| std::char::from_digit(d as u32, 16).unwrap_or('0');
    let mut s = String::new();
    s.push(hexd(m as i32));
    m -= (m as i32) as f64;
    s.push('.');
    for _ in 0..13 {
        m *= 16.0;
        s.push(hexd(m as i32));
        m -= (m as i32) as f64;
    }
    let (esign, ea) = if e < 0 { ('-', -e) } else { ('+', e) };
    format!("{}0x{}p{}{}", if x < 0.0 { "-" } else { "" }, s, esign, ea)
}

fn hex(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "hex")?;
    no_args(args, kw, "hex")?;
    Ok(crate::str::from_string(float_hex(x)))
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> PyResult<f64> {
    let bad = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let mut b = lower.as_str();
    if let Some(r) = b.strip_prefix("0x") {
        b = r;
    }
    let (mant, exp) = match b.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (b, None),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return Err(bad());
    }
    let mut num = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or_else(bad)?;
        num = num * 16 + d;
    }
    let mut e: i64 = match exp {
        Some(es) => {
            let es2 = es.strip_prefix('+').unwrap_or(es);
            if es2.is_empty()
                || !es2
                    .trim_start_matches('-')
                    .bytes()
                    .all(|c| c.is_ascii_digit())
            {
                return Err(bad());
            }
            es2.parse::<i64>().unwrap_or(if es2.starts_with('-') {
                -100000
            } else {
                100000
            })
        }
        None => 0,
    };
    e -= 4 * fp.len() as i64;
    let v = if num.is_zero() {
        0.0
    } else if e >= 0 {
        if e > 1100 && num.bits() as i64 + e > 1100 {
            return Err(exc::overflow_error(
                "hexadecimal value too large to represent as a float",
            ));
        }
        let big = num << (e as u64);
        match big.to_f64() {
            Some(f) if f.is_finite() => f,
            _ => {
                return Err(exc::overflow_error(
                    "hexadecimal value too large to represent as a float",
                ))
            }
        }
    } else {
        let k = (-e) as u64;
        if k > 5000 + num.bits() {
            0.0
        } else {
            crate::int_ops::true_div(&num, &(BigInt::one() << k)).map_err(|_| {
                exc::take();
                exc::overflow_error("hexadecimal value too large to represent as a float")
            })?
        }
    };
    Ok(if neg { -v } else { v })
}

fn fromhex(args: &[Value], _kw: Kw) -> PyResult<Value> {
    // Called as `float.fromhex(s)` (no self) or `x.fromhex(s)`.
    let rest = match args.first() {
        Some(v) if v.kind() == Kind::Type || v.kind() == Kind::Float => &args[1..],
        _ => args,
    };
    match rest.first() {
        Some(s) if crate::str::is_str(*s) => Ok(new_float(float_fromhex(crate::str::as_str(*s))?)),
        Some(s) => Err(type_error(format!(
            "bad argument type for built-in operation: {}",
            s.ty().name()
        ))),
        None => Err(type_error(
            "float.fromhex() takes exactly one argument (0 given)",
        )),
    }
}

/// Round a finite `x` to a multiple of 10**k (k > 0), half to even,
/// exactly.
fn round_to_pow10(x: f64, k: u32) -> PyResult<f64> {
    let neg = x < 0.0;
    let ax = x.abs();
    let ip = f64_to_bigint(ax.trunc());
    let frac_nonzero = ax != ax.trunc();
    let p = num_traits::pow::Pow::pow(&BigInt::from(10), k);
    let (q, r) = ip.div_rem(&p);
    let twice: BigInt = &r * BigInt::from(2);
    let up = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => frac_nonzero || q.is_odd(),
    };
    let q = if up { q + 1 } else { q };
    let v = q * p;
    let f = v.to_f64().unwrap_or(f64::INFINITY);
    if !f.is_finite() {
        return Err(exc::overflow_error("rounded value too large to represent"));
    }
    Ok(if neg { -f } else { f })
}

/// `round(x, ndigits)` for a float (CPython's `float.__round__`).
pub fn float_round(x: f64, ndigits: Option<Value>) -> PyResult<Value> {
    let nd = match ndigits {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => {
            let i = crate::int::index(v)?;
            Some(match crate::int::int_ref(i) {
                Some(crate::int::IntRef::Small(n)) => n,
                Some(r) => {
                    if r.is_negative() {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
                None => 0,
            })
        }
    };
    let Some(nd) = nd else {
        let mut r = x.round();
        if (x - r).abs() == 0.5 {
            r = 2.0 * (x / 2.0).round();
        }
        return float_to_int(r);
    };
    if !x.is_finite() {
        return Ok(new_float(x));
    }
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if nd > NDIGITS_MAX {
        return Ok(new_float(x));
    }
    if nd < NDIGITS_MIN {
        return Ok(new_float(0.0 * x));
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        // Keep the sign of a result that rounds to zero.
        return Ok(new_float(if r == 0.0 { 0.0f64.copysign(x) } else { r }));
    }
    let r = round_to_pow10(x, (-nd) as u32)?;
    Ok(new_float(if r == 0.0 { 0.0f64.copysign(x) } else { r }))
}

fn round_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "__round__")?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    float_round(x, args.get(1).copied())
}

fn trunc_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "__trunc__")?;
    float_to_int(x)
}

fn floor_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "__floor__")?;
    float_to_int(x.floor())
}

fn ceil_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "__ceil__")?;
    float_to_int(x.ceil())
}

fn float_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "__float__")?;
    Ok(new_float(x))
}

fn abs_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let x = self_float(args, "__abs__")?;
    Ok(new_float(x.abs()))
}

fn divmod_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    crate::numbuiltins::divmod_values(args[0], args[1])
}

fn rdivmod_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    crate::numbuiltins::divmod_values(args[1], args[0])
}

fn repr_m(v: Value) -> PyResult<Value> {
    self_float(&[v], "__repr__")?;
    Ok(crate::str::from_string(crate::dtoa::float_repr(float_val(
        v,
    ))))
}

fn hash_m(v: Value) -> PyResult<i64> {
    self_float(&[v], "__hash__")?;
    Ok(crate::float::hash_f64(float_val(v), v))
}

fn truthy_m(v: Value) -> PyResult<bool> {
    Ok(self_float(&[v], "__bool__")? != 0.0)
}

fn float_richcmp_m(a: Value, b: Value, op: pyaot_ir::CmpOp) -> PyResult<Value> {
    if a.kind() != Kind::Float {
        return Err(type_error(format!(
            "descriptor for 'float' objects doesn't apply to a '{}' object",
            a.ty().name()
        )));
    }
    crate::float::FLOAT_SLOTS
        .richcmp
        .map(|f| f(a, b, op))
        .unwrap_or(Ok(crate::value::not_implemented()))
}

fn float_unary_m(op: pyaot_ir::UnaryOp, a: Value) -> PyResult<Value> {
    crate::float::FLOAT_SLOTS
        .unary
        .map(|f| f(op, a))
        .unwrap_or(Ok(crate::value::not_implemented()))
}

crate::num_method_table!(
    FLOAT_METHODS,
    crate::float::float_binary,
    float_richcmp_m,
    float_unary_m,
    repr_m,
    hash_m,
    truthy_m,
    [
        ("__getnewargs__", crate::extra_methods::float_getnewargs),
        ("__getformat__", crate::extra_methods::float_getformat),
        ("__str__", |a: &[Value], _k: Kw| match a.first() {
            Some(v) if v.kind() == Kind::Float => repr_m(*v),
            _ => Err(type_error("descriptor '__str__' requires a 'float' object")),
        }),
        ("__round__", round_m),
        ("__trunc__", trunc_m),
        ("__int__", trunc_m),
        ("__floor__", floor_m),
        ("__ceil__", ceil_m),
        ("__float__", float_m),
        ("__abs__", abs_m),
        ("__divmod__", divmod_m),
        ("__rdivmod__", rdivmod_m),
        ("is_integer", is_integer),
        ("conjugate", conjugate),
        ("as_integer_ratio", as_integer_ratio),
        ("hex", hex),
        ("fromhex", fromhex),
    ]
);
