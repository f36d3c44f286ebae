//! The format-spec mini-language (`format(v, spec)`, f-strings,
//! `str.format`) for int, bool, float, complex and str: a port of
//! CPython's Python/formatter_unicode.c, including its error messages,
//! `=` alignment with zero padding that is itself grouped
//! (`format(1, '=010,')` is `'00,000,001'`), grouping by 4 for `_` with
//! `b o x X`, the `z` option and the `%` type.
//!
//! `format` is the generic entry point (user classes' `__format__` first);
//! `format_builtin` formats by the value's layout and is what the builtin
//! types' `__format__` methods call.

use crate::dtoa::{double_to_string, DtoaFlags};
use crate::exc::{type_error, value_error, PyResult};
use crate::int::{int_ref, IntRef};
use crate::object::Kind;
use crate::value::Value;

/// `repr(f)` for a float (shortest round-trip, CPython's layout).
pub fn format_float_repr(f: f64) -> String {
    crate::dtoa::float_repr(f)
}

/// `format(v, spec)`.
pub fn format(v: Value, spec: &str) -> PyResult<Value> {
    let t = v.ty();
    if t.heap {
        // A user-defined __format__ (on the class or a base) wins.
        if let Some(m) = crate::typeobj::lookup(t, crate::str::new_str("__format__")) {
            if m.kind() == Kind::Function {
                let r = crate::func::call_with_self(
                    m,
                    v,
                    &[crate::str::new_str(spec)],
                    crate::object::Kw::NONE,
                )?;
                if !crate::str::is_str(r) {
                    return Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        r.ty().name()
                    )));
                }
                return Ok(r);
            }
        }
    }
    format_builtin(v, spec)
}

/// Format by the value's builtin layout (`int.__format__`, ...).
pub fn format_builtin(v: Value, spec: &str) -> PyResult<Value> {
    let k = v.kind();
    if spec.is_empty() {
        if k == Kind::Str && !v.ty().heap {
            return Ok(v);
        }
        return crate::ops::str(v);
    }
    let tname = v.ty().name();
    let s = match k {
        Kind::Int | Kind::Bool => {
            let spec = parse_spec(spec, 'd', '>', tname)?;
            match int_ref(v) {
                Some(r) => format_int(r, &spec, tname)?,
                None => return Err(type_error("expected int")),
            }
        }
        Kind::Float => {
            let spec = parse_spec(spec, '\0', '>', tname)?;
            format_float(crate::float::float_val(v), &spec, tname)?
        }
        Kind::Complex => {
            let spec = parse_spec(spec, '\0', '>', tname)?;
            let (re, im) = crate::complex::parts(v);
            format_complex(re, im, &spec, tname)?
        }
        Kind::Str => {
            let spec = parse_spec(spec, 's', '<', tname)?;
            format_str(crate::str::as_str(v), &spec, tname)?
        }
        _ => {
            return Err(type_error(format!(
                "unsupported format string passed to {tname}.__format__"
            )));
        }
    };
    Ok(crate::str::from_string(s))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grouping {
    None,
    Comma,
    Underscore,
    UnderFour,
}

/// A parsed format spec.
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub align: char,
    pub sign: char,
    pub no_neg_0: bool,
    pub alt: bool,
    /// -1 when not given.
    pub width: i64,
    pub grouping: Grouping,
    /// -1 when not given.
    pub precision: i64,
    /// '\0' when not given.
    pub ty: char,
}

