//! Native support for exception groups (`compiler/stdlib/_pyaot_excgroup.py`
//! defines `BaseExceptionGroup`/`ExceptionGroup` in Python): the group's
//! `message` and `exceptions` slots (kept out of the instance dict, as in
//! CPython), copying and comparing the metadata (`__traceback__`,
//! `__cause__`, `__context__`, `__notes__`) that `split` and `except*`
//! work with, and installing the classes as builtins.

use crate::exc::{ExcObj, PyResult};
use crate::object::{Kind, Kw};
use crate::value::{none, Value};

fn exc(v: Value) -> PyResult<&'static ExcObj> {
    if v.kind() != Kind::Exception {
        return Err(crate::exc::type_error("expected an exception"));
    }
    Ok(v.cast::<ExcObj>())
}

/// `__pyaot_set_builtin__(name, value)`.
pub fn set_builtin(a: &[Value], _: Kw) -> PyResult<Value> {
    crate::builtins::arity("__pyaot_set_builtin__", a, 2, 2)?;
    crate::dict::dict_set(crate::builtins::builtins_dict(), a[0], a[1])?;
    Ok(none())
}

/// `__pyaot_exc_group_init__(eg, message, exceptions)`.
pub fn group_init(a: &[Value], _: Kw) -> PyResult<Value> {
    crate::builtins::arity("__pyaot_exc_group_init__", a, 3, 3)?;
    exc(a[0])?;
    crate::exc_attrs::set(a[0], "__eg_message", a[1]);
    crate::exc_attrs::set(a[0], "__eg_exceptions", a[2]);
    Ok(none())
}

/// `__pyaot_exc_group_get__(eg, i)`: the message (0) or the exceptions (1).
pub fn group_get(a: &[Value], _: Kw) -> PyResult<Value> {
    crate::builtins::arity("__pyaot_exc_group_get__", a, 2, 2)?;
    let e = exc(a[0])?;
    let name = if a[1] == crate::int::new_int(0) {
        "__eg_message"
    } else {
        "__eg_exceptions"
    };
    let d = e.attrs.get();
    if d.is_null() {
        return Ok(none());
    }
    Ok(crate::dict::dict_get_str(d, crate::str::intern(name)).unwrap_or_else(none))
}

fn notes(e: &ExcObj) -> Value {
    let d = e.dict.get();
    if d.is_null() {
        return Value::NULL;
    }
    crate::dict::dict_get_str(d, crate::str::intern_static("__notes__")).unwrap_or(Value::NULL)
}

/// `__pyaot_copy_exc_meta__(src, dst)`: what `split` copies to each part
/// (CPython's `PyException_SetCause` also sets `__suppress_context__`).
pub fn copy_meta(a: &[Value], _: Kw) -> PyResult<Value> {
    crate::builtins::arity("__pyaot_copy_exc_meta__", a, 2, 2)?;
    let (src, dst) = (exc(a[0])?, exc(a[1])?);
    *dst.tb() = src.tb().clone();
    dst.cause.set(src.cause.get());
    dst.context.set(src.context.get());
    dst.suppress_context.set(true);
    Ok(none())
}

/// `__pyaot_copy_tb__(src, dst)`: the traceback only (a naked exception
/// wrapped by `except*`).
pub fn copy_tb(a: &[Value], _: Kw) -> PyResult<Value> {
    crate::builtins::arity("__pyaot_copy_tb__", a, 2, 2)?;
    let (src, dst) = (exc(a[0])?, exc(a[1])?);
    *dst.tb() = src.tb().clone();
    Ok(none())
}

/// `__pyaot_same_exc_meta__(a, b)`: CPython's `is_same_exception_metadata`
/// (a re-raise of what `except*` matched, rather than a new exception).
pub fn same_meta(a: &[Value], _: Kw) -> PyResult<Value> {
    crate::builtins::arity("__pyaot_same_exc_meta__", a, 2, 2)?;
    let (x, y) = (exc(a[0])?, exc(a[1])?);
    let same_tb = {
        let (p, q) = (x.tb(), y.tb());
        p.len() == q.len()
            && p.iter()
                .zip(q.iter())
                .all(|(s, t)| (s.func, s.line, s.pos) == (t.func, t.line, t.pos))
    };
    let same = same_tb
        && notes(x) == notes(y)
        && x.cause.get() == y.cause.get()
        && x.context.get() == y.context.get();
    Ok(crate::value::bool_(same))
}
