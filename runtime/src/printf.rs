//! printf-style formatting: `fmt % args` for str, following CPython 3.11's
//! `PyUnicode_Format` (argument fetching, `%(name)` mapping keys, flags
//! `- + space # 0`, `*` width and precision, every conversion, and the
//! exact error messages). Float conversions use Rust's correctly rounded
//! formatting, which matches CPython's dtoa-based output digit for digit.
//!
//! `bytes % args` (PEP 461) shares the machinery: the format is decoded as
//! latin-1 (one char per byte), conversions produce latin-1 text only
//! (`%s`/`%b` take bytes-like objects, `%r`/`%a` are ASCII, `%c` takes a
//! byte), and the result is encoded back byte for byte.

use crate::exc::{type_error, value_error, PyResult};
use crate::int::IntRef;
use crate::object::Kind;
use crate::str::{as_str, from_string, is_str};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::Signed;

/// The state of argument fetching (CPython's `unicode_formatter_t`).
struct Args {
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Option<Value>,
    /// Formatting a bytes object (PEP 461 semantics).
    bytes: bool,
}

impl Args {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args);
            }
            return Ok(crate::tuple::items(self.args)[i as usize]);
        }
        Err(type_error("not enough arguments for format string"))
    }
}

#[derive(Default, Clone, Copy)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// `fmt % args` where `fmt` is a str.
pub fn percent_format(fmt: Value, args: Value) -> PyResult<Value> {
    Ok(from_string(format_core(as_str(fmt), args, false)?))
}

