//! Special methods of builtin types that CPython's type dicts list
//! (`__class_getitem__`, `__getnewargs__`, `__bytes__`, `__setstate__`,
//! `type.__instancecheck__`, ...): each delegates to the operation pyaot
//! already implements, so `dir()`, `hasattr` and explicit calls agree with
//! CPython.

use crate::exc::{type_error, value_error, PyResult};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{bool_, none, Value};

fn need(name: &str, a: &[Value], n: usize) -> PyResult<()> {
    let got = a.len().saturating_sub(1);
    if got != n {
        return Err(type_error(format!(
            "{name}() takes exactly {n} argument{} ({got} given)",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// `list.__class_getitem__(item)` and friends (bound to the type):
/// a `types.GenericAlias`.
pub fn class_getitem(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__class_getitem__", a, 1)?;
    Ok(crate::generic_alias::new_alias(a[0], a[1]))
}

/// `tuple.__getnewargs__()`: `(tuple(self),)`.
pub fn tuple_getnewargs(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__getnewargs__", a, 0)?;
    let t = crate::tuple::new_tuple(crate::tuple::items(a[0]).to_vec());
    Ok(crate::tuple::new_tuple(vec![t]))
}

/// `float.__getnewargs__()`: `(float(self),)`.
pub fn float_getnewargs(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__getnewargs__", a, 0)?;
    let f = crate::float::new_float(crate::float::float_val(a[0]));
    Ok(crate::tuple::new_tuple(vec![f]))
}

/// `complex.__getnewargs__()`: `(real, imag)`.
pub fn complex_getnewargs(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__getnewargs__", a, 0)?;
    let (re, im) = crate::complex::parts(a[0]);
    Ok(crate::tuple::new_tuple(vec![
        crate::float::new_float(re),
        crate::float::new_float(im),
    ]))
}

/// `bytes.__getnewargs__()`: `(bytes(self),)`.
pub fn bytes_getnewargs(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__getnewargs__", a, 0)?;
    let b = crate::bytes::new_bytes(crate::bytes::as_bytes(a[0]).to_vec());
    Ok(crate::tuple::new_tuple(vec![b]))
}

/// `bytes.__bytes__()`: an exact bytes copy of self.
pub fn bytes_bytes(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__bytes__", a, 0)?;
    if !a[0].ty().heap {
        return Ok(a[0]);
    }
    Ok(crate::bytes::new_bytes(
        crate::bytes::as_bytes(a[0]).to_vec(),
    ))
}

/// `bytes.__mod__` / `bytearray.__mod__`: printf-style formatting.
pub fn bytes_mod(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__mod__", a, 1)?;
    crate::ops::binary(pyaot_ir::BinOp::Mod, a[0], a[1])
}

/// `bytes.__rmod__`: NotImplemented (the left operand is not bytes).
pub fn bytes_rmod(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__rmod__", a, 1)?;
    Ok(crate::value::not_implemented())
}

/// `bytes.__rmul__(n)`: repetition.
pub fn bytes_rmul(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__rmul__", a, 1)?;
    crate::ops::binary(pyaot_ir::BinOp::Mul, a[0], a[1])
}

/// `bytearray.__iadd__(other)`: extend in place.
pub fn bytearray_iadd(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__iadd__", a, 1)?;
    crate::ops::inplace(pyaot_ir::BinOp::Add, a[0], a[1])
}

/// `bytearray.__imul__(n)`: repeat in place.
pub fn bytearray_imul(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__imul__", a, 1)?;
    crate::ops::inplace(pyaot_ir::BinOp::Mul, a[0], a[1])
}

/// `range.__bool__()`.
pub fn range_bool(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__bool__", a, 0)?;
    Ok(bool_(crate::ops::truthy(a[0])?))
}

/// `BaseException.__setstate__(state)`: a dict's items become attributes.
pub fn exc_setstate(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__setstate__", a, 1)?;
    let state = a[1];
    if state.is_none() {
        return Ok(none());
    }
    if state.kind() != Kind::Dict {
        return Err(type_error("state is not a dictionary"));
    }
    for (k, v) in crate::dict::dict_items(state) {
        crate::ops::setattr(a[0], k, v)?;
    }
    Ok(none())
}

/// `float.__getformat__(typestr)` (bound to the type).
pub fn float_getformat(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__getformat__", a, 1)?;
    let Some(s) = crate::str::str_opt(a[1]) else {
        return Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            a[1].ty().name()
        )));
    };
    if s != "double" && s != "float" {
        return Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    Ok(crate::str::new_str("IEEE, little-endian"))
}

fn as_type(v: Value, name: &str) -> PyResult<&'static TypeObject> {
    if v.kind() != Kind::Type {
        return Err(type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{}'",
            v.ty().name()
        )));
    }
    Ok(v.cast::<TypeObject>())
}

/// `type.__instancecheck__(cls, obj)`.
pub fn type_instancecheck(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__instancecheck__", a, 1)?;
    let t = as_type(a[0], "__instancecheck__")?;
    Ok(bool_(crate::ops::isinstance(a[1], t)))
}

/// `type.__subclasscheck__(cls, sub)`.
pub fn type_subclasscheck(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__subclasscheck__", a, 1)?;
    let t = as_type(a[0], "__subclasscheck__")?;
    if a[1].kind() != Kind::Type {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(bool_(a[1].cast::<TypeObject>().is_subtype(t)))
}

/// `type.__or__(other)`: `X | Y`.
pub fn type_or(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__or__", a, 1)?;
    crate::union::or_slot(pyaot_ir::BinOp::BitOr, a[0], a[1])
}

/// `type.__ror__(other)`: `Y | X`.
pub fn type_ror(a: &[Value], _kw: Kw) -> PyResult<Value> {
    need("__ror__", a, 1)?;
    crate::union::or_slot(pyaot_ir::BinOp::BitOr, a[1], a[0])
}
