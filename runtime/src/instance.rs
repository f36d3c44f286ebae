//! Instances of `object` and of user classes: a type pointer plus a
//! `__dict__`.

use crate::object::{new_obj, Obj, TypeObject};
use crate::value::Value;
use std::cell::Cell;

#[repr(C)]
pub struct InstanceObj {
    pub ob: Obj,
    pub dict: Cell<Value>,
}

pub fn new_instance(ty: &'static TypeObject) -> Value {
    new_obj(InstanceObj { ob: Obj { ty }, dict: Cell::new(Value::NULL) })
}
