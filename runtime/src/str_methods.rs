//! The methods of `str` (the `STR_METHODS` table), with CPython 3.11's
//! argument handling and error messages.
//!
//! Every method checks that `args[0]` really is a str (it may not be when
//! called through the type, as in `str.upper(1)`), then parses its
//! arguments in the style CPython uses for that method, since the arity
//! error messages differ between them (see `ArgStyle`).

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw, MethodTable};
use crate::str::{
    as_str, byte_offset, char_index, char_len, from_string, is_str, new_str, str_opt,
};
use crate::str_unicode as uni;
use crate::value::{bool_, none, Value};

pub static STR_METHODS: MethodTable = &[
    ("capitalize", capitalize),
    ("casefold", casefold),
    ("center", center),
    ("count", count),
    ("encode", encode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("format", crate::str_format::format_method),
    ("format_map", crate::str_format::format_map_method),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdecimal", isdecimal),
    ("isdigit", isdigit),
    ("isidentifier", isidentifier),
    ("islower", islower),
    ("isnumeric", isnumeric),
    ("isprintable", isprintable),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("join", join),
    ("ljust", ljust),
    ("lower", lower),
    ("lstrip", lstrip),
    ("maketrans", maketrans),
    ("partition", partition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rjust", rjust),
    ("rpartition", rpartition),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("splitlines", splitlines),
    ("startswith", startswith),
    ("strip", strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", zfill),
    ("__getnewargs__", getnewargs),
    ("__format__", dunder_format),
    ("__len__", dunder_len),
];

// ---------------------------------------------------------------------
// Argument handling.

/// How a method reports arity errors (CPython uses several conventions).
#[derive(Clone, Copy)]
enum ArgStyle {
    /// METH_NOARGS: "str.lower() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic: "center expected at least 1 argument, got 0".
    Clinic(usize, usize),
    /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
    Old(usize, usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Check `args[0]` is a str; the error CPython gives for `str.m(x)`.
pub(crate) fn check_self(name: &str, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        None => Err(type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
        Some(v) if is_str(*v) => Ok(*v),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
    }
}

/// Validate a positional-only call; returns self's text.
fn parse(name: &str, args: &[Value], kw: Kw, style: ArgStyle) -> PyResult<&'static str> {
    let this = check_self(name, args)?;
    let n = args.len() - 1;
    match style {
        ArgStyle::NoArgs => {
            if !kw.is_empty() {
                return Err(type_error(format!(
                    "str.{name}() takes no keyword arguments"
                )));
            }
            if n != 0 {
                return Err(type_error(format!(
                    "str.{name}() takes no arguments ({n} given)"
                )));
            }
        }
        ArgStyle::One => {
            if !kw.is_empty() {
                return Err(type_error(format!(
                    "str.{name}() takes no keyword arguments"
                )));
            }
            if n != 1 {
                return Err(type_error(format!(
                    "str.{name}() takes exactly one argument ({n} given)"
                )));
            }
        }
        ArgStyle::Clinic(min, max) => {
            if !kw.is_empty() {
                return Err(type_error(format!(
                    "str.{name}() takes no keyword arguments"
                )));
            }
            if n < min {
                return Err(type_error(format!(
                    "{name} expected at least {min} argument{}, got {n}",
                    plural(min)
                )));
            }
            if n > max {
                return Err(type_error(format!(
                    "{name} expected at most {max} argument{}, got {n}",
                    plural(max)
                )));
            }
        }
        ArgStyle::Old(min, max) => {
            if !kw.is_empty() {
                return Err(type_error(format!("{name}() takes no keyword arguments")));
            }
            if n < min {
                return Err(type_error(format!(
                    "{name}() takes at least {min} argument{} ({n} given)",
                    plural(min)
                )));
            }
            if n > max {
                return Err(type_error(format!(
                    "{name}() takes at most {max} argument{} ({n} given)",
                    plural(max)
                )));
            }
        }
    }
    Ok(as_str(this))
}

/// Bind positional-or-keyword parameters `names` (all optional).
fn parse_kw(
    name: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
) -> PyResult<(&'static str, Vec<Option<Value>>)> {
    let this = check_self(name, args)?;
    let pos = &args[1..];
    if pos.len() + kw.len() > names.len() && pos.len() > names.len() {
        return Err(type_error(format!(
            "{name}() takes at most {} argument{} ({} given)",
            names.len(),
            plural(names.len()),
            pos.len() + kw.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (k, v) in kw.iter() {
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok((as_str(this), out))
}

/// `operator.index(v)` as i64 with CPython's errors for size arguments.
pub(crate) fn as_index(v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(v.small());
    }
    match v.kind() {
        Kind::Int | Kind::Bool => crate::int::as_i64(v).ok_or_else(|| {
            crate::exc::overflow_error("Python int too large to convert to C ssize_t")
        }),
        Kind::Instance => {
            if let Some(m) = crate::ops::getattr_opt(v, crate::str::intern("__index__"))? {
                let r = crate::func::call(m, &[], Kw::NONE)?;
                if matches!(r.kind(), Kind::Int | Kind::Bool) {
                    return as_index(r);
                }
                return Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.ty().name()
                )));
            }
            Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.ty().name()
            )))
        }
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.ty().name()
        ))),
    }
}

