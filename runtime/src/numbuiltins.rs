//! Builtin functions on numbers: abs, divmod, pow, round, hex, oct, bin,
//! chr, ord and format, with CPython's dispatch (user classes'
//! `__abs__`/`__round__`/`__divmod__`) and error messages.

use crate::builtins::arity;
use crate::exc::{self, type_error, value_error, PyResult};
use crate::int::{index, int_ref, is_int, IntRef};
use crate::object::{Kind, Kw};
use crate::value::{not_implemented, Value};
use pyaot_ir::BinOp;

pub static FNS: &[(&str, crate::object::NativeFn)] = &[
    ("abs", abs),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("chr", chr),
    ("ord", ord),
    ("format", format),
];

fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    crate::builtins::no_kw(name, kw)
}

/// `abs(v)`.
pub fn abs_value(v: Value) -> PyResult<Value> {
    if v.ty().heap {
        // A subclass may override __abs__ (found on the class or inherited).
        if let Some(r) = crate::int::call_dunder(v, "__abs__")? {
            return Ok(r);
        }
    }
    if let Some(r) = int_ref(v) {
        return Ok(crate::int_methods::int_abs_value(r));
    }
    match v.kind() {
        Kind::Float => return Ok(crate::float::new_float(crate::float::float_val(v).abs())),
        Kind::Complex => {
            let (re, im) = crate::complex::parts(v);
            return Ok(crate::float::new_float(crate::complex::complex_abs(
                re, im,
            )?));
        }
        _ => {}
    }
    if let Some(r) = crate::int::call_dunder(v, "__abs__")? {
        return Ok(r);
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        v.ty().name()
    )))
}

fn abs(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("abs", kw)?;
    arity("abs", args, 1, 1)?;
    abs_value(args[0])
}

/// `divmod(a, b)` for two ints.
pub fn int_divmod(a: Value, b: Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    if y.is_zero() {
        return Err(exc::zero_div("integer division or modulo by zero"));
    }
    let _ = x;
    let q = crate::int::int_binary(BinOp::FloorDiv, a, b)?;
    let r = crate::int::int_binary(BinOp::Mod, a, b)?;
    Ok(crate::tuple::new_tuple(vec![q, r]))
}

/// `divmod(a, b)`.
pub fn divmod_values(a: Value, b: Value) -> PyResult<Value> {
    if is_int(a) && is_int(b) {
        return int_divmod(a, b);
    }
    let fa = crate::float::to_f64_opt(a);
    let fb = crate::float::to_f64_opt(b);
    let numeric = |v: Value| is_int(v) || v.kind() == Kind::Float;
    if numeric(a) && numeric(b) {
        let x = fa?.unwrap_or(0.0);
        let y = fb?.unwrap_or(0.0);
        if y == 0.0 {
            return Err(exc::zero_div("float divmod()"));
        }
        let (q, r) = crate::float::float_divmod(x, y);
        return Ok(crate::tuple::new_tuple(vec![
            crate::float::new_float(q),
            crate::float::new_float(r),
        ]));
    }
    if a.ty().heap {
        if let Some(m) = crate::typeobj::lookup(a.ty(), crate::str::new_str("__divmod__")) {
            let r = crate::func::call(crate::ops::bind_attr(m, a), &[b], Kw::NONE)?;
            if !r.is(not_implemented()) {
                return Ok(r);
            }
        }
    }
    if b.ty().heap {
        if let Some(m) = crate::typeobj::lookup(b.ty(), crate::str::new_str("__rdivmod__")) {
            let r = crate::func::call(crate::ops::bind_attr(m, b), &[a], Kw::NONE)?;
            if !r.is(not_implemented()) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    )))
}

fn divmod(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("divmod", kw)?;
    arity("divmod", args, 2, 2)?;
    divmod_values(args[0], args[1])
}

/// `pow(base, exp[, mod])`.
pub fn pow_values(base: Value, exp: Value, m: Option<Value>) -> PyResult<Value> {
    let m = match m {
        Some(v) if !v.is_none() => v,
        _ => return crate::ops::binary(BinOp::Pow, base, exp),
    };
    if is_int(base) && is_int(exp) && is_int(m) {
        let (a, b, c) = (
            crate::int::to_bigint(base).unwrap_or_default(),
            crate::int::to_bigint(exp).unwrap_or_default(),
            crate::int::to_bigint(m).unwrap_or_default(),
        );
        return crate::int_ops::int_pow_mod(&a, &b, &c);
    }
    let numeric = |v: Value| is_int(v) || matches!(v.kind(), Kind::Float | Kind::Complex);
    if numeric(base) && numeric(exp) && numeric(m) {
        if base.kind() == Kind::Complex || exp.kind() == Kind::Complex {
            return Err(value_error("complex modulo"));
        }
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    if base.ty().heap {
        if let Some(f) = crate::typeobj::lookup(base.ty(), crate::str::new_str("__pow__")) {
            return crate::func::call(crate::ops::bind_attr(f, base), &[exp, m], Kw::NONE);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        base.ty().name(),
        exp.ty().name(),
        m.ty().name()
    )))
}

