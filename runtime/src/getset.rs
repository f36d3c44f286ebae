//! The `__dict__` and `__weakref__` entries CPython puts in the namespace
//! of a class whose instances gain a dict or weak-reference support over
//! their bases: `getset_descriptor`s (repr `<attribute '__dict__' of 'C'
//! objects>`) whose `__get__` returns the instance dict, respectively None
//! (pyaot has no weak references). They share the member descriptor's
//! layout and kind, so the attribute protocol treats them as data
//! descriptors; reading `obj.__dict__` itself is answered before them.

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::slots::MemberObj;
use crate::value::{none, Value};

pub static GETSET_TYPE: TypeObject = TypeObject::builtin(
    "getset_descriptor",
    Kind::MemberDescr,
    &OBJECT_TYPE,
    &[
        ("__get__", |a, _| {
            crate::builtins::arity("__get__", a, 2, 3)?;
            if a[1].is_none() {
                return Ok(a[0]);
            }
            get(a[0], a[1])
        }),
        ("__set__", |a, _| {
            crate::builtins::arity("__set__", a, 3, 3)?;
            set(a[0], a[1], a[2]).map(|_| none())
        }),
    ],
    Slots {
        repr: Some(repr),
        ..Slots::EMPTY
    },
);

pub fn is_getset(d: Value) -> bool {
    std::ptr::eq(d.ty(), &GETSET_TYPE)
}

fn repr(v: Value) -> PyResult<Value> {
    let m = v.cast::<MemberObj>();
    Ok(crate::str::from_string(format!(
        "<attribute '{}' of '{}' objects>",
        crate::str::as_str(m.name),
        m.owner.name()
    )))
}

fn check_owner(m: &MemberObj, obj: Value) -> PyResult<()> {
    if !obj.ty().is_subtype(m.owner) {
        return Err(crate::exc::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            crate::str::as_str(m.name),
            m.owner.name(),
            obj.ty().name()
        )));
    }
    Ok(())
}

/// `d.__get__(obj)`.
pub fn get(d: Value, obj: Value) -> PyResult<Value> {
    let m = d.cast::<MemberObj>();
    check_owner(m, obj)?;
    if crate::str::as_str(m.name) == "__weakref__" {
        return Ok(none());
    }
    crate::ops::getattr_str(obj, "__dict__")
}

/// `d.__set__(obj, v)` (`v` NULL: delete).
pub fn set(d: Value, obj: Value, v: Value) -> PyResult<()> {
    let m = d.cast::<MemberObj>();
    check_owner(m, obj)?;
    let name = crate::str::as_str(m.name);
    if name == "__weakref__" || v.is_null() {
        return Err(crate::exc::attribute_error(format!(
            "attribute '{name}' of '{}' objects is not writable",
            m.owner.name()
        )));
    }
    crate::ops::setattr(obj, crate::str::intern("__dict__"), v)
}

/// Does an instance of (builtin) type `t` have what `name` gives access
/// to (a dict or weak references)?
fn builtin_has(t: &TypeObject, name: &str) -> bool {
    match name {
        "__dict__" => matches!(
            t.kind,
            Kind::Exception | Kind::Type | Kind::Function | Kind::Module
        ),
        _ => matches!(
            t.kind,
            Kind::Type | Kind::Function | Kind::Set | Kind::FrozenSet | Kind::Generator
        ),
    }
}

/// Does some base of the class (along its MRO) already provide `name`?
fn bases_have(mro: &[Value], name: &str) -> bool {
    let key = crate::str::intern(name);
    mro.iter().skip(1).any(|c| {
        let ct = c.cast::<TypeObject>();
        if ct.heap {
            crate::dict::dict_get_str(crate::typeobj::type_dict(ct), key).is_some()
        } else {
            builtin_has(ct, name)
        }
    })
}

/// Class creation, after the slot members: add `__dict__` and
/// `__weakref__` descriptors as CPython's `type_new` does.
pub fn install(t: &'static TypeObject, dict: Value, mro: &[Value]) -> PyResult<()> {
    let slots = crate::dict::dict_get_str(dict, crate::str::intern("__slots__"));
    let declared: Option<Vec<String>> = match slots {
        None => None,
        Some(s) => Some(
            crate::slots::declared(s)?
                .into_iter()
                .map(|n| crate::str::as_str(n).to_string())
                .collect(),
        ),
    };
    for name in ["__dict__", "__weakref__"] {
        let wanted = match &declared {
            None => true,
            Some(names) => names.iter().any(|n| n == name),
        };
        if !wanted || bases_have(mro, name) {
            continue;
        }
        let key = crate::str::intern(name);
        if crate::dict::dict_get_str(dict, key).is_some() {
            continue;
        }
        let d = new_obj(MemberObj {
            ob: Obj { ty: &GETSET_TYPE },
            name: key,
            owner: t,
        });
        crate::dict::dict_set(dict, key, d)?;
    }
    Ok(())
}
