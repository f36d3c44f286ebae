//! `complex` numbers: arithmetic (CPython's algorithms for division and
//! powers), `abs`, equality with ints and floats, hashing, repr like
//! CPython (`(1+2j)`, `2j`, `(1-0j)`), and the constructor (numbers and
//! strings).

use crate::exc::{self, type_error, value_error, PyResult};
use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp, UnaryOp};

#[repr(C)]
pub struct ComplexObj {
    pub ob: Obj,
    pub re: f64,
    pub im: f64,
}

pub const COMPLEX_SLOTS: Slots = Slots {
    repr: Some(complex_repr),
    str: Some(complex_repr),
    hash: Some(complex_hash),
    richcmp: Some(complex_richcmp),
    binary: Some(complex_binary),
    unary: Some(complex_unary),
    truthy: Some(|v| {
        let (re, im) = parts(v);
        Ok(re != 0.0 || im != 0.0)
    }),
    getattr: Some(complex_getattr),
    new: Some(complex_new),
    ..Slots::EMPTY
};
pub static COMPLEX_TYPE: TypeObject = TypeObject::builtin(
    "complex",
    Kind::Complex,
    &OBJECT_TYPE,
    COMPLEX_METHODS,
    COMPLEX_SLOTS,
);

pub fn new_complex(re: f64, im: f64) -> Value {
    new_obj(ComplexObj {
        ob: Obj { ty: &COMPLEX_TYPE },
        re,
        im,
    })
}

/// The parts of a complex object (the caller has checked the kind).
#[inline]
pub fn parts(v: Value) -> (f64, f64) {
    let c = v.cast::<ComplexObj>();
    (c.re, c.im)
}

/// A complex, float or int operand as (re, im); `None` for other types.
pub fn to_complex_opt(v: Value) -> PyResult<Option<(f64, f64)>> {
    if !v.is_small() && v.kind() == Kind::Complex {
        return Ok(Some(parts(v)));
    }
    Ok(crate::float::to_f64_opt(v)?.map(|f| (f, 0.0)))
}

/// `repr(z)`.
pub fn complex_repr_string(re: f64, im: f64) -> String {
    use crate::dtoa::{double_to_string, DtoaFlags};
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", double_to_string(im, 'r', 0, DtoaFlags::default()))
    } else {
        let r = double_to_string(re, 'r', 0, DtoaFlags::default());
        let i = double_to_string(
            im,
            'r',
            0,
            DtoaFlags {
                sign: true,
                ..Default::default()
            },
        );
        format!("({r}{i}j)")
    }
}

fn complex_repr(v: Value) -> PyResult<Value> {
    let (re, im) = parts(v);
    Ok(crate::str::from_string(complex_repr_string(re, im)))
}

fn complex_hash(v: Value) -> PyResult<i64> {
    let (re, im) = parts(v);
    let hr = crate::float::hash_f64(re, v) as u64;
    let hi = crate::float::hash_f64(im, v) as u64;
    let mut h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        h = -2;
    }
    Ok(h)
}

fn is_complex(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Complex
}

fn complex_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !is_complex(a) {
        return Ok(not_implemented());
    }
    let (re, im) = parts(a);
    let eq = if !b.is_small() && b.kind() == Kind::Complex {
        let (r2, i2) = parts(b);
        re == r2 && im == i2
    } else if let Some(r) = crate::int::int_ref(b) {
        im == 0.0 && crate::float::cmp_int_float(r, re) == Some(std::cmp::Ordering::Equal)
    } else if b.kind() == Kind::Float {
        im == 0.0 && re == crate::float::float_val(b)
    } else {
        return Ok(not_implemented());
    };
    Ok(bool_(if op == CmpOp::Eq { eq } else { !eq }))
}

fn complex_unary(op: UnaryOp, a: Value) -> PyResult<Value> {
    if !is_complex(a) {
        return Ok(not_implemented());
    }
    let (re, im) = parts(a);
    Ok(match op {
        UnaryOp::Neg => new_complex(-re, -im),
        UnaryOp::Pos => new_complex(re, im),
        UnaryOp::Not => bool_(re == 0.0 && im == 0.0),
        UnaryOp::Invert => not_implemented(),
    })
}

