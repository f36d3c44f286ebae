//! Text file objects for the standard streams (`sys.stdin`, `sys.stdout`,
//! `sys.stderr`), backed by `stdio.rs`: writes to stdout go through its
//! buffer, stderr is written through, stdin is read line by line.
//!
//! stdin is decoded as UTF-8 (invalid bytes become U+FFFD); as CPython
//! does on POSIX, newlines are not translated ("\r\n" stays). Characters read ahead by `read(n)` are
//! kept in the object and served first by later reads; `input()` reads
//! stdio directly and does not see them.

use crate::exc::{self, type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::str::{from_string, new_str, str_opt};
use crate::value::{bool_, none, Value};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct FileObj {
    pub ob: Obj,
    pub fd: i32,
    pub name: &'static str,
    pub mode: &'static str,
    pub closed: Cell<bool>,
    /// Text read ahead of the caller (stdin only).
    pending: UnsafeCell<String>,
}

static FILE_METHODS: MethodTable = &[
    ("write", write),
    ("writelines", writelines),
    ("flush", flush),
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("fileno", fileno),
    ("isatty", isatty),
    ("readable", readable),
    ("writable", writable),
    ("seekable", seekable),
    ("close", close),
    ("__enter__", enter),
    ("__exit__", exit),
];

pub static FILE_TYPE: TypeObject = TypeObject::builtin(
    "TextIOWrapper",
    Kind::File,
    &OBJECT_TYPE,
    FILE_METHODS,
    Slots {
        repr: Some(file_repr),
        iter: Some(Ok),
        next: Some(file_next),
        getattr: Some(file_getattr),
        ..Slots::EMPTY
    },
)
.final_();

/// A stream object for file descriptor 0, 1 or 2.
pub fn new_std_stream(fd: i32) -> Value {
    FILE_TYPE.module.set("_io");
    let (name, mode) = match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    new_obj(FileObj {
        ob: Obj { ty: &FILE_TYPE },
        fd,
        name,
        mode,
        closed: Cell::new(false),
        pending: UnsafeCell::new(String::new()),
    })
}

fn file_repr(v: Value) -> PyResult<Value> {
    let f = v.cast::<FileObj>();
    Ok(from_string(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        f.name, f.mode
    )))
}

fn file_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let f = v.cast::<FileObj>();
    Ok(match name {
        "name" => Some(new_str(f.name)),
        "mode" => Some(new_str(f.mode)),
        "encoding" => Some(new_str("utf-8")),
        "errors" => Some(new_str("strict")),
        "closed" => Some(bool_(f.closed.get())),
        "newlines" => Some(none()),
        "line_buffering" => Some(bool_(f.fd != 0 && unsafe { libc::isatty(f.fd) } == 1)),
        _ => None,
    })
}

/// The receiver, checked.
fn this(name: &str, args: &[Value]) -> PyResult<&'static FileObj> {
    match args.first() {
        Some(v) if v.kind() == Kind::File => Ok(v.cast::<FileObj>()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a '_io.TextIOWrapper' object"
        ))),
    }
}

/// `io.UnsupportedOperation` (CPython derives it from both OSError and
/// ValueError; here it derives from OSError only).
pub static UNSUPPORTED_OPERATION: TypeObject = TypeObject::builtin(
    "UnsupportedOperation",
    Kind::Exception,
    &exc::OS_ERROR,
    exc::EXC_METHODS,
    exc::EXC_SLOTS,
);

fn unsupported(what: &str) -> exc::PyErr {
    UNSUPPORTED_OPERATION.module.set("io");
    exc::raise(&UNSUPPORTED_OPERATION, what)
}

fn check_open(f: &FileObj) -> PyResult<()> {
    if f.closed.get() {
        return Err(exc::value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn exactly_one(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "TextIOWrapper.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// Write text to the stream (no checks).
fn emit(f: &FileObj, s: &str) {
    if f.fd == 1 {
        crate::stdio::out(s.as_bytes());
    } else {
        crate::stdio::err(s.as_bytes());
    }
}

fn write(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("write", args)?;
    exactly_one("write", args)?;
    check_open(f)?;
    let s = str_opt(args[1]).ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            args[1].ty().name()
        ))
    })?;
    if f.fd == 0 {
        return Err(unsupported("not writable"));
    }
    crate::str_surrogate::check_utf8(s)?;
    emit(f, s);
    Ok(Value::from_small(crate::str::char_len(args[1]) as i64))
}

