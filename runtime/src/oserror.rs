//! OSError's errno attributes and constructor as in CPython:
//! `OSError(errno, strerror[, filename[, winerror[, filename2]]])` records
//! `errno`, `strerror`, `filename` and `filename2` (None when absent),
//! keeps `args` to `(errno, strerror)`, maps a plain `OSError(errno, ...)`
//! to its subclass (ENOENT to FileNotFoundError, ...), and formats as
//! `[Errno N] strerror: 'filename'`. Also raises OSErrors for failed
//! system calls with the C library's message.

use crate::exc::{self, ExcObj, PyErr, PyResult};
use crate::object::TypeObject;
use crate::value::{none, Value};

const ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// CPython's errno → OSError subclass table.
fn subclass_for(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno as i32 {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &exc::BLOCKING_IO_ERROR,
        libc::ECHILD => &exc::CHILD_PROCESS_ERROR,
        libc::EPIPE | libc::ESHUTDOWN => &exc::BROKEN_PIPE_ERROR,
        libc::ECONNABORTED => &exc::CONNECTION_ABORTED_ERROR,
        libc::ECONNREFUSED => &exc::CONNECTION_REFUSED_ERROR,
        libc::ECONNRESET => &exc::CONNECTION_RESET_ERROR,
        libc::EEXIST => &exc::FILE_EXISTS_ERROR,
        libc::ENOENT => &exc::FILE_NOT_FOUND_ERROR,
        libc::EISDIR => &exc::IS_A_DIRECTORY_ERROR,
        libc::ENOTDIR => &exc::NOT_A_DIRECTORY_ERROR,
        libc::EINTR => &exc::INTERRUPTED_ERROR,
        libc::EACCES | libc::EPERM => &exc::PERMISSION_ERROR,
        _ => return None,
    })
}

/// Build an OSError (or subclass) instance from constructor arguments.
pub fn new_os_error(ty: &'static TypeObject, args: &[Value]) -> Value {
    let errno_form = (2..=5).contains(&args.len()) && crate::int::is_int(args[0]);
    if !errno_form {
        return exc::new_exc(ty, crate::tuple::new_tuple(args.to_vec()));
    }
    let mut ty = ty;
    if std::ptr::eq(ty, &exc::OS_ERROR) {
        if let Some(sub) = crate::int::as_i64(args[0]).and_then(subclass_for) {
            ty = sub;
        }
    }
    let kept = if args.len() >= 3 { &args[..2] } else { args };
    let e = exc::new_exc(ty, crate::tuple::new_tuple(kept.to_vec()));
    let vals = [
        Some(args[0]),
        Some(args[1]),
        args.get(2).copied(),
        args.get(4).copied(),
    ];
    for (name, v) in ATTRS.iter().zip(vals) {
        if let Some(v) = v {
            let _ = set_attr(e, name, v);
        }
    }
    e
}

fn exc_dict(e: Value) -> Value {
    let o = e.cast::<ExcObj>();
    let mut d = o.dict.get();
    if d.is_null() {
        d = crate::dict::new_dict();
        o.dict.set(d);
    }
    d
}

fn set_attr(e: Value, name: &str, v: Value) -> PyResult<()> {
    crate::dict::dict_set(exc_dict(e), crate::str::intern(name), v)
}

fn get_attr(e: Value, name: &str) -> Option<Value> {
    let d = e.cast::<ExcObj>().dict.get();
    if d.is_null() {
        return None;
    }
    crate::dict::dict_get_str(d, crate::str::intern(name))
}

/// `e.errno` and friends: None unless set.
pub fn getattr(e: Value, name: &str) -> Option<Value> {
    if !ATTRS.contains(&name) || !e.ty().is_subtype(&exc::OS_ERROR) {
        return None;
    }
    Some(get_attr(e, name).unwrap_or_else(none))
}

/// `str(e)` for an OSError carrying errno and strerror, else None.
pub fn os_error_str(e: Value) -> PyResult<Option<String>> {
    if !e.ty().is_subtype(&exc::OS_ERROR) {
        return Ok(None);
    }
    let (Some(errno), Some(strerror)) = (get_attr(e, "errno"), get_attr(e, "strerror")) else {
        return Ok(None);
    };
    let mut s = format!(
        "[Errno {}] {}",
        crate::ops::str_string(errno)?,
        crate::ops::str_string(strerror)?
    );
    if let Some(f) = get_attr(e, "filename").filter(|f| !f.is_none()) {
        s.push_str(": ");
        s.push_str(&crate::ops::repr_string(f)?);
        if let Some(f2) = get_attr(e, "filename2").filter(|f| !f.is_none()) {
            s.push_str(" -> ");
            s.push_str(&crate::ops::repr_string(f2)?);
        }
    }
    Ok(Some(s))
}

/// The C library's message for `errno`.
pub fn strerror(errno: i32) -> String {
    unsafe {
        let p = libc::strerror(errno);
        if p.is_null() {
            return format!("Unknown error {errno}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// Raise the OSError subclass for `errno` with `filename` (None to omit).
pub fn raise_errno(errno: i32, filename: Value) -> PyErr {
    let mut args = vec![
        Value::from_small(errno as i64),
        crate::str::from_string(strerror(errno)),
    ];
    if !filename.is_none() {
        args.push(filename);
    }
    match exc::construct(&exc::OS_ERROR, &args, crate::object::Kw::NONE) {
        Ok(e) => exc::raise_value(e),
        Err(e) => e,
    }
}
