//! Instances of `object` and of user classes, and the generic attribute
//! protocol (`object.__getattribute__`/`__setattr__`): data descriptors on
//! the type, then the instance `__dict__`, then other class attributes,
//! then `__getattr__`.
//!
//! An instance of a user class starts in shape mode (`shape` module): its
//! class's shape names its attributes in insertion order and `values`
//! holds them. It switches to dict mode (`dict`, a real dict that is its
//! live `__dict__`) when a shape cannot express it; exactly one of `shape`
//! and `dict` is set for instances of heap classes (`object()` itself has
//! neither until it would need a dict).

use crate::exc::{self, PyResult};
use crate::object::{new_obj, Kind, Obj, TypeObject};
use crate::value::{none, Value};
use std::cell::Cell;

#[repr(C)]
pub struct InstanceObj {
    pub ob: Obj,
    /// Dict mode: the `__dict__`; NULL in shape mode.
    pub dict: Cell<Value>,
    /// Values of `__slots__` attributes (a dict), or NULL.
    pub slots: Cell<Value>,
    /// Shape mode (offset 24): the instance's `shape::Shape`; else NULL.
    pub shape: Cell<*const crate::shape::Shape>,
    /// Shape mode (offset 32): the attribute values in shape key order
    /// (NULL while there are none).
    pub values: Cell<*mut Value>,
    /// Capacity of `values`.
    pub cap: Cell<usize>,
}

const _: () = assert!(std::mem::offset_of!(InstanceObj, shape) == 24);
const _: () = assert!(std::mem::offset_of!(InstanceObj, values) == 32);
const _: () = assert!(std::mem::offset_of!(InstanceObj, cap) == 40);

/// At most this many values are reserved inside a new instance.
const INLINE_MAX: usize = 12;

/// A new instance of `ty`. Shape-mode instances get room for as many
/// values as the largest shape of their class so far right after the
/// header (`values` points there until it outgrows it), so an instance
/// and its attributes usually are one allocation.
pub fn new_instance(ty: &'static TypeObject) -> Value {
    let (shape, n) = if ty.heap && ty.kind == Kind::Instance {
        let r = crate::shape::root(ty);
        (r, crate::shape::hint(r).min(INLINE_MAX))
    } else {
        (std::ptr::null(), 0)
    };
    if n == 0 {
        return new_obj(InstanceObj {
            ob: Obj { ty },
            dict: Cell::new(Value::NULL),
            slots: Cell::new(Value::NULL),
            shape: Cell::new(shape),
            values: Cell::new(std::ptr::null_mut()),
            cap: Cell::new(0),
        });
    }
    let head = std::mem::size_of::<InstanceObj>();
    let layout = std::alloc::Layout::from_size_align(head + 8 * n, 8).expect("instance size");
    unsafe {
        let p = std::alloc::alloc(layout);
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let vals = p.add(head) as *mut Value;
        for i in 0..n {
            std::ptr::write(vals.add(i), Value::NULL);
        }
        std::ptr::write(
            p as *mut InstanceObj,
            InstanceObj {
                ob: Obj { ty },
                dict: Cell::new(Value::NULL),
                slots: Cell::new(Value::NULL),
                shape: Cell::new(shape),
                values: Cell::new(vals),
                cap: Cell::new(n),
            },
        );
        Value::from_ptr(p as *const InstanceObj)
    }
}

/// Own (instance) attribute `name` of `obj`, an instance of any kind
/// that has a `__dict__`, without creating the dict.
pub fn own_attr(obj: Value, name: Value) -> Option<Value> {
    if obj.kind() == Kind::Instance {
        let inst = obj.cast::<InstanceObj>();
        if !inst.shape.get().is_null() {
            return crate::shape::get(inst, name);
        }
    }
    let d = dict_if_any(obj);
    if d.is_null() {
        None
    } else {
        crate::dict::dict_get_str(d, name)
    }
}

/// The `__dict__` of an object that has one (instances, exceptions,
/// functions), created on demand; NULL if the object has none.
pub fn dict_of(obj: Value) -> Value {
    let cell: &Cell<Value> = match obj.kind() {
        Kind::Instance => {
            let inst = obj.cast::<InstanceObj>();
            if !inst.shape.get().is_null() {
                return crate::shape::to_dict(inst);
            }
            &inst.dict
        }
        Kind::Exception => &obj.cast::<crate::exc::ExcObj>().dict,
        Kind::Function => return crate::func::func_dict(obj.cast::<crate::func::FuncObj>()),
        _ => match crate::sequtil::heap_dict_cell(obj) {
            Some(c) => c,
            None => return Value::NULL,
        },
    };
    if cell.get().is_null() {
        cell.set(crate::dict::new_dict());
    }
    cell.get()
}

/// Existing `__dict__` without creating it.
fn dict_if_any(obj: Value) -> Value {
    match obj.kind() {
        Kind::Instance => obj.cast::<InstanceObj>().dict.get(),
        Kind::Exception => obj.cast::<crate::exc::ExcObj>().dict.get(),
        _ => crate::sequtil::heap_dict_cell(obj).map_or(Value::NULL, |c| c.get()),
    }
}

