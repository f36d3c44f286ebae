//! The `_struct` module's native part: IEEE 754 conversions that the
//! Python `struct` module (compiler/stdlib/struct.py) cannot do with int
//! arithmetic: `float_bits(x, size)` gives the bit pattern of `x` as a
//! binary16/32/64 number (with CPython's OverflowError for a finite value
//! too large for the format) and `bits_float(n, size)` the reverse.

use crate::exc::{overflow_error, type_error, PyResult};
use crate::object::Kw;
use crate::value::Value;

fn f64_to_f16_bits(x: f64) -> PyResult<u16> {
    // Round to nearest even, as CPython's PyFloat_Pack2.
    let bits = x.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Ok(sign);
    }
    // Scale to a 10-bit mantissa with the exponent clamped at subnormals.
    let (m, e) = {
        let e = a.log2().floor() as i32;
        let e = e.max(-14);
        let m = a / 2f64.powi(e - 10);
        (m, e)
    };
    let mut mi = m.round_ties_even_compat();
    let mut e = e;
    if mi >= 2048.0 {
        mi /= 2.0;
        e += 1;
    }
    if e > 15 {
        return Err(overflow_error("float too large to pack with e format"));
    }
    let mi = mi as u16;
    if mi < 1024 {
        // Subnormal.
        return Ok(sign | mi);
    }
    Ok(sign | (((e + 15) as u16) << 10) | (mi & 0x3ff))
}

trait RoundEven {
    fn round_ties_even_compat(self) -> f64;
}
impl RoundEven for f64 {
    fn round_ties_even_compat(self) -> f64 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
            r - self.signum()
        } else {
            r
        }
    }
}

fn f16_bits_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    if e == 0 {
        sign * m * 2f64.powi(-24)
    } else if e == 31 {
        if m == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        sign * (1.0 + m / 1024.0) * 2f64.powi(e - 15)
    }
}

fn float_bits(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("float_bits() takes 2 arguments"));
    }
    let x = crate::float::as_f64(args[0])?;
    let size = crate::int::index_i64(args[1])?;
    let n: u64 = match size {
        2 => f64_to_f16_bits(x)? as u64,
        4 => {
            let f = x as f32;
            if f.is_infinite() && x.is_finite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            f.to_bits() as u64
        }
        _ => x.to_bits(),
    };
    Ok(crate::int::new_int_i128(n as i128))
}

fn bits_float(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("bits_float() takes 2 arguments"));
    }
    let n = crate::int::to_bigint(args[0])
        .and_then(|b| num_traits::ToPrimitive::to_u64(&b))
        .unwrap_or(0);
    let size = crate::int::index_i64(args[1])?;
    let x = match size {
        2 => f16_bits_to_f64(n as u16),
        4 => f32::from_bits(n as u32) as f64,
        _ => f64::from_bits(n),
    };
    Ok(crate::float::new_float(x))
}

/// Fill the `_struct` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("_struct"))?;
    set(
        "float_bits",
        crate::func::new_builtin("float_bits", float_bits, Value::NULL),
    )?;
    set(
        "bits_float",
        crate::func::new_builtin("bits_float", bits_float, Value::NULL),
    )?;
    Ok(())
}