/// A slice bound argument (None or an index).
fn slice_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            if v.is_small() {
                return Ok(Some(v.small()));
            }
            match v.kind() {
                Kind::Int | Kind::Bool => Ok(Some(crate::int::as_i64(*v).unwrap_or_else(|| {
                    if crate::ops::lt(*v, Value::from_small(0)).unwrap_or(false) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }))),
                Kind::Instance => match as_index(*v) {
                    Ok(i) => Ok(Some(i)),
                    Err(e) => Err(e),
                },
                _ => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        }
    }
}

/// CPython's ADJUST_INDICES: (start, end) in code points; `end` is
/// clamped to `len`, `start` may exceed it.
fn adjust(start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(i64, i64)> {
    let len = len as i64;
    let mut s = slice_bound(start)?.unwrap_or(0);
    let mut e = slice_bound(end)?.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e += len;
        if e < 0 {
            e = 0;
        }
    }
    if s < 0 {
        s += len;
        if s < 0 {
            s = 0;
        }
    }
    Ok((s, e))
}

/// The text of the code point range `start..end` plus its char offset, or
/// None when the range is empty-and-invalid (`start > end`).
fn window(this: Value, s: i64, e: i64) -> Option<(&'static str, usize)> {
    if s > e {
        return None;
    }
    let (s, e) = (s as usize, e as usize);
    let text = as_str(this);
    let bs = byte_offset(this, s);
    let be = byte_offset(this, e);
    Some((&text[bs..be], s))
}

/// A required str argument: "must be str, not int".
fn need_str(v: Value) -> PyResult<&'static str> {
    str_opt(v).ok_or_else(|| type_error(format!("must be str, not {}", v.ty().name())))
}

// ---------------------------------------------------------------------
// Case.

fn lower_string(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        uni::push_lower(&chars, i, &mut out);
    }
    out
}

pub(crate) fn upper_string(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uni::push_upper(c, &mut out);
    }
    out
}

fn lower(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("lower", args, kw, ArgStyle::NoArgs)?;
    Ok(from_string(lower_string(s)))
}

fn upper(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("upper", args, kw, ArgStyle::NoArgs)?;
    Ok(from_string(upper_string(s)))
}

fn casefold(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("casefold", args, kw, ArgStyle::NoArgs)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        uni::push_casefold(c, &mut out);
    }
    Ok(from_string(out))
}

fn capitalize(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("capitalize", args, kw, ArgStyle::NoArgs)?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            uni::push_title(chars[0], &mut out);
        } else {
            uni::push_lower(&chars, i, &mut out);
        }
    }
    Ok(from_string(out))
}