fn complex_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let (re, im) = parts(v);
    Ok(match name {
        "real" => Some(crate::float::new_float(re)),
        "imag" => Some(crate::float::new_float(im)),
        _ => None,
    })
}

/// `abs(z)`.
pub fn complex_abs(re: f64, im: f64) -> PyResult<f64> {
    let r = crate::libm::hypot(re, im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(exc::overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`; `None` on division by zero.
fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` for complex operands (CPython's `complex_pow`).
pub fn complex_pow_value(a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    let edom = || exc::zero_div("0.0 to a negative or complex power");
    let p = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else {
            match quot((1.0, 0.0), powu(a, -n)) {
                Some(q) => q,
                None => return Err(edom()),
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(edom());
        }
        (0.0, 0.0)
    } else {
        use crate::libm as m;
        let vabs = m::hypot(a.0, a.1);
        let mut len = m::pow(vabs, b.0);
        let at = m::atan2(a.1, a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= m::exp(at * b.1);
            phase += b.1 * m::log(vabs);
        }
        // C's cos/sin of an infinite phase set errno to EDOM, which
        // CPython reports as this ZeroDivisionError.
        if phase.is_infinite() {
            return Err(edom());
        }
        (len * m::cos(phase), len * m::sin(phase))
    };
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(exc::overflow_error("complex exponentiation"));
    }
    Ok(new_complex(p.0, p.1))
}

pub fn complex_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let Some(x) = to_complex_opt(a)? else {
        return Ok(not_implemented());
    };
    let Some(y) = to_complex_opt(b)? else {
        return Ok(not_implemented());
    };
    Ok(match op {
        BinOp::Add => new_complex(x.0 + y.0, x.1 + y.1),
        BinOp::Sub => new_complex(x.0 - y.0, x.1 - y.1),
        BinOp::Mul => {
            let p = prod(x, y);
            new_complex(p.0, p.1)
        }
        BinOp::TrueDiv => match quot(x, y) {
            Some(q) => new_complex(q.0, q.1),
            None => return Err(exc::zero_div("complex division by zero")),
        },
        BinOp::Pow => return complex_pow_value(x, y),
        _ => not_implemented(),
    })
}

// ---- constructor ----

/// Parse `complex(str)`.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim_matches(|c: char| c.is_whitespace());
    if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t = t[1..t.len() - 1].trim_matches(|c: char| c.is_whitespace());
    }
    if t.is_empty() {
        return None;
    }
    let b = t.as_bytes();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Imaginary part present: find the split between real and imag.
        let bb = body.as_bytes();
        let mut split = None;
        for i in (1..bb.len()).rev() {
            let c = bb[i];
            if (c == b'+' || c == b'-') && !(bb[i - 1] == b'e' || bb[i - 1] == b'E') {
                split = Some(i);
                break;
            }
        }
        let imag_of = |p: &str| -> Option<f64> {
            match p {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => {
                    if p.trim() != p {
                        return None;
                    }
                    crate::dtoa::parse_float(p)
                }
            }
        };
        match split {
            Some(i) => {
                let re_s = &body[..i];
                if re_s.trim() != re_s {
                    return None;
                }
                let re = crate::dtoa::parse_float(re_s)?;
                let im = imag_of(&body[i..])?;
                Some((re, im))
            }
            None => Some((0.0, imag_of(body)?)),
        }
    } else {
        if b.iter().any(|c| c.is_ascii_whitespace()) {
            return None;
        }
        Some((crate::dtoa::parse_float(t)?, 0.0))
    }
}

fn complex_arg(v: Value, first: bool) -> PyResult<(f64, f64)> {
    if let Some(c) = to_complex_opt(v)? {
        return Ok(c);
    }
    if let Some(r) = crate::int::call_dunder(v, "__complex__")? {
        if !r.is_small() && r.kind() == Kind::Complex {
            return Ok(parts(r));
        }
        return Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.ty().name()
        )));
    }
    if let Some(r) = crate::int::call_dunder(v, "__float__")? {
        if r.kind() == Kind::Float {
            return Ok((crate::float::float_val(r), 0.0));
        }
    }
    if let Some(r) = crate::int::call_dunder(v, "__index__")? {
        if let Some(f) = crate::float::to_f64_opt(r)? {
            return Ok((f, 0.0));
        }
    }
    if first {
        Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            v.ty().name()
        )))
    } else {
        Err(type_error(format!(
            "complex() second argument must be a number, not '{}'",
            v.ty().name()
        )))
    }
}

