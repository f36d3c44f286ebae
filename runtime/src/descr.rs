//! Descriptors and `super`: `property`, `staticmethod`, `classmethod`, and
//! `super` objects (the zero-argument form is compiled to
//! `super(__class__, first_argument)`).

use crate::exc::{self, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use std::cell::Cell;

#[repr(C)]
pub struct PropertyObj {
    pub ob: Obj,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name given by `__set_name__` (NULL until then), used
    /// in CPython 3.11's "has no setter" messages.
    pub name: std::cell::Cell<Value>,
}

/// `staticmethod(f)` / `classmethod(f)`.
#[repr(C)]
pub struct WrapperObj {
    pub ob: Obj,
    pub f: Value,
    pub dict: Cell<Value>,
}

#[repr(C)]
pub struct SuperObj {
    pub ob: Obj,
    pub thisclass: Value,
    pub obj: Value,
}

static PROPERTY_METHODS: MethodTable = &[
    ("getter", prop_getter),
    ("setter", prop_setter),
    ("deleter", prop_deleter),
    ("__get__", prop_get_m),
    ("__set__", |a, _| {
        crate::builtins::arity("__set__", &a[1..], 2, 2)?;
        property_set(a[0], a[1], a[2])?;
        Ok(none())
    }),
    ("__delete__", |a, _| {
        crate::builtins::arity("__delete__", &a[1..], 1, 1)?;
        property_delete(a[0], a[1])?;
        Ok(none())
    }),
    ("__set_name__", prop_set_name_m),
];

/// `staticmethod.__get__(obj, type=None)`: the wrapped callable.
static STATICMETHOD_METHODS: MethodTable = &[("__get__", |a, _| {
    crate::builtins::arity("__get__", &a[1..], 1, 2)?;
    Ok(inner(a[0]))
})];

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`
/// (or to the type of `obj`).
static CLASSMETHOD_METHODS: MethodTable = &[("__get__", |a, _| {
    crate::builtins::arity("__get__", &a[1..], 1, 2)?;
    let owner = match a.get(2) {
        Some(t) if !t.is_none() => *t,
        _ => a[1].ty().as_value(),
    };
    Ok(crate::func::new_bound_method(inner(a[0]), owner))
})];

fn prop_set_name_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(exc::type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.len().saturating_sub(1)
        )));
    }
    set_prop_name(args[0], args[2]);
    Ok(none())
}

/// `property.__set_name__`: remember the attribute name.
pub fn set_prop_name(p: Value, name: Value) {
    p.cast::<PropertyObj>().name.set(name);
}
pub static PROPERTY_TYPE: TypeObject = TypeObject::builtin(
    "property",
    Kind::Property,
    &OBJECT_TYPE,
    PROPERTY_METHODS,
    Slots {
        new: Some(property_new),
        getattr: Some(property_getattr),
        ..Slots::EMPTY
    },
);
pub static STATICMETHOD_TYPE: TypeObject = TypeObject::builtin(
    "staticmethod",
    Kind::StaticMethod,
    &OBJECT_TYPE,
    STATICMETHOD_METHODS,
    Slots {
        new: Some(|_, a, _| wrapper_new(&STATICMETHOD_TYPE, a)),
        getattr: Some(wrapper_getattr),
        call: Some(|v, a, k| crate::func::call(inner(v), a, k)),
        ..Slots::EMPTY
    },
);
pub static CLASSMETHOD_TYPE: TypeObject = TypeObject::builtin(
    "classmethod",
    Kind::ClassMethod,
    &OBJECT_TYPE,
    CLASSMETHOD_METHODS,
    Slots {
        new: Some(|_, a, _| wrapper_new(&CLASSMETHOD_TYPE, a)),
        getattr: Some(wrapper_getattr),
        ..Slots::EMPTY
    },
);
pub static SUPER_TYPE: TypeObject = TypeObject::builtin(
    "super",
    Kind::Super,
    &OBJECT_TYPE,
    &[],
    Slots {
        new: Some(super_new),
        getattr: Some(super_getattr),
        repr: Some(super_repr),
        ..Slots::EMPTY
    },
);

pub fn inner(v: Value) -> Value {
    v.cast::<WrapperObj>().f
}

fn wrapper_new(t: &'static TypeObject, args: &[Value]) -> PyResult<Value> {
    crate::builtins::arity(t.name(), args, 1, 1)?;
    Ok(new_obj(WrapperObj {
        ob: Obj { ty: t },
        f: args[0],
        dict: Cell::new(Value::NULL),
    }))
}

fn wrapper_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let f = inner(v);
    Ok(match name {
        "__func__" | "__wrapped__" => Some(f),
        "__name__" | "__qualname__" | "__doc__" => Some(crate::ops::getattr_str(f, name)?),
        _ => None,
    })
}

fn property_new(_t: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut slots = [none(); 4];
    for (i, a) in args.iter().enumerate().take(4) {
        slots[i] = *a;
    }
    for (k, v) in kw.iter() {
        match k {
            "fget" => slots[0] = v,
            "fset" => slots[1] = v,
            "fdel" => slots[2] = v,
            "doc" => slots[3] = v,
            _ => {
                return Err(exc::type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    Ok(new_prop(slots[0], slots[1], slots[2], slots[3]))
}

fn new_prop(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    new_prop_named(fget, fset, fdel, doc, Value::NULL)
}

fn new_prop_named(fget: Value, fset: Value, fdel: Value, doc: Value, name: Value) -> Value {
    let doc = if doc.is_none() && !fget.is_none() {
        crate::ops::getattr_opt(fget, crate::str::intern_static("__doc__"))
            .ok()
            .flatten()
            .unwrap_or_else(none)
    } else {
        doc
    };
    new_obj(PropertyObj {
        ob: Obj { ty: &PROPERTY_TYPE },
        fget,
        fset,
        fdel,
        doc,
        name: std::cell::Cell::new(name),
    })
}

fn property_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let p = v.cast::<PropertyObj>();
    Ok(match name {
        "fget" => Some(p.fget),
        "fset" => Some(p.fset),
        "fdel" => Some(p.fdel),
        "__doc__" => Some(p.doc),
        _ => None,
    })
}

fn prop_getter(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = args[0].cast::<PropertyObj>();
    Ok(new_prop_named(args[1], p.fset, p.fdel, p.doc, p.name.get()))
}
fn prop_setter(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = args[0].cast::<PropertyObj>();
    Ok(new_prop_named(p.fget, args[1], p.fdel, p.doc, p.name.get()))
}
fn prop_deleter(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = args[0].cast::<PropertyObj>();
    Ok(new_prop_named(p.fget, p.fset, args[1], p.doc, p.name.get()))
}
fn prop_get_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() < 2 || args[1].is_none() {
        return Ok(args[0]);
    }
    property_get(args[0], args[1])
}

/// "property 'x' of 'C' object has no <what>" (CPython 3.11's wording;
/// without the name when `__set_name__` never ran).
fn missing(p: &PropertyObj, obj: Value, what: &str) -> crate::exc::PyErr {
    let owner = crate::str::repr_string(obj.ty().name());
    let name = p.name.get();
    let msg = if !name.is_null() && name.kind() == Kind::Str {
        format!(
            "property {} of {} object has no {what}",
            crate::str::repr_string(crate::str::as_str(name)),
            owner
        )
    } else {
        format!("property of {owner} object has no {what}")
    };
    exc::attribute_error(msg)
}

pub fn property_get(pv: Value, obj: Value) -> PyResult<Value> {
    let p = pv.cast::<PropertyObj>();
    if p.fget.is_none() {
        return Err(missing(p, obj, "getter"));
    }
    crate::func::call(p.fget, &[obj], Kw::NONE)
}

pub fn property_set(pv: Value, obj: Value, v: Value) -> PyResult<()> {
    let p = pv.cast::<PropertyObj>();
    if p.fset.is_none() {
        return Err(missing(p, obj, "setter"));
    }
    crate::func::call(p.fset, &[obj, v], Kw::NONE)?;
    Ok(())
}

pub fn property_delete(pv: Value, obj: Value) -> PyResult<()> {
    let p = pv.cast::<PropertyObj>();
    if p.fdel.is_none() {
        return Err(missing(p, obj, "deleter"));
    }
    crate::func::call(p.fdel, &[obj], Kw::NONE)?;
    Ok(())
}

fn super_new(_t: &'static TypeObject, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(exc::runtime_error("super(): no arguments"));
    }
    if args[0].kind() != Kind::Type {
        return Err(exc::type_error(format!(
            "super() argument 1 must be a type, not {}",
            args[0].ty().name()
        )));
    }
    let t = args[0].cast::<TypeObject>();
    let obj = args[1];
    if !obj.is_none()
        && !obj.ty().is_subtype(t)
        && !(obj.kind() == Kind::Type && obj.cast::<TypeObject>().is_subtype(t))
    {
        return Err(exc::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(new_obj(SuperObj {
        ob: Obj { ty: &SUPER_TYPE },
        thisclass: args[0],
        obj: args[1],
    }))
}

fn super_repr(v: Value) -> PyResult<Value> {
    let s = v.cast::<SuperObj>();
    Ok(crate::str::new_str(&format!(
        "<super: <class '{}'>, <{} object>>",
        s.thisclass.cast::<TypeObject>().name(),
        s.obj.ty().name()
    )))
}

fn super_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let s = v.cast::<SuperObj>();
    // Search the MRO of the instance's type (or the class itself, for
    // class methods) after `thisclass`.
    let start: &'static TypeObject = if s.obj.kind() == Kind::Type
        && s.obj
            .cast::<TypeObject>()
            .is_subtype(s.thisclass.cast::<TypeObject>())
    {
        s.obj.cast::<TypeObject>()
    } else {
        s.obj.ty()
    };
    let mro = crate::typeobj::mro(start);
    let items = crate::tuple::items(mro);
    let pos = items
        .iter()
        .position(|c| c.is(s.thisclass))
        .map(|p| p + 1)
        .unwrap_or(items.len());
    let key = crate::str::new_str(name);
    for c in &items[pos..] {
        let ct = c.cast::<TypeObject>();
        if let Some(a) = crate::dict::dict_get_str(crate::typeobj::type_dict(ct), key) {
            // Looking up on the class itself (class methods), not on a
            // metaclass instance.
            let is_cls = s.obj.kind() == Kind::Type && s.obj.is(start.as_value());

            return Ok(Some(match a.kind() {
                Kind::Function if is_cls => a,
                Kind::ClassMethod => crate::func::new_bound_method(inner(a), start.as_value()),
                Kind::StaticMethod => inner(a),
                Kind::Builtin if name == "__init_subclass__" => {
                    crate::ops::bind_attr(a, start.as_value())
                }
                Kind::Builtin if is_cls => a,

                _ => crate::instance::descr_get(a, s.obj, start)?,
            }));
        }
    }
    if name == "__class__" {
        return Ok(Some(SUPER_TYPE.as_value()));
    }
    Ok(None)
}
