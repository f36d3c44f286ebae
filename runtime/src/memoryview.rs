//! `memoryview` over bytes, bytearray and other memoryviews: one-dimensional
//! views with format 'B' (unsigned bytes), itemsize 1 and any step.
//!
//! A view records its underlying object and (start, step, len) in bytes.
//! Views of a bytearray see its later mutations; indices are re-checked
//! against the current buffer length, so a bytearray resized under a view
//! never causes an out-of-bounds access (CPython forbids such resizes with
//! BufferError; here the view just sees fewer bytes). `release()` and the
//! context manager end the view; every later use raises CPython's
//! ValueError. Equality compares contents with any bytes-like object; a
//! read-only view hashes like the bytes it shows.

use crate::bytes::{as_bytes, bytes_like};
use crate::exc::{type_error, value_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, none, not_implemented, Value};
use pyaot_ir::CmpOp;
use std::cell::Cell;

#[repr(C)]
pub struct MemoryViewObj {
    pub ob: Obj,
    /// The exporting bytes or bytearray.
    pub obj: Value,
    pub start: usize,
    pub step: i64,
    pub len: usize,
    pub released: Cell<bool>,
}

pub static MEMORYVIEW_METHODS: MethodTable = crate::method_table!(MEMORYVIEW_SLOTS; [
    ("tobytes", |a, _| { let m = this(a)?; Ok(crate::bytes::new_bytes(contents(m)?)) }),
    ("tolist", |a, _| {
        let m = this(a)?;
        let items = contents(m)?.into_iter().map(|b| Value::from_small(b as i64)).collect();
        Ok(crate::list::new_list(items))
    }),
    ("hex", |a, k| {
        let m = this(a)?;
        let b = crate::bytes::new_bytes(contents(m)?);
        let mut args = vec![b];
        args.extend_from_slice(&a[1..]);
        crate::ops::call_method(b, crate::str::new_str("hex"), &args[1..], k)
    }),
    ("release", |a, _| { this_any(a)?.released.set(true); Ok(none()) }),
    ("toreadonly", |a, _| {
        let m = this(a)?;
        Ok(new_view(m.obj, m.start, m.step, m.len))
    }),
    ("__enter__", |a, _| { this(a)?; Ok(a[0]) }),
    ("__exit__", |a, _| { this_any(a)?.released.set(true); Ok(none()) }),
]; [repr, hash, eq, ne, len, getitem, setitem, iter]);

pub const MEMORYVIEW_SLOTS: Slots = Slots {
    repr: Some(mv_repr),
    hash: Some(mv_hash),
    richcmp: Some(mv_richcmp),
    len: Some(|v| Ok(checked(v)?.len)),
    getitem: Some(mv_getitem),
    setitem: Some(mv_setitem),
    iter: Some(|v| {
        let m = checked(v)?;
        let items: Vec<Value> = contents(m)?
            .into_iter()
            .map(|b| Value::from_small(b as i64))
            .collect();
        Ok(crate::iter::new_list_iter(crate::list::new_list(items)))
    }),
    getattr: Some(mv_getattr),
    new: Some(mv_new),
    ..Slots::EMPTY
};

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject::builtin(
    "memoryview",
    Kind::MemoryView,
    &OBJECT_TYPE,
    MEMORYVIEW_METHODS,
    MEMORYVIEW_SLOTS,
)
.final_();

fn new_view(obj: Value, start: usize, step: i64, len: usize) -> Value {
    new_obj(MemoryViewObj {
        ob: Obj {
            ty: &MEMORYVIEW_TYPE,
        },
        obj,
        start,
        step,
        len,
        released: Cell::new(false),
    })
}

fn released_error() -> crate::exc::PyErr {
    value_error("operation forbidden on released memoryview object")
}

/// The view, which must not be released.
fn checked(v: Value) -> PyResult<&'static MemoryViewObj> {
    let m = v.cast::<MemoryViewObj>();
    if m.released.get() {
        return Err(released_error());
    }
    Ok(m)
}

fn this_any(args: &[Value]) -> PyResult<&'static MemoryViewObj> {
    match args.first() {
        Some(v) if v.kind() == Kind::MemoryView => Ok(v.cast::<MemoryViewObj>()),
        _ => Err(type_error("descriptor requires a 'memoryview' object")),
    }
}

fn this(args: &[Value]) -> PyResult<&'static MemoryViewObj> {
    let m = this_any(args)?;
    if m.released.get() {
        return Err(released_error());
    }
    Ok(m)
}

fn readonly(m: &MemoryViewObj) -> bool {
    m.obj.kind() != Kind::ByteArray
}

/// The buffer offset of item `i` (in range of the view), if the buffer
/// still holds it.
fn offset(m: &MemoryViewObj, i: usize) -> PyResult<usize> {
    let off = m.start as i64 + m.step * i as i64;
    if off < 0 || off as usize >= as_bytes(m.obj).len() {
        return Err(crate::exc::raise(
            &crate::exc::INDEX_ERROR,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(off as usize)
}

/// The bytes the view shows.
pub fn contents(m: &MemoryViewObj) -> PyResult<Vec<u8>> {
    if m.released.get() {
        return Err(released_error());
    }
    let buf = as_bytes(m.obj);
    let mut out = Vec::with_capacity(m.len);
    for i in 0..m.len {
        let off = m.start as i64 + m.step * i as i64;
        if off < 0 || off as usize >= buf.len() {
            break;
        }
        out.push(buf[off as usize]);
    }
    Ok(out)
}

/// The bytes of a memoryview as a slice (a copy for strided views, which
/// the collector frees once unreachable); `None` when released.
pub fn view_bytes(v: Value) -> Option<&'static [u8]> {
    let m = v.cast::<MemoryViewObj>();
    if m.released.get() {
        return None;
    }
    let buf = as_bytes(m.obj);
    if m.step == 1 {
        let end = (m.start + m.len).min(buf.len());
        let start = m.start.min(end);
        return Some(&buf[start..end]);
    }
    contents(m).ok().map(|v| &*Box::leak(v.into_boxed_slice()))
}

fn mv_new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut obj = args.first().copied();
    for (k, v) in kw.iter() {
        if k == "object" && obj.is_none() {
            obj = Some(v);
        } else {
            return Err(type_error(format!(
                "memoryview() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len()
        )));
    }
    let Some(obj) = obj else {
        return Err(type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    };
    match obj.kind() {
        Kind::Bytes | Kind::ByteArray => Ok(new_view(obj, 0, 1, as_bytes(obj).len())),
        Kind::MemoryView => {
            let m = checked(obj)?;
            Ok(new_view(m.obj, m.start, m.step, m.len))
        }
        _ => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            obj.ty().name()
        ))),
    }
}

