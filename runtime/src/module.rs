//! Module objects: the program's own modules and the builtin ones (sys,
//! math, time), each a namespace dict.

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;

#[repr(C)]
pub struct ModuleObj {
    pub ob: Obj,
    pub name: Value,
    pub dict: Value,
}

pub static MODULE_TYPE: TypeObject = TypeObject::builtin(
    "module",
    Kind::Module,
    &OBJECT_TYPE,
    &[],
    Slots {
        getattr: Some(module_getattr),
        setattr: Some(module_setattr),
        repr: Some(module_repr),
        ..Slots::EMPTY
    },
);

pub fn new_module(name: &str, dict: Value) -> Value {
    let m = new_obj(ModuleObj {
        ob: Obj { ty: &MODULE_TYPE },
        name: crate::str::new_str(name),
        dict,
    });
    let _ = crate::dict::dict_set(
        dict,
        crate::str::intern_static("__name__"),
        crate::str::new_str(name),
    );
    m
}

pub fn module_name(m: Value) -> &'static str {
    crate::str::as_str(m.cast::<ModuleObj>().name)
}

fn module_repr(m: Value) -> PyResult<Value> {
    let name = module_name(m);
    let d = m.cast::<ModuleObj>().dict;
    let file = crate::dict::dict_get_str(d, crate::str::intern("__file__"))
        .filter(|f| f.kind() == crate::object::Kind::Str)
        .map(crate::str::as_str)
        .filter(|f| !f.starts_with('<'));
    let s = match file {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        None if matches!(name, "sys" | "builtins" | "time") => {
            format!("<module '{name}' (built-in)>")
        }
        None => format!("<module '{name}'>"),
    };
    Ok(crate::str::from_string(s))
}

fn module_getattr(m: Value, name: &str) -> PyResult<Option<Value>> {
    let d = m.cast::<ModuleObj>().dict;
    if name == "__dict__" {
        return Ok(Some(d));
    }
    Ok(crate::dict::dict_get_str(d, crate::str::new_str(name)))
}

/// Attribute lookup with an already-made name object: the namespace dict
/// first (no string allocation on the hot path), then the slot.
pub fn getattr_value(m: Value, name: Value) -> PyResult<Option<Value>> {
    let d = m.cast::<ModuleObj>().dict;
    if let Some(v) = crate::dict::dict_get_str(d, name) {
        return Ok(Some(v));
    }
    module_getattr(m, crate::str::as_str(name))
}

fn module_setattr(m: Value, name: Value, v: Value) -> PyResult<()> {
    let d = m.cast::<ModuleObj>().dict;
    if v.is_null() {
        if crate::dict::dict_get_str(d, name).is_none() {
            return Err(crate::typeobj::no_attribute(m, crate::str::as_str(name)));
        }
        return crate::dict::dict_del(d, name);
    }
    crate::dict::dict_set(d, name, v)
}
