//! `bytes` and `bytearray`: immutable and mutable byte strings, and the
//! codecs between them and `str` (utf-8, ascii, latin-1 with the
//! strict/ignore/replace error handlers, CPython's messages).
//!
//! Both types share their read-only behaviour (repr, comparison, indexing,
//! searching, splitting, ...): a method of either returns the same type as
//! its receiver, as in CPython. The methods live in `bytes_methods.rs`.

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};
use std::cell::UnsafeCell;

#[repr(C)]
pub struct BytesObj {
    pub ob: Obj,
    pub v: Box<[u8]>,
}

#[repr(C)]
pub struct ByteArrayObj {
    pub ob: Obj,
    pub v: UnsafeCell<Vec<u8>>,
}

pub const BYTES_SLOTS: Slots = Slots {
    repr: Some(bytes_repr),
    hash: Some(|v| Ok(crate::str::hash_bytes(as_bytes(v)))),
    richcmp: Some(bytes_richcmp),
    binary: Some(bytes_binary),
    len: Some(|v| Ok(as_bytes(v).len())),
    getitem: Some(bytes_getitem),
    contains: Some(bytes_contains),
    iter: Some(bytes_iter),
    new: Some(bytes_new),
    ..Slots::EMPTY
};
pub static BYTES_TYPE: TypeObject = TypeObject::builtin(
    "bytes",
    Kind::Bytes,
    &OBJECT_TYPE,
    crate::bytes_methods::BYTES_METHODS,
    BYTES_SLOTS,
);

pub const BYTEARRAY_SLOTS: Slots = Slots {
    repr: Some(bytes_repr),
    richcmp: Some(bytes_richcmp),
    binary: Some(bytes_binary),
    inplace: Some(bytearray_inplace),
    len: Some(|v| Ok(as_bytes(v).len())),
    getitem: Some(bytes_getitem),
    setitem: Some(bytearray_setitem),
    delitem: Some(bytearray_delitem),
    contains: Some(bytes_contains),
    iter: Some(bytes_iter),
    new: Some(bytearray_new),
    ..Slots::EMPTY
};
pub static BYTEARRAY_TYPE: TypeObject = TypeObject::builtin(
    "bytearray",
    Kind::ByteArray,
    &OBJECT_TYPE,
    crate::bytes_methods::BYTEARRAY_METHODS,
    BYTEARRAY_SLOTS,
)
.unhashable();

pub fn new_bytes(v: Vec<u8>) -> Value {
    new_obj(BytesObj {
        ob: Obj { ty: &BYTES_TYPE },
        v: v.into_boxed_slice(),
    })
}

pub fn new_bytearray(v: Vec<u8>) -> Value {
    new_obj(ByteArrayObj {
        ob: Obj {
            ty: &BYTEARRAY_TYPE,
        },
        v: UnsafeCell::new(v),
    })
}

/// The contents of a bytes or bytearray object (the caller has checked
/// the kind; valid until a bytearray is next mutated).
#[inline]
pub fn as_bytes(v: Value) -> &'static [u8] {
    if v.kind() == Kind::ByteArray {
        unsafe { &*v.cast::<ByteArrayObj>().v.get() }
    } else {
        &v.cast::<BytesObj>().v
    }
}

/// The mutable buffer of a bytearray.
#[inline]
pub fn bytearray_mut(v: Value) -> &'static mut Vec<u8> {
    unsafe { &mut *v.cast::<ByteArrayObj>().v.get() }
}

/// The bytes of a bytes-like object (bytes, bytearray or memoryview).
#[inline]
pub fn bytes_like(v: Value) -> Option<&'static [u8]> {
    if v.is_small() {
        return None;
    }
    match v.kind() {
        Kind::Bytes | Kind::ByteArray => Some(as_bytes(v)),
        Kind::MemoryView => crate::memoryview::view_bytes(v),
        _ => None,
    }
}

