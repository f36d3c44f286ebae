//! `tuple`: immutable sequences, with CPython 3.11's repr, lexicographic
//! comparison, xxHash-based hash (`tuplehash`), concatenation, repetition,
//! indexing/slicing and the `count`/`index` methods.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::sequtil;
use crate::value::{not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};

/// A tuple: this header, then `len` item words in the same allocation
/// (one allocation per tuple; a 2-tuple is 32 bytes). Instances of user
/// subclasses have their `__dict__` word after the items (`dict_cell`).
#[repr(C)]
pub struct TupleObj {
    pub ob: Obj,
    pub len: usize,
}

/// The one empty exact tuple (never written: it has no items).
static EMPTY_TUPLE: TupleObj = TupleObj {
    ob: Obj { ty: &TUPLE_TYPE },
    len: 0,
};

pub static TUPLE_METHODS: MethodTable = crate::method_table!(TUPLE_SLOTS; [
    ("__class_getitem__", crate::extra_methods::class_getitem),
    ("__getnewargs__", crate::extra_methods::tuple_getnewargs),
    ("count", tuple_count),
    ("index", tuple_index),
]; [repr, hash, eq, ne, lt, le, gt, ge, add, mul, rmul, len, getitem, contains, iter]);
pub const TUPLE_SLOTS: Slots = Slots {
    repr: Some(tuple_repr),
    hash: Some(tuple_hash),
    richcmp: Some(tuple_richcmp),
    binary: Some(tuple_binary),
    len: Some(|v| Ok(items(v).len())),
    getitem: Some(tuple_getitem),
    contains: Some(tuple_contains),
    iter: Some(|v| Ok(crate::iter::new_tuple_iter(v))),
    new: Some(tuple_new),
    ..Slots::EMPTY
};
// Generated code indexes exact tuples inline (`codegen/index.rs`): the
// length at offset 8, the items from offset 16.
const _: () = assert!(std::mem::offset_of!(TupleObj, len) == 8);
const _: () = assert!(std::mem::size_of::<TupleObj>() == 16);
#[export_name = "pyaot_tuple_type"]
pub static TUPLE_TYPE: TypeObject = TypeObject::builtin(
    "tuple",
    Kind::Tuple,
    &OBJECT_TYPE,
    TUPLE_METHODS,
    TUPLE_SLOTS,
);

pub fn new_tuple(items: Vec<Value>) -> Value {
    alloc_tuple(&TUPLE_TYPE, &items)
}

/// A tuple holding a copy of `items` (no intermediate `Vec`).
pub fn tuple_from_slice(items: &[Value]) -> Value {
    alloc_tuple(&TUPLE_TYPE, items)
}

/// A tuple of (possibly user subclass) type `ty`.
pub fn new_tuple_of(ty: &'static TypeObject, items: Vec<Value>) -> Value {
    alloc_tuple(ty, &items)
}

/// Allocate a tuple of type `ty` holding `items` (plus the `__dict__` word
/// of a user subclass instance).
pub fn alloc_tuple(ty: &'static TypeObject, items: &[Value]) -> Value {
    // The empty tuple is a singleton, as in CPython (`() is ()`).
    if items.is_empty() && std::ptr::eq(ty, &TUPLE_TYPE) {
        return Value::from_ptr(&EMPTY_TUPLE as *const TupleObj);
    }
    let head = std::mem::size_of::<TupleObj>();
    let size = head + 8 * items.len() + if ty.heap { 8 } else { 0 };
    unsafe {
        // Unpadded: a 2-tuple takes 32 bytes, not 48 (see `gc::alloc_unpadded`).
        let p = if size < (1 << 20) {
            crate::gc::alloc_unpadded(size)
        } else {
            let layout = std::alloc::Layout::from_size_align(size, 8).expect("tuple size");
            std::alloc::alloc(layout)
        };
        if p.is_null() {
            std::alloc::handle_alloc_error(std::alloc::Layout::from_size_align_unchecked(size, 8));
        }
        let o = p as *mut TupleObj;
        std::ptr::write(
            o,
            TupleObj {
                ob: Obj { ty },
                len: items.len(),
            },
        );
        std::ptr::copy_nonoverlapping(items.as_ptr(), p.add(head) as *mut Value, items.len());
        if ty.heap {
            std::ptr::write(p.add(head + 8 * items.len()) as *mut usize, 0);
        }
        Value::from_ptr(o)
    }
}

/// The `__dict__` cell of an instance of a user subclass of tuple.
pub fn dict_cell(v: Value) -> &'static std::cell::Cell<Value> {
    let n = v.cast::<TupleObj>().len;
    unsafe { &*((v.0 + std::mem::size_of::<TupleObj>() + 8 * n) as *const std::cell::Cell<Value>) }
}

#[inline]
pub fn items(v: Value) -> &'static [Value] {
    let o = v.cast::<TupleObj>();
    unsafe {
        let p = (o as *const TupleObj).add(1) as *const Value;
        std::slice::from_raw_parts(p, o.len)
    }
}

#[inline]
fn is_tuple(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::Tuple
}

