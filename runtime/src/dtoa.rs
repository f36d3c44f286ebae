//! Float <-> text conversions with CPython's exact results.
//!
//! Output: `double_to_string` is a port of CPython's `format_float_short`
//! (Python/pystrtod.c). The decimal digits themselves come from Rust's
//! float formatting, which is correctly rounded (shortest round-trip for
//! `{:e}`, exact round-half-even for a given precision), so the digit
//! strings are the same as those of David Gay's `dtoa` modes 0, 2 and 3
//! that CPython uses; the layout (fixed or exponent, padding, `.0`) follows
//! CPython line by line.
//!
//! Input: `parse_float` accepts exactly the strings `float()` accepts
//! (surrounding whitespace, sign, digits with single underscores between
//! them, `inf`/`infinity`/`nan` in any case) and is correctly rounded.

/// Flags of `double_to_string` (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Default)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Write `.0` after an integral value in fixed notation (repr).
    pub add_dot_0: bool,
    /// The alternate form (`#`): keep the decimal point and, for `g`,
    /// trailing zeros.
    pub alt: bool,
    /// The `z` option: a value that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
}

/// The decimal digits of a finite, non-negative `x` and the position of
/// the decimal point: `x ~= 0.d1d2d3... * 10**decpt`. Trailing zeros are
/// removed; the digit string may be empty (fixed mode, value rounds to 0).
enum Mode {
    /// Shortest string that round-trips (dtoa mode 0).
    Shortest,
    /// `n` significant digits (dtoa mode 2), n >= 1.
    Sig(usize),
    /// `n` digits after the decimal point (dtoa mode 3).
    Fixed(usize),
}

fn digits_of(x: f64, mode: Mode) -> (Vec<u8>, i64) {
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    match mode {
        Mode::Shortest | Mode::Sig(_) => {
            let s = match mode {
                Mode::Shortest => format!("{:e}", x),
                Mode::Sig(n) => format!("{:.*e}", n.saturating_sub(1), x),
                Mode::Fixed(_) => unreachable!(),
            };
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
            while d.len() > 1 && d.last() == Some(&b'0') {
                d.pop();
            }
            if matches!(mode, Mode::Shortest) && d.len() >= 16 {
                // Two shortest strings can be equally close to `x` (x is
                // halfway between them); Rust picks the upper one, Gay's
                // dtoa the correctly rounded one (round-half-even), which
                // is the answer whenever it reads back as `x`.
                let even = format!("{:.*e}", d.len() - 1, x);
                if even.parse::<f64>() == Ok(x) {
                    let (m2, e2) = even.split_once('e').unwrap_or((&even, "0"));
                    let mut d2: Vec<u8> = m2.bytes().filter(|c| c.is_ascii_digit()).collect();
                    while d2.len() > 1 && d2.last() == Some(&b'0') {
                        d2.pop();
                    }
                    return (d2, e2.parse::<i64>().unwrap_or(0) + 1);
                }
            }
            (d, exp + 1)
        }
        Mode::Fixed(n) => {
            let s = format!("{:.*}", n, x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let mut all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|c| **c == b'0').count();
            all.drain(..lead);
            let decpt = ip.len() as i64 - lead as i64;
            while all.last() == Some(&b'0') {
                all.pop();
            }
            if all.is_empty() {
                return (Vec::new(), -(n as i64));
            }
            (all, decpt)
        }
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)` for codes
/// `e E f F g G r` (`%` and `n` are mapped by the caller).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    let neg = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        if neg {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let s = if x.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&s.to_ascii_uppercase());
        } else {
            out.push_str(s);
        }
        return out;
    }
    let ax = x.abs();
    let mut precision = precision as i64;
    let (digits, mut decpt) = match code {
        'e' => {
            precision += 1;
            digits_of(ax, Mode::Sig(precision as usize))
        }
        'f' => digits_of(ax, Mode::Fixed(precision as usize)),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            digits_of(ax, Mode::Sig(precision as usize))
        }
        _ => {
            precision = 17;
            digits_of(ax, Mode::Shortest)
        }
    };
    let digits_len = digits.len() as i64;
    let mut sign = neg;
    if flags.no_neg_0 && sign && (digits.is_empty() || (digits_len == 1 && digits[0] == b'0')) {
        sign = false;
    }
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let lim = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > lim {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let dstr = |a: i64, b: i64| -> &str {
        let a = a.clamp(0, digits_len) as usize;
        let b = b.clamp(0, digits_len) as usize;
        std::str::from_utf8(&digits[a..b.max(a)]).unwrap_or("")
    };
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the decimal point included.
    if 0 < decpt && decpt <= digits_len {
        out.push_str(dstr(0, decpt));
        out.push('.');
        out.push_str(dstr(decpt, digits_len));
    } else {
        out.push_str(dstr(0, digits_len));
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    // Delete a trailing decimal point unless using the alternate form.
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        if exp < 0 {
            out.push('-');
        } else {
            out.push('+');
        }
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` for a float.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..Default::default()
        },
    )
}

/// Parse a float literal as `float(str)` does; `None` if malformed.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    // Only a body starting with a letter can be inf/nan (no allocation
    // on the common path).
    let v = if body
        .as_bytes()
        .first()
        .is_some_and(|c| c.is_ascii_alphabetic())
    {
        match body.to_ascii_lowercase().as_str() {
            "inf" | "infinity" => f64::INFINITY,
            "nan" => f64::NAN,
            _ => return None,
        }
    } else {
        let clean = strip_underscores(body)?;
        if !valid_decimal(&clean) {
            return None;
        }
        clean.parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// Remove underscores that sit between two digits; `None` if any other
/// underscore is present.
pub fn strip_underscores(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if !s.contains('_') {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_ok = i > 0 && b[i - 1].is_ascii_digit();
            let next_ok = i + 1 < b.len() && b[i + 1].is_ascii_digit();
            if !prev_ok || !next_ok {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// `digits [. digits] [e [sign] digits]` with at least one digit in the
/// mantissa (ASCII only).
fn valid_decimal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut nd = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        nd += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let st = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == st {
            return false;
        }
    }
    i == b.len()
}
