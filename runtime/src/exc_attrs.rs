//! Attributes that particular builtin exception types carry besides
//! `args`, as in CPython: `NameError.name`, `AttributeError.name`/`obj`,
//! `ImportError.name`/`path`/`msg`, and `OSError`'s `errno`, `strerror`,
//! `filename` and `filename2` (with the argument handling of
//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, its
//! `str()` format, and the errno -> subclass mapping of `OSError(2, ...)`).
//!
//! The values live in the exception's `attrs` dict (not its `__dict__`);
//! an attribute the type defines but nobody set reads as None.

use crate::exc::{self, ExcObj, PyResult};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{none, Value};

/// The builtin attributes type `t` defines (beyond `args` and the
/// chaining attributes).
fn defined(t: &TypeObject) -> &'static [&'static str] {
    if t.is_subtype(&exc::NAME_ERROR) {
        &["name"]
    } else if t.is_subtype(&exc::ATTRIBUTE_ERROR) {
        &["name", "obj"]
    } else if t.is_subtype(&exc::IMPORT_ERROR) {
        &["msg", "name", "path"]
    } else if t.is_subtype(&exc::OS_ERROR) {
        &["errno", "strerror", "filename", "filename2"]
    } else if t.is_subtype(&exc::UNICODE_DECODE_ERROR) || t.is_subtype(&exc::UNICODE_ENCODE_ERROR) {
        &["encoding", "object", "start", "end", "reason"]
    } else {
        &[]
    }
}

/// Keyword arguments the constructor accepts.
fn keywords(t: &TypeObject) -> &'static [&'static str] {
    if t.is_subtype(&exc::NAME_ERROR) {
        &["name"]
    } else if t.is_subtype(&exc::ATTRIBUTE_ERROR) {
        &["name", "obj"]
    } else if t.is_subtype(&exc::IMPORT_ERROR) {
        &["name", "path"]
    } else {
        &[]
    }
}

fn attrs_dict(e: &ExcObj) -> Value {
    let d = e.attrs.get();
    if !d.is_null() {
        return d;
    }
    let d = crate::dict::new_dict();
    e.attrs.set(d);
    d
}

/// Set builtin attribute `name` of exception `v`.
pub fn set(v: Value, name: &str, x: Value) {
    if v.kind() != Kind::Exception {
        return;
    }
    let d = attrs_dict(v.cast::<ExcObj>());
    let _ = crate::dict::dict_set(d, crate::str::intern(name), x);
}

/// Read builtin attribute `name`: `Some(value or None)` when the type
/// defines it.
pub fn get(v: Value, name: &str) -> Option<Value> {
    if !defined(v.ty()).contains(&name) {
        return None;
    }
    let d = v.cast::<ExcObj>().attrs.get();
    if d.is_null() {
        return Some(none());
    }
    Some(crate::dict::dict_get_str(d, crate::str::intern(name)).unwrap_or_else(none))
}

/// Assign a builtin attribute; false when the type does not define it.
pub fn assign(v: Value, name: &str, x: Value) -> bool {
    if !defined(v.ty()).contains(&name) {
        return false;
    }
    set(v, name, if x.is_null() { none() } else { x });
    true
}

/// The OSError subclass CPython picks for `OSError(errno, ...)`.
fn errno_subclass(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        11 | 114 | 115 => &exc::BLOCKING_IO_ERROR,
        10 => &exc::CHILD_PROCESS_ERROR,
        32 | 108 => &exc::BROKEN_PIPE_ERROR,
        103 => &exc::CONNECTION_ABORTED_ERROR,
        111 => &exc::CONNECTION_REFUSED_ERROR,
        104 => &exc::CONNECTION_RESET_ERROR,
        17 => &exc::FILE_EXISTS_ERROR,
        2 => &exc::FILE_NOT_FOUND_ERROR,
        21 => &exc::IS_A_DIRECTORY_ERROR,
        20 => &exc::NOT_A_DIRECTORY_ERROR,
        4 => &exc::INTERRUPTED_ERROR,
        1 | 13 => &exc::PERMISSION_ERROR,
        3 => &exc::PROCESS_LOOKUP_ERROR,
        110 => &exc::TIMEOUT_ERROR,
        _ => return None,
    })
}

