//! str methods that search, split, join, strip, pad and replace
//! (part of `STR_METHODS`, see `str_methods.rs` for the argument
//! conventions).

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw};
use crate::str::{
    as_str, build_str, char_index, char_len, from_string, is_str, new_ascii_str, new_str, str_opt,
};
use crate::str_methods::{adjust, as_index, need_str, parse, parse_kw, window, ArgStyle};
use crate::str_unicode as uni;
use crate::value::{bool_, Value};

// ---------------------------------------------------------------------
// Searching.

/// The shared body of find/rfind/index/rindex: the char index or -1.
pub(crate) fn find_impl(name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<i64> {
    parse(name, args, kw, ArgStyle::Old(1, 3))?;
    let this = args[0];
    let (s, e) = adjust(args.get(2), args.get(3), char_len(this))?;
    let sub = need_str(args[1])?;
    let sublen = char_len(args[1]) as i64;
    if e - s < sublen {
        return Ok(-1);
    }
    let Some((w, off)) = window(this, s, e) else {
        return Ok(-1);
    };
    let pos = if rev {
        w.rfind(sub)
    } else {
        crate::str::find_sub(w, sub)
    };
    Ok(match pos {
        Some(b) => (off + char_index(w, b)) as i64,
        None => -1,
    })
}

pub(crate) fn find(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::from_small(find_impl("find", args, kw, false)?))
}
pub(crate) fn rfind(args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::from_small(find_impl("rfind", args, kw, true)?))
}
pub(crate) fn index(args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl("index", args, kw, false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::from_small(i)),
    }
}
pub(crate) fn rindex(args: &[Value], kw: Kw) -> PyResult<Value> {
    match find_impl("rindex", args, kw, true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::from_small(i)),
    }
}

pub(crate) fn count(args: &[Value], kw: Kw) -> PyResult<Value> {
    parse("count", args, kw, ArgStyle::Old(1, 3))?;
    let this = args[0];
    let (s, e) = adjust(args.get(2), args.get(3), char_len(this))?;
    let sub = need_str(args[1])?;
    let sublen = char_len(args[1]) as i64;
    if e - s < sublen {
        return Ok(Value::from_small(0));
    }
    let Some((w, _)) = window(this, s, e) else {
        return Ok(Value::from_small(0));
    };
    let n = if sub.is_empty() {
        (e - s + 1) as usize
    } else if let [b] = sub.as_bytes() {
        w.bytes().filter(|c| c == b).count()
    } else {
        w.matches(sub).count()
    };
    Ok(Value::from_small(n as i64))
}

/// startswith/endswith.
pub(crate) fn affix(name: &str, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
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

pub(crate) fn startswith(args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("startswith", args, kw, false)
}
pub(crate) fn endswith(args: &[Value], kw: Kw) -> PyResult<Value> {
    affix("endswith", args, kw, true)
}

// ---------------------------------------------------------------------
// Splitting and joining.

pub(crate) fn maxsplit_arg(v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) => as_index(v),
    }
}

pub(crate) fn sep_arg(v: Option<Value>) -> PyResult<Option<&'static str>> {
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

pub(crate) fn str_list(parts: Vec<&str>) -> Value {
    crate::list::new_list(parts.into_iter().map(new_str).collect())
}

/// A new str holding `part`, a piece of a str whose ASCII-ness is
/// `ascii` (then no scan of the text is needed).
#[inline]
fn piece(part: &str, ascii: bool) -> Value {
    if ascii {
        new_ascii_str(part)
    } else {
        new_str(part)
    }
}

/// Python's whitespace among ASCII characters (`str.isspace`).
#[inline]
fn ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t'..=b'\r' | 0x1c..=0x1f)
}

/// `s.split()` of an ASCII str, without limit.
fn split_ascii_whitespace(s: &str) -> Value {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(8);
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && ascii_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let start = i;
        while i < b.len() && !ascii_space(b[i]) {
            i += 1;
        }
        out.push(new_ascii_str(&s[start..i]));
    }
    crate::list::new_list(out)
}