fn get_integer(c: &[char], pos: &mut usize) -> PyResult<Option<i64>> {
    let start = *pos;
    let mut acc: i64 = 0;
    while *pos < c.len() {
        let Some(d) = c[*pos].to_digit(10) else { break };
        acc = match acc.checked_mul(10).and_then(|x| x.checked_add(d as i64)) {
            Some(x) => x,
            None => return Err(value_error("Too many decimal digits in format string")),
        };
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Parse `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
pub fn parse_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    tname: &str,
) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut f = Spec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alt: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(c[1]) {
        f.align = c[1];
        f.fill = c[0];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(c[0]) {
        f.align = c[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(c[pos], ' ' | '+' | '-') {
        f.sign = c[pos];
        pos += 1;
    }
    if pos < end && c[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && c[pos] == '#' {
        f.alt = true;
        pos += 1;
    }
    if !fill_specified && pos < end && c[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    if let Some(w) = get_integer(&c, &mut pos)? {
        f.width = w;
    }
    if pos < end && c[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && c[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && c[pos] == ',' {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if pos < end && c[pos] == '.' {
        pos += 1;
        match get_integer(&c, &mut pos)? {
            Some(p) => f.precision = p,
            None => return Err(value_error("Format specifier missing precision")),
        }
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        )));
    }
    if end - pos == 1 {
        f.ty = c[pos];
    }
    if f.grouping != Grouping::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderFour
            }
            t => {
                let g = if f.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return Err(value_error(if (t as u32) > 32 && (t as u32) < 128 {
                    format!("Cannot specify '{g}' with '{t}'.")
                } else {
                    format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32)
                }));
            }
        }
    }
    Ok(f)
}

fn unknown_code(t: char, tname: &str) -> crate::exc::PyErr {
    if (t as u32) > 32 && (t as u32) < 128 {
        value_error(format!(
            "Unknown format code '{t}' for object of type '{tname}'"
        ))
    } else {
        value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{tname}'",
            t as u32
        ))
    }
}

/// Insert thousands separators into `digits`, zero-padding on the left
/// up to `min_width` (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, group: i64, sep: &str) -> String {
    let d = digits.as_bytes();
    let sep_len = sep.chars().count() as i64;
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as i64;
    let mut pos = d.len();
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let mut broken = false;
    let mut piece = |n_zeros: i64, n_chars: i64, use_sep: bool, pos: &mut usize| {
        let mut s = String::new();
        for _ in 0..n_zeros {
            s.push('0');
        }
        let n = n_chars as usize;
        s.push_str(std::str::from_utf8(&d[*pos - n..*pos]).unwrap_or(""));
        *pos -= n;
        if use_sep {
            s.push_str(sep);
        }
        pieces.push(s);
    };
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            piece(n_zeros, n_chars, use_sep, &mut pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        piece(n_zeros, n_chars, use_sep, &mut pos);
    }
    pieces.reverse();
    pieces.concat()
}

fn grouping_params(g: Grouping) -> (i64, &'static str) {
    match g {
        Grouping::None => (0, ""),
        Grouping::Comma => (3, ","),
        Grouping::Underscore => (3, "_"),
        Grouping::UnderFour => (4, "_"),
    }
}

/// Lay out a number: `<lpad><sign><prefix><spad><grouped digits>
/// <decimal><remainder><rpad>` (CPython's calc_number_widths +
/// fill_number). `number` is the unsigned text: integer digits, then an
/// optional '.', then the rest (or, for 'c', only `remainder`).
fn layout_number(
    spec: &Spec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    grouping: Grouping,
) -> String {
    let sign: Option<char> = match spec.sign {
        '+' => Some(if negative { '-' } else { '+' }),
        ' ' => Some(if negative { '-' } else { ' ' }),
        _ => {
            if negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_decimal = has_decimal as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width - n_non_digit
    } else {
        0
    };
    let (group, sep) = grouping_params(grouping);
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, group, sep)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = spec.width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    pad(&mut out, rpad);
    out
}

/// Format an int with a parsed spec.
pub fn format_int(r: IntRef, spec: &Spec, tname: &str) -> PyResult<String> {
    match spec.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::int::int_to_f64(r)?;
            return format_float(f, spec, tname);
        }
        t => return Err(unknown_code(t, tname)),
    }
    if spec.precision != -1 {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.ty == 'c' {
        if spec.sign != '\0' {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alt {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match r {
            IntRef::Small(i) => i,
            IntRef::Big(_) => {
                return Err(crate::exc::overflow_error(
                    "Python int too large to convert to C long",
                ))
            }
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(crate::exc::overflow_error("%c arg not in range(0x110000)"));
        }
        // A surrogate code point is kept (see str_surrogate.rs).
        let mut b = Vec::new();
        crate::str_surrogate::push_cp(&mut b, x as u32);
        let s = unsafe { String::from_utf8_unchecked(b) };
        return Ok(layout_number(
            spec,
            false,
            "",
            "",
            false,
            &s,
            Grouping::None,
        ));
    }
    let base = match spec.ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let negative = r.is_negative();
    let mut digits = if base == 10 {
        let s = match r {
            IntRef::Small(i) => i.unsigned_abs().to_string(),
            IntRef::Big(b) => {
                let s = crate::int_methods::big_to_decimal(b)?;
                s.trim_start_matches('-').to_string()
            }
        };
        s
    } else {
        let s = crate::int_methods::int_to_base(r, base, false);
        s.trim_start_matches('-').to_string()
    };
    let mut prefix = String::new();
    if spec.alt {
        prefix.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    if spec.ty == 'X' {
        digits = digits.to_ascii_uppercase();
        prefix = prefix.to_ascii_uppercase();
    }
    let grouping = if spec.ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    Ok(layout_number(
        spec, negative, &prefix, &digits, false, "", grouping,
    ))
}

/// Split the unsigned text of a formatted float into (integer digits,
/// has decimal point, remainder after the point).
fn split_number(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(|c| c.is_ascii_digit()).count();
    let (d, rest) = s.split_at(n);
    if let Some(r) = rest.strip_prefix('.') {
        (d, true, r)
    } else {
        (d, false, rest)
    }
}

/// Format a float with a parsed spec.
pub fn format_float(x: f64, spec: &Spec, tname: &str) -> PyResult<String> {
    match spec.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {}
        t => return Err(unknown_code(t, tname)),
    }
    let mut ty = spec.ty;
    let mut flags = DtoaFlags {
        alt: spec.alt,
        no_neg_0: spec.no_neg_0,
        ..Default::default()
    };
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = if spec.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        spec.precision
    };
    if precision > i32::MAX as i64 {
        return Err(value_error("precision too big"));
    }
    let mut buf = double_to_string(val, ty, precision as usize, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    if spec.sign != '+'
        && spec.sign != ' '
        && spec.width == -1
        && spec.ty != 'n'
        && spec.grouping == Grouping::None
    {
        return Ok(buf);
    }
    let (digits, has_dec, rem) = split_number(body);
    let grouping = if spec.ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    Ok(layout_number(
        spec, negative, "", digits, has_dec, rem, grouping,
    ))
}

/// Format a complex number with a parsed spec.
pub fn format_complex(re: f64, im: f64, spec: &Spec, tname: &str) -> PyResult<String> {
    match spec.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' => {}
        t => return Err(unknown_code(t, tname)),
    }
    if spec.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut ty = spec.ty;
    let flags = DtoaFlags {
        alt: spec.alt,
        no_neg_0: spec.no_neg_0,
        ..Default::default()
    };
    let mut default_precision = 6;
    let mut skip_re = false;
    let mut add_parens = false;
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = if spec.precision < 0 {
        default_precision
    } else {
        if ty == 'r' {
            ty = 'g';
        }
        spec.precision
    };
    let re_buf = double_to_string(re, ty, precision as usize, flags);
    let im_buf = double_to_string(im, ty, precision as usize, flags);
    let grouping = if spec.ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    let mut tmp = spec.clone();
    tmp.fill = ' ';
    tmp.align = '<';
    tmp.width = -1;
    let part = |buf: &str, tmp: &Spec| {
        let (neg, body) = match buf.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, buf),
        };
        let (d, hd, r) = split_number(body);
        layout_number(tmp, neg, "", d, hd, r, grouping)
    };
    let re_s = if skip_re {
        String::new()
    } else {
        part(&re_buf, &tmp)
    };
    if !skip_re {
        tmp.sign = '+';
    }
    let im_s = part(&im_buf, &tmp);
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    body.push_str(&re_s);
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    Ok(pad_text(&body, spec.width, spec.align, spec.fill))
}

/// Pad `s` to `width` characters with `fill` by `align` (`<`, `>`, `^`).
fn pad_text(s: &str, width: i64, align: char, fill: char) -> String {
    let n = s.chars().count() as i64;
    if width <= n {
        return s.to_string();
    }
    let total = width - n;
    let left = match align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(s.len() + total as usize);
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..(total - left) {
        out.push(fill);
    }
    out
}

/// Format a str with a parsed spec.
pub fn format_str(s: &str, spec: &Spec, tname: &str) -> PyResult<String> {
    if spec.ty != 's' {
        return Err(unknown_code(spec.ty, tname));
    }
    if spec.sign == ' ' {
        return Err(value_error("Space not allowed in string format specifier"));
    }
    if spec.sign != '\0' {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text: &str = if spec.precision >= 0 {
        match s.char_indices().nth(spec.precision as usize) {
            Some((i, _)) => &s[..i],
            None => s,
        }
    } else {
        s
    };
    Ok(pad_text(text, spec.width, spec.align, spec.fill))
}