/// A new object of the same type family as `this` (bytes or bytearray).
pub fn make_like(this: Value, v: Vec<u8>) -> Value {
    if this.kind() == Kind::ByteArray {
        new_bytearray(v)
    } else {
        new_bytes(v)
    }
}

fn type_label(v: Value) -> &'static str {
    if v.kind() == Kind::ByteArray {
        "bytearray"
    } else {
        "bytes"
    }
}

// ---------------------------------------------------------------------
// repr and slots.

/// `b'...'` as CPython prints it.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

pub(crate) fn bytes_repr(v: Value) -> PyResult<Value> {
    let r = repr_bytes(as_bytes(v));
    if v.kind() == Kind::ByteArray {
        Ok(crate::str::from_string(format!("{}({r})", v.ty().name())))
    } else {
        Ok(crate::str::from_string(r))
    }
}

pub(crate) fn bytes_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
        return Ok(not_implemented());
    };
    Ok(bool_(match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        _ => return Ok(not_implemented()),
    }))
}

pub(crate) fn bytes_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let Some(x) = bytes_like(a) else {
                return Ok(not_implemented());
            };
            let Some(y) = bytes_like(b) else {
                if let Some(r) = crate::str::try_reflected(op, a, b)? {
                    return Ok(r);
                }
                return Err(type_error(format!(
                    "can't concat {} to {}",
                    b.ty().name(),
                    type_label(a)
                )));
            };
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(make_like(a, v))
        }
        BinOp::Mul => {
            let (s, n) = if bytes_like(a).is_some() {
                (a, b)
            } else {
                (b, a)
            };
            let Some(x) = bytes_like(s) else {
                return Ok(not_implemented());
            };
            match crate::str::repeat_count(n)? {
                Some(k) => {
                    if k <= 0 || x.is_empty() {
                        return Ok(make_like(s, Vec::new()));
                    }
                    let total = (x.len() as u128) * (k as u128);
                    if total > (1u128 << 36) {
                        return Err(crate::exc::raise_empty(&crate::exc::MEMORY_ERROR));
                    }
                    Ok(make_like(s, x.repeat(k as usize)))
                }
                None => {
                    if bytes_like(a).is_some() {
                        if let Some(r) = crate::str::try_reflected(op, a, b)? {
                            return Ok(r);
                        }
                    }
                    Err(type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        n.ty().name()
                    )))
                }
            }
        }
        BinOp::Mod => {
            if !matches!(a.kind(), Kind::Bytes | Kind::ByteArray) {
                return Ok(not_implemented());
            }
            let out = crate::printf::percent_format_bytes(as_bytes(a), b)?;
            Ok(make_like(a, out))
        }
        _ => Ok(not_implemented()),
    }
}

fn bytearray_inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            let Some(y) = bytes_like(b) else {
                return Err(type_error(format!(
                    "can't concat {} to bytearray",
                    b.ty().name()
                )));
            };
            let y = y.to_vec();
            bytearray_mut(a).extend_from_slice(&y);
            Ok(a)
        }
        BinOp::Mul => match crate::str::repeat_count(b)? {
            Some(k) => {
                let v = bytearray_mut(a);
                if k <= 0 {
                    v.clear();
                } else {
                    let x = v.clone();
                    for _ in 1..k {
                        v.extend_from_slice(&x);
                    }
                }
                Ok(a)
            }
            None => Ok(not_implemented()),
        },
        _ => Ok(not_implemented()),
    }
}