fn swapcase(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("swapcase", args, kw, ArgStyle::NoArgs)?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if uni::is_upper(c) {
            uni::push_lower(&chars, i, &mut out);
        } else if uni::is_lower(c) {
            uni::push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(from_string(out))
}

fn title(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("title", args, kw, ArgStyle::NoArgs)?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            uni::push_lower(&chars, i, &mut out);
        } else {
            uni::push_title(c, &mut out);
        }
        prev_cased = uni::is_cased(c);
    }
    Ok(from_string(out))
}

// ---------------------------------------------------------------------
// Predicates.

fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isalnum(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(all_chars(
        parse("isalnum", args, kw, ArgStyle::NoArgs)?,
        uni::is_alnum,
    )))
}
fn isalpha(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(all_chars(
        parse("isalpha", args, kw, ArgStyle::NoArgs)?,
        uni::is_alpha,
    )))
}
fn isascii(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(
        parse("isascii", args, kw, ArgStyle::NoArgs)?.is_ascii(),
    ))
}
fn isdecimal(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(all_chars(
        parse("isdecimal", args, kw, ArgStyle::NoArgs)?,
        uni::is_decimal,
    )))
}
fn isdigit(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(all_chars(
        parse("isdigit", args, kw, ArgStyle::NoArgs)?,
        uni::is_digit,
    )))
}
fn isnumeric(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(all_chars(
        parse("isnumeric", args, kw, ArgStyle::NoArgs)?,
        uni::is_numeric,
    )))
}
fn isspace(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(all_chars(
        parse("isspace", args, kw, ArgStyle::NoArgs)?,
        uni::is_space,
    )))
}
fn isprintable(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("isprintable", args, kw, ArgStyle::NoArgs)?;
    Ok(bool_(s.chars().all(uni::is_printable)))
}

/// `str.isidentifier()` on a Rust string.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if uni::is_id_start(c) => it.all(uni::is_id_continue),
        _ => false,
    }
}

fn isidentifier(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(bool_(is_identifier(parse(
        "isidentifier",
        args,
        kw,
        ArgStyle::NoArgs,
    )?)))
}

fn islower(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("islower", args, kw, ArgStyle::NoArgs)?;
    let mut cased = false;
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            return Ok(bool_(false));
        }
        if uni::is_lower(c) {
            cased = true;
        }
    }
    Ok(bool_(cased))
}

fn isupper(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("isupper", args, kw, ArgStyle::NoArgs)?;
    let mut cased = false;
    for c in s.chars() {
        if uni::is_lower(c) || uni::is_titlecase(c) {
            return Ok(bool_(false));
        }
        if uni::is_upper(c) {
            cased = true;
        }
    }
    Ok(bool_(cased))
}

fn istitle(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("istitle", args, kw, ArgStyle::NoArgs)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            if prev_cased {
                return Ok(bool_(false));
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(bool_(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_(cased))
}

// ---------------------------------------------------------------------
// Searching.

/// The shared body of find/rfind/index/rindex: the char index or -1.
fn find_impl(name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<i64> {
    parse(name, args, kw, ArgStyle::Old(1, 3))?;
    let this = args[0];
    let sub = need_str(args[1])?;
    let (s, e) = adjust(args.get(2), args.get(3), char_len(this))?;
    let sublen = char_len(args[1]) as i64;
    if e - s < sublen {
        return Ok(-1);
    }
    let Some((w, off)) = window(this, s, e) else {
        return Ok(-1);
    };
    let pos = if rev { w.rfind(sub) } else { w.find(sub) };
    Ok(match pos {
        Some(b) => (off + char_index(w, b)) as i64,
        None => -1,
    })
}

fn find(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::from_small(find_impl("find", args, kw, false)?))
}
fn rfind(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::from_small(find_impl("rfind", args, kw, true)?))
}
fn index(args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl("index", args, kw, false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::from_small(i)),
    }
}
fn rindex(args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl("rindex", args, kw, true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::from_small(i)),
    }
}

