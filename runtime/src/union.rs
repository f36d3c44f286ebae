//! `types.UnionType`: the value of `X | Y` for types (PEP 604), as used in
//! annotations (`def f(x: int | None)`) and accepted by `isinstance` and
//! `issubclass`.
//!
//! Guarantees, as in CPython 3.11: the arguments are flattened and
//! deduplicated in first-seen order, `None` is stored as `type(None)`, a
//! single remaining argument is returned as itself (`int | int` is `int`);
//! `repr` joins the arguments with ` | ` (`int | None`); equality ignores
//! order. Operands other than types, None and unions give NotImplemented,
//! so typing's objects can handle them with their reflected operators.

use crate::exc::PyResult;
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, NONE_TYPE, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp};
use std::cell::Cell;

#[repr(C)]
pub struct UnionObj {
    pub ob: Obj,
    /// Tuple of the member types.
    pub args: Value,
}

pub static UNION_TYPE: TypeObject = TypeObject {
    module: Cell::new("types"),
    ..TypeObject::builtin(
        "UnionType",
        Kind::UnionType,
        &OBJECT_TYPE,
        &[],
        Slots {
            repr: Some(union_repr),
            hash: Some(union_hash),
            richcmp: Some(union_richcmp),
            binary: Some(or_slot),
            getattr: Some(union_getattr),
            ..Slots::EMPTY
        },
    )
    .final_()
};

/// The members of union `v` (the caller has checked the kind).
pub fn args(v: Value) -> &'static [Value] {
    crate::tuple::items(v.cast::<UnionObj>().args)
}

/// Can `v` be an operand of a type union?
fn is_union_arg(v: Value) -> bool {
    v.is_none() || matches!(v.kind(), Kind::Type | Kind::UnionType | Kind::GenericAlias)
}

/// The `binary` slot of `type` and of unions: `a | b`.
pub fn or_slot(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if op != BinOp::BitOr || !is_union_arg(a) || !is_union_arg(b) {
        return Ok(not_implemented());
    }
    let mut items: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts: Vec<Value> = if v.kind() == Kind::UnionType {
            args(v).to_vec()
        } else if v.is_none() {
            vec![NONE_TYPE.as_value()]
        } else {
            vec![v]
        };
        for p in parts {
            if !items.iter().any(|x| x.is(p)) {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items[0]);
    }
    Ok(new_obj(UnionObj {
        ob: Obj { ty: &UNION_TYPE },
        args: crate::tuple::new_tuple(items),
    }))
}

fn arg_repr(v: Value) -> PyResult<String> {
    if v.is(NONE_TYPE.as_value()) {
        return Ok("None".into());
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
    if v.kind() == Kind::GenericAlias {
        return crate::generic_alias::arg_repr(v);
    }
    Ok(crate::str::as_str(crate::ops::repr(v)?).to_string())
}

fn union_repr(v: Value) -> PyResult<Value> {
    let mut parts = Vec::new();
    for a in args(v) {
        parts.push(arg_repr(*a)?);
    }
    Ok(crate::str::new_str(&parts.join(" | ")))
}

fn union_hash(v: Value) -> PyResult<i64> {
    let mut h: i64 = 0x3a5f_0c1d;
    for a in args(v) {
        h ^= crate::ops::hash(*a)?;
    }
    Ok(if h == -1 { -2 } else { h })
}

fn union_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || b.kind() != Kind::UnionType {
        return Ok(not_implemented());
    }
    let (x, y) = (args(a), args(b));
    let same = x.iter().all(|p| y.iter().any(|q| q.is(*p)))
        && y.iter().all(|q| x.iter().any(|p| p.is(*q)));
    Ok(bool_(if op == CmpOp::Eq { same } else { !same }))
}

fn union_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "__args__" => Some(v.cast::<UnionObj>().args),
        "__parameters__" => Some(crate::tuple::new_tuple(vec![])),
        _ => None,
    })
}

/// `isinstance(v, union)`.
pub fn isinstance(v: Value, u: Value) -> PyResult<bool> {
    issubclass(v.ty(), u)
}

/// `issubclass(c, union)` for a class `c`: the members are tried in order
/// and a parameterized generic member is an error, as in CPython.
pub fn issubclass(c: &TypeObject, u: Value) -> PyResult<bool> {
    for t in args(u) {
        if t.kind() != Kind::Type {
            return Err(crate::exc::type_error(
                "isinstance() argument 2 cannot be a parameterized generic",
            ));
        }
        if c.is_subtype(t.cast::<TypeObject>()) {
            return Ok(true);
        }
    }
    Ok(false)
}
