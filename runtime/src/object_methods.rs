//! Methods of `object` beyond attribute access and identity comparison
//! (those are in `typeobj.rs`): the ordering comparisons (always
//! NotImplemented), `__sizeof__`, `__getstate__`, `__subclasshook__`, and
//! the pickling hooks `__reduce__`/`__reduce_ex__`, which exist (so
//! `dir()` and `hasattr` agree with CPython) but raise, as pyaot has no
//! pickle support.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw};
use crate::value::{none, not_implemented, Value};

/// `object.__lt__` and the other orderings: NotImplemented.
pub fn ordering(a: &[Value], _kw: Kw) -> PyResult<Value> {
    let got = a.len().saturating_sub(1);
    if got != 1 {
        return Err(type_error(format!("expected 1 argument, got {got}")));
    }
    Ok(not_implemented())
}

/// `object.__sizeof__()`: CPython's size without the collector's
/// pre-header (what `sys.getsizeof` adds back).
pub fn sizeof(a: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = a[0];
    let n = match v.kind() {
        // A plain instance: header plus the dict and weakref words.
        Kind::Instance => 24,
        Kind::List
        | Kind::Tuple
        | Kind::Dict
        | Kind::Set
        | Kind::FrozenSet
        | Kind::Function
        | Kind::Builtin
        | Kind::Type => crate::modules::sys_sizeof::size_of(v)? - 16,
        Kind::Bool
        | Kind::Int
        | Kind::Float
        | Kind::Complex
        | Kind::NoneType
        | Kind::Str
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::Range => crate::modules::sys_sizeof::size_of(v)?,
        _ => 16,
    };
    Ok(crate::int::new_int(n))
}

/// `object.__getstate__()`: the instance dict when it is not empty, else
/// None.
pub fn getstate(a: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = crate::instance::dict_of(a[0]);
    if !d.is_null() && crate::dict::dict_len(d) > 0 {
        return Ok(d);
    }
    Ok(none())
}

/// `object.__subclasshook__(subclass)`: NotImplemented.
pub fn subclasshook(_a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(not_implemented())
}

/// `object.__reduce__()` / `__reduce_ex__(protocol)`.
pub fn reduce(_a: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(crate::exc::not_supported("object.__reduce__ (pickling)"))
}

/// The data attributes (CPython's getset and member descriptors) that a
/// builtin type's `__dict__` lists in CPython; pyaot serves them from
/// `getattr` slots, and `dir()` adds these names.
pub fn builtin_data_attrs(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "AttributeError" => &["name", "obj"],
        "BaseException" => &[
            "__cause__",
            "__context__",
            "__dict__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ],
        "OSError" => &[
            "characters_written",
            "errno",
            "filename",
            "filename2",
            "strerror",
        ],
        "ImportError" => &["msg", "name", "path"],
        "NameError" => &["name"],
        "StopIteration" => &["value"],
        "SyntaxError" => &[
            "end_lineno",
            "end_offset",
            "filename",
            "lineno",
            "msg",
            "offset",
            "print_file_and_line",
            "text",
        ],
        "SystemExit" => &["code"],
        "UnicodeDecodeError" | "UnicodeEncodeError" | "UnicodeTranslateError" => {
            &["encoding", "end", "object", "reason", "start"]
        }
        "complex" | "float" => &["imag", "real"],
        "int" => &["denominator", "imag", "numerator", "real"],
        "range" | "slice" => &["start", "step", "stop"],
        "function" => &[
            "__annotations__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ],
        "generator" => &[
            "__name__",
            "__qualname__",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ],
        "property" => &["__isabstractmethod__", "fdel", "fget", "fset"],
        "staticmethod" | "classmethod" => &[
            "__dict__",
            "__func__",
            "__isabstractmethod__",
            "__wrapped__",
        ],
        "super" => &["__self__", "__self_class__", "__thisclass__"],
        "type" => &[
            "__abstractmethods__",
            "__annotations__",
            "__base__",
            "__bases__",
            "__basicsize__",
            "__dict__",
            "__dictoffset__",
            "__flags__",
            "__itemsize__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
            "__text_signature__",
            "__weakrefoffset__",
        ],
        _ => &[],
    }
}