/// The type `ty(*args)` actually creates: `OSError` itself maps a known
/// errno to its subclass.
pub fn creation_type(ty: &'static TypeObject, args: &[Value]) -> &'static TypeObject {
    if std::ptr::eq(ty, &exc::OS_ERROR) && args.len() >= 2 && args[0].is_small() {
        if let Some(sub) = errno_subclass(args[0].small()) {
            return sub;
        }
    }
    ty
}

/// Initialise `args` and the builtin attributes of a new exception from the
/// constructor's arguments.
pub fn init(v: Value, args: &[Value], kw: Kw) -> PyResult<()> {
    let t = v.ty();
    let e = v.cast::<ExcObj>();
    let accepted = keywords(t);
    for (k, x) in kw.names.iter().zip(kw.vals) {
        let k = crate::str::as_str(*k);
        if accepted.is_empty() {
            return Err(exc::type_error(format!(
                "{}() takes no keyword arguments",
                t.name()
            )));
        }
        if !accepted.contains(&k) {
            return Err(exc::type_error(format!(
                "'{k}' is an invalid keyword argument for {}()",
                t.name()
            )));
        }
        set(v, k, *x);
    }
    let mut args_t = crate::tuple::new_tuple(args.to_vec());
    if t.is_subtype(&exc::IMPORT_ERROR) && args.len() == 1 {
        set(v, "msg", args[0]);
    }
    if t.is_subtype(&exc::OS_ERROR) && (2..=5).contains(&args.len()) {
        set(v, "errno", args[0]);
        set(v, "strerror", args[1]);
        if args.len() >= 3 {
            set(v, "filename", args[2]);
            if args.len() == 5 {
                set(v, "filename2", args[4]);
            }
            args_t = crate::tuple::new_tuple(args[..2].to_vec());
        }
    }
    let unicode =
        t.is_subtype(&exc::UNICODE_DECODE_ERROR) || t.is_subtype(&exc::UNICODE_ENCODE_ERROR);
    if unicode && args.len() == 5 {
        for (n, x) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(args)
        {
            set(v, n, *x);
        }
    }
    e.args.set(args_t);
    Ok(())
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError built from its five
/// arguments, as CPython formats it.
fn unicode_error_str(v: Value) -> PyResult<Option<String>> {
    let t = v.ty();
    let decode = t.is_subtype(&exc::UNICODE_DECODE_ERROR);
    if !decode && !t.is_subtype(&exc::UNICODE_ENCODE_ERROR) {
        return Ok(None);
    }
    let g = |n: &str| get(v, n).unwrap_or_else(none);
    let (enc, obj, start, end, reason) = (
        g("encoding"),
        g("object"),
        g("start"),
        g("end"),
        g("reason"),
    );
    if !start.is_small() || !end.is_small() || enc.kind() != Kind::Str {
        return Ok(None);
    }
    let (s, e) = (start.small(), end.small());
    let enc = crate::str::as_str(enc);
    let reason = crate::ops::str_string(reason)?;
    if decode {
        if e == s + 1 {
            if let Some(b) = crate::bytes::bytes_like(obj).and_then(|b| b.get(s as usize).copied())
            {
                return Ok(Some(format!(
                    "'{enc}' codec can't decode byte 0x{b:02x} in position {s}: {reason}"
                )));
            }
        }
        return Ok(Some(format!(
            "'{enc}' codec can't decode bytes in position {s}-{}: {reason}",
            e - 1
        )));
    }
    if e == s + 1 && obj.kind() == Kind::Str {
        if let Some(c) = crate::str::as_str(obj).chars().nth(s as usize) {
            let u = c as u32;
            let esc = if u < 0x100 {
                format!("\\x{u:02x}")
            } else if u < 0x10000 {
                format!("\\u{u:04x}")
            } else {
                format!("\\U{u:08x}")
            };
            return Ok(Some(format!(
                "'{enc}' codec can't encode character '{esc}' in position {s}: {reason}"
            )));
        }
    }
    Ok(Some(format!(
        "'{enc}' codec can't encode characters in position {s}-{}: {reason}",
        e - 1
    )))
}

/// `str()` of an OSError with errno and strerror set, else None.
pub fn os_error_str(v: Value) -> PyResult<Option<String>> {
    if !v.ty().is_subtype(&exc::OS_ERROR) {
        return unicode_error_str(v);
    }
    let g = |n: &str| get(v, n).unwrap_or_else(none);
    let (errno, strerror) = (g("errno"), g("strerror"));
    let (f1, f2) = (g("filename"), g("filename2"));
    let s = crate::ops::str_string;
    let r = crate::ops::repr_string;
    if !f1.is_none() {
        if !f2.is_none() {
            return Ok(Some(format!(
                "[Errno {}] {}: {} -> {}",
                s(errno)?,
                s(strerror)?,
                r(f1)?,
                r(f2)?
            )));
        }
        return Ok(Some(format!(
            "[Errno {}] {}: {}",
            s(errno)?,
            s(strerror)?,
            r(f1)?
        )));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(Some(format!("[Errno {}] {}", s(errno)?, s(strerror)?)));
    }
    Ok(None)
}

/// Raise NameError (or a subclass) for `name` with message `msg`.
pub fn raise_name_error(ty: &'static TypeObject, name: Value, msg: String) -> exc::PyErr {
    let e = exc::new_exc_msg(ty, &msg);
    set(e, "name", name);
    exc::raise_value(e)
}