fn count(args: &[Value], kw: Kw) -> PyResult<Value> {
    parse("count", args, kw, ArgStyle::Old(1, 3))?;
    let this = args[0];
    let sub = need_str(args[1])?;
    let (s, e) = adjust(args.get(2), args.get(3), char_len(this))?;
    let sublen = char_len(args[1]) as i64;
    if e - s < sublen {
        return Ok(Value::from_small(0));
    }
    let Some((w, _)) = window(this, s, e) else {
        return Ok(Value::from_small(0));
    };
    let n = if sub.is_empty() {
        (e - s + 1) as usize
    } else {
        w.matches(sub).count()
    };
    Ok(Value::from_small(n as i64))
}

/// startswith/endswith.
fn affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    parse(name, args, kw, ArgStyle::Old(1, 3))?;
    let this = args[0];
    let (s, e) = adjust(args.get(2), args.get(3), char_len(this))?;
    let test = |p: Value| -> bool {
        let plen = char_len(p) as i64;
        if e - s < plen || s > e {
            return false;
        }
        let Some((w, _)) = window(this, s, e) else {
            return false;
        };
        let ps = as_str(p);
        if suffix {
            w.ends_with(ps)
        } else {
            w.starts_with(ps)
        }
    };
    let arg = args[1];
    if is_str(arg) {
        return Ok(bool_(test(arg)));
    }
    if arg.kind() == Kind::Tuple {
        for p in crate::tuple::items(arg) {
            if !is_str(*p) {
                return Err(type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    p.ty().name()
                )));
            }
            if test(*p) {
                return Ok(bool_(true));
            }
        }
        return Ok(bool_(false));
    }
    Err(type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        arg.ty().name()
    )))
}

fn startswith(args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("startswith", args, kw, false)
}
fn endswith(args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("endswith", args, kw, true)
}

// ---------------------------------------------------------------------
// Splitting and joining.

fn maxsplit_arg(v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) => as_index(v),
    }
}

fn sep_arg(v: Option<Value>) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match str_opt(v) {
            Some(s) if s.is_empty() => Err(value_error("empty separator")),
            Some(s) => Ok(Some(s)),
            None => Err(type_error(format!(
                "must be str or None, not {}",
                v.ty().name()
            ))),
        },
    }
}

fn str_list(parts: Vec<&str>) -> Value {
    crate::list::new_list(parts.into_iter().map(new_str).collect())
}

