//! `list`: mutable sequences with CPython 3.11's behaviour: repr (with
//! `[...]` for self-reference), indexing and slicing (including extended
//! slice assignment and deletion), lexicographic comparison, `+`, `*`,
//! `+=`, `*=`, and all list methods (`sort` lives in `list_sort.rs`).
//!
//! Items live in a Rust `Vec` inside the object; see `sequtil.rs` for the
//! rule about never holding a reference to it across Python code.

use crate::exc::{index_error, type_error, value_error, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::sequtil;
use crate::value::{none, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};
use std::cell::UnsafeCell;

#[repr(C)]
pub struct ListObj {
    pub ob: Obj,
    pub items: UnsafeCell<Vec<Value>>,
}

pub static LIST_METHODS: MethodTable = crate::method_table!(LIST_SLOTS; [
    ("__class_getitem__", crate::extra_methods::class_getitem),
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("remove", list_remove),
    ("pop", list_pop),
    ("clear", list_clear),
    ("index", list_index),
    ("count", list_count),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("sort", crate::list_sort::list_sort),
    ("__init__", list_init),
    ("__reversed__", |a, _| Ok(crate::iter::new_list_reviter(a[0]))),
]; [repr, eq, ne, lt, le, gt, ge, add, mul, rmul, iadd, imul, len, getitem, setitem, delitem,
    contains, iter]);
pub const LIST_SLOTS: Slots = Slots {
    repr: Some(list_repr),
    richcmp: Some(list_richcmp),
    binary: Some(list_binary),
    inplace: Some(list_inplace),
    len: Some(|v| Ok(items(v).len())),
    getitem: Some(list_getitem),
    setitem: Some(list_setitem),
    delitem: Some(list_delitem),
    contains: Some(list_contains),
    iter: Some(|v| Ok(crate::iter::new_list_iter(v))),
    new: Some(list_new),
    ..Slots::EMPTY
};
// Generated code indexes exact lists inline (`codegen/index.rs`): the Vec
// is at offset 8, its pointer and length where `pyaot_ir::layout` says.
const _: () = assert!(std::mem::offset_of!(ListObj, items) == 8);
#[export_name = "pyaot_list_type"]
pub static LIST_TYPE: TypeObject =
    TypeObject::builtin("list", Kind::List, &OBJECT_TYPE, LIST_METHODS, LIST_SLOTS).unhashable();

pub fn new_list(items: Vec<Value>) -> Value {
    new_obj(ListObj {
        ob: Obj { ty: &LIST_TYPE },
        items: UnsafeCell::new(items),
    })
}

/// The list's items (valid until the list is next mutated).
#[inline]
pub fn items(v: Value) -> &'static [Value] {
    unsafe { &*v.cast::<ListObj>().items.get() }
}

#[inline]
pub fn items_mut(v: Value) -> &'static mut Vec<Value> {
    unsafe { &mut *v.cast::<ListObj>().items.get() }
}

pub fn list_from_iter(iterable: Value) -> PyResult<Value> {
    Ok(new_list(crate::ops::collect(iterable)?))
}

#[inline]
fn is_list(v: Value) -> bool {
    !v.is_small() && v.kind() == Kind::List
}

#[inline]
fn get(v: Value, i: usize) -> Option<Value> {
    items(v).get(i).copied()
}

/// `list(iterable)`. For a user subclass that defines its own `__init__`
/// the object starts empty and that `__init__` (through `list.__init__`)
/// fills it, as with CPython's `tp_new`/`tp_init` split.
fn list_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let l = sequtil::new_container(
        ty,
        ListObj {
            ob: Obj { ty },
            items: UnsafeCell::new(Vec::new()),
        },
    );
    if !sequtil::has_user_init(ty) {
        crate::builtins::no_kw("list", kw)?;
        if args.len() > 1 {
            return Err(type_error(format!(
                "list expected at most 1 argument, got {}",
                args.len()
            )));
        }
        if let Some(&src) = args.first() {
            *items_mut(l) = crate::ops::collect(src)?;
        }
    }
    Ok(l)
}

