//! `open()`: files on disk as `_io.TextIOWrapper` (text modes) and
//! `_io.BufferedReader`/`_io.BufferedWriter` (binary modes).
//!
//! Modes `r`, `w`, `a`, `x` with `b`/`t` and `+` are supported, with
//! CPython's validation messages. `file` may be a str, bytes, an
//! `os.PathLike` or an open file descriptor (`closefd` is honoured).
//! In `+` (update) modes a write or seek drops the read cache and moves
//! the descriptor to the logical position first, so reads and writes
//! interleave as in CPython (text positions are byte offsets of the
//! encoded text, exact unless newlines were translated on reading).
//! Reading loads the file on the first read and serves `read`,
//! `readline`, `readlines` and iteration from memory; text is decoded
//! with the file's encoding and errors handler (utf-8, ascii, latin-1) and
//! newlines are translated as CPython does (universal newlines by
//! default, `newline=''` keeps them, other values split lines on that
//! terminator). Writes go straight to the file descriptor (no buffer), so
//! the file's contents are complete even if it is never closed, as with
//! CPython's reference counting. Failed opens raise the OSError subclass
//! for the errno with CPython's message. File descriptors of unclosed
//! files are not closed by the collector.

use crate::exc::{self, type_error, value_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::str::{as_str, from_string, new_str, str_opt};
use crate::value::{bool_, none, Value};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct DiskFileObj {
    pub ob: Obj,
    /// The `file` argument of `open()`.
    name: Value,
    /// The `mode` argument as given.
    mode: Value,
    binary: bool,
    readable: bool,
    writable: bool,
    /// The `encoding` attribute (as given, or "UTF-8").
    encoding: Value,
    /// The codec used ("utf-8" when none was given).
    codec: String,
    errors: String,
    /// `newline` argument: None (universal), "", "\n", "\r" or "\r\n".
    newline: Option<String>,
    closed: Cell<bool>,
    fd: Cell<i32>,
    /// A `+` mode: reading and writing share the descriptor's position.
    update: bool,
    /// Close the descriptor on `close()` (false for `open(fd, closefd=False)`).
    closefd: bool,
    /// The file offset where `data` starts (update mode bookkeeping).
    base: Cell<i64>,
    /// Contents for reading: bytes (binary) or decoded, translated text,
    /// loaded on first read.
    data: UnsafeCell<Option<Vec<u8>>>,
    /// Read position (byte offset into `data`).
    pos: Cell<usize>,
}

static FILE_METHODS: MethodTable = &[
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("close", close),
    ("flush", |a, _| {
        check_open(this("flush", a)?)?;
        Ok(none())
    }),
    ("fileno", |a, _| {
        let f = this("fileno", a)?;
        check_open(f)?;
        Ok(Value::from_small(f.fd.get() as i64))
    }),
    ("readable", |a, _| {
        let f = this("readable", a)?;
        check_open(f)?;
        Ok(bool_(f.readable))
    }),
    ("writable", |a, _| {
        let f = this("writable", a)?;
        check_open(f)?;
        Ok(bool_(f.writable))
    }),
    ("seekable", |a, _| {
        let f = this("seekable", a)?;
        check_open(f)?;
        Ok(bool_(true))
    }),
    ("isatty", |a, _| {
        let f = this("isatty", a)?;
        check_open(f)?;
        Ok(bool_(unsafe { libc::isatty(f.fd.get()) } == 1))
    }),
    ("seek", seek),
    ("tell", tell),
    ("__enter__", |a, _| {
        check_open(this("__enter__", a)?)?;
        Ok(a[0])
    }),
    ("__exit__", |a, k| close(&a[..1.min(a.len())], k)),
    ("__iter__", |a, _| {
        check_open(this("__iter__", a)?)?;
        Ok(a[0])
    }),
    ("__next__", |a, _| match file_next(a[0])? {
        Some(v) => Ok(v),
        None => Err(exc::raise_empty(&exc::STOP_ITERATION)),
    }),
];

const FILE_SLOTS: Slots = Slots {
    repr: Some(file_repr),
    iter: Some(|v| {
        check_open(v.cast::<DiskFileObj>())?;
        Ok(v)
    }),
    next: Some(file_next),
    getattr: Some(file_getattr),
    ..Slots::EMPTY
};

pub static TEXT_FILE_TYPE: TypeObject = TypeObject::builtin(
    "TextIOWrapper",
    Kind::DiskFile,
    &OBJECT_TYPE,
    FILE_METHODS,
    FILE_SLOTS,
)
.final_();
pub static BUFFERED_READER_TYPE: TypeObject = TypeObject::builtin(
    "BufferedReader",
    Kind::DiskFile,
    &OBJECT_TYPE,
    FILE_METHODS,
    FILE_SLOTS,
)
.final_();
pub static BUFFERED_RANDOM_TYPE: TypeObject = TypeObject::builtin(
    "BufferedRandom",
    Kind::DiskFile,
    &OBJECT_TYPE,
    FILE_METHODS,
    FILE_SLOTS,
)
.final_();
pub static BUFFERED_WRITER_TYPE: TypeObject = TypeObject::builtin(
    "BufferedWriter",
    Kind::DiskFile,
    &OBJECT_TYPE,
    FILE_METHODS,
    FILE_SLOTS,
)
.final_();

fn this(name: &str, args: &[Value]) -> PyResult<&'static DiskFileObj> {
    match args.first() {
        Some(v) if v.kind() == Kind::DiskFile => Ok(v.cast::<DiskFileObj>()),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a '_io.TextIOWrapper' object"
        ))),
    }
}