fn mv_repr(v: Value) -> PyResult<Value> {
    let m = v.cast::<MemoryViewObj>();
    let what = if m.released.get() {
        "released memory"
    } else {
        "memory"
    };
    Ok(crate::str::from_string(format!("<{what} at {:#x}>", v.0)))
}

fn mv_hash(v: Value) -> PyResult<i64> {
    let m = checked(v)?;
    if !readonly(m) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(crate::str::hash_bytes(&contents(m)?))
}

fn mv_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    let ma = a.cast::<MemoryViewObj>();
    let other = if b.kind() == Kind::MemoryView {
        let mb = b.cast::<MemoryViewObj>();
        if ma.released.get() || mb.released.get() {
            return Ok(bool_((a.0 == b.0) == (op == CmpOp::Eq)));
        }
        contents(mb)?
    } else {
        match bytes_like(b) {
            Some(x) => x.to_vec(),
            None => return Ok(not_implemented()),
        }
    };
    if ma.released.get() {
        return Ok(bool_(op == CmpOp::Ne));
    }
    let eq = contents(ma)? == other;
    Ok(bool_(eq == (op == CmpOp::Eq)))
}

fn mv_getitem(v: Value, key: Value) -> PyResult<Value> {
    let m = checked(v)?;
    if key.kind() == Kind::Slice {
        let (start, _stop, step, n) = crate::slice::indices(key, m.len)?;
        let new_start = m.start as i64 + m.step * start;
        return Ok(new_view(m.obj, new_start.max(0) as usize, m.step * step, n));
    }
    let i = item_index(key)?;
    let Some(i) = crate::slice::norm_index(i, m.len) else {
        return Err(crate::exc::raise(
            &crate::exc::INDEX_ERROR,
            "index out of bounds on dimension 1",
        ));
    };
    let off = offset(m, i)?;
    Ok(Value::from_small(as_bytes(m.obj)[off] as i64))
}

fn item_index(key: Value) -> PyResult<i64> {
    match crate::sequtil::as_index(key)? {
        Some(i) => Ok(i),
        None => Err(type_error("memoryview: invalid slice key")),
    }
}

fn mv_setitem(v: Value, key: Value, val: Value) -> PyResult<()> {
    let m = checked(v)?;
    if readonly(m) {
        return Err(type_error("cannot modify read-only memory"));
    }
    let buf = crate::bytes::bytearray_mut(m.obj);
    if key.kind() == Kind::Slice {
        let (start, _stop, step, n) = crate::slice::indices(key, m.len)?;
        let src: Vec<u8> = match val.kind() {
            Kind::MemoryView => contents(checked(val)?)?,
            _ => match bytes_like(val) {
                Some(b) => b.to_vec(),
                None => {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        val.ty().name()
                    )))
                }
            },
        };
        if src.len() != n {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, b) in src.into_iter().enumerate() {
            let i = (start + step * k as i64) as usize;
            let off = offset(m, i)?;
            buf[off] = b;
        }
        return Ok(());
    }
    let i = item_index(key)?;
    let Some(i) = crate::slice::norm_index(i, m.len) else {
        return Err(crate::exc::raise(
            &crate::exc::INDEX_ERROR,
            "index out of bounds on dimension 1",
        ));
    };
    if !crate::int::is_int(val) {
        return Err(type_error("memoryview: invalid type for format 'B'"));
    }
    let b = match crate::int::as_i64(val) {
        Some(b) if (0..256).contains(&b) => b as u8,
        _ => return Err(value_error("memoryview: invalid value for format 'B'")),
    };
    let off = offset(m, i)?;
    buf[off] = b;
    Ok(())
}

fn mv_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let m = v.cast::<MemoryViewObj>();
    if name == "obj" || name == "released" {
        return Ok(Some(if name == "obj" {
            m.obj
        } else {
            bool_(m.released.get())
        }));
    }
    let known = matches!(
        name,
        "readonly"
            | "format"
            | "itemsize"
            | "nbytes"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return Ok(None);
    }
    let m = checked(v)?;
    let contiguous = m.step == 1 || m.len <= 1;
    Ok(Some(match name {
        "readonly" => bool_(readonly(m)),
        "format" => crate::str::new_str("B"),
        "itemsize" => Value::from_small(1),
        "nbytes" => Value::from_small(m.len as i64),
        "ndim" => Value::from_small(1),
        "shape" => crate::tuple::new_tuple(vec![Value::from_small(m.len as i64)]),
        "strides" => crate::tuple::new_tuple(vec![Value::from_small(m.step)]),
        "suboffsets" => crate::tuple::new_tuple(vec![]),
        _ => bool_(contiguous),
    }))
}
