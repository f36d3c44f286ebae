//! `types.GenericAlias`: what `list[int]`, `dict[str, int]` or
//! `tuple[int, ...]` evaluate to. It records `__origin__` and `__args__`,
//! prints as CPython does, compares by origin and arguments, calls its
//! origin, and forwards other attribute lookups to the origin.

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{not_implemented, Value};
use pyaot_ir::CmpOp;
use std::cell::Cell;

#[repr(C)]
pub struct AliasObj {
    pub ob: Obj,
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

const ALIAS_SLOTS: Slots = Slots {
    repr: Some(alias_repr),
    hash: Some(alias_hash),
    richcmp: Some(alias_richcmp),
    getattr: Some(alias_getattr),
    call: Some(alias_call),
    getitem: Some(alias_getitem),
    ..Slots::EMPTY
};

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    module: Cell::new("types"),
    ..TypeObject::builtin(
        "GenericAlias",
        Kind::GenericAlias,
        &OBJECT_TYPE,
        &[],
        ALIAS_SLOTS,
    )
};

/// `origin[key]`: a tuple key gives several arguments.
pub fn new_alias(origin: Value, key: Value) -> Value {
    let args = if key.kind() == Kind::Tuple {
        key
    } else {
        crate::tuple::new_tuple(vec![key])
    };
    new_obj(AliasObj {
        ob: Obj {
            ty: &GENERIC_ALIAS_TYPE,
        },
        origin,
        args,
    })
}

/// Builtin classes that are generic at run time (CPython gives them a
/// `__class_getitem__` returning a GenericAlias), and their subclasses.
pub fn is_generic_class(t: &TypeObject) -> bool {
    let solid = crate::class::solid_base(t);
    matches!(
        solid.kind,
        Kind::List | Kind::Dict | Kind::Tuple | Kind::Set | Kind::FrozenSet | Kind::Type
    ) && matches!(
        solid.name(),
        "list" | "dict" | "tuple" | "set" | "frozenset" | "type"
    )
}

/// One argument as CPython's `ga_repr_item` shows it.
fn repr_item(v: Value) -> PyResult<String> {
    if v.is(crate::value::ellipsis()) {
        return Ok("...".into());
    }
    if v.kind() == Kind::GenericAlias {
        return crate::ops::repr_string(v);
    }
    if v.kind() == Kind::Type {
        let t = v.cast::<TypeObject>();
        let q = crate::ops::getattr_str(v, "__qualname__")?;
        let q = if q.kind() == Kind::Str {
            crate::str::as_str(q).to_string()
        } else {
            t.name().to_string()
        };
        let m = t.module.get();
        return Ok(if m == "builtins" {
            q
        } else {
            format!("{m}.{q}")
        });
    }
    crate::ops::repr_string(v)
}

fn alias_repr(v: Value) -> PyResult<Value> {
    let a = v.cast::<AliasObj>();
    let mut s = repr_item(a.origin)?;
    s.push('[');
    let items = crate::tuple::items(a.args);
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_item(*x)?);
    }
    s.push(']');
    Ok(crate::str::from_string(s))
}

fn alias_hash(v: Value) -> PyResult<i64> {
    let a = v.cast::<AliasObj>();
    Ok(crate::ops::hash(a.origin)? ^ crate::ops::hash(a.args)?)
}

fn alias_richcmp(x: Value, y: Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || y.is_small() || y.kind() != Kind::GenericAlias {
        return Ok(not_implemented());
    }
    let (a, b) = (x.cast::<AliasObj>(), y.cast::<AliasObj>());
    let same = crate::ops::eq(a.origin, b.origin)? && crate::ops::eq(a.args, b.args)?;
    Ok(crate::value::bool_(same == (op == CmpOp::Eq)))
}

fn alias_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let a = v.cast::<AliasObj>();
    match name {
        "__origin__" => Ok(Some(a.origin)),
        "__args__" => Ok(Some(a.args)),
        "__parameters__" => Ok(Some(crate::tuple::new_tuple(vec![]))),
        "__class__" => Ok(Some(GENERIC_ALIAS_TYPE.as_value())),
        _ if name.starts_with("__") && name.ends_with("__") => Ok(None),
        _ => crate::ops::getattr_opt(a.origin, crate::str::new_str(name)),
    }
}

fn alias_call(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::func::call(v.cast::<AliasObj>().origin, args, kw)
}

fn alias_getitem(v: Value, _k: Value) -> PyResult<Value> {
    Err(type_error(format!(
        "{} is not a generic class",
        crate::ops::repr_string(v)?
    )))
}