fn tuple_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if std::ptr::eq(ty, &TUPLE_TYPE) {
        crate::builtins::no_kw("tuple", kw)?;
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(&src) = args.first() else {
        return Ok(new_tuple_of(ty, Vec::new()));
    };
    if std::ptr::eq(ty, &TUPLE_TYPE) && !src.is_small() && std::ptr::eq(src.ty(), &TUPLE_TYPE) {
        return Ok(src);
    }
    Ok(new_tuple_of(ty, crate::ops::collect(src)?))
}

fn tuple_repr(v: Value) -> PyResult<Value> {
    let its = items(v);
    if its.is_empty() {
        return Ok(crate::str::new_str("()"));
    }
    let Some(_g) = sequtil::ReprGuard::enter(v) else {
        return Ok(crate::str::new_str("(...)"));
    };
    let mut s = String::from("(");
    sequtil::join_reprs(its, &mut s)?;
    if its.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(crate::str::from_string(s))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's `tuplehash` over already computed item hashes.
pub fn hash_of_hashes(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for h in hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn tuple_hash(v: Value) -> PyResult<i64> {
    crate::abi::check_stack()?;
    let its = items(v);
    let mut acc = XXPRIME_5;
    for x in its {
        let lane = crate::ops::hash(*x)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((its.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn tuple_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_tuple(a) || !is_tuple(b) {
        return Ok(not_implemented());
    }
    let (x, y) = (items(a), items(b));
    sequtil::seq_richcmp(
        &|i| x.get(i).copied(),
        &|i| y.get(i).copied(),
        &|| x.len(),
        &|| y.len(),
        op,
        false,
    )
}

fn tuple_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            if !is_tuple(a) {
                return Ok(not_implemented());
            }
            if !is_tuple(b) {
                if let Some(r) = sequtil::try_reflected(a, b, "__radd__")? {
                    return Ok(r);
                }
                return Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    b.ty().name()
                )));
            }
            let (x, y) = (items(a), items(b));
            if y.is_empty() && std::ptr::eq(a.ty(), &TUPLE_TYPE) {
                return Ok(a);
            }
            if x.is_empty() && std::ptr::eq(b.ty(), &TUPLE_TYPE) {
                return Ok(b);
            }
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(new_tuple(v))
        }
        BinOp::Mul => {
            let (seq, n) = if is_tuple(a) { (a, b) } else { (b, a) };
            if !is_tuple(seq) {
                return Ok(not_implemented());
            }
            if seq.is(a) {
                if let Some(r) = sequtil::try_reflected(a, n, "__rmul__")? {
                    return Ok(r);
                }
            }
            let Some(n) = sequtil::repeat_count(n)? else {
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    n.ty().name()
                )));
            };
            Ok(repeat(seq, n)?)
        }
        _ => Ok(not_implemented()),
    }
}

fn repeat(t: Value, n: i64) -> PyResult<Value> {
    let x = items(t);
    if n == 1 && std::ptr::eq(t.ty(), &TUPLE_TYPE) {
        return Ok(t);
    }
    let total = sequtil::repeat_len(x.len(), n)?;
    let mut v = Vec::with_capacity(total);
    for _ in 0..(if total == 0 { 0 } else { n }) {
        v.extend_from_slice(x);
    }
    Ok(new_tuple(v))
}

pub fn tuple_getitem(t: Value, key: Value) -> PyResult<Value> {
    let x = items(t);
    if key.is_small() {
        return match crate::slice::norm_index(key.small(), x.len()) {
            Some(i) => Ok(x[i]),
            None => Err(crate::exc::index_error("tuple index out of range")),
        };
    }
    if key.kind() == Kind::Slice {
        let (start, _stop, step, n) = crate::slice::indices(key, x.len())?;
        if step == 1 && n == x.len() && std::ptr::eq(t.ty(), &TUPLE_TYPE) {
            return Ok(t);
        }
        let mut v = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            v.push(x[i as usize]);
            i += step;
        }
        return Ok(new_tuple(v));
    }
    let i = match sequtil::as_index(key) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(type_error(format!(
                "tuple indices must be integers or slices, not {}",
                key.ty().name()
            )))
        }
        Err(e) => {
            if crate::exc::pending_is(&crate::exc::OVERFLOW_ERROR) {
                crate::exc::take();
                return Err(crate::exc::raise(
                    &crate::exc::INDEX_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            return Err(e);
        }
    };
    match crate::slice::norm_index(i, x.len()) {
        Some(i) => Ok(x[i]),
        None => Err(crate::exc::index_error("tuple index out of range")),
    }
}

fn tuple_contains(t: Value, x: Value) -> PyResult<bool> {
    for v in items(t) {
        if crate::ops::eq(*v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_count(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("tuple.count", kw)?;
    crate::builtins::arity("tuple.count", &args[1..], 1, 1)?;
    let mut n = 0;
    for v in items(args[0]) {
        if crate::ops::eq(*v, args[1])? {
            n += 1;
        }
    }
    Ok(crate::int::new_int(n))
}

fn tuple_index(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("tuple.index", kw)?;
    crate::builtins::arity("index", &args[1..], 1, 3)?;
    let x = items(args[0]);
    let (start, stop) = sequtil::index_range(&args[2..], x.len())?;
    for (i, v) in x.iter().enumerate().take(stop).skip(start) {
        if crate::ops::eq(*v, args[1])? {
            return Ok(crate::int::new_int(i as i64));
        }
    }
    Err(crate::exc::value_error("tuple.index(x): x not in tuple"))
}