/// `s.split()` on whitespace, at most `maxsplit` splits (-1: no limit).
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(uni::is_space);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            return out;
        }
        match rest.find(uni::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(uni::is_space);
                left -= 1;
            }
            None => {
                out.push(rest);
                return out;
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(uni::is_space);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            break;
        }
        match rest.rfind(uni::is_space) {
            Some(i) => {
                let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(&rest[i + c..]);
                rest = rest[..i].trim_end_matches(uni::is_space);
                left -= 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn split(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("split", args, kw, &["sep", "maxsplit"])?;
    let sep = sep_arg(a[0])?;
    let maxsplit = maxsplit_arg(a[1])?;
    let parts = match sep {
        None => split_whitespace(s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep).collect()
            } else {
                s.splitn(
                    (maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize,
                    sep,
                )
                .collect()
            }
        }
    };
    Ok(str_list(parts))
}

fn rsplit(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("rsplit", args, kw, &["sep", "maxsplit"])?;
    let sep = sep_arg(a[0])?;
    let maxsplit = maxsplit_arg(a[1])?;
    let parts = match sep {
        None => rsplit_whitespace(s, maxsplit),
        Some(sep) => {
            let mut v: Vec<&str> = if maxsplit < 0 {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(
                    (maxsplit as u64).saturating_add(1).min(usize::MAX as u64) as usize,
                    sep,
                )
                .collect()
            };
            v.reverse();
            v
        }
    };
    Ok(str_list(parts))
}

fn splitlines(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("splitlines", args, kw, &["keepends"])?;
    let keep = match a[0] {
        None => false,
        Some(v) => {
            if matches!(v.kind(), Kind::Float) {
                return Err(type_error(
                    "'float' object cannot be interpreted as an integer",
                ));
            }
            as_index(v)? != 0
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if uni::is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some((_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(new_str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(crate::list::new_list(out))
}

fn partition_impl(name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    let s = parse(name, args, kw, ArgStyle::One)?;
    let sep = need_str(args[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let pos = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match pos {
        Some(i) => vec![new_str(&s[..i]), args[1], new_str(&s[i + sep.len()..])],
        None if rev => vec![new_str(""), new_str(""), args[0]],
        None => vec![args[0], new_str(""), new_str("")],
    };
    // A subclass instance is returned as a plain str.
    let parts = parts
        .into_iter()
        .map(|p| if p.ty().heap { new_str(as_str(p)) } else { p })
        .collect();
    Ok(crate::tuple::new_tuple(parts))
}

fn partition(args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("partition", args, kw, false)
}
fn rpartition(args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("rpartition", args, kw, true)
}

fn join(args: &[Value], kw: Kw) -> PyResult<Value> {
    let sep = parse("join", args, kw, ArgStyle::One)?;
    let it = args[1];
    let items: Vec<Value> = match it.kind() {
        Kind::List | Kind::Tuple => crate::ops::collect(it)?,
        _ => {
            let t = it.ty();
            if t.slots.iter.is_none() && t.slots.getitem.is_none() && t.kind != Kind::Instance {
                return Err(type_error("can only join an iterable"));
            }
            match crate::ops::collect(it) {
                Ok(v) => v,
                Err(e) => {
                    if crate::exc::pending_is(&crate::exc::TYPE_ERROR)
                        && it.ty().slots.iter.is_none()
                    {
                        crate::exc::take();
                        return Err(type_error("can only join an iterable"));
                    }
                    return Err(e);
                }
            }
        }
    };
    if items.len() == 1 && is_str(items[0]) && !items[0].ty().heap {
        return Ok(items[0]);
    }
    let mut total = 0usize;
    for (i, v) in items.iter().enumerate() {
        match str_opt(*v) {
            Some(x) => total += x.len(),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    v.ty().name()
                )))
            }
        }
    }
    let mut out = String::with_capacity(total + sep.len() * items.len());
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(*v));
    }
    Ok(from_string(out))
}

// ---------------------------------------------------------------------
// Stripping, padding, replacing.

fn strip_impl(name: &str, args: &[Value], kw: Kw, left: bool, right: bool) -> PyResult<Value> {
    let s = parse(name, args, kw, ArgStyle::Clinic(0, 1))?;
    let chars = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match str_opt(*v) {
            Some(c) => Some(c),
            None => return Err(type_error(format!("{name} arg must be None or str"))),
        },
    };
    let r = match chars {
        None => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(uni::is_space);
            }
            if right {
                r = r.trim_end_matches(uni::is_space);
            }
            r
        }
        Some(cs) => {
            let set: Vec<char> = cs.chars().collect();
            let f = |c: char| set.contains(&c);
            let mut r = s;
            if left {
                r = r.trim_start_matches(f);
            }
            if right {
                r = r.trim_end_matches(f);
            }
            r
        }
    };
    if r.len() == s.len() && !args[0].ty().heap {
        return Ok(args[0]);
    }
    Ok(new_str(r))
}

fn strip(args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("strip", args, kw, true, true)
}
fn lstrip(args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("lstrip", args, kw, true, false)
}
fn rstrip(args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("rstrip", args, kw, false, true)
}

/// Width and fill character for center/ljust/rjust.
fn pad_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(&'static str, i64, char)> {
    let s = parse(name, args, kw, ArgStyle::Clinic(1, 2))?;
    let width = as_index(args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(v) => match str_opt(*v) {
            Some(f) if char_len(*v) == 1 => f.chars().next().unwrap_or(' '),
            Some(_) => {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ))
            }
            None => {
                return Err(type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    v.ty().name()
                )))
            }
        },
    };
    Ok((s, width, fill))
}

