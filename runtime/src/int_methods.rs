//! `int` and `bool`: the constructors (`int(x, base)`, `bool(x)`), parsing
//! and printing (with CPython 3.11's 4300-digit limit for decimal
//! conversion), and the methods (`bit_length`, `to_bytes`, ...).

use crate::exc::{self, type_error, value_error, PyResult};
use crate::int::{from_bigint, index, index_i64, int_ref, new_int, new_int_typed, IntRef};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{bool_, Value};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The current limit (0 means no limit), for `sys.set_int_max_str_digits`.
static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`.
pub fn get_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: 0 (no limit) or at least 640, as
/// CPython requires.
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

fn digits_limit_error() -> exc::PyErr {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        get_max_str_digits()
    ))
}

/// `str(n)` for an int value, raising ValueError past the digit limit
/// (4300 by default).
pub fn int_to_decimal(v: Value) -> PyResult<String> {
    match int_ref(v) {
        Some(IntRef::Small(i)) => Ok(i.to_string()),
        Some(IntRef::Big(b)) => big_to_decimal(b),
        None => Err(type_error("expected an int")),
    }
}

pub fn big_to_decimal(b: &BigInt) -> PyResult<String> {
    let limit = get_max_str_digits();
    // A number of more than 3.33 * limit + 1 bits has more than `limit`
    // decimal digits: skip the conversion.
    if limit > 0 && b.bits() > (limit as u64) * 10 / 3 + 16 {
        return Err(digits_limit_error());
    }
    let s = b.to_string();
    let nd = s.len() - usize::from(s.starts_with('-'));
    if limit > 0 && nd > limit {
        return Err(digits_limit_error());
    }
    Ok(s)
}

/// `n` in base 2, 8 or 16 with an optional `0b`/`0o`/`0x` prefix, sign
/// first (`-0x1f`), as `bin()`/`oct()`/`hex()` and `format` need.
pub fn int_to_base(r: IntRef, base: u32, prefix: bool) -> String {
    let (neg, mag) = match r {
        IntRef::Small(i) => (i < 0, BigInt::from(i).abs()),
        IntRef::Big(b) => (b.is_negative(), b.abs()),
    };
    let digits = match r {
        IntRef::Small(i) => {
            let u = i.unsigned_abs();
            match base {
                2 => format!("{u:b}"),
                8 => format!("{u:o}"),
                16 => format!("{u:x}"),
                _ => u.to_string(),
            }
        }
        IntRef::Big(_) => mag.to_str_radix(base),
    };
    let mut s = String::with_capacity(digits.len() + 3);
    if neg {
        s.push('-');
    }
    if prefix {
        s.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    s.push_str(&digits);
    s
}

/// Parse `s` as `int(s, base)` does. `Ok(None)` means "invalid literal"
/// (the caller formats the message); the digit limit raises directly.
pub fn parse_int(s: &str, base: u32) -> PyResult<Option<BigInt>> {
    let s = crate::str_unicode::decimal_and_space_to_ascii(s);
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let b = t.as_bytes();
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let mut base = base;
    let mut had_prefix = false;
    let lower_at = |k: usize| b.get(k).map(|c| c.to_ascii_lowercase());
    if b.get(i) == Some(&b'0') {
        let p = lower_at(i + 1);
        let pb = match p {
            Some(b'x') => 16,
            Some(b'o') => 8,
            Some(b'b') => 2,
            _ => 0,
        };
        if pb != 0 && (base == 0 || base == pb) {
            base = pb;
            i += 2;
            had_prefix = true;
        }
    }
    let base0_decimal = base == 0;
    if base == 0 {
        base = 10;
    }
    let body = &b[i..];
    if body.is_empty() {
        return Ok(None);
    }
    // Validate digits and underscores; collect the digits.
    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_us = false;
    for (k, &c) in body.iter().enumerate() {
        if c == b'_' {
            if prev_us || (k == 0 && !had_prefix) {
                return Ok(None);
            }
            prev_us = true;
            continue;
        }
        prev_us = false;
        let d = match (c as char).to_digit(36) {
            Some(d) if d < base => d,
            _ => return Ok(None),
        };
        digits.push(d as u8);
    }
    if prev_us || digits.is_empty() {
        return Ok(None);
    }
    // Base 0 forbids leading zeros in a nonzero decimal number.
    if base0_decimal && digits[0] == 0 && digits.iter().any(|d| *d != 0) {
        return Ok(None);
    }
    let limit = get_max_str_digits();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let mag = if digits.len() <= 12 {
        let mut x: i64 = 0;
        for d in &digits {
            x = x * base as i64 + *d as i64;
        }
        BigInt::from(x)
    } else {
        BigInt::from_radix_be(Sign::Plus, &digits, base).unwrap_or_default()
    };
    Ok(Some(if neg { -mag } else { mag }))
}

fn invalid_literal(v: Value, base: u32) -> exc::PyErr {
    let r = crate::ops::repr_string(v).unwrap_or_default();
    value_error(format!("invalid literal for int() with base {base}: {r}"))
}

fn bytes_of(v: Value) -> Option<&'static [u8]> {
    match v.kind() {
        Kind::Bytes | Kind::ByteArray => Some(crate::bytes::as_bytes(v)),
        _ => None,
    }
}

/// int's `new` slot: `int()`, `int(x)`, `int(x, base)`.
pub fn int_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let [x] = args {
        if kw.is_empty()
            && std::ptr::eq(ty, &crate::int::INT_TYPE)
            && crate::str::is_str(*x)
            && std::ptr::eq(x.ty(), &crate::str::STR_TYPE)
        {
            if let Some(v) = small_decimal(crate::str::as_str(*x)) {
                return Ok(v);
            }
        }
    }
    let mut base_v: Option<Value> = None;
    for (k, v) in kw.iter() {
        match k {
            "base" => base_v = Some(v),
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for int()"
                )))
            }
        }
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    if args.len() == 2 {
        base_v = Some(args[1]);
    }
    let Some(&x) = args.first() else {
        if base_v.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(new_int_typed(ty, BigInt::zero()));
    };
    if let Some(bv) = base_v {
        let base = index_i64(bv)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text: String = if let Some(s) = crate::str::str_opt(x) {
            s.to_string()
        } else if let Some(b) = bytes_of(x) {
            if !b.is_ascii() {
                return Err(invalid_literal(x, base as u32));
            }
            String::from_utf8_lossy(b).into_owned()
        } else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return match parse_int(&text, base as u32)? {
            Some(b) => Ok(new_int_typed(ty, b)),
            None => Err(invalid_literal(x, base as u32)),
        };
    }
    let big = int_value_of(x)?;
    Ok(new_int_typed(ty, big))
}

/// `int(s)` for the common text: optional ASCII spaces, an optional sign
/// and 1 to 18 ASCII digits (no underscores), so the value is a small int.
/// `None` means "use the general parser" (never an error).
fn small_decimal(s: &str) -> Option<Value> {
    let b = s.trim_matches(|c: char| c == ' ' || ('\t'..='\r').contains(&c));
    let b = b.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as i64;
    }
    Some(Value::from_small(if neg { -n } else { n }))
}

/// The value `int(x)` would have, for one argument.
pub fn int_value_of(x: Value) -> PyResult<BigInt> {
    if let Some(r) = int_ref(x) {
        return Ok(r.to_big());
    }
    match x.kind() {
        Kind::Float => {
            let f = crate::float::float_val(x);
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(exc::overflow_error(
                    "cannot convert float infinity to integer",
                ));
            }
            return Ok(crate::float::f64_to_bigint(f));
        }
        Kind::Str => {
            return match parse_int(crate::str::as_str(x), 10)? {
                Some(b) => Ok(b),
                None => Err(invalid_literal(x, 10)),
            }
        }
        Kind::Bytes | Kind::ByteArray => {
            let raw = bytes_of(x).unwrap_or(&[]);
            if !raw.is_ascii() {
                return Err(invalid_literal(x, 10));
            }
            let text = String::from_utf8_lossy(raw).into_owned();
            return match parse_int(&text, 10)? {
                Some(b) => Ok(b),
                None => Err(invalid_literal(x, 10)),
            };
        }
        _ => {}
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = crate::int::call_dunder(x, name)? {
            if let Some(rr) = int_ref(r) {
                return Ok(rr.to_big());
            }
            return Err(type_error(format!(
                "{name} returned non-int (type {})",
                r.ty().name()
            )));
        }
    }
    if let Some(r) = crate::int::call_dunder(x, "__trunc__")? {
        if let Some(rr) = int_ref(r) {
            return Ok(rr.to_big());
        }
        return int_value_of(index(r)?);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.ty().name()
    )))
}

/// bool's `new` slot.
pub fn bool_new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    match args.len() {
        0 => Ok(bool_(false)),
        1 => Ok(bool_(crate::ops::truthy(args[0])?)),
        n => Err(type_error(format!(
            "bool expected at most 1 argument, got {n}"
        ))),
    }
}

// ---- methods ----

fn self_int(args: &[Value], name: &str) -> PyResult<IntRef> {
    match args.first().and_then(|v| int_ref(*v)) {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "descriptor '{name}' requires a 'int' object but received a '{}'",
            args.first().map(|v| v.ty().name()).unwrap_or("NoneType")
        ))),
    }
}

fn no_args(args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "int.{name}() takes no keyword arguments"
        )));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "int.{name}() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

fn plain(r: IntRef) -> Value {
    match r {
        IntRef::Small(i) => new_int(i),
        IntRef::Big(b) => from_bigint(b.clone()),
    }
}

fn int_plain(args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "__int__")?;
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error("expected 0 arguments"));
    }
    Ok(plain(r))
}

fn bit_length(args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "bit_length")?;
    no_args(args, kw, "bit_length")?;
    Ok(new_int(match r {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn bit_count(args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "bit_count")?;
    no_args(args, kw, "bit_count")?;
    Ok(new_int(match r {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    }))
}

fn as_integer_ratio(args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "as_integer_ratio")?;
    no_args(args, kw, "as_integer_ratio")?;
    Ok(crate::tuple::new_tuple(vec![plain(r), new_int(1)]))
}

fn int_float(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "__float__")?;
    Ok(crate::float::new_float(crate::int::int_to_f64(r)?))
}

fn int_abs(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "__abs__")?;
    Ok(int_abs_value(r))
}

/// `abs(n)` for an int.
pub fn int_abs_value(r: IntRef) -> Value {
    match r {
        IntRef::Small(i) => crate::int::new_int_i128((i as i128).abs()),
        IntRef::Big(b) => from_bigint(b.abs()),
    }
}

/// `round(n, ndigits)` for an int: unchanged for ndigits >= 0, else
/// rounded half-to-even to a multiple of 10**-ndigits.
pub fn int_round(r: IntRef, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        return Ok(plain(r));
    };
    if nd.is_none() {
        return Ok(plain(r));
    }
    let nd = index(nd)?;
    let Some(ndr) = int_ref(nd) else {
        return Ok(plain(r));
    };
    if !ndr.is_negative() {
        return Ok(plain(r));
    }
    let k = match ndr {
        IntRef::Small(i) => i.unsigned_abs(),
        IntRef::Big(_) => u64::MAX,
    };
    let a = r.to_big();
    if k > 100_000 {
        return Ok(new_int(0));
    }
    let p = num_traits::pow::Pow::pow(&BigInt::from(10), k as u32);
    let (q, rem) = a.div_mod_floor(&p);
    let twice: BigInt = &rem * BigInt::from(2);
    let up = twice > p || (twice == p && q.is_odd());
    let result = if up { a - rem + &p } else { a - rem };
    Ok(from_bigint(result))
}

fn int_round_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "__round__")?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    int_round(r, args.get(1).copied())
}

fn conjugate(args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "conjugate")?;
    no_args(args, kw, "conjugate")?;
    Ok(plain(r))
}

/// Parse `byteorder` and `signed` for to_bytes/from_bytes.
fn order_and_signed(order: Option<Value>, kw: Kw, allowed_extra: &str) -> PyResult<(bool, bool)> {
    let mut order = order;
    let mut signed = false;
    for (k, v) in kw.iter() {
        match k {
            "byteorder" => order = Some(v),
            "signed" => signed = crate::ops::truthy(v)?,
            k if k == allowed_extra => {}
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument"))),
        }
    }
    let big = match order {
        None => true,
        Some(o) => match crate::str::str_opt(o) {
            Some("big") => true,
            Some("little") => false,
            Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
            None => {
                return Err(type_error(format!(
                    "to_bytes() argument 'byteorder' must be str, not {}",
                    o.ty().name()
                )))
            }
        },
    };
    Ok((big, signed))
}

fn to_bytes(args: &[Value], kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "to_bytes")?;
    let mut length = args.get(1).copied().or_else(|| kw.get("length"));
    if length.is_none() {
        length = None;
    }
    let len = match length {
        Some(l) => index_i64(l)?,
        None => 1,
    };
    if len < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let (big_endian, signed) = order_and_signed(args.get(2).copied(), kw, "length")?;
    let n = r.to_big();
    if n.is_negative() && !signed {
        return Err(exc::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed {
        // Unsigned: drop a sign byte that to_signed_bytes added.
        while bytes.len() > 1 && bytes.last() == Some(&0) {
            bytes.pop();
        }
        if n.is_zero() {
            bytes.clear();
        }
    } else if n.is_zero() {
        bytes.clear();
    }
    let len = len as usize;
    if bytes.len() > len {
        return Err(exc::overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(crate::bytes::new_bytes(bytes))
}

fn from_bytes(args: &[Value], kw: Kw) -> PyResult<Value> {
    // Called as `int.from_bytes(b, ...)` (no self) or `n.from_bytes(b, ...)`.
    let rest = match args.first() {
        Some(v) if v.kind() == Kind::Type => &args[1..],
        _ => args,
    };
    let data = rest.first().copied().or_else(|| kw.get("bytes"));
    let Some(data) = data else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let (big_endian, signed) = order_and_signed(rest.get(1).copied(), kw, "bytes")?;
    let mut bytes: Vec<u8> = match bytes_of(data) {
        Some(b) => b.to_vec(),
        None if data.kind() == Kind::Str => {
            return Err(type_error("cannot convert 'str' object to bytes"));
        }
        None => {
            let mut out = Vec::new();
            for item in crate::ops::collect(data)? {
                let i = index_i64(item)?;
                if !(0..256).contains(&i) {
                    return Err(value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
    };
    if big_endian {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    Ok(from_bigint(n))
}

fn int_divmod_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    crate::numbuiltins::int_divmod(args[0], args[1])
}

fn int_rdivmod_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    crate::numbuiltins::int_divmod(args[1], args[0])
}

fn int_repr_m(v: Value) -> PyResult<Value> {
    Ok(crate::str::from_string(int_to_decimal(v)?))
}

fn int_hash_m(v: Value) -> PyResult<i64> {
    Ok(int_ref(v).map(crate::int::hash_int).unwrap_or(0))
}

fn int_truthy_m(v: Value) -> PyResult<bool> {
    Ok(int_ref(v).map(|r| !r.is_zero()).unwrap_or(true))
}

fn getnewargs(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = self_int(args, "__getnewargs__")?;
    Ok(crate::tuple::new_tuple(vec![plain(r)]))
}

crate::num_method_table!(
    INT_METHODS,
    crate::int::int_binary,
    crate::int::int_richcmp,
    crate::int::int_unary,
    int_repr_m,
    int_hash_m,
    int_truthy_m,
    [
        ("__lshift__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::LShift,
            false
        )),
        ("__rlshift__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::LShift,
            true
        )),
        ("__rshift__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::RShift,
            false
        )),
        ("__rrshift__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::RShift,
            true
        )),
        ("__and__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::BitAnd,
            false
        )),
        ("__rand__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::BitAnd,
            true
        )),
        ("__or__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::BitOr,
            false
        )),
        ("__ror__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::BitOr,
            true
        )),
        ("__xor__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::BitXor,
            false
        )),
        ("__rxor__", |a: &[Value], k: Kw| crate::numdunder::bin(
            a,
            k,
            crate::int::int_binary,
            pyaot_ir::BinOp::BitXor,
            true
        )),
        ("__invert__", |a: &[Value], k: Kw| crate::numdunder::un(
            a,
            k,
            crate::int::int_unary,
            pyaot_ir::UnaryOp::Invert
        )),
        ("__divmod__", int_divmod_m),
        ("__rdivmod__", int_rdivmod_m),
        ("__abs__", int_abs),
        ("__int__", int_plain),
        ("__index__", int_plain),
        ("__trunc__", int_plain),
        ("__floor__", int_plain),
        ("__ceil__", int_plain),
        ("__float__", int_float),
        ("__round__", int_round_m),
        ("__str__", |a: &[Value], _k: Kw| match a.first() {
            Some(v) => int_repr_m(*v),
            None => Err(type_error("descriptor '__str__' needs an argument")),
        }),
        ("__getnewargs__", getnewargs),
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("to_bytes", to_bytes),
        ("from_bytes", from_bytes),
        ("as_integer_ratio", as_integer_ratio),
        ("conjugate", conjugate),
    ]
);

fn bool_repr_m(v: Value) -> PyResult<Value> {
    let t = matches!(int_ref(v), Some(IntRef::Small(1)));
    Ok(crate::str::new_str(if t { "True" } else { "False" }))
}

pub static BOOL_METHODS: crate::object::MethodTable = &[
    ("__repr__", |a: &[Value], _k: Kw| match a.first() {
        Some(v) => bool_repr_m(*v),
        None => Err(type_error("descriptor '__repr__' needs an argument")),
    }),
    ("__str__", |a: &[Value], _k: Kw| match a.first() {
        Some(v) => bool_repr_m(*v),
        None => Err(type_error("descriptor '__str__' needs an argument")),
    }),
];
