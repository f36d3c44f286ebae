//! Exceptions: the builtin hierarchy, the pending-exception state, and how
//! errors travel.
//!
//! How exceptions travel: a fallible runtime function returns
//! `PyResult<T>`; `Err(PyErr)` means "an exception is pending" and the
//! exception object itself sits in the global in-flight slot (`CUR`). At the
//! native ABI (`abi.rs`) this becomes a NULL return. Compiled code and the
//! VM check for NULL after each call and either jump to the block's handler
//! or return NULL to their caller, appending a traceback entry for their
//! frame first. Nothing unwinds the machine stack; no tables are needed.
//!
//! `HANDLED` is the exception currently being handled (CPython's
//! `sys.exc_info()`), used by bare `raise` and for implicit chaining
//! (`__context__`).

use crate::object::{new_obj, Kind, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use std::cell::{Cell, UnsafeCell};

/// Marker: an exception is pending in `CUR`.
#[derive(Debug, Clone, Copy)]
pub struct PyErr;
pub type PyResult<T = Value> = Result<T, PyErr>;

/// One traceback entry: a function (index into the program's function
/// table) and a source line.
#[derive(Clone, Copy, Debug)]
pub struct TbEntry {
    pub func: u32,
    pub line: u32,
    /// The failing instruction's source range (`Inst::pos`; 0: none).
    pub pos: u32,
}

#[repr(C)]
pub struct ExcObj {
    pub ob: Obj,
    pub args: Cell<Value>,
    /// Innermost entry first (the order in which frames were unwound).
    pub tb: UnsafeCell<Vec<TbEntry>>,
    pub cause: Cell<Value>,
    pub context: Cell<Value>,
    pub suppress_context: Cell<bool>,
    /// Instance attributes (for subclasses and extra attributes).
    pub dict: Cell<Value>,
    /// Builtin attributes of particular types (`exc_attrs.rs`), or NULL.
    pub attrs: Cell<Value>,
}

impl ExcObj {
    pub fn tb(&self) -> &mut Vec<TbEntry> {
        unsafe { &mut *self.tb.get() }
    }
}

static mut CUR: Value = Value::NULL;
static mut HANDLED: Value = Value::NULL;

#[inline]
pub fn pending() -> Value {
    unsafe { CUR }
}
/// Take the in-flight exception (leaving none pending).
#[inline]
pub fn take() -> Value {
    unsafe {
        let v = CUR;
        CUR = Value::NULL;
        v
    }
}
#[inline]
pub fn set_pending(v: Value) {
    unsafe { CUR = v }
}
#[inline]
pub fn handled() -> Value {
    unsafe { HANDLED }
}
#[inline]
pub fn set_handled(v: Value) {
    unsafe { HANDLED = v }
}

pub fn exc_type_matches(exc: Value, ty: &TypeObject) -> bool {
    exc.ty().is_subtype(ty)
}

/// Does the pending exception match `ty`? (Does not clear it.)
pub fn pending_is(ty: &TypeObject) -> bool {
    let e = pending();
    !e.is_null() && exc_type_matches(e, ty)
}

/// Make `exc` the in-flight exception, chaining the handled one as its
/// `__context__` as CPython does.
pub fn raise_value(exc: Value) -> PyErr {
    let h = handled();
    if !h.is_null() && !h.is(exc) && exc.kind() == Kind::Exception {
        let e = exc.cast::<ExcObj>();
        // Avoid creating a cycle in the context chain.
        let mut c = h;
        let mut cyclic = false;
        while !c.is_null() && c.kind() == Kind::Exception {
            if c.is(exc) {
                cyclic = true;
                break;
            }
            c = c.cast::<ExcObj>().context.get();
        }
        if !cyclic {
            e.context.set(h);
        }
    }
    set_pending(exc);
    PyErr
}

/// Allocate an exception instance of builtin-layout type `ty` with `args`.
pub fn new_exc(ty: &TypeObject, args: Value) -> Value {
    new_obj(ExcObj {
        ob: Obj { ty },
        args: Cell::new(args),
        tb: UnsafeCell::new(Vec::new()),
        cause: Cell::new(Value::NULL),
        context: Cell::new(Value::NULL),
        suppress_context: Cell::new(false),
        dict: Cell::new(Value::NULL),
        attrs: Cell::new(Value::NULL),
    })
}

/// `ty(*args, **kw)` for an exception type with builtin layout: the
/// instance with its `args` and builtin attributes set.
pub fn construct(
    ty: &'static TypeObject,
    args: &[Value],
    kw: crate::object::Kw,
) -> PyResult<Value> {
    let ty = crate::exc_attrs::creation_type(ty, args);
    let e = new_exc(ty, empty_args());
    crate::exc_attrs::init(e, args, kw)?;
    Ok(e)
}

pub fn new_exc_msg(ty: &TypeObject, msg: &str) -> Value {
    new_exc(ty, crate::tuple::new_tuple(vec![crate::str::new_str(msg)]))
}

/// Raise `ty(msg)`.
pub fn raise(ty: &'static TypeObject, msg: impl AsRef<str>) -> PyErr {
    raise_value(new_exc_msg(ty, msg.as_ref()))
}
/// Raise `ty()` with no arguments.
pub fn raise_empty(ty: &'static TypeObject) -> PyErr {
    raise_value(new_exc(ty, crate::tuple::new_tuple(vec![])))
}
pub fn type_error(msg: impl AsRef<str>) -> PyErr {
    raise(&TYPE_ERROR, msg)
}
pub fn value_error(msg: impl AsRef<str>) -> PyErr {
    raise(&VALUE_ERROR, msg)
}
pub fn index_error(msg: impl AsRef<str>) -> PyErr {
    raise(&INDEX_ERROR, msg)
}
pub fn overflow_error(msg: impl AsRef<str>) -> PyErr {
    raise(&OVERFLOW_ERROR, msg)
}
pub fn zero_div(msg: impl AsRef<str>) -> PyErr {
    raise(&ZERO_DIVISION_ERROR, msg)
}
pub fn runtime_error(msg: impl AsRef<str>) -> PyErr {
    raise(&RUNTIME_ERROR, msg)
}
pub fn attribute_error(msg: impl AsRef<str>) -> PyErr {
    raise(&ATTRIBUTE_ERROR, msg)
}
pub fn name_error(msg: impl AsRef<str>) -> PyErr {
    raise(&NAME_ERROR, msg)
}
/// `KeyError(key)`: the key itself is the argument.
pub fn key_error(key: Value) -> PyErr {
    raise_value(new_exc(&KEY_ERROR, crate::tuple::new_tuple(vec![key])))
}
pub fn stop_iteration() -> PyErr {
    raise_empty(&STOP_ITERATION)
}
/// An internal limitation, reported as a Python exception rather than a crash.
pub fn not_supported(what: impl AsRef<str>) -> PyErr {
    raise(
        &NOT_IMPLEMENTED_ERROR,
        format!("pyaot does not support {} yet", what.as_ref()),
    )
}

static mut METHOD_LOOKUP_FAILED: bool = false;

/// The failing `CallMethod` failed to look its method up: its traceback
/// entry shows the range of `obj.name` rather than of the whole call.
pub fn note_method_lookup_failed() {
    unsafe { METHOD_LOOKUP_FAILED = true }
}

/// Append a traceback entry to the pending exception.
pub fn add_traceback(func: u32, mut line: u32, mut pos: u32) {
    if unsafe { std::mem::replace(&mut METHOD_LOOKUP_FAILED, false) } {
        let f = &crate::program::program().module.functions[func as usize];
        if let Some(pyaot_ir::Anchor::Call { attr }) = f.pos(pos).map(|p| p.anchor) {
            pos = attr;
            line = f.pos(attr).map_or(line, |p| p.line);
        }
    }
    let e = pending();
    if !e.is_null() && e.kind() == Kind::Exception {
        e.cast::<ExcObj>().tb().push(TbEntry { func, line, pos });
    }
}

pub static EXC_METHODS: MethodTable = &[
    ("__setstate__", crate::extra_methods::exc_setstate),
    ("__init__", |a, kw| {
        if let Some(e) = a.first().filter(|e| e.kind() == Kind::Exception) {
            crate::exc_attrs::init(*e, &a[1..], kw)?;
        }
        Ok(none())
    }),
    ("with_traceback", |a, _| {
        crate::builtins::arity("with_traceback", &a[1..], 1, 1)?;
        crate::traceback::set_exception_tb(a[0].cast::<ExcObj>(), a[1])?;
        Ok(a[0])
    }),
    ("add_note", |a, _| {
        crate::builtins::arity("add_note", a, 2, 2)?;
        if a[1].kind() != Kind::Str {
            return Err(type_error(format!(
                "note must be a str, not '{}'",
                a[1].ty().name()
            )));
        }
        let d = crate::instance::dict_of(a[0]);
        let key = crate::str::intern_static("__notes__");
        let notes = match crate::dict::dict_get_str(d, key) {
            Some(n) => n,
            None => {
                let n = crate::list::new_list(vec![]);
                crate::dict::dict_set(d, key, n)?;
                n
            }
        };
        crate::list::items_mut(notes).push(a[1]);
        Ok(none())
    }),
    ("__str__", |a, _| Ok(crate::str::new_str(&exc_str(a[0])?))),
    ("__repr__", |a, _| Ok(crate::str::new_str(&exc_repr(a[0])?))),
];
pub const EXC_SLOTS: Slots = Slots {
    setattr: Some(exc_setattr),
    repr: Some(|v| Ok(crate::str::new_str(&exc_repr(v)?))),
    str: Some(|v| Ok(crate::str::new_str(&exc_str(v)?))),
    getattr: Some(exc_getattr),
    new: Some(exc_new),
    ..Slots::EMPTY
};

fn exc_new(ty: &'static TypeObject, args: &[Value], kw: crate::object::Kw) -> PyResult<Value> {
    construct(ty, args, kw)
}

pub fn is_special_attr(n: &str) -> bool {
    matches!(
        n,
        "args"
            | "__cause__"
            | "__context__"
            | "__suppress_context__"
            | "__traceback__"
            | "name"
            | "obj"
            | "msg"
            | "path"
            | "errno"
            | "strerror"
            | "filename"
            | "filename2"
            | "encoding"
            | "object"
            | "start"
            | "end"
            | "reason"
    )
}

pub fn exc_setattr(v: Value, name: Value, x: Value) -> PyResult<()> {
    let e = v.cast::<ExcObj>();
    match crate::str::as_str(name) {
        "args" => e.args.set(crate::tuple::new_tuple(crate::ops::collect(x)?)),
        "__cause__" => {
            e.cause.set(if x.is_none() { Value::NULL } else { x });
            e.suppress_context.set(true);
        }
        "__context__" => e.context.set(if x.is_none() { Value::NULL } else { x }),
        "__suppress_context__" => e.suppress_context.set(crate::ops::truthy(x)?),
        "__traceback__" => crate::traceback::set_exception_tb(e, x)?,
        n if crate::exc_attrs::assign(v, n, x) => {}
        _ => return crate::instance::generic_setattr(v, name, x),
    }
    Ok(())
}

fn exc_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let e = v.cast::<ExcObj>();
    let or_none = |x: Value| if x.is_null() { none() } else { x };
    Ok(match name {
        "args" => Some(e.args.get()),
        "__cause__" => Some(or_none(e.cause.get())),
        "__context__" => Some(or_none(e.context.get())),
        "__suppress_context__" => Some(crate::value::bool_(e.suppress_context.get())),
        "__traceback__" => Some(crate::traceback::of_exception(e)),
        "__notes__" => {
            let d = e.dict.get();
            if d.is_null() {
                None
            } else {
                crate::dict::dict_get_str(d, crate::str::intern_static("__notes__"))
            }
        }

        "value" if v.ty().is_subtype(&STOP_ITERATION) => Some(
            crate::tuple::items(e.args.get())
                .first()
                .copied()
                .unwrap_or_else(none),
        ),
        "code" if v.ty().is_subtype(&SYSTEM_EXIT) => {
            let args = crate::tuple::items(e.args.get());
            Some(match args.len() {
                0 => none(),
                1 => args[0],
                _ => e.args.get(),
            })
        }
        _ => {
            let d = e.dict.get();
            if !d.is_null() {
                if let Some(x) = crate::dict::dict_get_str(d, crate::str::intern(name)) {
                    return Ok(Some(x));
                }
            }
            crate::exc_attrs::get(v, name)
        }
    })
}