fn padded(this: Value, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    if left == 0 && right == 0 {
        return Ok(if this.ty().heap { new_str(s) } else { this });
    }
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..right {
        out.push(fill);
    }
    Ok(from_string(out))
}

fn pad_amount(this: Value, width: i64) -> PyResult<usize> {
    let n = char_len(this) as i64;
    let m = if width > n { (width - n) as usize } else { 0 };
    if m > (1usize << 34) {
        return Err(crate::exc::raise_empty(&crate::exc::MEMORY_ERROR));
    }
    Ok(m)
}

fn center(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, width, fill) = pad_args("center", args, kw)?;
    let marg = pad_amount(args[0], width)?;
    let left = marg / 2 + (marg & (width as usize) & 1);
    padded(args[0], s, left, marg - left, fill)
}
fn ljust(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, width, fill) = pad_args("ljust", args, kw)?;
    let m = pad_amount(args[0], width)?;
    padded(args[0], s, 0, m, fill)
}
fn rjust(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, width, fill) = pad_args("rjust", args, kw)?;
    let m = pad_amount(args[0], width)?;
    padded(args[0], s, m, 0, fill)
}

fn zfill(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("zfill", args, kw, ArgStyle::One)?;
    let width = as_index(args[1])?;
    let m = pad_amount(args[0], width)?;
    if m == 0 {
        return Ok(if args[0].ty().heap {
            new_str(s)
        } else {
            args[0]
        });
    }
    let mut out = String::with_capacity(s.len() + m);
    let rest = if s.starts_with('+') || s.starts_with('-') {
        out.push_str(&s[..1]);
        &s[1..]
    } else {
        s
    };
    for _ in 0..m {
        out.push('0');
    }
    out.push_str(rest);
    Ok(from_string(out))
}

fn expandtabs(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("expandtabs", args, kw, &["tabsize"])?;
    let tab = match a[0] {
        None => 8,
        Some(v) => as_index(v)?,
    };
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    for _ in 0..n {
                        out.push(' ');
                    }
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(from_string(out))
}

fn replace(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("replace", args, kw, ArgStyle::Clinic(2, 3))?;
    let old = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "replace() argument 1 must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    let new = str_opt(args[2]).ok_or_else(|| {
        type_error(format!(
            "replace() argument 2 must be str, not {}",
            args[2].ty().name()
        ))
    })?;
    let n = match args.get(3) {
        None => -1,
        Some(v) => as_index(*v)?,
    };
    if n == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(if args[0].ty().heap {
            new_str(s)
        } else {
            args[0]
        });
    }
    let r = if n < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, n as usize)
    };
    Ok(from_string(r))
}

fn removeprefix(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("removeprefix", args, kw, ArgStyle::One)?;
    let p = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "removeprefix() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(if args[0].ty().heap {
            new_str(s)
        } else {
            args[0]
        }),
    }
}

fn removesuffix(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("removesuffix", args, kw, ArgStyle::One)?;
    let p = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "removesuffix() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(new_str(r)),
        _ => Ok(if args[0].ty().heap {
            new_str(s)
        } else {
            args[0]
        }),
    }
}

// ---------------------------------------------------------------------
// translate / maketrans / encode.