/// `fmt % args` where `fmt` holds the bytes of a bytes or bytearray.
pub fn percent_format_bytes(fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = format_core(&text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn format_core(f: &str, args: Value, bytes: bool) -> PyResult<String> {
    let is_tuple = args.kind() == Kind::Tuple;
    let mut st = Args {
        args,
        arglen: if is_tuple {
            crate::tuple::items(args).len() as i64
        } else {
            -1
        },
        argidx: if is_tuple { 0 } else { -2 },
        dict: None,
        bytes,
    };
    if !is_tuple
        && !is_str(args)
        && !matches!(args.kind(), Kind::Bytes | Kind::ByteArray)
        && is_mapping(args)
    {
        st.dict = Some(args);
    }
    let chars: Vec<(usize, char)> = f.char_indices().collect();
    let mut out = String::with_capacity(f.len() + 16);
    let mut i = 0;
    let n = chars.len();
    while i < n {
        // Copy literal text up to the next '%'.
        let start = chars[i].0;
        while i < n && chars[i].1 != '%' {
            i += 1;
        }
        let end = if i < n { chars[i].0 } else { f.len() };
        out.push_str(&f[start..end]);
        if i >= n {
            break;
        }
        i += 1; // skip '%'
        if i < n && chars[i].1 == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        i = one_conversion(&chars, i, &mut st, &mut out)?;
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        return Err(type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// CPython's `PyMapping_Check`: does the type support `x[key]`?
fn is_mapping(v: Value) -> bool {
    let t = v.ty();
    if !t.heap {
        return t.slots.getitem.is_some();
    }
    crate::typeobj::lookup(t, crate::str::intern_static("__getitem__")).is_some()
        || crate::class::solid_base(t).slots.getitem.is_some()
}

/// A `*` width or precision argument.
fn star_arg(st: &mut Args) -> PyResult<i64> {
    let v = st.next()?;
    if !crate::int::is_int(v) {
        return Err(type_error("* wants int"));
    }
    crate::int::as_i64(v)
        .ok_or_else(|| crate::exc::overflow_error("Python int too large to convert to C ssize_t"))
}

/// Parse and emit one conversion starting just after its '%'; returns the
/// index after it.
fn one_conversion(
    chars: &[(usize, char)],
    mut i: usize,
    st: &mut Args,
    out: &mut String,
) -> PyResult<usize> {
    let n = chars.len();
    // %(key)
    if i < n && chars[i].1 == '(' {
        let Some(dict) = st.dict else {
            return Err(type_error("format requires a mapping"));
        };
        i += 1;
        let kstart = i;
        let mut depth = 1;
        while i < n {
            match chars[i].1 {
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                '(' => depth += 1,
                _ => {}
            }
            i += 1;
        }
        if depth > 0 || i >= n {
            return Err(value_error("incomplete format key"));
        }
        let key: String = chars[kstart..i].iter().map(|c| c.1).collect();
        i += 1;
        let key = if st.bytes {
            crate::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
        } else {
            crate::str::from_string(key)
        };
        let v = crate::ops::getitem(dict, key)?;
        st.args = v;
        st.arglen = -1;
        st.argidx = -2;
    }
    // Flags.
    let mut fl = Flags::default();
    while i < n {
        match chars[i].1 {
            '-' => fl.ljust = true,
            '+' => fl.sign = true,
            ' ' => fl.blank = true,
            '#' => fl.alt = true,
            '0' => fl.zero = true,
            _ => break,
        }
        i += 1;
    }
    // Width.
    let mut width: i64 = -1;
    if i < n && chars[i].1 == '*' {
        width = star_arg(st)?;
        if width < 0 {
            fl.ljust = true;
            width = width.checked_neg().unwrap_or(i64::MAX);
        }
        i += 1;
    } else {
        while i < n && chars[i].1.is_ascii_digit() {
            let d = chars[i].1 as i64 - '0' as i64;
            width = if width < 0 {
                d
            } else {
                width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d))
                    .ok_or_else(|| value_error("width too big"))?
            };
            i += 1;
        }
    }
    // Precision.
    let mut prec: i64 = -1;
    if i < n && chars[i].1 == '.' {
        i += 1;
        prec = 0;
        if i < n && chars[i].1 == '*' {
            prec = star_arg(st)?;
            if prec > i32::MAX as i64 {
                return Err(crate::exc::overflow_error(
                    "Python int too large to convert to C int",
                ));
            }
            if prec < 0 {
                prec = 0;
            }
            i += 1;
        } else {
            while i < n && chars[i].1.is_ascii_digit() {
                let d = chars[i].1 as i64 - '0' as i64;
                prec = prec * 10 + d;
                if prec > i32::MAX as i64 {
                    return Err(value_error("precision too big"));
                }
                i += 1;
            }
        }
    }
    // Length modifiers are accepted and ignored.
    while i < n && matches!(chars[i].1, 'h' | 'l' | 'L') {
        i += 1;
    }
    if i >= n {
        return Err(value_error("incomplete format"));
    }
    // Refuse padding that cannot be allocated rather than abort.
    if width > (1 << 34) || prec > (1 << 34) {
        return Err(crate::exc::raise_empty(&crate::exc::MEMORY_ERROR));
    }
    let conv = chars[i].1;
    let conv_index = i;
    i += 1;
    let v = st.next()?;
    let width = width.max(0) as usize;
    match conv {
        's' | 'b' if st.bytes => {
            let b = bytes_arg(v)?;
            let mut text: String = b.iter().map(|&c| c as char).collect();
            if prec >= 0 {
                if let Some((b, _)) = text.char_indices().nth(prec as usize) {
                    text.truncate(b);
                }
            }
            pad_plain(out, &text, width, fl.ljust);
        }
        'r' | 'a' if st.bytes => {
            let s = crate::builtins::ascii(v)?;
            let mut text = as_str(s);
            if prec >= 0 {
                if let Some((b, _)) = text.char_indices().nth(prec as usize) {
                    text = &text[..b];
                }
            }
            pad_plain(out, text, width, fl.ljust);
        }
        'c' if st.bytes => {
            let c = byte_arg(v)?;
            pad_plain(out, &(c as char).to_string(), width, fl.ljust);
        }
        's' | 'r' | 'a' => {
            let s = match conv {
                's' => crate::ops::str(v)?,
                'r' => crate::ops::repr(v)?,
                _ => crate::builtins::ascii(v)?,
            };
            let mut text = as_str(s);
            if prec >= 0 {
                let p = prec as usize;
                if let Some((b, _)) = text.char_indices().nth(p) {
                    text = &text[..b];
                }
            }
            pad_plain(out, text, width, fl.ljust);
        }
        'c' => {
            let c = char_arg(v)?;
            pad_plain(out, &c, width, fl.ljust);
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let big = int_arg(v, conv)?;
            let neg = big.is_negative();
            let radix = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut digits = if radix == 10 {
                crate::int_methods::big_to_decimal(&big.abs())?
            } else {
                big.abs().to_str_radix(radix)
            };
            if conv == 'X' {
                digits.make_ascii_uppercase();
            }
            if prec >= 0 && digits.len() < prec as usize {
                digits = "0".repeat(prec as usize - digits.len()) + &digits;
            }
            let prefix = if fl.alt {
                match conv {
                    'o' => "0o",
                    'x' => "0x",
                    'X' => "0X",
                    _ => "",
                }
            } else {
                ""
            };
            pad_number(out, neg, prefix, &digits, width, fl);
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = crate::float::as_f64(v)?;
            let p = if prec < 0 { 6 } else { prec as usize };
            let body = format_float(x.abs(), conv, p, fl.alt);
            let neg = x.is_sign_negative() && !x.is_nan();
            pad_number(out, neg, "", &body, width, fl);
        }
        _ => {
            let (ch, code) = if (conv as u32) < 128 {
                (conv, conv as u32)
            } else {
                ('?', conv as u32)
            };
            return Err(value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                ch, code, conv_index
            )));
        }
    }
    Ok(i)
}

fn pad_plain(out: &mut String, text: &str, width: usize, ljust: bool) {
    let len = text.chars().count();
    let pad = width.saturating_sub(len);
    if !ljust {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    out.push_str(text);
    if ljust {
        out.extend(std::iter::repeat_n(' ', pad));
    }
}

/// Emit a number: sign, prefix and digits padded to `width` as CPython's
/// `unicode_format_arg_output` does.
fn pad_number(out: &mut String, neg: bool, prefix: &str, digits: &str, width: usize, fl: Flags) {
    let sign = if neg {
        "-"
    } else if fl.sign {
        "+"
    } else if fl.blank {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + digits.len();
    let pad = width.saturating_sub(len);
    if fl.ljust {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(digits);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if fl.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(digits);
    }
}

/// The bytes for `%s`/`%b` in bytes formatting: a bytes-like object or
/// the result of `__bytes__`.
fn bytes_arg(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::bytes::bytes_like(v) {
        return Ok(b.to_vec());
    }
    if v.kind() == Kind::Instance || v.ty().heap {
        if let Some(r) = crate::int::call_dunder(v, "__bytes__")? {
            if let Some(b) = crate::bytes::bytes_like(r) {
                return Ok(b.to_vec());
            }
            return Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.ty().name()
            )));
        }
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        v.ty().name()
    )))
}

