//! The `math` module, following CPython 3.11's Modules/mathmodule.c:
//! the same libm functions (so the same results), CPython's own gamma and
//! lgamma (Lanczos), exact `fsum` (Shewchuk/Hettinger partials), the
//! accurate `hypot`/`dist` vector norm, exact integer functions on big
//! ints (`isqrt`, `factorial`, `comb`, `perm`, `gcd`, `lcm`) and `log` of
//! ints too large for a float. Errors: `ValueError: math domain error`,
//! `OverflowError: math range error`, and CPython's argument messages.

use crate::exc::{self, type_error, value_error, PyResult};
use crate::float::{as_f64, new_float};
use crate::int::{from_bigint, index, int_ref, new_int, to_bigint, IntRef};
use crate::object::{Kind, Kw, NativeFn};
use crate::value::{bool_, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::libm as lm;

const PI: f64 = std::f64::consts::PI;

fn domain() -> exc::PyErr {
    value_error("math domain error")
}

fn range() -> exc::PyErr {
    exc::overflow_error("math range error")
}

fn one(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(args[0])
}

fn two(name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Value)> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok((args[0], args[1]))
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; an infinite
/// result from a finite argument is an overflow (or a domain error for
/// functions that cannot overflow).
fn math_1(
    name: &str,
    args: &[Value],
    kw: Kw,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = as_f64(one(name, args, kw)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(new_float(r))
}

/// CPython's `math_2`.
fn math_2(name: &str, args: &[Value], kw: Kw, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (a, b) = two(name, args, kw)?;
    let x = as_f64(a)?;
    let y = as_f64(b)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(new_float(r))
}

macro_rules! f1 {
    ($fname:ident, $name:literal, $f:expr, $ov:expr) => {
        fn $fname(args: &[Value], kw: Kw) -> PyResult<Value> {
            math_1($name, args, kw, $f, $ov)
        }
    };
}

f1!(m_acos, "acos", lm::acos, false);
f1!(m_acosh, "acosh", lm::acosh, false);
f1!(m_asin, "asin", lm::asin, false);
f1!(m_asinh, "asinh", lm::asinh, false);
f1!(m_atan, "atan", lm::atan, false);
f1!(m_atanh, "atanh", lm::atanh, false);
f1!(m_cbrt, "cbrt", lm::cbrt, false);
f1!(m_cos, "cos", lm::cos, false);
f1!(m_cosh, "cosh", lm::cosh, true);
f1!(m_exp, "exp", lm::exp, true);
f1!(m_exp2, "exp2", lm::exp2, true);
f1!(m_expm1, "expm1", lm::expm1, true);
f1!(m_fabs, "fabs", f64::abs, false);
f1!(m_log1p, "log1p", lm::log1p, false);
f1!(m_sin, "sin", lm::sin, false);
f1!(m_sinh, "sinh", lm::sinh, true);
f1!(m_sqrt, "sqrt", f64::sqrt, false);
f1!(m_tan, "tan", lm::tan, false);
f1!(m_tanh, "tanh", lm::tanh, false);

fn m_erf(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("erf", args, kw)?)?;
    Ok(new_float(lm::erf(x)))
}

fn m_erfc(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("erfc", args, kw)?)?;
    Ok(new_float(lm::erfc(x)))
}

fn atan2_c99(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    lm::atan2(y, x)
}

fn m_atan2(args: &[Value], kw: Kw) -> PyResult<Value> {
    math_2("atan2", args, kw, atan2_c99)
}

fn m_copysign(args: &[Value], kw: Kw) -> PyResult<Value> {
    math_2("copysign", args, kw, f64::copysign)
}

fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = lm::fmod(absx, absy);
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * lm::fmod(0.5 * (absx - m), absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(args: &[Value], kw: Kw) -> PyResult<Value> {
    math_2("remainder", args, kw, remainder)
}

fn m_fmod(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("fmod", args, kw)?;
    let x = as_f64(a)?;
    let y = as_f64(b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = lm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(new_float(r))
}

fn m_pow(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("pow", args, kw)?;
    let x = as_f64(a)?;
    let y = as_f64(b)?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (lm::fmod(y.abs(), 2.0)) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = lm::pow(x, y);
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
    }
    Ok(new_float(r))
}

// ---- gamma and lgamma (CPython's own Lanczos implementation) ----

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn sinpi(x: f64) -> f64 {
    let y = lm::fmod(x.abs(), 2.0);
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => lm::sin(PI * y),
        1 => lm::cos(PI * (y - 0.5)),
        2 => lm::sin(PI * (1.0 - y)),
        3 => -lm::cos(PI * (y - 1.5)),
        _ => lm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// Errors of gamma/lgamma: (result, errno-like flag: 0 ok, 1 EDOM, 2 ERANGE).
fn tgamma(x: f64) -> (f64, u8) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, 0);
        }
        return (f64::NAN, 1);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), 1);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, 1);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], 0);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { 2 } else { 0 });
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), 0);
        }
        return (f64::INFINITY, 2);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * lm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= lm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = lm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / lm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= lm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = lm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, if r.is_infinite() { 2 } else { 0 })
}

fn lgamma(x: f64) -> (f64, u8) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, 0);
        }
        return (f64::INFINITY, 0);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, 1);
        }
        return (0.0, 0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-lm::log(absx), 0);
    }
    let mut r = lm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (lm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = 1.144729885849400174143427351353058711647
            - lm::log(sinpi(absx).abs())
            - lm::log(absx)
            - r;
    }
    (r, if r.is_infinite() { 2 } else { 0 })
}

fn errno_result(r: (f64, u8)) -> PyResult<Value> {
    match r.1 {
        1 => Err(domain()),
        2 if r.0.abs() >= 1.5 => Err(range()),
        _ => Ok(new_float(r.0)),
    }
}

fn m_gamma(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("gamma", args, kw)?)?;
    errno_result(tgamma(x))
}

fn m_lgamma(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("lgamma", args, kw)?)?;
    errno_result(lgamma(x))
}

// ---- rounding to ints ----

fn m_floor(args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("floor", args, kw)?;
    if let Some(r) = int_ref(v) {
        return Ok(plain(r));
    }
    if v.kind() != Kind::Float {
        if let Some(r) = crate::int::call_dunder(v, "__floor__")? {
            return Ok(r);
        }
    }
    crate::float::float_to_int(as_f64(v)?.floor())
}

fn m_ceil(args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("ceil", args, kw)?;
    if let Some(r) = int_ref(v) {
        return Ok(plain(r));
    }
    if v.kind() != Kind::Float {
        if let Some(r) = crate::int::call_dunder(v, "__ceil__")? {
            return Ok(r);
        }
    }
    crate::float::float_to_int(as_f64(v)?.ceil())
}

fn m_trunc(args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("trunc", args, kw)?;
    if v.kind() == Kind::Float {
        return crate::float::float_to_int(crate::float::float_val(v));
    }
    if let Some(r) = int_ref(v) {
        return Ok(plain(r));
    }
    match crate::int::call_dunder(v, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.ty().name()
        ))),
    }
}

fn plain(r: IntRef) -> Value {
    match r {
        IntRef::Small(i) => new_int(i),
        IntRef::Big(b) => from_bigint(b.clone()),
    }
}

// ---- predicates ----

fn m_isnan(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(as_f64(one("isnan", args, kw)?)?.is_nan()))
}

fn m_isinf(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(as_f64(one("isinf", args, kw)?)?.is_infinite()))
}

fn m_isfinite(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(as_f64(one("isfinite", args, kw)?)?.is_finite()))
}

