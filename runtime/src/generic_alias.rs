//! `types.GenericAlias`: the value of `list[int]`, `dict[str, int]`,
//! `tuple[int, ...]` and of subscripting any subclass of a builtin generic
//! type (PEP 585), as annotations use them.
//!
//! Guarantees, as in CPython 3.11: `repr` is `list[int]` (origin and
//! arguments shown like types in annotations, `tuple[()]` for no
//! arguments); `__origin__`/`__args__`/`__parameters__` are exposed and
//! other attributes come from the origin; calling creates an origin
//! instance; equality compares origin and arguments; `|` builds a union;
//! `isinstance` with an alias raises CPython's TypeError. A class that is
//! not generic raises "type 'C' is not subscriptable".

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, NONE_TYPE, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::CmpOp;
use std::cell::Cell;

#[repr(C)]
pub struct GenericAliasObj {
    pub ob: Obj,
    pub origin: Value,
    /// Tuple of the arguments.
    pub args: Value,
}

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject {
    module: Cell::new("types"),
    ..TypeObject::builtin(
        "GenericAlias",
        Kind::GenericAlias,
        &OBJECT_TYPE,
        &[],
        Slots {
            repr: Some(alias_repr),
            hash: Some(alias_hash),
            richcmp: Some(alias_richcmp),
            binary: Some(crate::union::or_slot),
            getattr: Some(alias_getattr),
            call: Some(alias_call),
            new: Some(alias_new),
            ..Slots::EMPTY
        },
    )
    .final_()
};

/// The builtin types whose subscription makes a generic alias.
fn builtin_generics() -> [&'static TypeObject; 6] {
    [
        &crate::list::LIST_TYPE,
        &crate::dict::DICT_TYPE,
        &crate::tuple::TUPLE_TYPE,
        &crate::set_methods::SET_TYPE,
        &crate::set_methods::FROZENSET_TYPE,
        &crate::typeobj::TYPE_TYPE,
    ]
}

/// A new alias `origin[args]` (`key` is one argument or a tuple of them).
pub fn new_alias(origin: Value, key: Value) -> Value {
    let args = if key.kind() == Kind::Tuple {
        key
    } else {
        crate::tuple::new_tuple(vec![key])
    };
    new_obj(GenericAliasObj {
        ob: Obj {
            ty: &GENERIC_ALIAS_TYPE,
        },
        origin,
        args,
    })
}

/// `cls[key]` for a class without `__class_getitem__` of its own.
pub fn class_getitem(cls: Value, key: Value) -> PyResult<Value> {
    let t = cls.cast::<TypeObject>();
    if builtin_generics().iter().any(|g| t.is_subtype(g)) {
        return Ok(new_alias(cls, key));
    }
    Err(type_error(format!(
        "type '{}' is not subscriptable",
        t.name()
    )))
}

fn alias_new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kw("GenericAlias", kw)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(new_alias(args[0], args[1]))
}

fn parts(v: Value) -> (Value, &'static [Value]) {
    let a = v.cast::<GenericAliasObj>();
    (a.origin, crate::tuple::items(a.args))
}

/// How an annotation argument prints inside `[...]`.
pub fn arg_repr(v: Value) -> PyResult<String> {
    if v.is(crate::value::ellipsis()) {
        return Ok("...".into());
    }
    if v.is(NONE_TYPE.as_value()) {
        return Ok("NoneType".into());
    }
    if v.kind() == Kind::Type {
        let q = crate::ops::getattr(v, crate::str::intern("__qualname__"))?;
        let m = crate::ops::getattr(v, crate::str::intern("__module__"))?;
        let (q, m) = (crate::ops::str(q)?, crate::ops::str(m)?);
        let (q, m) = (crate::str::as_str(q), crate::str::as_str(m));
        return Ok(if m == "builtins" {
            q.to_string()
        } else {
            format!("{m}.{q}")
        });
    }
    if v.kind() == Kind::List {
        let mut out = Vec::new();
        for x in crate::list::items(v).iter() {
            out.push(arg_repr(*x)?);
        }
        return Ok(format!("[{}]", out.join(", ")));
    }
    Ok(crate::str::as_str(crate::ops::repr(v)?).to_string())
}

fn alias_repr(v: Value) -> PyResult<Value> {
    let (origin, args) = parts(v);
    let mut s = arg_repr(origin)?;
    s.push('[');
    if args.is_empty() {
        s.push_str("()");
    }
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&arg_repr(*a)?);
    }
    s.push(']');
    Ok(crate::str::new_str(&s))
}

fn alias_hash(v: Value) -> PyResult<i64> {
    let a = v.cast::<GenericAliasObj>();
    let h = crate::ops::hash(a.origin)? ^ crate::ops::hash(a.args)?;
    Ok(if h == -1 { -2 } else { h })
}

fn alias_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || b.kind() != Kind::GenericAlias {
        return Ok(not_implemented());
    }
    let (x, y) = (a.cast::<GenericAliasObj>(), b.cast::<GenericAliasObj>());
    let mut same = x.origin.is(y.origin);
    if same {
        let r = crate::ops::richcmp(x.args, y.args, CmpOp::Eq)?;
        same = crate::ops::truthy(r)?;
    }
    Ok(bool_(if op == CmpOp::Eq { same } else { !same }))
}

fn alias_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let a = v.cast::<GenericAliasObj>();
    match name {
        "__origin__" => Ok(Some(a.origin)),
        "__args__" => Ok(Some(a.args)),
        "__parameters__" => Ok(Some(crate::tuple::new_tuple(vec![]))),
        "__class__" => Ok(Some(GENERIC_ALIAS_TYPE.as_value())),
        _ => crate::ops::getattr_opt(a.origin, crate::str::new_str(name)),
    }
}

fn alias_call(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::func::call(v.cast::<GenericAliasObj>().origin, args, kw)
}