fn check_open(f: &DiskFileObj) -> PyResult<()> {
    if f.closed.get() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn unsupported(what: &str) -> exc::PyErr {
    crate::file::UNSUPPORTED_OPERATION.module.set("io");
    exc::raise(&crate::file::UNSUPPORTED_OPERATION, what)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Value], kw: Kw) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if args.len() > NAMES.len() {
        return Err(type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len()
        )));
    }
    let mut a: [Option<Value>; 8] = [None; 8];
    for (i, v) in args.iter().enumerate() {
        a[i] = Some(*v);
    }
    for (k, v) in kw.iter() {
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if a[i].is_none() => a[i] = Some(v),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for open() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(type_error(format!(
                    "open() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(file) = a[0] else {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let opt_str = |v: Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(x) if x.is_none() => Ok(None),
            Some(x) => match str_opt(x) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(type_error(format!(
                    "open() argument '{what}' must be str or None, not {}",
                    x.ty().name()
                ))),
            },
        }
    };
    let mode_v = a[1].unwrap_or_else(|| new_str("r"));
    let Some(mode) = str_opt(mode_v) else {
        return Err(type_error(format!(
            "open() argument 'mode' must be str, not {}",
            mode_v.ty().name()
        )));
    };
    let encoding = opt_str(a[3], "encoding")?;
    let errors = opt_str(a[4], "errors")?;
    let newline = opt_str(a[5], "newline")?;
    if let Some(op) = a[7] {
        if !op.is_none() {
            return Err(crate::exc::not_supported("open() with an opener"));
        }
    }
    // Validate the mode as CPython's _io.open does.
    let (mut creating, mut reading, mut writing, mut appending, mut updating) =
        (false, false, false, false, false);
    let (mut text, mut binary) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxab+t".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'x' => creating = true,
            'r' => reading = true,
            'w' => writing = true,
            'a' => appending = true,
            '+' => updating = true,
            't' => text = true,
            _ => binary = true,
        }
    }
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let kinds = [creating, reading, writing, appending]
        .iter()
        .filter(|x| **x)
        .count();
    if kinds > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let codec = encoding.clone().unwrap_or_else(|| "utf-8".to_string());
    let errors = errors.unwrap_or_else(|| "strict".to_string());
    if !binary {
        // Reject unknown encodings before touching the file.
        crate::bytes::encode("", &codec, "strict")?;
    }
    let closefd = match a[6] {
        Some(v) => crate::ops::truthy(v)?,
        None => true,
    };
    let mut file = file;
    if str_opt(file).is_none()
        && file.kind() != Kind::Bytes
        && !crate::int::is_int(file)
        && crate::typeobj::lookup_heap(file.ty(), "__fspath__").is_some()
    {
        let p = crate::ops::call_method_str(file, "__fspath__", &[])?;
        if str_opt(p).is_none() && p.kind() != Kind::Bytes {
            return Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                file.ty().name(),
                p.ty().name()
            )));
        }
        file = p;
    }
    let fd_given = if crate::int::is_int(file) && file.kind() != Kind::Bool {
        let fd = crate::int::index_i64(file)?;
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        Some(fd as i32)
    } else {
        None
    };
    if fd_given.is_none() && !closefd {
        return Err(value_error("Cannot use closefd=False with file name"));
    }
    let path: Vec<u8> = if fd_given.is_some() {
        Vec::new()
    } else if let Some(s) = str_opt(file) {
        s.as_bytes().to_vec()
    } else if let Some(b) = crate::bytes::bytes_like(file).filter(|_| file.kind() == Kind::Bytes) {
        b.to_vec()
    } else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            file.ty().name()
        )));
    };
    if path.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    let access = if updating {
        libc::O_RDWR
    } else if reading {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    let flags = libc::O_CLOEXEC
        | access
        | if reading {
            0
        } else if writing {
            libc::O_CREAT | libc::O_TRUNC
        } else if appending {
            libc::O_CREAT | libc::O_APPEND
        } else {
            libc::O_CREAT | libc::O_EXCL
        };
    let fd = match fd_given {
        Some(fd) => fd,
        None => {
            let cpath = std::ffi::CString::new(path).unwrap();
            let fd = unsafe { libc::open(cpath.as_ptr(), flags, 0o666 as libc::c_uint) };
            if fd < 0 {
                return Err(crate::oserror::raise_errno(errno(), file));
            }
            fd
        }
    };
    if appending {
        // CPython positions an appending file at its end.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    if unsafe { libc::fstat(fd, &mut st) } == 0 && (st.st_mode & libc::S_IFMT) == libc::S_IFDIR {
        unsafe { libc::close(fd) };
        return Err(crate::oserror::raise_errno(libc::EISDIR, file));
    }
    let ty: &'static TypeObject = if !binary {
        &TEXT_FILE_TYPE
    } else if updating {
        &BUFFERED_RANDOM_TYPE
    } else if reading {
        &BUFFERED_READER_TYPE
    } else {
        &BUFFERED_WRITER_TYPE
    };
    ty.module.set("_io");
    Ok(new_obj(DiskFileObj {
        ob: Obj { ty },
        name: file,
        mode: mode_v,
        binary,
        readable: reading || updating,
        writable: !reading || updating,
        encoding: match &encoding {
            Some(e) => from_string(e.clone()),
            None => new_str("UTF-8"),
        },
        codec,
        errors,
        newline,
        closed: Cell::new(false),
        fd: Cell::new(fd),
        update: updating,
        closefd,
        base: Cell::new(0),
        data: UnsafeCell::new(None),
        pos: Cell::new(0),
    }))
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn file_repr(v: Value) -> PyResult<Value> {
    let f = v.cast::<DiskFileObj>();
    let name = crate::ops::repr_string(f.name)?;
    if f.binary {
        return Ok(from_string(format!("<_io.{} name={name}>", v.ty().name())));
    }
    Ok(from_string(format!(
        "<_io.TextIOWrapper name={name} mode='{}' encoding='{}'>",
        as_str(f.mode),
        as_str(f.encoding)
    )))
}