/// Is `v` a data descriptor (defines `__set__` or is a property)?
pub fn is_data_descr(v: Value) -> bool {
    match v.kind() {
        Kind::Property | Kind::MemberDescr => true,
        Kind::Instance => {
            crate::typeobj::lookup(v.ty(), crate::str::intern_static("__set__")).is_some()
        }
        _ => false,
    }
}

/// Apply the descriptor protocol to a class attribute found for `obj`.
pub fn descr_get(attr: Value, obj: Value, ty: &'static TypeObject) -> PyResult<Value> {
    match attr.kind() {
        Kind::Function => Ok(crate::func::new_bound_method(attr, obj)),
        Kind::Builtin => {
            // A builtin function stored in a class (`converter =
            // time.localtime`) is no descriptor in CPython: only methods of
            // builtin types bind.
            let b = attr.cast::<crate::func::BuiltinObj>();
            if b.owner.is_null() && b.self_.is_null() && !crate::typeobj::is_class_first(b.name) {
                return Ok(attr);
            }
            Ok(crate::ops::bind_attr(attr, obj))
        }
        Kind::Property => crate::descr::property_get(attr, obj),
        Kind::MemberDescr => crate::slots::member_get(attr, obj),
        Kind::StaticMethod => Ok(crate::descr::inner(attr)),
        Kind::ClassMethod => Ok(crate::func::new_bound_method(
            crate::descr::inner(attr),
            ty.as_value(),
        )),
        Kind::Instance => {
            if let Some(g) = crate::typeobj::lookup(attr.ty(), crate::str::intern_static("__get__"))
            {
                return crate::func::call(g, &[attr, obj, ty.as_value()], crate::object::Kw::NONE);
            }
            Ok(attr)
        }
        _ => Ok(attr),
    }
}

/// `object.__getattribute__(obj, name)`; `Ok(None)` if absent.
pub fn generic_getattr(obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = obj.ty();
    let ns = crate::str::as_str(name);
    if ns == "__dict__" && crate::typeobj::slot_names(t).is_none() {
        let d = dict_of(obj);

        if !d.is_null() {
            return Ok(Some(d));
        }
    }
    if ns == "__class__" {
        return Ok(Some(t.as_value()));
    }
    let attr = crate::typeobj::lookup(t, name);
    if let Some(a) = attr {
        if is_data_descr(a) {
            return descr_get(a, obj, t).map(Some);
        }
    }
    if let Some(v) = own_attr(obj, name) {
        return Ok(Some(v));
    }
    if let Some(a) = attr {
        return descr_get(a, obj, t).map(Some);
    }
    // Builtin-layout data attributes (exception args, ...).
    if let Some(f) = builtin_getattr_slot(t) {
        if let Some(v) = f(obj, ns)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

fn builtin_getattr_slot(t: &TypeObject) -> Option<fn(Value, &str) -> PyResult<Option<Value>>> {
    let mut b: *const TypeObject = t;
    while !b.is_null() {
        let bt = unsafe { &*b };
        if !bt.heap {
            return bt.slots.getattr;
        }
        b = bt.base.get();
    }
    None
}

/// Full attribute lookup for instances of user classes, including
/// `__getattribute__` overrides and the `__getattr__` fallback.
pub fn getattr(obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = obj.ty();
    let hooks = crate::typeobj::hooks(t);
    if let Some(ga) = hooks.getattribute() {
        match crate::func::call(ga, &[obj, name], crate::object::Kw::NONE) {
            Ok(v) => return Ok(Some(v)),
            Err(e) => {
                if !exc::pending_is(&exc::ATTRIBUTE_ERROR) {
                    return Err(e);
                }
                if let Some(g) = hooks.getattr() {
                    exc::take();
                    return crate::func::call(g, &[obj, name], crate::object::Kw::NONE).map(Some);
                }
                return Err(e);
            }
        }
    }
    let getattr_hook = hooks.getattr();
    match generic_getattr(obj, name) {
        Ok(Some(v)) => return Ok(Some(v)),
        Ok(None) => {}
        // A property raising AttributeError falls back to __getattr__.
        Err(e) => {
            if getattr_hook.is_none() || !exc::pending_is(&exc::ATTRIBUTE_ERROR) {
                return Err(e);
            }
            exc::take();
        }
    }
    if let Some(g) = getattr_hook {
        return crate::func::call(g, &[obj, name], crate::object::Kw::NONE).map(Some);
    }
    Ok(None)
}

/// `object.__setattr__(obj, name, value)`; value NULL means delete.
pub fn generic_setattr(obj: Value, name: Value, v: Value) -> PyResult<()> {
    let t = obj.ty();
    if crate::str::as_str(name) == "__class__" {
        return set_class(obj, v);
    }
    if obj.kind() == Kind::Instance
        && t.heap
        && crate::str::as_str(name) == "__dict__"
        && crate::typeobj::slot_names(t).is_none()
    {
        return set_dict(obj, v);
    }
    if let Some(a) = crate::typeobj::lookup(t, name) {
        if a.kind() == Kind::MemberDescr {
            return crate::slots::member_set(a, obj, v);
        }
        if a.kind() == Kind::Property {
            return if v.is_null() {
                crate::descr::property_delete(a, obj)
            } else {
                crate::descr::property_set(a, obj, v)
            };
        }
        if a.kind() == Kind::Instance {
            let which = if v.is_null() { "__delete__" } else { "__set__" };
            if let Some(s) = crate::typeobj::lookup(a.ty(), crate::str::intern(which)) {
                let args: Vec<Value> = if v.is_null() {
                    vec![a, obj]
                } else {
                    vec![a, obj, v]
                };
                crate::func::call(s, &args, crate::object::Kw::NONE)?;
                return Ok(());
            }
        }
    }
    if crate::typeobj::slot_names(t).is_some() {
        // No `__dict__`: slots were handled by their descriptors above.
        let ns = crate::str::as_str(name);
        if crate::typeobj::lookup(t, name).is_some() {
            return Err(exc::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                t.name(),
                ns
            )));
        }
        return Err(crate::typeobj::no_attribute(obj, ns));
    }
    if obj.kind() == Kind::Instance {
        let inst = obj.cast::<InstanceObj>();
        if !inst.shape.get().is_null() {
            if v.is_null() {
                if crate::shape::get(inst, name).is_none() {
                    return Err(exc::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        t.name(),
                        crate::str::as_str(name)
                    )));
                }
            } else if crate::shape::set(obj, name, v) {
                return Ok(());
            }
            crate::shape::to_dict(inst);
        }
    }
    let d = dict_of(obj);
    if d.is_null() {
        return Err(exc::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            t.name(),
            crate::str::as_str(name)
        )));
    }
    if v.is_null() {
        if crate::dict::dict_get_str(d, name).is_none() {
            return Err(exc::attribute_error(format!(
                "'{}' object has no attribute '{}'",
                t.name(),
                crate::str::as_str(name)
            )));
        }
        return crate::dict::dict_del(d, name);
    }
    crate::dict::dict_set(d, name, v)
}