/// `s.split(sep)` for a one-byte (ASCII) separator, without limit: the
/// pieces are made as the separator is found, with no intermediate list.
fn split_byte(s: &str, sep: u8, ascii: bool) -> Value {
    let b = s.as_bytes();
    // Count the pieces first (a cheap vectorised scan) so that the list's
    // buffer is allocated once, at its final size.
    let n = b.iter().filter(|&&c| c == sep).count() + 1;
    let mut out = Vec::with_capacity(n);
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        if c == sep {
            out.push(piece(&s[start..i], ascii));
            start = i + 1;
        }
    }
    out.push(piece(&s[start..], ascii));
    crate::list::new_list(out)
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

pub(crate) fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
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

pub(crate) fn split(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("split", args, kw, &["sep", "maxsplit"])?;
    let maxsplit = maxsplit_arg(a[1])?;
    let sep = sep_arg(a[0])?;
    let ascii = crate::str::is_ascii(args[0]);
    let parts = match sep {
        None if ascii && maxsplit < 0 => return Ok(split_ascii_whitespace(s)),
        None => split_whitespace(s, maxsplit),
        Some(sep) if maxsplit < 0 && sep.len() == 1 => {
            return Ok(split_byte(s, sep.as_bytes()[0], ascii));
        }
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
    Ok(crate::list::new_list(
        parts.into_iter().map(|p| piece(p, ascii)).collect(),
    ))
}

pub(crate) fn rsplit(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, a) = parse_kw("rsplit", args, kw, &["sep", "maxsplit"])?;
    let maxsplit = maxsplit_arg(a[1])?;
    let sep = sep_arg(a[0])?;
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

pub(crate) fn splitlines(args: &[Value], kw: Kw) -> PyResult<Value> {
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
    let ascii = crate::str::is_ascii(args[0]);
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
            out.push(piece(
                if keep { &s[start..end] } else { &s[start..i] },
                ascii,
            ));
            start = end;
        }
    }
    if start < s.len() {
        out.push(piece(&s[start..], ascii));
    }
    Ok(crate::list::new_list(out))
}

pub(crate) fn partition_impl(name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
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

pub(crate) fn partition(args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("partition", args, kw, false)
}
pub(crate) fn rpartition(args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl("rpartition", args, kw, true)
}

pub(crate) fn join(args: &[Value], kw: Kw) -> PyResult<Value> {
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
    let mut nchars = 0usize;
    for (i, v) in items.iter().enumerate() {
        match str_opt(*v) {
            Some(x) => {
                total += x.len();
                nchars += char_len(*v);
            }
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    v.ty().name()
                )))
            }
        }
    }
    if items.is_empty() {
        return Ok(new_str(""));
    }
    let gaps = items.len() - 1;
    total += sep.len() * gaps;
    nchars += char_len(args[0]) * gaps;
    // The text is written straight into the new object.
    Ok(build_str(total, nchars, |buf| {
        let mut at = 0;
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                buf[at..at + sep.len()].copy_from_slice(sep.as_bytes());
                at += sep.len();
            }
            let x = as_str(*v).as_bytes();
            buf[at..at + x.len()].copy_from_slice(x);
            at += x.len();
        }
    }))
}

// ---------------------------------------------------------------------
// Stripping, padding, replacing.

pub(crate) fn strip_impl(
    name: &str,
    args: &[Value],
    kw: Kw,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = parse(name, args, kw, ArgStyle::Clinic(0, 1))?;
    let chars = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match str_opt(*v) {
            Some(c) => Some(c),
            None => return Err(type_error(format!("{name} arg must be None or str"))),
        },
    };
    // ASCII fast paths, on bytes and without allocation: whitespace of an
    // ASCII str, or a set of ASCII chars (an ASCII byte never occurs inside
    // the encoding of another char, so any str can be trimmed bytewise).
    let byte_set: Option<&[u8]> = match chars {
        None if crate::str::is_ascii(args[0]) => Some(b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"),
        Some(cs) if cs.is_ascii() => Some(cs.as_bytes()),
        _ => None,
    };
    if let Some(set) = byte_set {
        let b = s.as_bytes();
        let (mut i, mut j) = (0, b.len());
        if left {
            while i < j && set.contains(&b[i]) {
                i += 1;
            }
        }
        if right {
            while j > i && set.contains(&b[j - 1]) {
                j -= 1;
            }
        }
        if j - i == b.len() && !args[0].ty().heap {
            return Ok(args[0]);
        }
        return Ok(piece(&s[i..j], crate::str::is_ascii(args[0])));
    }
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
    Ok(piece(r, crate::str::is_ascii(args[0])))
}

