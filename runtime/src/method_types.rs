//! The types of builtin methods, as CPython names them.
//!
//! Every builtin callable is a `BuiltinObj` (`func.rs`, kind `Builtin`);
//! its type object only gives it CPython's type name and repr:
//! - `method_descriptor`: a builtin type's method taken from the type
//!   (`str.upper`); bound to an instance it is a
//!   `builtin_function_or_method` (`'a'.upper`).
//! - `wrapper_descriptor`: a special method implementing a type slot
//!   (`str.__add__`, `object.__init__`); bound it is a `method-wrapper`.
//! - `builtin_function_or_method`: everything else (`len`, class-level
//!   methods such as `dict.fromkeys`).
//!
//! All four types share the same slots, so behaviour never depends on
//! which of them an object has.

use crate::func::{builtin_getattr, builtin_repr, call_builtin_slot, BUILTIN_TYPE};
use crate::object::{Kind, Slots, TypeObject, OBJECT_TYPE};
use crate::value::Value;

const SLOTS: Slots = Slots {
    repr: Some(builtin_repr),
    call: Some(call_builtin_slot),
    getattr: Some(builtin_getattr),
    ..Slots::EMPTY
};

pub static METHOD_DESCRIPTOR_TYPE: TypeObject =
    TypeObject::builtin("method_descriptor", Kind::Builtin, &OBJECT_TYPE, &[], SLOTS).final_();
pub static WRAPPER_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "wrapper_descriptor",
    Kind::Builtin,
    &OBJECT_TYPE,
    &[],
    SLOTS,
)
.final_();
pub static METHOD_WRAPPER_TYPE: TypeObject =
    TypeObject::builtin("method-wrapper", Kind::Builtin, &OBJECT_TYPE, &[], SLOTS).final_();

/// The special method names CPython implements through type slots
/// (`slotdefs` in Objects/typeobject.c), which become slot wrappers.
const SLOT_NAMES: &[&str] = &[
    "__abs__",
    "__add__",
    "__aiter__",
    "__and__",
    "__anext__",
    "__await__",
    "__bool__",
    "__call__",
    "__contains__",
    "__del__",
    "__delattr__",
    "__delete__",
    "__delitem__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floordiv__",
    "__ge__",
    "__get__",
    "__getattribute__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imod__",
    "__imul__",
    "__index__",
    "__init__",
    "__int__",
    "__invert__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__iter__",
    "__itruediv__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lshift__",
    "__lt__",
    "__matmul__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__next__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmatmul__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__set__",
    "__setattr__",
    "__setitem__",
    "__str__",
    "__sub__",
    "__truediv__",
    "__xor__",
];

/// Is `name` of a method of `owner` a slot wrapper? A few types also
/// list a slot's method explicitly (CPython's METH_COEXIST), which makes
/// it a method descriptor.
fn is_slot_wrapper(name: &str, owner: &TypeObject) -> bool {
    if !SLOT_NAMES.contains(&name) {
        return false;
    }
    let coexist = match owner.name() {
        "dict" => matches!(name, "__contains__" | "__getitem__"),
        "list" => name == "__getitem__",
        "set" | "frozenset" => name == "__contains__",
        _ => false,
    };
    !coexist
}

/// The type of a builtin callable named `name`, bound to `self_` (NULL:
/// unbound) and defined by builtin type `owner` (NULL: a function).
pub fn type_for(name: &str, self_: Value, owner: *const TypeObject) -> &'static TypeObject {
    if owner.is_null() {
        return &BUILTIN_TYPE;
    }
    let wrapper = is_slot_wrapper(name, unsafe { &*owner });
    match (self_.is_null(), wrapper) {
        (true, true) => &WRAPPER_DESCRIPTOR_TYPE,
        (true, false) => &METHOD_DESCRIPTOR_TYPE,
        (false, true) => &METHOD_WRAPPER_TYPE,
        (false, false) => &BUILTIN_TYPE,
    }
}

/// The repr of a slot wrapper or method-wrapper, if `v` is one.
pub fn wrapper_repr(
    v: Value,
    name: &str,
    self_: Value,
    owner: *const TypeObject,
) -> Option<String> {
    let t = v.ty();
    if std::ptr::eq(t, &WRAPPER_DESCRIPTOR_TYPE) {
        Some(format!("<slot wrapper '{name}' of '{}' objects>", unsafe {
            (*owner).name()
        }))
    } else if std::ptr::eq(t, &METHOD_WRAPPER_TYPE) {
        Some(format!(
            "<method-wrapper '{name}' of {} object at {:#x}>",
            self_.ty().name(),
            self_.0
        ))
    } else {
        None
    }
}