fn index_arg(v: Value, what: &str) -> PyResult<Option<i64>> {
    if crate::int::is_int(v) {
        return match crate::int::as_i64(v) {
            Some(i) => Ok(Some(i)),
            None => Err(crate::exc::index_error(
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    if v.kind() == Kind::Slice {
        return Ok(None);
    }
    if v.kind() == Kind::Instance {
        return Ok(Some(crate::int::index_i64(v)?));
    }
    Err(type_error(format!(
        "{what} indices must be integers or slices, not {}",
        v.ty().name()
    )))
}

pub(crate) fn bytes_getitem(v: Value, key: Value) -> PyResult<Value> {
    let b = as_bytes(v);
    let what = if v.kind() == Kind::ByteArray {
        "bytearray"
    } else {
        "byte"
    };
    match index_arg(key, what)? {
        Some(i) => match crate::slice::norm_index(i, b.len()) {
            Some(j) => Ok(Value::from_small(b[j] as i64)),
            None => Err(crate::exc::index_error(if v.kind() == Kind::ByteArray {
                "bytearray index out of range"
            } else {
                "index out of range"
            })),
        },
        None => {
            let (start, _, step, n) = crate::slice::indices(key, b.len())?;
            let mut out = Vec::with_capacity(n);
            let mut i = start;
            for _ in 0..n {
                out.push(b[i as usize]);
                i += step;
            }
            Ok(make_like(v, out))
        }
    }
}

/// A value to store in a bytearray: an int in range(256).
fn byte_value(v: Value) -> PyResult<u8> {
    let i = crate::int::index_i64(v)?;
    if !(0..256).contains(&i) {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

pub(crate) fn bytearray_setitem(v: Value, key: Value, x: Value) -> PyResult<()> {
    let len = as_bytes(v).len();
    match index_arg(key, "bytearray")? {
        Some(i) => match crate::slice::norm_index(i, len) {
            Some(j) => {
                let b = byte_value(x)?;
                bytearray_mut(v)[j] = b;
                Ok(())
            }
            None => Err(crate::exc::index_error("bytearray index out of range")),
        },
        None => {
            let src: Vec<u8> = match bytes_like(x) {
                Some(b) => b.to_vec(),
                None => {
                    if crate::int::is_int(x) {
                        return Err(type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    }
                    let mut out = Vec::new();
                    for it in crate::ops::collect(x)? {
                        out.push(byte_value(it)?);
                    }
                    out
                }
            };
            let (start, stop, step, n) = crate::slice::indices(key, len)?;
            let buf = bytearray_mut(v);
            if step == 1 {
                let s = start.max(0) as usize;
                let e = (stop.max(start)).max(0) as usize;
                buf.splice(s..e.min(buf.len()), src);
                return Ok(());
            }
            if src.len() != n {
                return Err(value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    src.len(),
                    n
                )));
            }
            let mut i = start;
            for b in src {
                buf[i as usize] = b;
                i += step;
            }
            Ok(())
        }
    }
}

pub(crate) fn bytearray_delitem(v: Value, key: Value) -> PyResult<()> {
    let len = as_bytes(v).len();
    match index_arg(key, "bytearray")? {
        Some(i) => match crate::slice::norm_index(i, len) {
            Some(j) => {
                bytearray_mut(v).remove(j);
                Ok(())
            }
            None => Err(crate::exc::index_error("bytearray index out of range")),
        },
        None => {
            let (start, _, step, n) = crate::slice::indices(key, len)?;
            let mut kill = vec![false; len];
            let mut i = start;
            for _ in 0..n {
                kill[i as usize] = true;
                i += step;
            }
            let buf = bytearray_mut(v);
            let mut k = 0;
            buf.retain(|_| {
                let keep = !kill[k];
                k += 1;
                keep
            });
            Ok(())
        }
    }
}

pub(crate) fn bytes_contains(v: Value, item: Value) -> PyResult<bool> {
    let b = as_bytes(v);
    if crate::int::is_int(item) {
        let i = crate::int::as_i64(item).unwrap_or(-1);
        if !(0..256).contains(&i) {
            return Err(value_error("byte must be in range(0, 256)"));
        }
        return Ok(b.contains(&(i as u8)));
    }
    match bytes_like(item) {
        Some(sub) => Ok(find_sub(b, sub, 0).is_some()),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.ty().name()
        ))),
    }
}

/// The first index >= `from` where `sub` occurs in `hay`.
pub fn find_sub(hay: &[u8], sub: &[u8], from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(from);
    }
    if sub.len() == 1 {
        return hay[from..]
            .iter()
            .position(|&c| c == sub[0])
            .map(|p| p + from);
    }
    hay[from..]
        .windows(sub.len())
        .position(|w| w == sub)
        .map(|p| p + from)
}

/// The last index where `sub` occurs in `hay`.
pub fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(hay.len());
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

// ---------------------------------------------------------------------
// Iteration.

#[repr(C)]
pub struct BytesIterObj {
    pub ob: Obj,
    pub b: Value,
    pub i: std::cell::Cell<usize>,
}

pub static BYTES_ITER_TYPE: TypeObject = TypeObject::builtin(
    "bytes_iterator",
    Kind::Iter,
    &OBJECT_TYPE,
    &[],
    Slots {
        iter: Some(Ok),
        next: Some(bytes_iter_next),
        ..Slots::EMPTY
    },
)
.final_();

pub(crate) fn bytes_iter(v: Value) -> PyResult<Value> {
    Ok(new_obj(BytesIterObj {
        ob: Obj {
            ty: &BYTES_ITER_TYPE,
        },
        b: v,
        i: std::cell::Cell::new(0),
    }))
}

fn bytes_iter_next(it: Value) -> PyResult<Option<Value>> {
    let o = it.cast::<BytesIterObj>();
    let i = o.i.get();
    match as_bytes(o.b).get(i) {
        Some(c) => {
            o.i.set(i + 1);
            Ok(Some(Value::from_small(*c as i64)))
        }
        None => Ok(None),
    }
}

// ---------------------------------------------------------------------
// Constructors.

/// The bytes for `bytes(x)` / `bytearray(x)` with optional encoding.
fn construct(name: &str, args: &[Value], kw: Kw) -> PyResult<Vec<u8>> {
    let mut src = args.first().copied();
    let mut encoding = args.get(1).copied();
    let mut errors = args.get(2).copied();
    if args.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw.iter() {
        match k {
            "source" => src = Some(v),
            "encoding" => encoding = Some(v),
            "errors" => errors = Some(v),
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let Some(x) = src else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error("encoding or errors without sequence argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = crate::str::str_opt(x) {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = crate::str::str_opt(enc).ok_or_else(|| {
            type_error(format!(
                "{name}() argument 'encoding' must be str, not {}",
                enc.ty().name()
            ))
        })?;
        let err = match errors {
            None => "strict",
            Some(e) => crate::str::str_opt(e).ok_or_else(|| {
                type_error(format!(
                    "{name}() argument 'errors' must be str, not {}",
                    e.ty().name()
                ))
            })?,
        };
        return encode(s, enc, err);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_like(x) {
        return Ok(b.to_vec());
    }
    if crate::int::is_int(x) {
        let n = crate::int::as_i64(x).ok_or_else(|| {
            crate::exc::overflow_error("cannot fit 'int' into an index-sized integer")
        })?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        if n > (1 << 36) {
            return Err(crate::exc::raise_empty(&crate::exc::MEMORY_ERROR));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let t = x.ty();
    if t.slots.iter.is_none() && t.slots.getitem.is_none() && x.kind() != Kind::Instance {
        return Err(type_error(format!(
            "cannot convert '{}' object to {name}",
            t.name()
        )));
    }
    let mut out = Vec::new();
    for it in crate::ops::collect(x)? {
        let i = crate::int::index_i64(it)?;
        if !(0..256).contains(&i) {
            return Err(value_error(format!("{name} must be in range(0, 256)")));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn bytes_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() == 1
        && kw.is_empty()
        && args[0].kind() == Kind::Bytes
        && !args[0].ty().heap
        && std::ptr::eq(ty, &BYTES_TYPE)
    {
        return Ok(args[0]);
    }
    // Objects with __bytes__.
    if args.len() == 1 && kw.is_empty() && args[0].kind() == Kind::Instance {
        if let Some(r) = crate::int::call_dunder(args[0], "__bytes__")? {
            if r.kind() != Kind::Bytes {
                return Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    r.ty().name()
                )));
            }
            return Ok(r);
        }
    }
    let v = construct("bytes", args, kw)?;
    Ok(new_obj(BytesObj {
        ob: Obj { ty },
        v: v.into_boxed_slice(),
    }))
}

fn bytearray_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let v = construct("bytearray", args, kw)?;
    Ok(new_obj(ByteArrayObj {
        ob: Obj { ty },
        v: UnsafeCell::new(v),
    }))
}

// ---------------------------------------------------------------------
// Codecs.

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 (`Some(true)` big-endian, `Some(false)` little-endian,
    /// `None` with a byte order mark).
    Utf16(Option<bool>),
    /// UTF-32, likewise.
    Utf32(Option<bool>),
}

fn codec(name: &str) -> PyResult<Codec> {
    let n: String = name.to_ascii_lowercase().replace('_', "-");
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => {
            Ok(Codec::Latin1)
        }
        "utf-16" | "utf16" => Ok(Codec::Utf16(None)),
        "utf-16-le" | "utf-16le" => Ok(Codec::Utf16(Some(false))),
        "utf-16-be" | "utf-16be" => Ok(Codec::Utf16(Some(true))),
        "utf-32" | "utf32" => Ok(Codec::Utf32(None)),
        "utf-32-le" | "utf-32le" => Ok(Codec::Utf32(Some(false))),
        "utf-32-be" | "utf-32be" => Ok(Codec::Utf32(Some(true))),
        _ => {
            // Codecs CPython has but pyaot does not implement.
            const KNOWN: &[&str] = &[
                "utf-16",
                "utf16",
                "utf-32",
                "utf32",
                "utf-7",
                "cp",
                "iso-8859",
                "iso8859",
                "latin-",
                "windows-",
                "koi8",
                "mac-",
                "big5",
                "gb",
                "shift-jis",
                "sjis",
                "euc",
                "idna",
                "punycode",
                "unicode-escape",
                "raw-unicode-escape",
                "hz",
                "johab",
                "ptcp154",
                "tis-620",
                "utf-8-sig",
                "charmap",
                "palmos",
                "kz1048",
                "hp-roman8",
            ];
            if KNOWN.iter().any(|k| n.starts_with(k)) {
                return Err(crate::exc::not_supported(format!("the '{name}' codec")));
            }
            Err(crate::exc::raise(
                &crate::exc::LOOKUP_ERROR,
                format!("unknown encoding: {name}"),
            ))
        }
    }
}

pub(crate) fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(false)) => "utf-16-le",
        Codec::Utf16(Some(true)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(false)) => "utf-32-le",
        Codec::Utf32(Some(true)) => "utf-32-be",
    }
}