/// The byte for `%c` in bytes formatting: an int in range(256) or a
/// bytes/bytearray of length 1.
fn byte_arg(v: Value) -> PyResult<u8> {
    if crate::int::is_int(v) {
        return match crate::int::as_i64(v) {
            Some(i) if (0..256).contains(&i) => Ok(i as u8),
            _ => Err(crate::exc::overflow_error("%c arg not in range(256)")),
        };
    }
    if matches!(v.kind(), Kind::Bytes | Kind::ByteArray) {
        let b = crate::bytes::as_bytes(v);
        if b.len() == 1 {
            return Ok(b[0]);
        }
    }
    Err(type_error(
        "%c requires an integer in range(256) or a single byte",
    ))
}

/// The one-character text `%c` formats (a surrogate code point is kept
/// in pyaot's string encoding, see str_surrogate.rs).
fn char_arg(v: Value) -> PyResult<String> {
    if is_str(v) {
        if crate::str::char_len(v) == 1 {
            return Ok(as_str(v).to_string());
        }
        return Err(type_error("%c requires int or char"));
    }
    if crate::int::is_int(v) {
        return match crate::int::as_i64(v) {
            Some(i) if (0..0x110000).contains(&i) => {
                let mut b = Vec::new();
                crate::str_surrogate::push_cp(&mut b, i as u32);
                Ok(unsafe { String::from_utf8_unchecked(b) })
            }
            _ => Err(crate::exc::overflow_error("%c arg not in range(0x110000)")),
        };
    }
    Err(type_error("%c requires int or char"))
}

