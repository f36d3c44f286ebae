//! Methods of `bytes` and `bytearray`. Read-only methods are shared and
//! return an object of the receiver's type; the mutating ones exist only
//! on bytearray.

use crate::builtins::arity;
use crate::bytes::{as_bytes, bytearray_mut, bytes_like, find_sub, make_like, rfind_sub};
use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw, MethodTable};
use crate::value::{bool_, none, Value};

macro_rules! table {
    ($($extra:tt)*) => { &[
        ("decode", decode),
        ("hex", hex),
        ("fromhex", fromhex),
        ("count", count),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("title", title),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("isascii", isascii),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("istitle", crate::bytes_text::istitle),
        ("expandtabs", crate::bytes_text::expandtabs),
        ("maketrans", crate::bytes_text::maketrans),
        ("translate", crate::bytes_text::translate),
        ("__len__", |a, _k| Ok(Value::from_small(this("__len__", a)?.len() as i64))),
        ("__getitem__", |a, _k| {
            this("__getitem__", a)?;
            arity("__getitem__", &a[1..], 1, 1)?;
            crate::bytes::bytes_getitem(a[0], a[1])
        }),
        ("__contains__", |a, _k| {
            this("__contains__", a)?;
            arity("__contains__", &a[1..], 1, 1)?;
            Ok(bool_(crate::bytes::bytes_contains(a[0], a[1])?))
        }),
        ("__iter__", |a, _k| {
            this("__iter__", a)?;
            crate::bytes::bytes_iter(a[0])
        }),
        ("__repr__", |a, _k| {
            this("__repr__", a)?;
            crate::bytes::bytes_repr(a[0])
        }),
        ("__add__", |a, _k| {
            this("__add__", a)?;
            arity("__add__", &a[1..], 1, 1)?;
            crate::bytes::bytes_binary(pyaot_ir::BinOp::Add, a[0], a[1])
        }),
        ("__mul__", |a, _k| {
            this("__mul__", a)?;
            arity("__mul__", &a[1..], 1, 1)?;
            crate::bytes::bytes_binary(pyaot_ir::BinOp::Mul, a[0], a[1])
        }),
        ("__eq__", |a, _k| {
            this("__eq__", a)?;
            arity("__eq__", &a[1..], 1, 1)?;
            crate::bytes::bytes_richcmp(a[0], a[1], pyaot_ir::CmpOp::Eq)
        }),
        ("__lt__", |a, _k| {
            this("__lt__", a)?;
            arity("__lt__", &a[1..], 1, 1)?;
            crate::bytes::bytes_richcmp(a[0], a[1], pyaot_ir::CmpOp::Lt)
        }),
        $($extra)*
    ] };
}

pub static BYTES_METHODS: MethodTable = table!(
    ("__new__", |a, k| new_method(a, k, false)),
    ("__getnewargs__", crate::extra_methods::bytes_getnewargs),
    ("__bytes__", crate::extra_methods::bytes_bytes),
    ("__mod__", crate::extra_methods::bytes_mod),
    ("__rmod__", crate::extra_methods::bytes_rmod),
    ("__rmul__", crate::extra_methods::bytes_rmul),
);
pub static BYTEARRAY_METHODS: MethodTable = table!(
    ("__new__", |a, k| new_method(a, k, true)),
    ("__mod__", crate::extra_methods::bytes_mod),
    ("__rmod__", crate::extra_methods::bytes_rmod),
    ("__rmul__", crate::extra_methods::bytes_rmul),
    ("__iadd__", crate::extra_methods::bytearray_iadd),
    ("__imul__", crate::extra_methods::bytearray_imul),
    ("append", append),
    ("extend", extend),
    ("pop", pop),
    ("insert", insert),
    ("remove", remove),
    ("clear", clear),
    ("copy", copy),
    ("reverse", reverse),
    ("__setitem__", |a, _k| {
        this_mut("__setitem__", a)?;
        arity("__setitem__", &a[1..], 2, 2)?;
        crate::bytes::bytearray_setitem(a[0], a[1], a[2])?;
        Ok(none())
    }),
    ("__delitem__", |a, _k| {
        this_mut("__delitem__", a)?;
        arity("__delitem__", &a[1..], 1, 1)?;
        crate::bytes::bytearray_delitem(a[0], a[1])?;
        Ok(none())
    }),
);

