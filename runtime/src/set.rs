//! `set` and `frozenset`, with CPython's hash table layout so that
//! iteration order matches CPython's.

use crate::object::{Kind, MethodTable, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;
use crate::exc::PyResult;

pub static SET_METHODS: MethodTable = &[];
pub const SET_SLOTS: Slots = Slots::EMPTY;
pub static SET_TYPE: TypeObject =
    TypeObject::builtin("set", Kind::Set, &OBJECT_TYPE, SET_METHODS, SET_SLOTS).unhashable();
pub static FROZENSET_TYPE: TypeObject =
    TypeObject::builtin("frozenset", Kind::FrozenSet, &OBJECT_TYPE, SET_METHODS, SET_SLOTS);

pub fn new_set(items: &[Value]) -> PyResult<Value> {
    let _ = items;
    Err(crate::exc::not_supported("set"))
}

pub fn set_add(set: Value, item: Value) -> PyResult<()> {
    let _ = (set, item);
    Err(crate::exc::not_supported("set"))
}