/// `list.__init__(self, iterable=())`: clear, then extend.
fn list_init(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list", kw)?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    items_mut(args[0]).clear();
    if let Some(&src) = args.get(1) {
        let v = crate::ops::collect(src)?;
        *items_mut(args[0]) = v;
    }
    Ok(none())
}

fn list_repr(v: Value) -> PyResult<Value> {
    if items(v).is_empty() {
        return Ok(crate::str::new_str("[]"));
    }
    let Some(_g) = sequtil::ReprGuard::enter(v) else {
        return Ok(crate::str::new_str("[...]"));
    };
    let mut s = String::from("[");
    // Re-read the list on every step: an item's repr may mutate it.
    let mut i = 0;
    while let Some(x) = get(v, i) {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(crate::str::as_str(crate::ops::repr(x)?));
        i += 1;
    }
    s.push(']');
    Ok(crate::str::from_string(s))
}

fn list_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_list(a) || !is_list(b) {
        return Ok(not_implemented());
    }
    sequtil::seq_richcmp(
        &|i| get(a, i),
        &|i| get(b, i),
        &|| items(a).len(),
        &|| items(b).len(),
        op,
        true,
    )
}

fn repeat_items(x: &[Value], n: i64) -> PyResult<Vec<Value>> {
    let total = sequtil::repeat_len(x.len(), n)?;
    let mut v = Vec::with_capacity(total);
    if total > 0 {
        for _ in 0..n {
            v.extend_from_slice(x);
        }
    }
    Ok(v)
}

fn non_int_repeat(n: Value) -> crate::exc::PyErr {
    type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        n.ty().name()
    ))
}

fn list_binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            if !is_list(a) {
                return Ok(not_implemented());
            }
            if !is_list(b) {
                if let Some(r) = sequtil::try_reflected(a, b, "__radd__")? {
                    return Ok(r);
                }
                return Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    b.ty().name()
                )));
            }
            let (x, y) = (items(a), items(b));
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(new_list(v))
        }
        BinOp::Mul => {
            let (seq, n) = if is_list(a) { (a, b) } else { (b, a) };
            if !is_list(seq) {
                return Ok(not_implemented());
            }
            if seq.is(a) {
                if let Some(r) = sequtil::try_reflected(a, n, "__rmul__")? {
                    return Ok(r);
                }
            }
            let Some(k) = sequtil::repeat_count(n)? else {
                return Err(non_int_repeat(n));
            };
            Ok(new_list(repeat_items(items(seq), k)?))
        }
        _ => Ok(not_implemented()),
    }
}

fn list_inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => {
            if let Some(r) = sequtil::try_reflected(a, b, "__radd__")? {
                return Ok(r);
            }
            extend(a, b)?;
            Ok(a)
        }
        BinOp::Mul => {
            if let Some(r) = sequtil::try_reflected(a, b, "__rmul__")? {
                return Ok(r);
            }
            let Some(k) = sequtil::repeat_count(b)? else {
                return Err(non_int_repeat(b));
            };
            let v = repeat_items(items(a), k)?;
            *items_mut(a) = v;
            Ok(a)
        }
        _ => Ok(not_implemented()),
    }
}

/// `l.extend(iterable)` (also `l += iterable`).
pub fn extend(l: Value, it: Value) -> PyResult<()> {
    if is_list(it) || (!it.is_small() && it.kind() == Kind::Tuple) {
        // Copy first: `l.extend(l)` must not see its own growth.
        let src: Vec<Value> = if is_list(it) {
            items(it).to_vec()
        } else {
            crate::tuple::items(it).to_vec()
        };
        items_mut(l).extend(src);
        return Ok(());
    }
    let iter = crate::ops::iter(it)?;
    while let Some(x) = crate::ops::next(iter)? {
        items_mut(l).push(x);
    }
    Ok(())
}