fn writelines(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("writelines", args)?;
    exactly_one("writelines", args)?;
    check_open(f)?;
    if f.fd == 0 {
        return Err(unsupported("not writable"));
    }
    let it = crate::ops::iter(args[1])?;
    while let Some(x) = crate::ops::next(it)? {
        let s = str_opt(x).ok_or_else(|| {
            type_error(format!(
                "write() argument must be str, not {}",
                x.ty().name()
            ))
        })?;
        emit(f, s);
    }
    Ok(none())
}

fn flush(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("flush", args)?;
    check_open(f)?;
    if f.fd == 1 {
        crate::stdio::flush_out();
    }
    Ok(none())
}

fn pending(f: &FileObj) -> &mut String {
    unsafe { &mut *f.pending.get() }
}

/// The next line of stdin (with its newline; empty at EOF), decoded.
fn next_line(f: &FileObj) -> String {
    let p = pending(f);
    if let Some(i) = p.find('\n') {
        let line: String = p[..=i].to_string();
        p.drain(..=i);
        return line;
    }
    let mut line = std::mem::take(p);
    let raw = crate::stdio::read_line();
    line.push_str(&String::from_utf8_lossy(&raw));
    line
}

fn need_readable(f: &FileObj) -> PyResult<()> {
    check_open(f)?;
    if f.fd != 0 {
        return Err(unsupported("not readable"));
    }
    Ok(())
}

fn size_arg(args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => {
            if !crate::int::is_int(*v) {
                return Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    v.ty().name()
                )));
            }
            crate::int::index_i64(*v)
        }
    }
}

fn read(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("read", args)?;
    need_readable(f)?;
    let n = size_arg(args, 1)?;
    if n < 0 {
        let mut s = std::mem::take(pending(f));
        let raw = crate::stdio::read_all();
        s.push_str(&String::from_utf8_lossy(&raw));
        return Ok(from_string(s));
    }
    let n = n as usize;
    let mut buf = std::mem::take(pending(f));
    while buf.chars().count() < n {
        let line = next_line(f);
        if line.is_empty() {
            break;
        }
        buf.push_str(&line);
    }
    if let Some((b, _)) = buf.char_indices().nth(n) {
        let rest = buf[b..].to_string();
        buf.truncate(b);
        *pending(f) = rest;
    }
    Ok(from_string(buf))
}

fn readline(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("readline", args)?;
    need_readable(f)?;
    let n = size_arg(args, 1)?;
    let line = next_line(f);
    if n >= 0 {
        if let Some((b, _)) = line.char_indices().nth(n as usize) {
            let rest = line[b..].to_string();
            let p = pending(f);
            p.insert_str(0, &rest);
            return Ok(new_str(&line[..b]));
        }
    }
    Ok(from_string(line))
}

fn readlines(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("readlines", args)?;
    need_readable(f)?;
    let mut out = Vec::new();
    loop {
        let line = next_line(f);
        if line.is_empty() {
            break;
        }
        out.push(from_string(line));
    }
    Ok(crate::list::new_list(out))
}

fn file_next(v: Value) -> PyResult<Option<Value>> {
    let f = v.cast::<FileObj>();
    need_readable(f)?;
    if pending(f).is_empty() {
        // The common case: the line is made straight from the input buffer.
        return Ok(crate::stdio::with_line(|raw| {
            if raw.is_empty() {
                return None;
            }
            if raw.is_ascii() {
                // SAFETY: ASCII is valid UTF-8.
                return Some(crate::str::new_ascii_str(unsafe {
                    std::str::from_utf8_unchecked(raw)
                }));
            }
            Some(match std::str::from_utf8(raw) {
                Ok(s) => crate::str::new_str(s),
                Err(_) => from_string(String::from_utf8_lossy(raw).into_owned()),
            })
        }));
    }
    let line = next_line(f);
    if line.is_empty() {
        Ok(None)
    } else {
        Ok(Some(from_string(line)))
    }
}

fn fileno(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("fileno", args)?;
    Ok(Value::from_small(f.fd as i64))
}

fn isatty(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("isatty", args)?;
    check_open(f)?;
    Ok(bool_(unsafe { libc::isatty(f.fd) } == 1))
}

fn readable(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("readable", args)?;
    check_open(f)?;
    Ok(bool_(f.fd == 0))
}

fn writable(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("writable", args)?;
    check_open(f)?;
    Ok(bool_(f.fd != 0))
}

fn seekable(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("seekable", args)?;
    check_open(f)?;
    Ok(bool_(false))
}

fn close(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("close", args)?;
    if f.fd == 1 {
        crate::stdio::flush_out();
    }
    f.closed.set(true);
    Ok(none())
}

fn enter(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("__enter__", args)?;
    check_open(f)?;
    Ok(args[0])
}

fn exit(args: &[Value], kw: Kw) -> PyResult<Value> {
    close(&args[..1.min(args.len())], kw)
}
