//! `list`: mutable sequences.

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use std::cell::UnsafeCell;

#[repr(C)]
pub struct ListObj {
    pub ob: Obj,
    pub items: UnsafeCell<Vec<Value>>,
}

pub static LIST_METHODS: MethodTable = &[];
pub const LIST_SLOTS: Slots = Slots::EMPTY;
pub static LIST_TYPE: TypeObject =
    TypeObject::builtin("list", Kind::List, &OBJECT_TYPE, LIST_METHODS, LIST_SLOTS).unhashable();

pub fn new_list(items: Vec<Value>) -> Value {
    new_obj(ListObj { ob: Obj { ty: &LIST_TYPE }, items: UnsafeCell::new(items) })
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