fn index_error_or(key: Value, e: crate::exc::PyErr) -> crate::exc::PyErr {
    let _ = key;
    if crate::exc::pending_is(&crate::exc::OVERFLOW_ERROR) {
        crate::exc::take();
        return crate::exc::raise(
            &crate::exc::INDEX_ERROR,
            "cannot fit 'int' into an index-sized integer",
        );
    }
    e
}

/// An int-like subscript as i64, or CPython's TypeError for `what`.
fn subscript_index(key: Value, what: &str) -> PyResult<i64> {
    match sequtil::as_index(key) {
        Ok(Some(i)) => Ok(i),
        Ok(None) => Err(type_error(format!(
            "{what} indices must be integers or slices, not {}",
            key.ty().name()
        ))),
        Err(e) => Err(index_error_or(key, e)),
    }
}

pub fn list_getitem(l: Value, key: Value) -> PyResult<Value> {
    let x = items(l);
    if key.is_small() {
        return match crate::slice::norm_index(key.small(), x.len()) {
            Some(i) => Ok(x[i]),
            None => Err(index_error("list index out of range")),
        };
    }
    if key.kind() == Kind::Slice {
        let s = key.cast::<crate::slice::SliceObj>();
        if let Some(r) = crate::list_slice::get(l, s.start, s.stop, s.step) {
            return Ok(r);
        }
        let (start, _stop, step, n) = crate::slice::indices(key, x.len())?;
        let x = items(l);
        let mut v = Vec::with_capacity(n);
        if step == 1 {
            v.extend_from_slice(&x[start as usize..start as usize + n]);
        } else {
            let mut i = start;
            for _ in 0..n {
                v.push(x[i as usize]);
                i += step;
            }
        }
        return Ok(new_list(v));
    }
    let i = subscript_index(key, "list")?;
    let x = items(l);
    match crate::slice::norm_index(i, x.len()) {
        Some(i) => Ok(x[i]),
        None => Err(index_error("list index out of range")),
    }
}

pub fn list_setitem(l: Value, key: Value, v: Value) -> PyResult<()> {
    if key.kind() == Kind::Slice && !key.is_small() {
        let s = key.cast::<crate::slice::SliceObj>();
        if crate::list_slice::set(l, s.start, s.stop, s.step, v).is_some() {
            return Ok(());
        }
        return assign_slice(l, key, v);
    }
    let i = if key.is_small() {
        key.small()
    } else {
        subscript_index(key, "list")?
    };
    let x = items_mut(l);
    match crate::slice::norm_index(i, x.len()) {
        Some(i) => {
            x[i] = v;
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

fn assign_slice(l: Value, key: Value, v: Value) -> PyResult<()> {
    let extended = {
        let st = key.cast::<crate::slice::SliceObj>().step;
        !st.is_none() && !(st.is_small() && st.small() == 1)
    };
    // The new items, copied first (`a[:] = a` must work).
    let new: Vec<Value> = if is_list(v) {
        items(v).to_vec()
    } else if !v.is_small() && v.kind() == Kind::Tuple {
        crate::tuple::items(v).to_vec()
    } else {
        match crate::ops::iter(v) {
            Ok(it) => {
                let mut out = Vec::new();
                while let Some(x) = crate::ops::next(it)? {
                    out.push(x);
                }
                out
            }
            Err(e) => {
                if crate::exc::pending_is(&crate::exc::TYPE_ERROR) {
                    crate::exc::take();
                    return Err(type_error(if extended {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    }));
                }
                return Err(e);
            }
        }
    };
    let len = items(l).len();
    let (start, stop, step, n) = crate::slice::indices(key, len)?;
    let x = items_mut(l);
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        x.splice(start..stop, new);
        return Ok(());
    }
    if new.len() != n {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            n
        )));
    }
    let mut i = start;
    for item in new {
        x[i as usize] = item;
        i += step;
    }
    Ok(())
}

