//! `__slots__`: each declared name becomes a `member_descriptor` in the
//! class namespace (CPython's `PyMemberDescr`), a data descriptor whose
//! values live in the instance's slot storage, not in its `__dict__`.
//! Reading an unset slot raises AttributeError with CPython's message;
//! a class variable with the same name as a slot is a ValueError.

use crate::exc::{self, PyResult};
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};

#[repr(C)]
pub struct MemberObj {
    pub ob: Obj,
    /// The attribute name (a str, mangled for private names).
    pub name: Value,
    /// The class that declared the slot.
    pub owner: &'static TypeObject,
}

pub static MEMBER_TYPE: TypeObject = TypeObject::builtin(
    "member_descriptor",
    Kind::MemberDescr,
    &OBJECT_TYPE,
    &[
        ("__get__", |a, _| {
            crate::builtins::arity("__get__", a, 2, 3)?;
            if a[1].is_none() {
                return Ok(a[0]);
            }
            member_get(a[0], a[1])
        }),
        ("__set__", |a, _| {
            crate::builtins::arity("__set__", a, 3, 3)?;
            member_set(a[0], a[1], a[2]).map(|_| none())
        }),
        ("__delete__", |a, _| {
            crate::builtins::arity("__delete__", a, 2, 2)?;
            member_set(a[0], a[1], Value::NULL).map(|_| none())
        }),
    ],
    Slots {
        repr: Some(member_repr),
        getattr: Some(member_getattr),
        ..Slots::EMPTY
    },
);

fn member_repr(v: Value) -> PyResult<Value> {
    let m = v.cast::<MemberObj>();
    Ok(crate::str::from_string(format!(
        "<member '{}' of '{}' objects>",
        crate::str::as_str(m.name),
        m.owner.name()
    )))
}

fn member_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let m = v.cast::<MemberObj>();
    Ok(match name {
        "__name__" => Some(m.name),
        "__qualname__" => Some(crate::str::from_string(format!(
            "{}.{}",
            m.owner.name(),
            crate::str::as_str(m.name)
        ))),
        "__objclass__" => Some(m.owner.as_value()),
        _ => None,
    })
}

/// Where an object keeps its slot values: a dict created on demand.
fn storage(obj: Value) -> Option<Value> {
    match obj.kind() {
        Kind::Instance => {
            let c = &obj.cast::<crate::instance::InstanceObj>().slots;
            if c.get().is_null() {
                c.set(crate::dict::new_dict());
            }
            Some(c.get())
        }
        // Builtin-layout instances keep slot values in their `__dict__`.
        _ => {
            let d = crate::instance::dict_of(obj);
            (!d.is_null()).then_some(d)
        }
    }
}

fn check_owner(m: &MemberObj, obj: Value) -> PyResult<()> {
    if !obj.ty().is_subtype(m.owner) {
        return Err(exc::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            crate::str::as_str(m.name),
            m.owner.name(),
            obj.ty().name()
        )));
    }
    Ok(())
}

/// `obj.slot`.
pub fn member_get(d: Value, obj: Value) -> PyResult<Value> {
    if crate::getset::is_getset(d) {
        return crate::getset::get(d, obj);
    }
    let m = d.cast::<MemberObj>();
    check_owner(m, obj)?;
    if let Some(s) = storage(obj) {
        if let Some(v) = crate::dict::dict_get_str(s, m.name) {
            return Ok(v);
        }
    }
    Err(crate::typeobj::no_attribute(
        obj,
        crate::str::as_str(m.name),
    ))
}

/// `obj.slot = v`, or `del obj.slot` when `v` is NULL.
pub fn member_set(d: Value, obj: Value, v: Value) -> PyResult<()> {
    if crate::getset::is_getset(d) {
        return crate::getset::set(d, obj, v);
    }
    let m = d.cast::<MemberObj>();
    check_owner(m, obj)?;
    let Some(s) = storage(obj) else {
        return Err(crate::typeobj::no_attribute(
            obj,
            crate::str::as_str(m.name),
        ));
    };
    if v.is_null() {
        if crate::dict::dict_get_str(s, m.name).is_none() {
            return Err(crate::typeobj::no_attribute(
                obj,
                crate::str::as_str(m.name),
            ));
        }
        return crate::dict::dict_del(s, m.name);
    }
    crate::dict::dict_set(s, m.name, v)
}

/// The names a `__slots__` value declares (a str is one name).
pub fn declared(slots: Value) -> PyResult<Vec<Value>> {
    let items = if slots.kind() == Kind::Str {
        vec![slots]
    } else {
        crate::ops::collect(slots)?
    };
    for i in &items {
        if i.kind() != Kind::Str {
            return Err(exc::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                i.ty().name()
            )));
        }
    }
    Ok(items)
}

/// Class creation: add a member descriptor to `dict` (the new class's
/// namespace) for each name of its `__slots__`.
pub fn install(t: &'static TypeObject, dict: Value) -> PyResult<()> {
    let Some(s) = crate::dict::dict_get_str(dict, crate::str::intern("__slots__")) else {
        return Ok(());
    };
    // A name listed twice gets one descriptor (CPython accepts repeats).
    let mut seen: Vec<Value> = Vec::new();
    for n in declared(s)? {
        let name = crate::str::as_str(n);
        if name == "__dict__" || name == "__weakref__" {
            continue;
        }
        let key = match mangle(t.name(), name) {
            Some(m) => crate::str::new_str(&m),
            None => n,
        };
        let key = crate::str::intern(crate::str::as_str(key));
        if seen.iter().any(|k| k.is(key)) {
            continue;
        }
        seen.push(key);
        if crate::dict::dict_get_str(dict, key).is_some() {
            return Err(exc::value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
        let d = new_obj(MemberObj {
            ob: Obj { ty: &MEMBER_TYPE },
            name: key,
            owner: t,
        });
        crate::dict::dict_set(dict, key, d)?;
    }
    Ok(())
}

/// CPython's private name mangling of slot names (`__x` in class `C` is
/// stored as `_C__x`).
fn mangle(class: &str, name: &str) -> Option<String> {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = class.trim_start_matches('_');
    (!stripped.is_empty()).then(|| format!("_{stripped}{name}"))
}