fn file_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let f = v.cast::<DiskFileObj>();
    Ok(match name {
        "name" => Some(f.name),
        "mode" => Some(f.mode),
        "closed" => Some(bool_(f.closed.get())),
        "encoding" if !f.binary => Some(f.encoding),
        "errors" if !f.binary => Some(new_str(&f.errors)),
        "newlines" if !f.binary => Some(none()),
        "line_buffering" if !f.binary => Some(bool_(false)),
        _ => None,
    })
}

/// The whole remaining file, read on first use.
fn contents(f: &DiskFileObj) -> PyResult<&'static mut Vec<u8>> {
    check_open(f)?;
    if !f.readable {
        return Err(unsupported("not readable"));
    }
    let slot = unsafe { &mut *f.data.get() };
    if slot.is_none() {
        if f.update {
            f.base
                .set(unsafe { libc::lseek(f.fd.get(), 0, libc::SEEK_CUR) } as i64);
            f.pos.set(0);
        }
        let mut raw = Vec::new();
        let mut buf = vec![0u8; 65536];
        loop {
            let n =
                unsafe { libc::read(f.fd.get(), buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
            if n < 0 {
                if errno() == libc::EINTR {
                    continue;
                }
                return Err(crate::oserror::raise_errno(errno(), none()));
            }
            if n == 0 {
                break;
            }
            raw.extend_from_slice(&buf[..n as usize]);
        }
        if !f.binary {
            let text = crate::bytes::decode(&raw, &f.codec, &f.errors)?;
            let mut s = as_str(text).to_string();
            if f.newline.is_none() && s.contains('\r') {
                s = s.replace("\r\n", "\n").replace('\r', "\n");
            }
            raw = s.into_bytes();
        }
        *slot = Some(raw);
    }
    Ok(unsafe { &mut *f.data.get() }.as_mut().unwrap())
}

fn make(f: &DiskFileObj, b: &[u8]) -> Value {
    if f.binary {
        crate::bytes::new_bytes(b.to_vec())
    } else {
        from_string(String::from_utf8(b.to_vec()).unwrap_or_default())
    }
}

/// The end (exclusive) of the line starting at `start`.
fn line_end(f: &DiskFileObj, data: &[u8], start: usize) -> usize {
    let rest = &data[start..];
    let end = match f.newline.as_deref() {
        Some("") => {
            let mut i = 0;
            loop {
                if i >= rest.len() {
                    break None;
                }
                match rest[i] {
                    b'\n' => break Some(i + 1),
                    b'\r' => {
                        break Some(if rest.get(i + 1) == Some(&b'\n') {
                            i + 2
                        } else {
                            i + 1
                        })
                    }
                    _ => i += 1,
                }
            }
        }
        Some(t) if !f.binary => {
            let t = t.as_bytes();
            rest.windows(t.len())
                .position(|w| w == t)
                .map(|i| i + t.len())
        }
        _ => rest.iter().position(|&c| c == b'\n').map(|i| i + 1),
    };
    start + end.unwrap_or(rest.len())
}

/// Advance `n` characters (bytes in binary mode) from `start`.
fn advance(f: &DiskFileObj, data: &[u8], start: usize, n: usize) -> usize {
    if f.binary {
        return (start + n).min(data.len());
    }
    let s = unsafe { std::str::from_utf8_unchecked(&data[start..]) };
    match s.char_indices().nth(n) {
        Some((b, _)) => start + b,
        None => data.len(),
    }
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
    let n = size_arg(args, 1)?;
    let data = contents(f)?;
    let start = f.pos.get().min(data.len());
    let end = if n < 0 {
        data.len()
    } else {
        advance(f, data, start, n as usize)
    };
    f.pos.set(end);
    Ok(make(f, &data[start..end]))
}

fn readline(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("readline", args)?;
    let n = size_arg(args, 1)?;
    let data = contents(f)?;
    let start = f.pos.get().min(data.len());
    let mut end = line_end(f, data, start);
    if n >= 0 {
        end = end.min(advance(f, data, start, n as usize));
    }
    f.pos.set(end);
    Ok(make(f, &data[start..end]))
}

fn readlines(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("readlines", args)?;
    let hint = size_arg(args, 1)?;
    let data = contents(f)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    let mut start = f.pos.get().min(data.len());
    while start < data.len() {
        let end = line_end(f, data, start);
        let line = make(f, &data[start..end]);
        total += if f.binary {
            end - start
        } else {
            crate::str::char_len(line)
        };
        out.push(line);
        start = end;
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    f.pos.set(start);
    Ok(crate::list::new_list(out))
}

fn file_next(v: Value) -> PyResult<Option<Value>> {
    let f = v.cast::<DiskFileObj>();
    let data = contents(f)?;
    let start = f.pos.get().min(data.len());
    if start >= data.len() {
        return Ok(None);
    }
    let end = line_end(f, data, start);
    f.pos.set(end);
    Ok(Some(make(f, &data[start..end])))
}

/// In update mode, the descriptor's offset of the logical position, and
/// the read cache dropped (the next read reloads from there).
fn sync_update(f: &DiskFileObj) -> PyResult<i64> {
    let slot = unsafe { &mut *f.data.get() };
    let off = match slot.as_ref() {
        Some(data) => {
            let pos = f.pos.get().min(data.len());
            let consumed = if f.binary {
                pos
            } else {
                let text = unsafe { std::str::from_utf8_unchecked(&data[..pos]) };
                crate::bytes::encode(text, &f.codec, &f.errors)?.len()
            };
            f.base.get() + consumed as i64
        }
        None => (unsafe { libc::lseek(f.fd.get(), 0, libc::SEEK_CUR) } as i64),
    };
    if slot.is_some() {
        *slot = None;
        f.pos.set(0);
        unsafe { libc::lseek(f.fd.get(), off as libc::off_t, libc::SEEK_SET) };
    }
    Ok(off)
}

fn write_all(f: &DiskFileObj, mut b: &[u8]) -> PyResult<()> {
    if f.update {
        if f.binary {
            sync_update(f)?;
        } else {
            // CPython's TextIOWrapper writes at the buffered reader's
            // position, the end of its read-ahead: the descriptor's
            // offset after loading (the whole file here).
            unsafe { *f.data.get() = None };
            f.pos.set(0);
        }
    }
    while !b.is_empty() {
        let n = unsafe { libc::write(f.fd.get(), b.as_ptr() as *const libc::c_void, b.len()) };
        if n < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(crate::oserror::raise_errno(errno(), none()));
        }
        b = &b[n as usize..];
    }
    Ok(())
}

/// Write one str or bytes-like object; returns the count CPython reports.
fn write_one(f: &DiskFileObj, x: Value) -> PyResult<usize> {
    check_open(f)?;
    if f.binary {
        let Some(b) = crate::bytes::bytes_like(x) else {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                x.ty().name()
            )));
        };
        if !f.writable {
            return Err(unsupported("write"));
        }
        write_all(f, b)?;
        return Ok(b.len());
    }
    let Some(s) = str_opt(x) else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            x.ty().name()
        )));
    };
    if !f.writable {
        return Err(unsupported("not writable"));
    }
    let translated;
    let mut text = s;
    if let Some(nl) = f.newline.as_deref() {
        if (nl == "\r" || nl == "\r\n") && s.contains('\n') {
            translated = s.replace('\n', nl);
            text = &translated;
        }
    }
    let bytes = crate::bytes::encode(text, &f.codec, &f.errors)?;
    write_all(f, &bytes)?;
    Ok(crate::str::char_len(x))
}