pub fn list_delitem(l: Value, key: Value) -> PyResult<()> {
    if key.kind() == Kind::Slice && !key.is_small() {
        let len = items(l).len();
        let (start, stop, step, n) = crate::slice::indices(key, len)?;
        let x = items_mut(l);
        if n == 0 {
            return Ok(());
        }
        if step == 1 {
            x.drain(start as usize..stop as usize);
            return Ok(());
        }
        // Mark the doomed positions, then compact.
        let mut doomed = vec![false; x.len()];
        let mut i = start;
        for _ in 0..n {
            doomed[i as usize] = true;
            i += step;
        }
        let mut j = 0;
        x.retain(|_| {
            let keep = !doomed[j];
            j += 1;
            keep
        });
        return Ok(());
    }
    let i = if key.is_small() {
        key.small()
    } else {
        subscript_index(key, "list")?
    };
    let x = items_mut(l);
    match crate::slice::norm_index(i, x.len()) {
        Some(i) => {
            x.remove(i);
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

pub fn list_contains(l: Value, v: Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(x) = get(l, i) {
        if crate::ops::eq(x, v)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_append(args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() == 2 && kw.is_empty() {
        items_mut(args[0]).push(args[1]);
        return Ok(none());
    }
    crate::builtins::no_kw("list.append", kw)?;
    crate::builtins::arity("list.append", &args[1..], 1, 1)?;
    Ok(none())
}

fn list_extend(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.extend", kw)?;
    crate::builtins::arity("list.extend", &args[1..], 1, 1)?;
    extend(args[0], args[1])?;
    Ok(none())
}

fn list_insert(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.insert", kw)?;
    crate::builtins::arity("insert", &args[1..], 2, 2)?;
    let i = sequtil::index_of(args[1])?;
    let x = items_mut(args[0]);
    let n = x.len() as i64;
    let pos = if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i.min(n)
    };
    x.insert(pos as usize, args[2]);
    Ok(none())
}

fn list_remove(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.remove", kw)?;
    crate::builtins::arity("list.remove", &args[1..], 1, 1)?;
    let l = args[0];
    let mut i = 0;
    while let Some(x) = get(l, i) {
        if crate::ops::eq(x, args[1])? {
            let v = items_mut(l);
            if i < v.len() {
                v.remove(i);
            }
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_pop(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.pop", kw)?;
    crate::builtins::arity("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => sequtil::index_of(*v)?,
        None => -1,
    };
    let x = items_mut(args[0]);
    if x.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match crate::slice::norm_index(i, x.len()) {
        Some(j) => Ok(x.remove(j)),
        None => Err(index_error("pop index out of range")),
    }
}

fn list_clear(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.clear", kw)?;
    crate::builtins::arity("list.clear", &args[1..], 0, 0)?;
    *items_mut(args[0]) = Vec::new();
    Ok(none())
}

fn list_index(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.index", kw)?;
    crate::builtins::arity("index", &args[1..], 1, 3)?;
    let l = args[0];
    let (start, stop) = sequtil::index_range(&args[2..], items(l).len())?;
    let mut i = start;
    while i < stop {
        let Some(x) = get(l, i) else { break };
        if crate::ops::eq(x, args[1])? {
            return Ok(crate::int::new_int(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!(
        "{} is not in list",
        crate::ops::repr_string(args[1])?
    )))
}

fn list_count(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.count", kw)?;
    crate::builtins::arity("list.count", &args[1..], 1, 1)?;
    let l = args[0];
    let (mut i, mut n) = (0, 0i64);
    while let Some(x) = get(l, i) {
        if crate::ops::eq(x, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(crate::int::new_int(n))
}

fn list_reverse(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.reverse", kw)?;
    crate::builtins::arity("list.reverse", &args[1..], 0, 0)?;
    items_mut(args[0]).reverse();
    Ok(none())
}

fn list_copy(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("list.copy", kw)?;
    crate::builtins::arity("list.copy", &args[1..], 0, 0)?;
    Ok(new_list(items(args[0]).to_vec()))
}