/// `obj.__dict__ = d` on an instance: it switches to dict mode with `d`
/// as its live `__dict__`.
fn set_dict(obj: Value, v: Value) -> PyResult<()> {
    if v.is_null() {
        return Err(exc::type_error("cannot delete __dict__"));
    }
    if !v.ty().is_subtype(&crate::dict::DICT_TYPE) {
        return Err(exc::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            v.ty().name()
        )));
    }
    let inst = obj.cast::<InstanceObj>();
    inst.shape.set(std::ptr::null());
    inst.values.set(std::ptr::null_mut());
    inst.cap.set(0);
    inst.dict.set(v);
    Ok(())
}

/// `obj.__class__ = cls`: allowed between heap classes with the same
/// instance layout, as in CPython.
fn set_class(obj: Value, v: Value) -> PyResult<()> {
    if v.is_null() {
        return Err(exc::type_error("can't delete __class__ attribute"));
    }
    if v.kind() != Kind::Type {
        return Err(exc::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            v.ty().name()
        )));
    }
    let old = obj.ty();
    let new: &'static TypeObject = v.cast::<TypeObject>();
    if !old.heap || !new.heap {
        return Err(exc::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_layout = std::ptr::eq(crate::class::solid_base(old), crate::class::solid_base(new))
        && crate::typeobj::slot_names(old).is_none() == crate::typeobj::slot_names(new).is_none();
    if !same_layout {
        return Err(exc::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            old.name()
        )));
    }
    // The type pointer is the object's first word. A shape-mode instance
    // moves to the shape of the new class with the same keys.
    if obj.kind() == Kind::Instance {
        let inst = obj.cast::<InstanceObj>();
        let s = inst.shape.get();
        if !s.is_null() {
            inst.shape.set(crate::shape::current(s, new));
        }
    }
    unsafe {
        let header = obj.0 as *mut Obj;
        (*header).ty = new;
    }
    Ok(())
}

/// Attribute assignment with `__setattr__`/`__delattr__` overrides.
pub fn setattr(obj: Value, name: Value, v: Value) -> PyResult<()> {
    let t = obj.ty();
    let hooks = crate::typeobj::hooks(t);
    let hook = if v.is_null() {
        hooks.delattr
    } else {
        hooks.setattr
    };
    if let Some(f) = (!hook.is_null()).then_some(hook) {
        let args: Vec<Value> = if v.is_null() {
            vec![obj, name]
        } else {
            vec![obj, name, v]
        };
        crate::func::call(f, &args, crate::object::Kw::NONE)?;
        return Ok(());
    }
    if obj.kind() == Kind::Type {
        return crate::typeobj::type_setattr(obj, name, v);
    }
    generic_setattr(obj, name, v)
}

pub fn none_if_null(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}