/// `bytes.__new__(cls, ...)` / `bytearray.__new__(cls, ...)`.
fn new_method(args: &[Value], kw: Kw, bytearray: bool) -> PyResult<Value> {
    let name = if bytearray { "bytearray" } else { "bytes" };
    let base = if bytearray {
        &crate::bytes::BYTEARRAY_TYPE
    } else {
        &crate::bytes::BYTES_TYPE
    };
    let Some(cls) = args.first() else {
        return Err(type_error(format!(
            "{name}.__new__(): not enough arguments"
        )));
    };
    if cls.kind() != Kind::Type {
        return Err(type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    }
    let t: &'static crate::object::TypeObject = cls.cast::<crate::object::TypeObject>();
    if !t.is_subtype(base) {
        return Err(type_error(format!(
            "{name}.__new__({}): {} is not a subtype of {name}",
            t.name(),
            t.name()
        )));
    }
    match base.slots.new {
        Some(f) => f(t, &args[1..], kw),
        None => Err(type_error(format!(
            "cannot create '{}' instances",
            t.name()
        ))),
    }
}

/// Check the receiver: bytes or bytearray.
fn this(name: &str, args: &[Value]) -> PyResult<&'static [u8]> {
    match args.first() {
        Some(v) if matches!(v.kind(), Kind::Bytes | Kind::ByteArray) => Ok(as_bytes(*v)),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(type_error(format!(
            "unbound method bytes.{name}() needs an argument"
        ))),
    }
}

fn this_mut(name: &str, args: &[Value]) -> PyResult<&'static mut Vec<u8>> {
    match args.first() {
        Some(v) if v.kind() == Kind::ByteArray => Ok(bytearray_mut(*v)),
        Some(v) => Err(type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            v.ty().name()
        ))),
        None => Err(type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        ))),
    }
}

/// A bytes-like argument, or an int for the search methods.
fn sub_arg(v: Value, allow_int: bool) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    if allow_int && crate::int::is_int(v) {
        let i = crate::int::as_i64(v).unwrap_or(-1);
        if !(0..256).contains(&i) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![i as u8]);
    }
    if allow_int {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.ty().name()
        )));
    }
    Err(type_error(format!(
        "a bytes-like object is required, not '{}'",
        v.ty().name()
    )))
}

fn bound(v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) if v.is_none() => Ok(default),
        Some(v) => {
            if !crate::int::is_int(*v) && v.kind() != Kind::Instance {
                return Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            crate::int::index_i64(*v)
        }
    }
}

/// ADJUST_INDICES for byte positions.
fn range(args: &[Value], at: usize, len: usize) -> PyResult<(usize, usize, bool)> {
    let l = len as i64;
    let mut s = bound(args.get(at), 0)?;
    let mut e = bound(args.get(at + 1), l)?;
    if e > l {
        e = l;
    } else if e < 0 {
        e = (e + l).max(0);
    }
    if s < 0 {
        s = (s + l).max(0);
    }
    Ok((s.min(l.max(s)) as usize, e as usize, s <= e))
}

fn find_impl(name: &str, args: &[Value], rev: bool) -> PyResult<i64> {
    let b = this(name, args)?;
    arity(name, &args[1..], 1, 3)?;
    let sub = sub_arg(args[1], true)?;
    let (s, e, ok) = range(args, 2, b.len())?;
    if !ok || e - s < sub.len() {
        return Ok(-1);
    }
    let w = &b[s..e];
    let r = if rev {
        rfind_sub(w, &sub)
    } else {
        find_sub(w, &sub, 0)
    };
    Ok(r.map(|p| (p + s) as i64).unwrap_or(-1))
}