/// The integer for `%d %i %u %o %x %X`.
fn int_arg(v: Value, conv: char) -> PyResult<BigInt> {
    if let Some(r) = crate::int::int_ref(v) {
        return Ok(match r {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        });
    }
    let hex = matches!(conv, 'o' | 'x' | 'X');
    let wrong = || {
        if hex {
            type_error(format!(
                "%{conv} format: an integer is required, not {}",
                v.ty().name()
            ))
        } else {
            type_error(format!(
                "%{conv} format: a real number is required, not {}",
                v.ty().name()
            ))
        }
    };
    match v.kind() {
        Kind::Float => {
            if hex {
                return Err(wrong());
            }
            let r = crate::float::float_to_int(crate::float::float_val(v))?;
            Ok(crate::int::to_bigint(r).unwrap_or_default())
        }
        Kind::Instance => {
            let names: &[&str] = if hex {
                &["__index__"]
            } else {
                &["__index__", "__int__", "__trunc__"]
            };
            for name in names {
                if let Some(r) = crate::int::call_dunder(v, name)? {
                    if let Some(b) = crate::int::to_bigint(r) {
                        return Ok(b);
                    }
                    return Err(type_error(format!(
                        "{name} returned non-int (type {})",
                        r.ty().name()
                    )));
                }
            }
            if !hex {
                if let Some(r) = crate::int::call_dunder(v, "__float__")? {
                    if r.kind() == Kind::Float {
                        let r = crate::float::float_to_int(crate::float::float_val(r))?;
                        return Ok(crate::int::to_bigint(r).unwrap_or_default());
                    }
                }
            }
            Err(wrong())
        }
        _ => Err(wrong()),
    }
}

/// `x` (non-negative, or NaN) formatted by conversion `e E f F g G` with
/// precision `prec`, as C's printf does (and CPython's
/// `PyOS_double_to_string`); no sign.
pub fn format_float(x: f64, conv: char, prec: usize, alt: bool) -> String {
    let upper = conv.is_ascii_uppercase();
    let s = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        match conv.to_ascii_lowercase() {
            'f' => {
                let mut s = format!("{:.*}", prec, x);
                if alt && prec == 0 {
                    s.push('.');
                }
                s
            }
            'e' => sci(x, prec, alt),
            _ => {
                let p = prec.max(1);
                let e = sci(x, p - 1, false);
                let exp: i64 = e
                    .rsplit('e')
                    .next()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(0);
                let mut s = if exp >= -4 && exp < p as i64 {
                    format!("{:.*}", (p as i64 - 1 - exp).max(0) as usize, x)
                } else {
                    sci(x, p - 1, false)
                };
                if alt {
                    // Keep trailing zeros; ensure a decimal point.
                    if !s.contains('.') {
                        match s.find('e') {
                            Some(k) => s.insert(k, '.'),
                            None => s.push('.'),
                        }
                    }
                } else {
                    s = strip_zeros(&s);
                }
                s
            }
        }
    };
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

/// Scientific notation with `prec` digits after the point and an exponent
/// of at least two digits (`1.500000e+03`).
fn sci(x: f64, prec: usize, alt: bool) -> String {
    let r = format!("{:.*e}", prec, x);
    let (mant, exp) = match r.split_once('e') {
        Some(p) => p,
        None => (r.as_str(), "0"),
    };
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut m = mant.to_string();
    if alt && prec == 0 {
        m.push('.');
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{m}e{sign}{:02}", exp.abs())
}

/// Remove trailing zeros (and a trailing point) from the mantissa.
fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find('e') {
        Some(k) => (&s[..k], &s[k..]),
        None => (s, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    format!("{mant}{exp}")
}
