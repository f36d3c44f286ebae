//! `dict`: insertion-ordered hash maps keyed by Python hash and equality.

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use std::cell::UnsafeCell;

/// Entries in insertion order; deleted entries have a NULL key.
pub struct DictTable {
    pub entries: Vec<(i64, Value, Value)>,
    pub used: usize,
}

#[repr(C)]
pub struct DictObj {
    pub ob: Obj,
    pub t: UnsafeCell<DictTable>,
}

pub static DICT_METHODS: MethodTable = &[];
pub const DICT_SLOTS: Slots = Slots::EMPTY;
pub static DICT_TYPE: TypeObject =
    TypeObject::builtin("dict", Kind::Dict, &OBJECT_TYPE, DICT_METHODS, DICT_SLOTS).unhashable();

pub fn new_dict() -> Value {
    new_obj(DictObj {
        ob: Obj { ty: &DICT_TYPE },
        t: UnsafeCell::new(DictTable { entries: Vec::new(), used: 0 }),
    })
}

fn table(d: Value) -> &'static mut DictTable {
    unsafe { &mut *d.cast::<DictObj>().t.get() }
}

pub fn dict_set(d: Value, k: Value, v: Value) -> PyResult<()> {
    let h = crate::ops::hash(k)?;
    let t = table(d);
    for e in t.entries.iter_mut() {
        if !e.1.is_null() && e.0 == h && crate::ops::eq(e.1, k)? {
            e.2 = v;
            return Ok(());
        }
    }
    t.entries.push((h, k, v));
    t.used += 1;
    Ok(())
}

pub fn dict_get(d: Value, k: Value) -> PyResult<Option<Value>> {
    let h = crate::ops::hash(k)?;
    for e in table(d).entries.iter() {
        if !e.1.is_null() && e.0 == h && crate::ops::eq(e.1, k)? {
            return Ok(Some(e.2));
        }
    }
    Ok(None)
}

/// Lookup with a str key (never fails).
pub fn dict_get_str(d: Value, k: Value) -> Option<Value> {
    let ks = crate::str::as_str(k);
    for e in table(d).entries.iter() {
        if !e.1.is_null() && e.1.kind() == Kind::Str && crate::str::as_str(e.1) == ks {
            return Some(e.2);
        }
    }
    None
}

pub fn dict_del(d: Value, k: Value) -> PyResult<()> {
    let h = crate::ops::hash(k)?;
    let t = table(d);
    for e in t.entries.iter_mut() {
        if !e.1.is_null() && e.0 == h && crate::ops::eq(e.1, k)? {
            e.1 = Value::NULL;
            e.2 = Value::NULL;
            t.used -= 1;
            return Ok(());
        }
    }
    Err(crate::exc::key_error(k))
}

/// Snapshot of the (key, value) pairs in order.
pub fn dict_items(d: Value) -> Vec<(Value, Value)> {
    table(d).entries.iter().filter(|e| !e.1.is_null()).map(|e| (e.1, e.2)).collect()
}