fn translate(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("translate", args, kw, ArgStyle::One)?;
    let table = args[1];
    let mut cache: std::collections::HashMap<char, Option<String>> = Default::default();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(m) = cache.get(&c) {
            if let Some(t) = m {
                out.push_str(t);
            }
            continue;
        }
        let key = Value::from_small(c as i64);
        let mapped: Option<String> = match crate::ops::getitem(table, key) {
            Ok(v) => {
                if v.is_none() {
                    None
                } else if let Some(t) = str_opt(v) {
                    Some(t.to_string())
                } else if matches!(v.kind(), Kind::Int | Kind::Bool) {
                    match crate::int::as_i64(v)
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                    {
                        Some(ch) => Some(ch.to_string()),
                        None => {
                            return Err(value_error("character mapping must be in range(0x110000)"))
                        }
                    }
                } else {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            Err(e) => {
                if crate::exc::pending_is(&crate::exc::LOOKUP_ERROR) {
                    crate::exc::take();
                    Some(c.to_string())
                } else {
                    return Err(e);
                }
            }
        };
        if let Some(t) = &mapped {
            out.push_str(t);
        }
        cache.insert(c, mapped);
    }
    Ok(from_string(out))
}

/// `str.maketrans(x[, y[, z]])`, a static method. Through an instance the
/// instance arrives as `args[0]`; the argument shapes tell the two apart.
fn maketrans(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    let bound = match args.len() {
        4 => true,
        2 => args[1].kind() == Kind::Dict,
        3 => {
            let all_str = args.iter().all(|v| is_str(*v));
            all_str
                && char_len(args[0]) != char_len(args[1])
                && char_len(args[1]) == char_len(args[2])
        }
        _ => false,
    };
    let a = if bound { &args[1..] } else { args };
    if a.is_empty() {
        return Err(type_error("maketrans expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(type_error(format!(
            "maketrans expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let d = crate::dict::new_dict();
    if a.len() == 1 {
        let x = a[0];
        if x.kind() != Kind::Dict {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        for (k, v) in crate::dict::dict_items(x) {
            let key = if let Some(ks) = str_opt(k) {
                if char_len(k) != 1 {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ));
                }
                Value::from_small(ks.chars().next().map(|c| c as i64).unwrap_or(0))
            } else if matches!(k.kind(), Kind::Int | Kind::Bool) {
                k
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            crate::dict::dict_set(d, key, v)?;
        }
        return Ok(d);
    }
    let x = str_opt(a[0]).ok_or_else(|| {
        type_error(format!(
            "maketrans() argument 1 must be str, not {}",
            a[0].ty().name()
        ))
    })?;
    let y = str_opt(a[1]).ok_or_else(|| {
        type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            a[1].ty().name()
        ))
    })?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (cx, cy) in x.chars().zip(y.chars()) {
        crate::dict::dict_set(
            d,
            Value::from_small(cx as i64),
            Value::from_small(cy as i64),
        )?;
    }
    if let Some(z) = a.get(2) {
        let z = str_opt(*z).ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                a[2].ty().name()
            ))
        })?;
        for c in z.chars() {
            crate::dict::dict_set(d, Value::from_small(c as i64), none())?;
        }
    }
    Ok(d)
}

fn encode(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("encode", args, kw, &["encoding", "errors"])?;
    let enc = match a[0] {
        None => "utf-8",
        Some(v) => str_opt(v).ok_or_else(|| {
            type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                v.ty().name()
            ))
        })?,
    };
    let errors = match a[1] {
        None => "strict",
        Some(v) => str_opt(v).ok_or_else(|| {
            type_error(format!(
                "encode() argument 'errors' must be str, not {}",
                v.ty().name()
            ))
        })?,
    };
    Ok(crate::bytes::new_bytes(crate::bytes::encode(
        s, enc, errors,
    )?))
}

// ---------------------------------------------------------------------
// Dunders.

fn getnewargs(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("__getnewargs__", args, kw, ArgStyle::NoArgs)?;
    Ok(crate::tuple::new_tuple(vec![new_str(s)]))
}

fn dunder_format(args: &[Value], kw: Kw) -> PyResult<Value> {
    parse("__format__", args, kw, ArgStyle::One)?;
    let spec = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    crate::format::format(args[0], spec)
}

fn dunder_len(args: &[Value], kw: Kw) -> PyResult<Value> {
    parse("__len__", args, kw, ArgStyle::NoArgs)?;
    Ok(Value::from_small(char_len(args[0]) as i64))
}