pub(crate) fn strip(args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("strip", args, kw, true, true)
}
pub(crate) fn lstrip(args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("lstrip", args, kw, true, false)
}
pub(crate) fn rstrip(args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl("rstrip", args, kw, false, true)
}

/// Width and fill character for center/ljust/rjust.
pub(crate) fn pad_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(&'static str, i64, char)> {
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

pub(crate) fn padded(
    this: Value,
    s: &str,
    left: usize,
    right: usize,
    fill: char,
) -> PyResult<Value> {
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

pub(crate) fn pad_amount(this: Value, width: i64) -> PyResult<usize> {
    let n = char_len(this) as i64;
    let m = if width > n { (width - n) as usize } else { 0 };
    if m > (1usize << 34) {
        return Err(crate::exc::raise_empty(&crate::exc::MEMORY_ERROR));
    }
    Ok(m)
}

pub(crate) fn center(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, width, fill) = pad_args("center", args, kw)?;
    let marg = pad_amount(args[0], width)?;
    let left = marg / 2 + (marg & (width as usize) & 1);
    padded(args[0], s, left, marg - left, fill)
}
pub(crate) fn ljust(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, width, fill) = pad_args("ljust", args, kw)?;
    let m = pad_amount(args[0], width)?;
    padded(args[0], s, 0, m, fill)
}
pub(crate) fn rjust(args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, width, fill) = pad_args("rjust", args, kw)?;
    let m = pad_amount(args[0], width)?;
    padded(args[0], s, m, 0, fill)
}

pub(crate) fn zfill(args: &[Value], kw: Kw) -> PyResult<Value> {
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

pub(crate) fn expandtabs(args: &[Value], kw: Kw) -> PyResult<Value> {
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
                    if n > (1 << 34) || out.len() as i64 > (1 << 34) - n {
                        return Err(crate::exc::overflow_error("new string is too long"));
                    }
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

pub(crate) fn replace(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("replace", args, kw, ArgStyle::Clinic(2, 3))?;
    let old = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "replace() argument 1 must be str, not {}",
            crate::str_methods::arg_type_name(args[1])
        ))
    })?;
    let new = str_opt(args[2]).ok_or_else(|| {
        type_error(format!(
            "replace() argument 2 must be str, not {}",
            crate::str_methods::arg_type_name(args[2])
        ))
    })?;
    let n = match args.get(3) {
        None => -1,
        Some(v) => as_index(*v)?,
    };
    if n == 0 || (!old.is_empty() && crate::str::find_sub(s, old).is_none()) {
        return Ok(if args[0].ty().heap {
            new_str(s)
        } else {
            args[0]
        });
    }
    if old.is_empty() {
        let r = if n < 0 {
            s.replace(old, new)
        } else {
            s.replacen(old, new, n as usize)
        };
        return Ok(from_string(r));
    }
    // Count the matches first, then write the result straight into the
    // new object: its length and code point count are known exactly.
    let limit = if n < 0 { usize::MAX } else { n as usize };
    let hits = s.match_indices(old).take(limit).count();
    let len = s.len() - hits * old.len() + hits * new.len();
    let nchars = char_len(args[0]) - hits * char_len(args[1]) + hits * char_len(args[2]);
    Ok(build_str(len, nchars, |buf| {
        let mut at = 0;
        let mut last = 0;
        for (i, _) in s.match_indices(old).take(hits) {
            let keep = &s.as_bytes()[last..i];
            buf[at..at + keep.len()].copy_from_slice(keep);
            at += keep.len();
            buf[at..at + new.len()].copy_from_slice(new.as_bytes());
            at += new.len();
            last = i + old.len();
        }
        buf[at..].copy_from_slice(&s.as_bytes()[last..]);
    }))
}

pub(crate) fn removeprefix(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("removeprefix", args, kw, ArgStyle::One)?;
    let p = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "removeprefix() argument must be str, not {}",
            crate::str_methods::arg_type_name(args[1])
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

pub(crate) fn removesuffix(args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = parse("removesuffix", args, kw, ArgStyle::One)?;
    let p = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "removesuffix() argument must be str, not {}",
            crate::str_methods::arg_type_name(args[1])
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
