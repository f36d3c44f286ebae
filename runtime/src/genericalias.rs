//! `types.GenericAlias`: what subscripting a generic builtin class gives
//! (`list[int]`, `dict[str, int]`, `tuple[int, ...]`), also for classes
//! derived from one and for the classes of the Python-coded standard
//! library. The alias records `__origin__` and `__args__`, prints as
//! CPython does, compares by both, and calling it constructs the origin.
//! Other classes without `__class_getitem__` are not subscriptable.

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{bool_, not_implemented, Value};
use pyaot_ir::CmpOp;

#[repr(C)]
pub struct GenericAliasObj {
    pub ob: Obj,
    pub origin: Value,
    /// Always a tuple.
    pub args: Value,
}

pub static GENERIC_ALIAS_TYPE: TypeObject = TypeObject::builtin(
    "GenericAlias",
    Kind::Object,
    &OBJECT_TYPE,
    &[],
    Slots {
        repr: Some(alias_repr),
        hash: Some(|v| {
            let a = v.cast::<GenericAliasObj>();
            Ok(crate::ops::hash(a.origin)? ^ crate::ops::hash(a.args)?)
        }),
        richcmp: Some(alias_richcmp),
        call: Some(|v, args, kw| crate::func::call(v.cast::<GenericAliasObj>().origin, args, kw)),
        getattr: Some(alias_getattr),
        ..Slots::EMPTY
    },
)
.final_();

/// Builtin classes that CPython makes generic with `__class_getitem__`.
fn generic_builtin(t: &TypeObject) -> bool {
    let name = t.name();
    t.module.get() == "builtins"
        && matches!(
            name,
            "list" | "dict" | "tuple" | "set" | "frozenset" | "type" | "enumerate"
        )
}

/// Modules of the Python-coded standard library whose classes are
/// generic in CPython (collections.deque, defaultdict, ...).
const GENERIC_STDLIB_MODULES: &[&str] = &["collections", "typing", "functools", "queue"];

fn is_alias(v: Value) -> bool {
    !v.is_small() && std::ptr::eq(v.ty(), &GENERIC_ALIAS_TYPE)
}

/// `cls[key]` for a class without its own `__class_getitem__`.
pub fn class_getitem(cls: Value, key: Value) -> PyResult<Value> {
    let t = cls.cast::<TypeObject>();
    let mro = crate::tuple::items(crate::typeobj::mro(t)).to_vec();
    let generic = mro.iter().any(|b| {
        let bt = b.cast::<TypeObject>();
        generic_builtin(bt) || (bt.heap && GENERIC_STDLIB_MODULES.contains(&bt.module.get()))
    });
    if !generic {
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            t.name()
        )));
    }
    let args = if key.kind() == Kind::Tuple {
        key
    } else {
        crate::tuple::new_tuple(vec![key])
    };
    GENERIC_ALIAS_TYPE.module.set("types");
    Ok(new_obj(GenericAliasObj {
        ob: Obj {
            ty: &GENERIC_ALIAS_TYPE,
        },
        origin: cls,
        args,
    }))
}

/// CPython's `ga_repr_item`.
fn repr_item(v: Value) -> PyResult<String> {
    if v.kind() == Kind::Ellipsis {
        return Ok("...".to_string());
    }
    if is_alias(v) {
        return crate::ops::repr_string(v);
    }
    if v.kind() == Kind::Type {
        let t = v.cast::<TypeObject>();
        let qual = crate::ops::getattr_str(v, "__qualname__")
            .ok()
            .and_then(|q| crate::str::str_opt(q).map(|s| s.to_string()))
            .unwrap_or_else(|| {
                crate::exc::take();
                t.name().to_string()
            });
        let m = t.module.get();
        return Ok(if m == "builtins" {
            qual
        } else {
            format!("{m}.{qual}")
        });
    }
    crate::ops::repr_string(v)
}

fn alias_repr(v: Value) -> PyResult<Value> {
    let a = v.cast::<GenericAliasObj>();
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

fn alias_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if !is_alias(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    let (x, y) = (a.cast::<GenericAliasObj>(), b.cast::<GenericAliasObj>());
    let eq = x.origin.0 == y.origin.0 && crate::ops::eq(x.args, y.args)?;
    Ok(bool_(eq == (op == CmpOp::Eq)))
}

fn alias_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let a = v.cast::<GenericAliasObj>();
    Ok(match name {
        "__origin__" => Some(a.origin),
        "__args__" => Some(a.args),
        "__parameters__" => Some(crate::tuple::new_tuple(vec![])),
        "__class__" => Some(GENERIC_ALIAS_TYPE.as_value()),
        _ if name.starts_with("__")
            && name != "__name__"
            && name != "__qualname__"
            && name != "__module__" =>
        {
            None
        }
        _ => Some(crate::ops::getattr_str(a.origin, name)?),
    })
}
