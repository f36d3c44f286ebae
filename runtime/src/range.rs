//! `range` objects and their iterators.

use crate::object::{Kind, MethodTable, Slots, TypeObject, OBJECT_TYPE};

pub static RANGE_METHODS: MethodTable = &[];
pub const RANGE_SLOTS: Slots = Slots::EMPTY;
pub static RANGE_TYPE: TypeObject =
    TypeObject::builtin("range", Kind::Range, &OBJECT_TYPE, RANGE_METHODS, RANGE_SLOTS).final_();