fn pow(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut slots: [Option<Value>; 3] = [None, None, None];
    if args.len() > 3 {
        return Err(type_error(format!(
            "pow expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(*a);
    }
    for (k, v) in kw.iter() {
        let i = match k {
            "base" => 0,
            "exp" => 1,
            "mod" => 2,
            _ => {
                return Err(type_error(format!(
                    "pow() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        if slots[i].is_some() {
            return Err(type_error(format!(
                "argument for pow() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v);
    }
    let Some(b) = slots[0] else {
        return Err(type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(e) = slots[1] else {
        return Err(type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    pow_values(b, e, slots[2])
}

/// `round(number[, ndigits])`.
pub fn round_value(x: Value, nd: Option<Value>) -> PyResult<Value> {
    if !x.ty().heap {
        if let Some(r) = int_ref(x) {
            return crate::int_methods::int_round(r, nd);
        }
        if x.kind() == Kind::Float {
            return crate::float_methods::float_round(crate::float::float_val(x), nd);
        }
    }
    if let Some(m) = crate::typeobj::lookup(x.ty(), crate::str::new_str("__round__")) {
        let f = crate::ops::bind_attr(m, x);
        return match nd {
            Some(n) => crate::func::call(f, &[n], Kw::NONE),
            None => crate::func::call(f, &[], Kw::NONE),
        };
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        x.ty().name()
    )))
}

fn round(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut number = args.first().copied();
    let mut nd = args.get(1).copied();
    if args.len() > 2 {
        return Err(type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw.iter() {
        match k {
            "number" if number.is_none() => number = Some(v),
            "ndigits" if nd.is_none() => nd = Some(v),
            _ => {
                return Err(type_error(format!(
                    "round() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(x) = number else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = match nd {
        Some(v) if v.is_none() => None,
        o => o,
    };
    round_value(x, nd)
}

fn base_fn(name: &str, args: &[Value], kw: Kw, base: u32) -> PyResult<Value> {
    no_kw(name, kw)?;
    arity(name, args, 1, 1)?;
    let i = index(args[0])?;
    let r: IntRef = int_ref(i).unwrap_or(IntRef::Small(0));
    Ok(crate::str::from_string(crate::int_methods::int_to_base(
        r, base, true,
    )))
}

fn hex(args: &[Value], kw: Kw) -> PyResult<Value> {
    base_fn("hex", args, kw, 16)
}

fn oct(args: &[Value], kw: Kw) -> PyResult<Value> {
    base_fn("oct", args, kw, 8)
}

fn bin(args: &[Value], kw: Kw) -> PyResult<Value> {
    base_fn("bin", args, kw, 2)
}

fn chr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("chr", kw)?;
    arity("chr", args, 1, 1)?;
    let i = index(args[0])?;
    let n = match int_ref(i) {
        Some(IntRef::Small(n)) if (i32::MIN as i64..=i32::MAX as i64).contains(&n) => n,
        _ => {
            return Err(exc::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
    };
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(crate::str_surrogate::from_code_points(&[n as u32]))
}

fn ord(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("ord", kw)?;
    arity("ord", args, 1, 1)?;
    let v = args[0];
    match v.kind() {
        Kind::Str => {
            let s = crate::str::as_str(v);
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(crate::int::new_int(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        Kind::Bytes | Kind::ByteArray => {
            let b = crate::bytes::as_bytes(v);
            if b.len() == 1 {
                Ok(crate::int::new_int(b[0] as i64))
            } else {
                Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    b.len()
                )))
            }
        }
        _ => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            v.ty().name()
        ))),
    }
}

fn format(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("format", kw)?;
    if args.is_empty() {
        return Err(type_error("format expected at least 1 argument, got 0"));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "format expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let v = args[0];
    let spec = args.get(1).copied();
    let spec_s = match spec {
        None => "",
        Some(s) if crate::str::is_str(s) => crate::str::as_str(s),
        Some(s) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                s.ty().name()
            )))
        }
    };
    crate::format::format(v, spec_s)
}