fn find(args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::from_small(find_impl("find", args, false)?))
}
fn rfind(args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::from_small(find_impl("rfind", args, true)?))
}
fn index(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match find_impl("index", args, false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::from_small(i)),
    }
}
fn rindex(args: &[Value], _kw: Kw) -> PyResult<Value> {
    match find_impl("rindex", args, true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::from_small(i)),
    }
}

fn count(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this("count", args)?;
    arity("count", &args[1..], 1, 3)?;
    let sub = sub_arg(args[1], true)?;
    let (s, e, ok) = range(args, 2, b.len())?;
    if !ok || e - s < sub.len() {
        return Ok(Value::from_small(0));
    }
    let w = &b[s..e];
    if sub.is_empty() {
        return Ok(Value::from_small(w.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(w, &sub, i) {
        n += 1;
        i = p + sub.len();
    }
    Ok(Value::from_small(n))
}

fn affix(name: &str, args: &[Value], suffix: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    arity(name, &args[1..], 1, 3)?;
    let (s, e, ok) = range(args, 2, b.len())?;
    let test = |p: &[u8]| -> bool {
        if !ok || e - s < p.len() {
            return false;
        }
        let w = &b[s..e];
        if suffix {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    let a = args[1];
    if let Some(p) = bytes_like(a) {
        return Ok(bool_(test(p)));
    }
    if a.kind() == Kind::Tuple {
        for p in crate::tuple::items(a) {
            match bytes_like(*p) {
                Some(x) if test(x) => return Ok(bool_(true)),
                Some(_) => {}
                None => {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        p.ty().name()
                    )))
                }
            }
        }
        return Ok(bool_(false));
    }
    Err(type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        a.ty().name()
    )))
}