macro_rules! exc_types {
    ($( $st:ident, $name:literal, $base:expr; )*) => {
        $(
            pub static $st: TypeObject =
                TypeObject::builtin($name, Kind::Exception, $base, EXC_METHODS, EXC_SLOTS);
        )*
        /// Every builtin exception type, for the builtins namespace.
        pub fn all_exception_types() -> Vec<&'static TypeObject> {
            vec![$( &$st ),*]
        }
    };
}

exc_types! {
    BASE_EXCEPTION, "BaseException", &OBJECT_TYPE;
    GENERATOR_EXIT, "GeneratorExit", &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT, "KeyboardInterrupt", &BASE_EXCEPTION;
    SYSTEM_EXIT, "SystemExit", &BASE_EXCEPTION;
    EXCEPTION, "Exception", &BASE_EXCEPTION;
    ARITHMETIC_ERROR, "ArithmeticError", &EXCEPTION;
    FLOATING_POINT_ERROR, "FloatingPointError", &ARITHMETIC_ERROR;
    OVERFLOW_ERROR, "OverflowError", &ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR, "ZeroDivisionError", &ARITHMETIC_ERROR;
    ASSERTION_ERROR, "AssertionError", &EXCEPTION;
    ATTRIBUTE_ERROR, "AttributeError", &EXCEPTION;
    BUFFER_ERROR, "BufferError", &EXCEPTION;
    EOF_ERROR, "EOFError", &EXCEPTION;
    IMPORT_ERROR, "ImportError", &EXCEPTION;
    MODULE_NOT_FOUND_ERROR, "ModuleNotFoundError", &IMPORT_ERROR;
    LOOKUP_ERROR, "LookupError", &EXCEPTION;
    INDEX_ERROR, "IndexError", &LOOKUP_ERROR;
    KEY_ERROR, "KeyError", &LOOKUP_ERROR;
    MEMORY_ERROR, "MemoryError", &EXCEPTION;
    NAME_ERROR, "NameError", &EXCEPTION;
    UNBOUND_LOCAL_ERROR, "UnboundLocalError", &NAME_ERROR;
    OS_ERROR, "OSError", &EXCEPTION;
    BLOCKING_IO_ERROR, "BlockingIOError", &OS_ERROR;
    CHILD_PROCESS_ERROR, "ChildProcessError", &OS_ERROR;
    CONNECTION_ERROR, "ConnectionError", &OS_ERROR;
    BROKEN_PIPE_ERROR, "BrokenPipeError", &CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR, "ConnectionAbortedError", &CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR, "ConnectionRefusedError", &CONNECTION_ERROR;
    CONNECTION_RESET_ERROR, "ConnectionResetError", &CONNECTION_ERROR;
    FILE_EXISTS_ERROR, "FileExistsError", &OS_ERROR;
    FILE_NOT_FOUND_ERROR, "FileNotFoundError", &OS_ERROR;
    INTERRUPTED_ERROR, "InterruptedError", &OS_ERROR;
    IS_A_DIRECTORY_ERROR, "IsADirectoryError", &OS_ERROR;
    NOT_A_DIRECTORY_ERROR, "NotADirectoryError", &OS_ERROR;
    PERMISSION_ERROR, "PermissionError", &OS_ERROR;
    PROCESS_LOOKUP_ERROR, "ProcessLookupError", &OS_ERROR;
    TIMEOUT_ERROR, "TimeoutError", &OS_ERROR;
    REFERENCE_ERROR, "ReferenceError", &EXCEPTION;
    RUNTIME_ERROR, "RuntimeError", &EXCEPTION;
    NOT_IMPLEMENTED_ERROR, "NotImplementedError", &RUNTIME_ERROR;
    RECURSION_ERROR, "RecursionError", &RUNTIME_ERROR;
    STOP_ASYNC_ITERATION, "StopAsyncIteration", &EXCEPTION;
    STOP_ITERATION, "StopIteration", &EXCEPTION;
    SYNTAX_ERROR, "SyntaxError", &EXCEPTION;
    INDENTATION_ERROR, "IndentationError", &SYNTAX_ERROR;
    TAB_ERROR, "TabError", &INDENTATION_ERROR;
    SYSTEM_ERROR, "SystemError", &EXCEPTION;
    TYPE_ERROR, "TypeError", &EXCEPTION;
    VALUE_ERROR, "ValueError", &EXCEPTION;
    UNICODE_ERROR, "UnicodeError", &VALUE_ERROR;
    UNICODE_DECODE_ERROR, "UnicodeDecodeError", &UNICODE_ERROR;
    UNICODE_ENCODE_ERROR, "UnicodeEncodeError", &UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR, "UnicodeTranslateError", &UNICODE_ERROR;
    WARNING, "Warning", &EXCEPTION;
    USER_WARNING, "UserWarning", &WARNING;
    DEPRECATION_WARNING, "DeprecationWarning", &WARNING;
    PENDING_DEPRECATION_WARNING, "PendingDeprecationWarning", &WARNING;
    SYNTAX_WARNING, "SyntaxWarning", &WARNING;
    RUNTIME_WARNING, "RuntimeWarning", &WARNING;
    FUTURE_WARNING, "FutureWarning", &WARNING;
    IMPORT_WARNING, "ImportWarning", &WARNING;
    UNICODE_WARNING, "UnicodeWarning", &WARNING;
    BYTES_WARNING, "BytesWarning", &WARNING;
    RESOURCE_WARNING, "ResourceWarning", &WARNING;
    ENCODING_WARNING, "EncodingWarning", &WARNING;
}