fn m_isclose(args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut a = args.first().copied();
    let mut b = args.get(1).copied();
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (k, v) in kw.iter() {
        match k {
            "a" if a.is_none() => a = Some(v),
            "b" if b.is_none() => b = Some(v),
            "rel_tol" => rel_tol = as_f64(v)?,
            "abs_tol" => abs_tol = as_f64(v)?,
            _ => {
                return Err(type_error(format!(
                    "isclose() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let (Some(a), Some(b)) = (a, b) else {
        let missing = if a.is_none() { "a" } else { "b" };
        let pos = if a.is_none() { 1 } else { 2 };
        return Err(type_error(format!(
            "isclose() missing required argument '{missing}' (pos {pos})"
        )));
    };
    let a = as_f64(a)?;
    let b = as_f64(b)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(bool_(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(bool_(false));
    }
    let diff = (b - a).abs();
    Ok(bool_(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ---- logarithms ----

/// CPython's `loghelper`: ints of any size, else the float function.
fn loghelper(v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(r) = int_ref(v) {
        let b = r.to_big();
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain());
        }
        return Ok(match b.to_f64() {
            Some(x) if x.is_finite() => f(x),
            _ => {
                // x ~= m * 2**e with 0.5 <= m < 1.
                let bits = b.bits();
                let shift = bits.saturating_sub(64);
                let top = (&b >> shift).to_f64().unwrap_or(1.0);
                let (m, e2) = crate::float::frexp(top);
                let e = shift as f64 + e2 as f64;
                f(m) + f(2.0) * e
            }
        });
    }
    let x = as_f64(v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain());
    }
    Ok(r)
}

fn c_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            lm::log(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn c_log2(x: f64) -> f64 {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return x;
        }
        return f64::NAN;
    }
    if x > 0.0 {
        lm::log2(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

fn c_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            lm::log10(x)
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("math.log() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(args[0], c_log)?;
    if args.len() == 1 {
        return Ok(new_float(num));
    }
    let den = loghelper(args[1], c_log)?;
    if den == 0.0 {
        return Err(exc::zero_div("float division by zero"));
    }
    Ok(new_float(num / den))
}

fn m_log2(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(new_float(loghelper(one("log2", args, kw)?, c_log2)?))
}

fn m_log10(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(new_float(loghelper(one("log10", args, kw)?, c_log10)?))
}

// ---- vector norms ----

fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::float::frexp(max);
    let mut csum = 1.0f64;
    let (mut frac1, mut frac2, mut frac3) = (0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = crate::float::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(args.len());
    let mut max = 0.0f64;
    let mut nan = false;
    for a in args {
        let x = as_f64(*a)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(new_float(vector_norm(&v, max, nan)))
}

fn m_dist(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (p, q) = two("dist", args, kw)?;
    let p = crate::ops::collect(p)?;
    let q = crate::ops::collect(q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut v = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut nan = false;
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (as_f64(*a)? - as_f64(*b)?).abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(new_float(vector_norm(&v, max, nan)))
}

// ---- fsum ----

fn m_fsum(args: &[Value], kw: Kw) -> PyResult<Value> {
    let seq = one("fsum", args, kw)?;
    let it = crate::ops::iter(seq)?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = crate::ops::next(it)? {
        let mut x = as_f64(item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(exc::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(new_float(hi))
}

fn m_prod(args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut result = new_int(1);
    for (k, v) in kw.iter() {
        match k {
            "start" => result = v,
            _ => {
                return Err(type_error(format!(
                    "prod() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let it = crate::ops::iter(args[0])?;
    while let Some(x) = crate::ops::next(it)? {
        result = crate::ops::binary(pyaot_ir::BinOp::Mul, result, x)?;
    }
    Ok(result)
}

// ---- float decomposition ----

fn m_frexp(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("frexp", args, kw)?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        crate::float::frexp(x)
    };
    Ok(crate::tuple::new_tuple(vec![
        new_float(m),
        new_int(e as i64),
    ]))
}

fn m_ldexp(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("ldexp", args, kw)?;
    let x = as_f64(a)?;
    let Some(ir) = int_ref(b) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    let e: i64 = match ir {
        IntRef::Small(i) => i,
        IntRef::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        return Err(range());
    } else if e < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = crate::float::ldexp(x, e as i32);
        if r.is_infinite() {
            return Err(range());
        }
        r
    };
    Ok(new_float(r))
}

fn m_modf(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("modf", args, kw)?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(crate::tuple::new_tuple(vec![new_float(f), new_float(i)]))
}

fn m_degrees(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("degrees", args, kw)?)?;
    Ok(new_float(x * (180.0 / PI)))
}

fn m_radians(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("radians", args, kw)?)?;
    Ok(new_float(x * (PI / 180.0)))
}

fn m_nextafter(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("nextafter", args, kw)?;
    let x = as_f64(a)?;
    let y = as_f64(b)?;
    Ok(new_float(lm::nextafter(x, y)))
}

fn m_ulp(args: &[Value], kw: Kw) -> PyResult<Value> {
    let x = as_f64(one("ulp", args, kw)?)?;
    if x.is_nan() {
        return Ok(new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(new_float(x));
    }
    let x2 = lm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = lm::nextafter(x, f64::NEG_INFINITY);
        return Ok(new_float(x - x2));
    }
    Ok(new_float(x2 - x))
}

// ---- integer functions ----

fn big_index(v: Value) -> PyResult<BigInt> {
    Ok(to_bigint(index(v)?).unwrap_or_default())
}

fn m_gcd(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("gcd() takes no keyword arguments"));
    }
    let mut g = BigInt::zero();
    for a in args {
        let x = big_index(*a)?;
        g = g.gcd(&x);
    }
    Ok(from_bigint(g))
}

fn m_lcm(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("lcm() takes no keyword arguments"));
    }
    let mut l = BigInt::one();
    for a in args {
        let x = big_index(*a)?;
        if l.is_zero() || x.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(from_bigint(l.abs()))
}

/// Product of the integers in [lo, hi) by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for k in lo..hi {
            match small.checked_mul(k as u128) {
                Some(s) if s < (1u128 << 100) => small = s,
                _ => {
                    acc *= BigInt::from(small);
                    small = k as u128;
                }
            }
        }
        return acc * BigInt::from(small);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn m_factorial(args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = one("factorial", args, kw)?;
    let n = big_index(v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(exc::overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    if n > 5_000_000 {
        return Err(exc::raise_empty(&exc::MEMORY_ERROR));
    }
    Ok(from_bigint(range_product(2, n + 1)))
}

fn m_isqrt(args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = big_index(one("isqrt", args, kw)?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(from_bigint(n.sqrt()))
}

fn nk_args(
    name: &str,
    args: &[Value],
    kw: Kw,
    k_optional: bool,
) -> PyResult<(BigInt, Option<BigInt>)> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let ok = if k_optional {
        (1..=2).contains(&args.len())
    } else {
        args.len() == 2
    };
    if !ok {
        return Err(type_error(if k_optional {
            format!("{name} expected at most 2 arguments, got {}", args.len())
        } else {
            format!("{name} expected 2 arguments, got {}", args.len())
        }));
    }
    let n = big_index(args[0])?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => Some(big_index(*v)?),
        _ => None,
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if let Some(k) = &k {
        if k.is_negative() {
            return Err(value_error("k must be a non-negative integer"));
        }
    }
    Ok((n, k))
}

/// n * (n-1) * ... * (n-k+1) for big n, small k.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64() {
        return range_product(nn - k + 1, nn + 1);
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= n - BigInt::from(i);
    }
    acc
}

fn m_perm(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (n, k) = nk_args("perm", args, kw, true)?;
    let k = match k {
        None => n.clone(),
        Some(k) => k,
    };
    if k > n {
        return Ok(new_int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= 10_000_000) else {
        return Err(exc::overflow_error(format!(
            "k must not exceed {}",
            i64::MAX
        )));
    };
    Ok(from_bigint(falling(&n, k)))
}

fn m_comb(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (n, k) = nk_args("comb", args, kw, false)?;
    let k = k.unwrap_or_default();
    if k > n {
        return Ok(new_int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(k) = k.to_u64().filter(|k| *k <= 10_000_000) else {
        return Err(exc::overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    let num = falling(&n, k);
    let den = range_product(2, k + 1);
    Ok(from_bigint(num / den))
}

static FUNCS: &[(&str, NativeFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// The `math.sqrt` builtin object (0 until `math` is first imported).
/// Generated code compares a callee with it to compute `math.sqrt(x)` of
/// an immediate float inline (`compiler/src/codegen/intrinsic.rs`). It is
/// static data, hence a root for the collector, so the address can never
/// be reused by another object.
#[export_name = "pyaot_math_sqrt"]
pub static mut MATH_SQRT: usize = 0;

/// Fill the `math` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("math"))?;
    set("pi", new_float(PI))?;
    set("e", new_float(std::f64::consts::E))?;
    set("tau", new_float(std::f64::consts::TAU))?;
    set("inf", new_float(f64::INFINITY))?;
    set("nan", new_float(f64::NAN))?;
    for (name, f) in FUNCS {
        let b = crate::func::new_builtin(name, *f, Value::NULL);
        if *name == "sqrt" {
            unsafe { MATH_SQRT = b.0 };
        }
        set(name, b)?;
    }
    Ok(())
}