fn write(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("write", args)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "write() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(Value::from_small(write_one(f, args[1])? as i64))
}

fn writelines(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("writelines", args)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "writelines() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    check_open(f)?;
    let it = crate::ops::iter(args[1])?;
    while let Some(x) = crate::ops::next(it)? {
        write_one(f, x)?;
    }
    Ok(none())
}

fn close(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("close", args)?;
    if !f.closed.get() {
        f.closed.set(true);
        if f.closefd {
            unsafe { libc::close(f.fd.get()) };
        }
        f.fd.set(-1);
        unsafe { *f.data.get() = None };
    }
    Ok(none())
}

fn tell(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("tell", args)?;
    check_open(f)?;
    if f.update {
        let off = match unsafe { &*f.data.get() } {
            Some(_) => sync_peek(f)?,
            None => (unsafe { libc::lseek(f.fd.get(), 0, libc::SEEK_CUR) } as i64),
        };
        return Ok(Value::from_small(off));
    }
    if f.readable {
        contents(f)?;
        return Ok(Value::from_small(f.pos.get() as i64));
    }
    let off = unsafe { libc::lseek(f.fd.get(), 0, libc::SEEK_CUR) };
    Ok(Value::from_small(off as i64))
}

fn seek(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = this("seek", args)?;
    check_open(f)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!(
            "seek expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let off = crate::int::index_i64(args[1])?;
    let whence = match args.get(2) {
        Some(w) => crate::int::index_i64(*w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!(
            "invalid whence ({whence}, should be 0, 1 or 2)"
        )));
    }
    if !f.binary && whence != 0 && off != 0 {
        return Err(unsupported(if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        }));
    }
    if f.update {
        let cur = sync_update(f)?;
        let target = match whence {
            0 => off,
            1 => cur + off,
            _ => (unsafe { libc::lseek(f.fd.get(), 0, libc::SEEK_END) } as i64) + off,
        };
        if target < 0 {
            return Err(value_error(format!("negative seek position {off}")));
        }
        unsafe { libc::lseek(f.fd.get(), target as libc::off_t, libc::SEEK_SET) };
        return Ok(Value::from_small(target));
    }
    if f.readable {
        let data = contents(f)?;
        let base = match whence {
            0 => 0,
            1 => f.pos.get() as i64,
            _ => data.len() as i64,
        };
        let target = base + off;
        if target < 0 {
            return Err(value_error(format!("negative seek position {off}")));
        }
        let mut p = (target as usize).min(data.len());
        if !f.binary {
            while p > 0 && p < data.len() && (data[p] & 0xC0) == 0x80 {
                p -= 1;
            }
        }
        f.pos.set(p);
        return Ok(Value::from_small(target));
    }
    let w = [libc::SEEK_SET, libc::SEEK_CUR, libc::SEEK_END][whence as usize];
    let r = unsafe { libc::lseek(f.fd.get(), off as libc::off_t, w) };
    if r < 0 {
        return Err(crate::oserror::raise_errno(errno(), none()));
    }
    Ok(Value::from_small(r as i64))
}

/// The descriptor offset of the logical position in update mode, without
/// dropping the read cache.
fn sync_peek(f: &DiskFileObj) -> PyResult<i64> {
    let data = unsafe { &*f.data.get() }.as_ref().unwrap();
    let pos = f.pos.get().min(data.len());
    let consumed = if f.binary {
        pos
    } else {
        let text = unsafe { std::str::from_utf8_unchecked(&data[..pos]) };
        crate::bytes::encode(text, &f.codec, &f.errors)?.len()
    };
    Ok(f.base.get() + consumed as i64)
}