pub(crate) fn unknown_handler(errors: &str) -> crate::exc::PyErr {
    crate::exc::raise(
        &crate::exc::LOOKUP_ERROR,
        format!("unknown error handler name '{errors}'"),
    )
}

pub(crate) fn decode_error(
    c: Codec,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::exc::PyErr {
    let msg = if end - start <= 1 {
        format!(
            "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
            codec_name(c),
            b[start],
            start,
            reason
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            codec_name(c),
            start,
            end - 1,
            reason
        )
    };
    crate::exc::raise(&crate::exc::UNICODE_DECODE_ERROR, msg)
}

/// `bytes.decode(encoding, errors)` as a str object.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let c = codec(encoding)?;
    let s = match c {
        Codec::Utf16(_) | Codec::Utf32(_) => return crate::codec_wide::decode(c, b, errors),
        Codec::Latin1 => b.iter().map(|&x| x as char).collect::<String>(),
        Codec::Ascii => {
            if b.is_ascii() {
                String::from_utf8_lossy(b).into_owned()
            } else {
                let mut out = String::with_capacity(b.len());
                for (i, &x) in b.iter().enumerate() {
                    if x < 128 {
                        out.push(x as char);
                        continue;
                    }
                    match errors {
                        "strict" => {
                            return Err(decode_error(c, b, i, i + 1, "ordinal not in range(128)"))
                        }
                        "ignore" => {}
                        "replace" => out.push('\u{FFFD}'),
                        "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
                        "surrogateescape" => push_escaped(&mut out, x),
                        _ => return Err(unknown_handler(errors)),
                    }
                }
                out
            }
        }
        Codec::Utf8 => match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(_) => {
                let mut out = String::with_capacity(b.len());
                let mut rest = b;
                let mut base = 0usize;
                loop {
                    match std::str::from_utf8(rest) {
                        Ok(s) => {
                            out.push_str(s);
                            break;
                        }
                        Err(e) => {
                            let good = e.valid_up_to();
                            out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                            let bad = match e.error_len() {
                                Some(n) => n,
                                None => rest.len() - good,
                            };
                            let n = crate::str_surrogate::utf8_surrogate_len(&rest[good..]);
                            if errors == "surrogatepass" && n == 3 {
                                // The surrogate's generalized UTF-8 form is
                                // pyaot's own representation of it.
                                unsafe { out.as_mut_vec() }
                                    .extend_from_slice(&rest[good..good + 3]);
                                base += good + 3;
                                rest = &rest[good + 3..];
                                continue;
                            }
                            match errors {
                                "strict" | "surrogatepass" => {
                                    let first = rest[good];
                                    let reason = if e.error_len().is_none() {
                                        "unexpected end of data"
                                    } else if (0xC2..=0xF4).contains(&first) {
                                        "invalid continuation byte"
                                    } else {
                                        "invalid start byte"
                                    };
                                    let s = base + good;
                                    return Err(decode_error(c, b, s, s + bad, reason));
                                }
                                "ignore" => {}
                                "replace" => out.push('\u{FFFD}'),
                                "backslashreplace" => {
                                    for x in &rest[good..good + bad] {
                                        out.push_str(&format!("\\x{x:02x}"));
                                    }
                                }
                                "surrogateescape" => {
                                    for &x in &rest[good..good + bad] {
                                        push_escaped(&mut out, x);
                                    }
                                }
                                _ => return Err(unknown_handler(errors)),
                            }
                            base += good + bad;
                            rest = &rest[good + bad..];
                        }
                    }
                }
                out
            }
        },
    };
    Ok(crate::str::from_string(s))
}

