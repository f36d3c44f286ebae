//! The methods of `str` (the `STR_METHODS` table), with CPython 3.11's
//! argument handling and error messages: argument parsing shared by all
//! str methods, case mapping, the `is*` predicates, translate/maketrans,
//! encode and the dunders. Searching, splitting, joining, stripping and
//! padding live in `str_split.rs`; `format` in `str_format.rs`.
//!
//! Every method checks that `args[0]` really is a str (it may not be when
//! called through the type, as in `str.upper(1)`), then parses its
//! arguments in the style CPython uses for that method, since the arity
//! error messages differ between them (see `ArgStyle`).

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw, MethodTable};
use crate::str::{as_str, byte_offset, char_len, from_string, is_str, new_str, str_opt};
use crate::str_unicode as uni;
use crate::value::{bool_, none, Value};
use pyaot_ir::{BinOp, CmpOp};

pub static STR_METHODS: MethodTable = &[
    ("__new__", str_new_method),
    ("capitalize", capitalize),
    ("casefold", casefold),
    ("center", crate::str_split::center),
    ("count", crate::str_split::count),
    ("encode", encode),
    ("endswith", crate::str_split::endswith),
    ("expandtabs", crate::str_split::expandtabs),
    ("find", crate::str_split::find),
    ("format", crate::str_format::format_method),
    ("format_map", crate::str_format::format_map_method),
    ("index", crate::str_split::index),
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
    ("join", crate::str_split::join),
    ("ljust", crate::str_split::ljust),
    ("lower", lower),
    ("lstrip", crate::str_split::lstrip),
    ("maketrans", maketrans),
    ("partition", crate::str_split::partition),
    ("removeprefix", crate::str_split::removeprefix),
    ("removesuffix", crate::str_split::removesuffix),
    ("replace", crate::str_split::replace),
    ("rfind", crate::str_split::rfind),
    ("rindex", crate::str_split::rindex),
    ("rjust", crate::str_split::rjust),
    ("rpartition", crate::str_split::rpartition),
    ("rsplit", crate::str_split::rsplit),
    ("rstrip", crate::str_split::rstrip),
    ("split", crate::str_split::split),
    ("splitlines", crate::str_split::splitlines),
    ("startswith", crate::str_split::startswith),
    ("strip", crate::str_split::strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", crate::str_split::zfill),
    ("__getnewargs__", getnewargs),
    ("__format__", dunder_format),
    ("__len__", dunder_len),
    ("__add__", |a, k| bin(a, k, BinOp::Add, false)),
    ("__mul__", |a, k| bin(a, k, BinOp::Mul, false)),
    ("__rmul__", |a, k| bin(a, k, BinOp::Mul, true)),
    ("__mod__", |a, k| bin(a, k, BinOp::Mod, false)),
    ("__rmod__", |a, k| bin(a, k, BinOp::Mod, true)),
    ("__eq__", |a, k| cmp(a, k, CmpOp::Eq)),
    ("__ne__", |a, k| cmp(a, k, CmpOp::Ne)),
    ("__lt__", |a, k| cmp(a, k, CmpOp::Lt)),
    ("__le__", |a, k| cmp(a, k, CmpOp::Le)),
    ("__gt__", |a, k| cmp(a, k, CmpOp::Gt)),
    ("__ge__", |a, k| cmp(a, k, CmpOp::Ge)),
    ("__hash__", |a, k| {
        parse("__hash__", a, k, ArgStyle::NoArgs)?;
        Ok(crate::int::new_int(crate::str::str_hash(a[0])?))
    }),
    ("__repr__", |a, k| {
        parse("__repr__", a, k, ArgStyle::NoArgs)?;
        crate::str::str_repr(a[0])
    }),
    ("__str__", |a, k| {
        parse("__str__", a, k, ArgStyle::NoArgs)?;
        crate::str::str_str(a[0])
    }),
    ("__getitem__", |a, k| {
        parse("__getitem__", a, k, ArgStyle::One)?;
        crate::str::str_getitem(a[0], a[1])
    }),
    ("__contains__", |a, k| {
        parse("__contains__", a, k, ArgStyle::One)?;
        Ok(bool_(crate::str::str_contains(a[0], a[1])?))
    }),
    ("__iter__", |a, k| {
        parse("__iter__", a, k, ArgStyle::NoArgs)?;
        crate::str::str_iter(a[0])
    }),
];

// ---------------------------------------------------------------------
// Argument handling.

/// How a method reports arity errors (CPython uses several conventions).
#[derive(Clone, Copy)]
pub(crate) enum ArgStyle {
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
pub(crate) fn parse(name: &str, args: &[Value], kw: Kw, style: ArgStyle) -> PyResult<&'static str> {
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
                return Err(type_error(format!(
                    "str.{name}() takes no keyword arguments"
                )));
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
pub(crate) fn parse_kw(
    name: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
) -> PyResult<(&'static str, Vec<Option<Value>>)> {
    let this = check_self(name, args)?;
    let pos = &args[1..];
    if pos.len() + kw.len() > names.len() {
        return Err(type_error(format!(
            "{name}() takes at most {} {}argument{} ({} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
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
            if let Some(m) = crate::ops::getattr_opt(v, crate::str::intern_static("__index__"))? {
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

/// A type's name as Argument Clinic prints it in "must be str, not X"
/// (None is "None", not "NoneType").
pub(crate) fn arg_type_name(v: Value) -> &'static str {
    if v.is_none() {
        "None"
    } else {
        v.ty().name()
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
pub(crate) fn adjust(
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(i64, i64)> {
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
pub(crate) fn window(this: Value, s: i64, e: i64) -> Option<(&'static str, usize)> {
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
pub(crate) fn need_str(v: Value) -> PyResult<&'static str> {
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
    if crate::str::is_ascii(args[0]) {
        return Ok(ascii_map(s, |b| b.to_ascii_lowercase()));
    }
    Ok(from_string(lower_string(s)))
}

fn upper(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("upper", args, kw, ArgStyle::NoArgs)?;
    if crate::str::is_ascii(args[0]) {
        return Ok(ascii_map(s, |b| b.to_ascii_uppercase()));
    }
    Ok(from_string(upper_string(s)))
}

/// `f` applied to every byte of the ASCII text `s`, written straight into
/// a new str (always a new object, as in CPython).
fn ascii_map(s: &str, f: impl Fn(u8) -> u8) -> Value {
    crate::str::build_str(s.len(), s.len(), |buf| {
        for (o, b) in buf.iter_mut().zip(s.bytes()) {
            *o = f(b);
        }
    })
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
    // Bound to the type (see `typeobj::CLASS_LEVEL_METHODS`).
    let bound = args.first().is_some_and(|v| v.kind() == Kind::Type);
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
    let y = str_opt(a[1]).ok_or_else(|| {
        type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            arg_type_name(a[1])
        ))
    })?;
    let z = match a.get(2) {
        None => None,
        Some(z) => Some(str_opt(*z).ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                arg_type_name(*z)
            ))
        })?),
    };
    let x = str_opt(a[0]).ok_or_else(|| {
        type_error("first maketrans argument must be a string if there is a second argument")
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
    if let Some(z) = z {
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
                arg_type_name(v)
            ))
        })?,
    };
    let errors = match a[1] {
        None => "strict",
        Some(v) => str_opt(v).ok_or_else(|| {
            type_error(format!(
                "encode() argument 'errors' must be str, not {}",
                arg_type_name(v)
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
            arg_type_name(args[1])
        ))
    })?;
    crate::format::format_builtin(args[0], spec)
}

/// `str.__new__(cls, *args)`: construct through the str constructor.
fn str_new_method(args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(type_error("str.__new__(): not enough arguments"));
    };
    if cls.kind() != Kind::Type {
        return Err(type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    }
    let t: &'static crate::object::TypeObject = cls.cast::<crate::object::TypeObject>();
    if !t.is_subtype(&crate::str::STR_TYPE) {
        return Err(type_error(format!(
            "str.__new__({}): {} is not a subtype of str",
            t.name(),
            t.name()
        )));
    }
    crate::str::str_new(t, &args[1..], kw)
}

/// `s.__op__(x)` / `s.__rop__(x)`: the operator slot, NotImplemented for
/// foreign operands.
fn bin(args: &[Value], kw: Kw, op: BinOp, reflected: bool) -> PyResult<Value> {
    parse("__op__", args, kw, ArgStyle::One)?;
    match (op, reflected) {
        // `x.__rmod__(y)` is `y % x`, only when y is a str.
        (BinOp::Mod, true) => {
            if !is_str(args[1]) {
                return Ok(crate::value::not_implemented());
            }
            crate::str::str_binary(op, args[1], args[0])
        }
        _ => crate::str::str_binary(op, args[0], args[1]),
    }
}

fn cmp(args: &[Value], kw: Kw, op: CmpOp) -> PyResult<Value> {
    check_self("__cmp__", args)?;
    if args.len() != 2 || !kw.is_empty() {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len() - 1 + kw.len()
        )));
    }
    crate::str::str_richcmp(args[0], args[1], op)
}

fn dunder_len(args: &[Value], kw: Kw) -> PyResult<Value> {
    parse("__len__", args, kw, ArgStyle::NoArgs)?;
    Ok(Value::from_small(char_len(args[0]) as i64))
}
