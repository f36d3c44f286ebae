//! `type` and `object`: type objects as values, attribute lookup along the
//! MRO, and the default behaviour every object inherits.

use crate::exc::{attribute_error, type_error, PyResult};
use crate::object::{Kind, Kw, MethodTable, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};

pub static TYPE_TYPE: TypeObject =
    TypeObject::builtin("type", Kind::Type, &OBJECT_TYPE, TYPE_METHODS, TYPE_SLOTS);

pub static OBJECT_METHODS: MethodTable = &[];
pub const OBJECT_SLOTS: Slots = Slots { new: Some(object_new), ..Slots::EMPTY };
static TYPE_METHODS: MethodTable = &[("mro", type_mro_method)];
const TYPE_SLOTS: Slots = Slots {
    repr: Some(type_repr),
    call: Some(type_call),
    getattr: Some(type_getattr),
    new: Some(type_new),
    ..Slots::EMPTY
};

fn object_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    Ok(crate::instance::new_instance(ty))
}

fn type_new(_ty: &'static TypeObject, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() == 1 {
        return Ok(args[0].ty().as_value());
    }
    Err(type_error("type() takes 1 or 3 arguments"))
}

/// `<class 'int'>` / `<class '__main__.C'>`.
fn type_repr(v: Value) -> PyResult<Value> {
    let t = v.cast::<TypeObject>();
    let m = t.module.get();
    let s = if m == "builtins" {
        format!("<class '{}'>", t.name())
    } else {
        format!("<class '{}.{}'>", m, t.name())
    };
    Ok(crate::str::new_str(&s))
}

/// Calling a type constructs an instance.
pub fn type_call(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t: &'static TypeObject = v.cast::<TypeObject>();
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 1 && kw.is_empty() {
        return Ok(args[0].ty().as_value());
    }
    // Find the nearest `new` slot along the bases.
    let mut b: *const TypeObject = t;
    while !b.is_null() {
        let bt = unsafe { &*b };
        if let Some(new) = bt.slots.new {
            return new(t, args, kw);
        }
        b = bt.base.get();
    }
    Err(type_error(format!("cannot create '{}' instances", t.name())))
}

fn type_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let t = v.cast::<TypeObject>();
    Ok(match name {
        "__name__" | "__qualname__" => Some(crate::str::new_str(t.name())),
        "__module__" => Some(crate::str::new_str(t.module.get())),
        "__mro__" => Some(mro(t)),
        "__bases__" => Some(bases(t)),
        "__base__" => {
            let b = t.base.get();
            Some(if b.is_null() { none() } else { Value::from_ptr(b) })
        }
        "__dict__" => Some(type_dict(t)),
        "__doc__" => Some(none()),
        _ => {
            // Class attribute lookup along the MRO.
            let key = crate::str::new_str(name);
            lookup(t, key)
        }
    })
}

fn type_mro_method(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = args[0].cast::<TypeObject>();
    crate::list::list_from_iter(mro(t))
}

/// The type's namespace dict, built from its method table on first use.
pub fn type_dict(t: &TypeObject) -> Value {
    let d = t.dict.get();
    if !d.is_null() {
        return d;
    }
    let d = crate::dict::new_dict();
    for (name, f) in t.methods.iter() {
        let func = crate::func::new_builtin(name, *f, Value::NULL);
        let _ = crate::dict::dict_set(d, crate::str::intern(name), func);
    }
    t.dict.set(d);
    d
}

/// The bases tuple.
pub fn bases(t: &TypeObject) -> Value {
    let b = t.bases.get();
    if !b.is_null() {
        return b;
    }
    let base = t.base.get();
    let v = if base.is_null() {
        crate::tuple::new_tuple(vec![])
    } else {
        crate::tuple::new_tuple(vec![Value::from_ptr(base)])
    };
    t.bases.set(v);
    v
}

/// The MRO tuple (for builtin types: the chain of primary bases).
pub fn mro(t: &TypeObject) -> Value {
    let m = t.mro.get();
    if !m.is_null() {
        return m;
    }
    let mut items = Vec::new();
    let mut b: *const TypeObject = t;
    while !b.is_null() {
        items.push(Value::from_ptr(b));
        b = unsafe { (*b).base.get() };
    }
    let v = crate::tuple::new_tuple(items);
    t.mro.set(v);
    v
}

pub fn mro_contains(t: &TypeObject, other: &TypeObject) -> bool {
    crate::tuple::items(mro(t)).iter().any(|c| std::ptr::eq(c.ptr() as *const TypeObject, other))
}

/// Look `name` (a str object) up in the dicts along `t`'s MRO.
pub fn lookup(t: &TypeObject, name: Value) -> Option<Value> {
    for c in crate::tuple::items(mro(t)) {
        let ct = c.cast::<TypeObject>();
        if let Some(v) = crate::dict::dict_get_str(type_dict(ct), name) {
            return Some(v);
        }
    }
    None
}

pub fn no_attribute(obj: Value, name: &str) -> crate::exc::PyErr {
    if obj.kind() == Kind::Type {
        return attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            obj.cast::<TypeObject>().name(),
            name
        ));
    }
    if obj.kind() == Kind::Module {
        return attribute_error(format!(
            "module '{}' has no attribute '{}'",
            crate::module::module_name(obj),
            name
        ));
    }
    attribute_error(format!("'{}' object has no attribute '{}'", obj.ty().name(), name))
}

/// `list[int]` and friends: generic aliases print like the class for now.
pub fn class_getitem(cls: Value, _key: Value) -> PyResult<Value> {
    Ok(cls)
}