fn startswith(args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix("startswith", args, false)
}
fn endswith(args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix("endswith", args, true)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn kwargs(name: &str, args: &[Value], kw: Kw, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = args[1..].iter().map(|v| Some(*v)).collect();
    if out.len() > names.len() {
        return Err(type_error(format!(
            "{name}() takes at most {} arguments ({} given)",
            names.len(),
            out.len()
        )));
    }
    out.resize(names.len(), None);
    for (k, v) in kw.iter() {
        match names.iter().position(|n| *n == k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(out)
}

fn split_impl(name: &str, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    let a = kwargs(name, args, kw, &["sep", "maxsplit"])?;
    let maxsplit = match a[1] {
        None => -1,
        Some(v) => crate::int::index_i64(v)?,
    };
    let this_v = args[0];
    let mk = |s: &[u8]| make_like(this_v, s.to_vec());
    let mut parts: Vec<Value> = Vec::new();
    let sep = match a[0] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(sub_arg(v, false)?),
    };
    match sep {
        None => {
            // Runs of ASCII whitespace.
            let words: Vec<(usize, usize)> = {
                let mut w = Vec::new();
                let mut i = 0;
                while i < b.len() {
                    while i < b.len() && is_space(b[i]) {
                        i += 1;
                    }
                    let s = i;
                    while i < b.len() && !is_space(b[i]) {
                        i += 1;
                    }
                    if s < i {
                        w.push((s, i));
                    }
                }
                w
            };
            if maxsplit < 0 || (maxsplit as usize) + 1 >= words.len() {
                for (s, e) in words {
                    parts.push(mk(&b[s..e]));
                }
            } else if !rev {
                let m = maxsplit as usize;
                for (s, e) in &words[..m] {
                    parts.push(mk(&b[*s..*e]));
                }
                let rest = &b[words[m].0..];
                parts.push(mk(rest));
            } else {
                let m = maxsplit as usize;
                let k = words.len() - m;
                parts.push(mk(&b[..words[k - 1].1]));
                for (s, e) in &words[k..] {
                    parts.push(mk(&b[*s..*e]));
                }
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut pieces: Vec<(usize, usize)> = Vec::new();
            if !rev {
                let mut start = 0;
                let mut left = maxsplit;
                while left != 0 {
                    match find_sub(b, &sep, start) {
                        Some(p) => {
                            pieces.push((start, p));
                            start = p + sep.len();
                            left -= 1;
                        }
                        None => break,
                    }
                }
                pieces.push((start, b.len()));
            } else {
                let mut end = b.len();
                let mut left = maxsplit;
                while left != 0 {
                    match rfind_sub(&b[..end], &sep) {
                        Some(p) => {
                            pieces.push((p + sep.len(), end));
                            end = p;
                            left -= 1;
                        }
                        None => break,
                    }
                }
                pieces.push((0, end));
                pieces.reverse();
            }
            for (s, e) in pieces {
                parts.push(mk(&b[s..e]));
            }
        }
    }
    Ok(crate::list::new_list(parts))
}

fn split(args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl("split", args, kw, false)
}
fn rsplit(args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl("rsplit", args, kw, true)
}

fn splitlines(args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("splitlines", args)?;
    let a = kwargs("splitlines", args, kw, &["keepends"])?;
    let keep = match a[0] {
        None => false,
        Some(v) => crate::ops::truthy(v)?,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                end += 1;
            }
            out.push(make_like(
                args[0],
                b[start..if keep { end } else { i }].to_vec(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(make_like(args[0], b[start..].to_vec()));
    }
    Ok(crate::list::new_list(out))
}

fn join(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sep = this("join", args)?;
    arity("join", &args[1..], 1, 1)?;
    let items = crate::ops::collect(args[1])?;
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        let Some(b) = bytes_like(*v) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                v.ty().name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(make_like(args[0], out))
}

fn strip_impl(name: &str, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    arity(name, &args[1..], 0, 1)?;
    let set: Option<Vec<u8>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(sub_arg(*v, false)?),
    };
    let keep = |c: u8| match &set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && keep(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && keep(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(make_like(args[0], b[s..e].to_vec()))
}

fn strip(args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl("strip", args, true, true)
}
fn lstrip(args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl("lstrip", args, true, false)
}
fn rstrip(args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl("rstrip", args, false, true)
}

fn replace(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this("replace", args)?;
    arity("replace", &args[1..], 2, 3)?;
    let old = sub_arg(args[1], false)?;
    let new = sub_arg(args[2], false)?;
    let mut count = match args.get(3) {
        None => -1,
        Some(v) => crate::int::index_i64(*v)?,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, c) in b.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(*c);
            let _ = i;
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(make_like(args[0], out));
    }
    let mut i = 0;
    while count != 0 {
        match find_sub(b, &old, i) {
            Some(p) => {
                out.extend_from_slice(&b[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(make_like(args[0], out))
}

fn map_bytes(name: &str, args: &[Value], f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(name, args)?;
    arity(name, &args[1..], 0, 0)?;
    Ok(make_like(args[0], f(b)))
}

fn upper(args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes("upper", args, |b| b.to_ascii_uppercase())
}
fn lower(args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes("lower", args, |b| b.to_ascii_lowercase())
}
fn swapcase(args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes("swapcase", args, |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn capitalize(args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes("capitalize", args, |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn title(args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_bytes("title", args, |b| {
        let mut prev = false;
        b.iter()
            .map(|c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(name: &str, args: &[Value], f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this(name, args)?;
    arity(name, &args[1..], 0, 0)?;
    Ok(bool_(f(b)))
}

fn isdigit(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("isdigit", args, |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_digit())
    })
}
fn isalpha(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("isalpha", args, |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn isalnum(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("isalnum", args, |b| {
        !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn isspace(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("isspace", args, |b| {
        !b.is_empty() && b.iter().all(|c| is_space(*c))
    })
}
fn isascii(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("isascii", args, |b| b.is_ascii())
}
fn islower(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("islower", args, |b| {
        b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase())
    })
}
fn isupper(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred("isupper", args, |b| {
        b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase())
    })
}

fn partition_impl(name: &str, args: &[Value], rev: bool) -> PyResult<Value> {
    let b = this(name, args)?;
    arity(name, &args[1..], 1, 1)?;
    let sep = sub_arg(args[1], false)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let t = args[0];
    let mk = |s: &[u8]| make_like(t, s.to_vec());
    let pos = if rev {
        rfind_sub(b, &sep)
    } else {
        find_sub(b, &sep, 0)
    };
    let parts = match pos {
        Some(p) => vec![mk(&b[..p]), mk(&sep), mk(&b[p + sep.len()..])],
        None if rev => vec![mk(b""), mk(b""), mk(b)],
        None => vec![mk(b), mk(b""), mk(b"")],
    };
    Ok(crate::tuple::new_tuple(parts))
}

fn partition(args: &[Value], _kw: Kw) -> PyResult<Value> {
    partition_impl("partition", args, false)
}
fn rpartition(args: &[Value], _kw: Kw) -> PyResult<Value> {
    partition_impl("rpartition", args, true)
}

fn pad(name: &str, args: &[Value], how: u8) -> PyResult<Value> {
    let b = this(name, args)?;
    arity(name, &args[1..], 1, 2)?;
    let width = crate::int::index_i64(args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_like(*v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    v.ty().name()
                )))
            }
        },
    };
    let n = b.len() as i64;
    let marg = if width > n { (width - n) as usize } else { 0 };
    let (l, r) = match how {
        b'l' => (0, marg),
        b'r' => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & (width as usize) & 1);
            (left, marg - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(make_like(args[0], out))
}

fn center(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad("center", args, b'c')
}
fn ljust(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad("ljust", args, b'l')
}
fn rjust(args: &[Value], _kw: Kw) -> PyResult<Value> {
    pad("rjust", args, b'r')
}

fn zfill(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this("zfill", args)?;
    arity("zfill", &args[1..], 1, 1)?;
    let width = crate::int::index_i64(args[1])?;
    let n = b.len() as i64;
    if width <= n {
        return Ok(make_like(args[0], b.to_vec()));
    }
    let m = (width - n) as usize;
    let mut out = Vec::with_capacity(width as usize);
    let rest = if !b.is_empty() && (b[0] == b'+' || b[0] == b'-') {
        out.push(b[0]);
        &b[1..]
    } else {
        b
    };
    out.extend(std::iter::repeat_n(b'0', m));
    out.extend_from_slice(rest);
    Ok(make_like(args[0], out))
}

fn removeprefix(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this("removeprefix", args)?;
    arity("removeprefix", &args[1..], 1, 1)?;
    let p = sub_arg(args[1], false)?;
    let r = b.strip_prefix(p.as_slice()).unwrap_or(b);
    Ok(make_like(args[0], r.to_vec()))
}
fn removesuffix(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = this("removesuffix", args)?;
    arity("removesuffix", &args[1..], 1, 1)?;
    let p = sub_arg(args[1], false)?;
    let r = b.strip_suffix(p.as_slice()).unwrap_or(b);
    Ok(make_like(args[0], r.to_vec()))
}

fn decode(args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("decode", args)?;
    let a = kwargs("decode", args, kw, &["encoding", "errors"])?;
    let s = |v: Option<Value>, d: &'static str, what: &str| -> PyResult<&'static str> {
        match v {
            None => Ok(d),
            Some(v) => crate::str::str_opt(v).ok_or_else(|| {
                type_error(format!(
                    "decode() argument '{what}' must be str, not {}",
                    v.ty().name()
                ))
            }),
        }
    };
    let enc = s(a[0], "utf-8", "encoding")?;
    let err = s(a[1], "strict", "errors")?;
    crate::bytes::decode(b, enc, err)
}

fn hex(args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = this("hex", args)?;
    let a = kwargs("hex", args, kw, &["sep", "bytes_per_sep"])?;
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let sep = match a[0] {
        None => return Ok(crate::str::from_string(digits.concat())),
        Some(v) => match crate::str::str_opt(v) {
            Some(s) => s.to_string(),
            None => match bytes_like(v) {
                Some(x) => String::from_utf8_lossy(x).into_owned(),
                None => return Err(type_error("sep must be str or bytes.")),
            },
        },
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = match a[1] {
        None => 1,
        Some(v) => crate::int::index_i64(v)?,
    };
    if per == 0 {
        return Ok(crate::str::from_string(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let mut end = digits.len();
        while end > 0 {
            let s = end.saturating_sub(k);
            groups.push(digits[s..end].concat());
            end = s;
        }
        groups.reverse();
    } else {
        for c in digits.chunks(k) {
            groups.push(c.concat());
        }
    }
    Ok(crate::str::from_string(groups.join(&sep)))
}

/// `bytes.fromhex(s)`, a class method: through an instance the receiver
/// arrives first and is skipped.
fn fromhex(args: &[Value], _kw: Kw) -> PyResult<Value> {
    // Bound to the type (see `typeobj::CLASS_LEVEL_METHODS`).
    let (a, bytearray) = match args.first() {
        Some(v) if v.kind() == Kind::Type => (
            &args[1..],
            v.cast::<crate::object::TypeObject>()
                .is_subtype(&crate::bytes::BYTEARRAY_TYPE),
        ),
        _ => (args, false),
    };
    arity("fromhex", a, 1, 1)?;
    let s = crate::str::str_opt(a[0]).ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            a[0].ty().name()
        ))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    Ok(if bytearray {
        crate::bytes::new_bytearray(out)
    } else {
        crate::bytes::new_bytes(out)
    })
}

// ---------------------------------------------------------------------
// bytearray only.

fn byte_arg(v: Value) -> PyResult<u8> {
    let i = crate::int::index_i64(v)?;
    if !(0..256).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

fn append(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this_mut("append", args)?;
    arity("bytearray.append", &args[1..], 1, 1)?;
    let b = byte_arg(args[1])?;
    v.push(b);
    Ok(none())
}

fn extend(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this_mut("extend", args)?;
    arity("bytearray.extend", &args[1..], 1, 1)?;
    let add: Vec<u8> = match bytes_like(args[1]) {
        Some(b) => b.to_vec(),
        None => {
            if crate::str::is_str(args[1]) {
                return Err(type_error("expected iterable of integers; got: 'str'"));
            }
            let it = match crate::ops::iter(args[1]) {
                Ok(it) => it,
                Err(e) => {
                    if crate::exc::pending_is(&crate::exc::TYPE_ERROR) {
                        crate::exc::take();
                        return Err(type_error(format!(
                            "can't extend bytearray with {}",
                            args[1].ty().name()
                        )));
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            while let Some(x) = crate::ops::next(it)? {
                out.push(byte_arg(x)?);
            }
            out
        }
    };
    v.extend_from_slice(&add);
    Ok(none())
}

fn pop(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this_mut("pop", args)?;
    arity("pop", &args[1..], 0, 1)?;
    if v.is_empty() {
        return Err(crate::exc::index_error("pop from empty bytearray"));
    }
    let i = match args.get(1) {
        None => -1,
        Some(x) => crate::int::index_i64(*x)?,
    };
    match crate::slice::norm_index(i, v.len()) {
        Some(j) => Ok(Value::from_small(v.remove(j) as i64)),
        None => Err(crate::exc::index_error("pop index out of range")),
    }
}

fn insert(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this_mut("insert", args)?;
    arity("insert", &args[1..], 2, 2)?;
    let i = crate::int::index_i64(args[1])?;
    let b = byte_arg(args[2])?;
    let n = v.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(j as usize, b);
    Ok(none())
}

fn remove(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this_mut("remove", args)?;
    arity("bytearray.remove", &args[1..], 1, 1)?;
    let b = byte_arg(args[1])?;
    match v.iter().position(|c| *c == b) {
        Some(p) => {
            v.remove(p);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(args: &[Value], _kw: Kw) -> PyResult<Value> {
    this_mut("clear", args)?.clear();
    Ok(none())
}

fn copy(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = this_mut("copy", args)?;
    Ok(crate::bytes::new_bytearray(v.clone()))
}

fn reverse(args: &[Value], _kw: Kw) -> PyResult<Value> {
    this_mut("reverse", args)?.reverse();
    Ok(none())
}