fn complex_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut real: Option<Value> = args.first().copied();
    let mut imag: Option<Value> = args.get(1).copied();
    if args.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw.iter() {
        match k {
            "real" if real.is_none() => real = Some(v),
            "imag" if imag.is_none() => imag = Some(v),
            "real" | "imag" => {
                return Err(type_error(format!(
                    "argument for complex() given by name ('{k}') and position ({})",
                    if k == "real" { 1 } else { 2 }
                )))
            }
            _ => {
                return Err(type_error(format!(
                    "complex() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let (re, im) = match (real, imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), i) if crate::str::is_str(r) => {
            if i.is_some() {
                return Err(type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            match parse_complex(crate::str::as_str(r)) {
                Some(c) => c,
                None => return Err(value_error("complex() arg is a malformed string")),
            }
        }
        (r, i) => {
            if let Some(iv) = i {
                if crate::str::is_str(iv) {
                    return Err(type_error("complex() second arg can't be a string"));
                }
            }
            if let (Some(rv), None) = (r, i) {
                if std::ptr::eq(rv.ty(), &COMPLEX_TYPE) && std::ptr::eq(ty, &COMPLEX_TYPE) {
                    return Ok(rv);
                }
            }
            let a = match r {
                Some(r) => complex_arg(r, true)?,
                None => (0.0, 0.0),
            };
            let a_complex = matches!(r, Some(x) if is_complex(x));
            match i {
                None => a,
                Some(iv) => {
                    let b = complex_arg(iv, false)?;
                    // As CPython: only complex parts cross over, so that
                    // complex(0, -0.0) keeps its negative zero.
                    let re = if is_complex(iv) { a.0 - b.1 } else { a.0 };
                    let im = if a_complex { b.0 + a.1 } else { b.0 };
                    (re, im)
                }
            }
        }
    };
    if std::ptr::eq(ty, &COMPLEX_TYPE) {
        Ok(new_complex(re, im))
    } else {
        Ok(new_obj(ComplexObj {
            ob: Obj { ty },
            re,
            im,
        }))
    }
}

// ---- methods ----

fn self_complex(args: &[Value]) -> PyResult<(f64, f64)> {
    match args.first() {
        Some(v) if !v.is_small() && v.kind() == Kind::Complex => Ok(parts(*v)),
        _ => Err(type_error("descriptor requires a 'complex' object")),
    }
}

fn conjugate(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (re, im) = self_complex(args)?;
    Ok(new_complex(re, -im))
}

fn abs_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (re, im) = self_complex(args)?;
    Ok(crate::float::new_float(complex_abs(re, im)?))
}

fn complex_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (re, im) = self_complex(args)?;
    Ok(new_complex(re, im))
}

fn repr_m(v: Value) -> PyResult<Value> {
    self_complex(&[v])?;
    complex_repr(v)
}

fn hash_m(v: Value) -> PyResult<i64> {
    self_complex(&[v])?;
    complex_hash(v)
}

fn truthy_m(v: Value) -> PyResult<bool> {
    let (re, im) = self_complex(&[v])?;
    Ok(re != 0.0 || im != 0.0)
}

crate::num_method_table!(
    COMPLEX_METHODS,
    complex_binary,
    complex_richcmp,
    complex_unary,
    repr_m,
    hash_m,
    truthy_m,
    [
        ("__getnewargs__", crate::extra_methods::complex_getnewargs),
        ("__str__", |a: &[Value], _k: Kw| match a.first() {
            Some(v) if !v.is_small() && v.kind() == Kind::Complex => complex_repr(*v),
            _ => Err(type_error(
                "descriptor '__str__' requires a 'complex' object"
            )),
        }),
        ("__abs__", abs_m),
        ("__complex__", complex_m),
        ("conjugate", conjugate),
    ]
);