/// The `surrogateescape` decoding of undecodable byte `x`: U+DC00 + x.
fn push_escaped(out: &mut String, x: u8) {
    crate::str_surrogate::push_cp(unsafe { out.as_mut_vec() }, 0xDC00 + x as u32);
}

/// `str.encode(encoding, errors)` as bytes.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let c = codec(encoding)?;
    let limit: u32 = match c {
        Codec::Utf8 => return crate::str_surrogate::encode_utf8(s, errors),
        Codec::Utf16(_) | Codec::Utf32(_) => return crate::codec_wide::encode(c, s, errors),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    if c == Codec::Ascii && s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<u32> = crate::str_surrogate::code_points(s);
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if ch < limit {
            out.push(ch as u8);
            i += 1;
            continue;
        }
        // A run of unencodable characters.
        let mut j = i;
        while j < chars.len() && chars[j] >= limit {
            j += 1;
        }
        match errors {
            "surrogateescape" if chars[i..j].iter().all(|&c| (0xDC80..=0xDCFF).contains(&c)) => {
                for &c in &chars[i..j] {
                    out.push((c - 0xDC00) as u8);
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(crate::str_surrogate::encode_error(
                    codec_name(c),
                    &chars,
                    i,
                    j,
                    &format!("ordinal not in range({limit})"),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for c in &chars[i..j] {
                    out.extend_from_slice(crate::str_surrogate::escape_cp(*c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", *c).as_bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = j;
    }
    Ok(out)
}