/// `str(exc)`: '' for no args, str(arg) for one (repr for KeyError), else
/// str(args).
pub fn exc_str(exc: Value) -> PyResult<String> {
    let e = exc.cast::<ExcObj>();
    let args = e.args.get();
    let items = crate::tuple::items(args);
    if let Some(s) = crate::exc_attrs::os_error_str(exc)? {
        return Ok(s);
    }
    match items.len() {
        0 => Ok(String::new()),
        1 if exc.ty().is_subtype(&KEY_ERROR) => crate::ops::repr_string(items[0]),
        1 => crate::ops::str_string(items[0]),
        _ => crate::ops::str_string(args),
    }
}

/// `repr(exc)`: `Name(arg, ...)`.
pub fn exc_repr(exc: Value) -> PyResult<String> {
    let e = exc.cast::<ExcObj>();
    let items = crate::tuple::items(e.args.get());
    let name = exc.ty().name();
    if items.len() == 1 {
        return Ok(format!("{name}({})", crate::ops::repr_string(items[0])?));
    }
    let mut parts = Vec::new();
    for v in items {
        parts.push(crate::ops::repr_string(*v)?);
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

/// Print an uncaught exception as CPython does, chained exceptions first.
pub fn print_exception(exc: Value, out: &mut String) {
    format_exception(exc, out, true)
}

/// CPython's traceback text for `exc`, with or without the chained
/// exceptions (`__cause__`/`__context__`) before it.
pub fn format_exception(exc: Value, out: &mut String, chain: bool) {
    format_exception_as(exc, out, chain, false)
}

/// [`format_exception`] with the caret rules of `Lib/traceback.py` (`py`)
/// or of the interpreter's printer.
pub fn format_exception_as(exc: Value, out: &mut String, chain: bool, py: bool) {
    crate::exc_print::format(exc, out, chain, py)
}

/// Default `args` for a fresh exception.
pub fn empty_args() -> Value {
    crate::tuple::new_tuple(vec![])
}
