//! Generic operations on values: the protocols behind every IR operation
//! (binary operators, comparisons, truth, hashing, attributes, items,
//! iteration, repr/str), dispatched through the types' slots with CPython's
//! fallbacks and error messages. Both executors call these.

use crate::exc::{type_error, PyResult};
use crate::func::{call, call_with_self};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{bool_, false_, not_implemented, true_, Value};
use pyaot_ir::{BinOp, CmpOp, UnaryOp};

#[inline]
fn is_notimpl(v: Value) -> bool {
    v.is(not_implemented())
}

fn binop_error(op: BinOp, a: Value, b: Value, inplace: bool) -> crate::exc::PyErr {
    let sym = if inplace {
        format!("{}=", op.symbol())
    } else {
        op.symbol().to_string()
    };
    if op == BinOp::Pow && !inplace {
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            a.ty().name(),
            b.ty().name()
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        a.ty().name(),
        b.ty().name()
    ))
}

/// `a op b`.
pub fn binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if a.is_small() && b.is_small() {
        return crate::int::small_binary(op, a.small(), b.small());
    }
    binary_slow(op, a, b, false)
}

fn binary_slow(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let ta = a.ty();
    let tb = b.ty();
    // Heap classes implement CPython's full protocol (reflected operands,
    // subclass priority); builtin types try each operand's slot in turn.
    if ta.heap || tb.heap {
        let r = crate::class::heap_binary(op, a, b, inplace)?;
        if !is_notimpl(r) {
            return Ok(r);
        }
        return Err(binop_error(op, a, b, inplace));
    }
    if let Some(f) = ta.slots.binary {
        let r = f(op, a, b)?;
        if !is_notimpl(r) {
            return Ok(r);
        }
    }
    if !std::ptr::eq(ta, tb) {
        if let Some(f) = tb.slots.binary {
            let r = f(op, a, b)?;
            if !is_notimpl(r) {
                return Ok(r);
            }
        }
    }
    Err(binop_error(op, a, b, inplace))
}

/// `a op= b`.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if a.is_small() && b.is_small() {
        return crate::int::small_binary(op, a.small(), b.small());
    }
    if a.ty().heap {
        return binary_slow(op, a, b, true);
    }
    if let Some(f) = a.ty().slots.inplace {
        let r = f(op, a, b)?;
        if !is_notimpl(r) {
            return Ok(r);
        }
    }
    binary_slow(op, a, b, true)
}

pub fn unary(op: UnaryOp, a: Value) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(bool_(!truthy(a)?));
    }
    if let Some(f) = a.ty().slots.unary {
        let r = f(op, a)?;
        if !is_notimpl(r) {
            return Ok(r);
        }
    }
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    };
    Err(type_error(format!(
        "bad operand type for unary {}: '{}'",
        sym,
        a.ty().name()
    )))
}

fn reflect(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    }
}

/// Rich comparison for `< <= == != > >=`, returning the result object.
pub fn richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if a.is_small() && b.is_small() {
        let (x, y) = (a.small(), b.small());
        return Ok(bool_(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            _ => unreachable!(),
        }));
    }
    let ta = a.ty();
    let tb = b.ty();
    let r = if ta.heap || tb.heap {
        crate::class::heap_richcmp(a, b, op)?
    } else {
        let mut r = not_implemented();
        if let Some(f) = ta.slots.richcmp {
            r = f(a, b, op)?;
        }
        if is_notimpl(r) {
            if let Some(f) = tb.slots.richcmp {
                r = f(b, a, reflect(op))?;
            }
        }
        r
    };
    if !is_notimpl(r) {
        return Ok(r);
    }
    match op {
        CmpOp::Eq => Ok(bool_(a.is(b))),
        CmpOp::Ne => Ok(bool_(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

/// The IR's `Compare`.
pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        CmpOp::Is => Ok(bool_(a.is(b))),
        CmpOp::IsNot => Ok(bool_(!a.is(b))),
        CmpOp::In => Ok(bool_(contains(b, a)?)),
        CmpOp::NotIn => Ok(bool_(!contains(b, a)?)),
        _ => richcmp(a, b, op),
    }
}

/// `a == b` as a Rust bool (identity implies equality, as in containers).
#[inline]
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if a.is_small() && b.is_small() {
        return Ok(false);
    }
    truthy(richcmp(a, b, CmpOp::Eq)?)
}

/// `a < b` as a Rust bool.
#[inline]
pub fn lt(a: Value, b: Value) -> PyResult<bool> {
    if a.is_small() && b.is_small() {
        return Ok(a.small() < b.small());
    }
    truthy(richcmp(a, b, CmpOp::Lt)?)
}

/// `bool(v)`.
#[inline]
pub fn truthy(v: Value) -> PyResult<bool> {
    if v.is_small() {
        return Ok(v.small() != 0);
    }
    if v.is(true_()) {
        return Ok(true);
    }
    if v.is(false_()) {
        return Ok(false);
    }
    let t = v.ty();
    if let Some(f) = t.slots.truthy {
        return f(v);
    }
    if let Some(f) = t.slots.len {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

/// `hash(v)`.
pub fn hash(v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(crate::int::hash_i64(v.small()));
    }
    let t = v.ty();
    if let Some(f) = t.slots.hash {
        return f(v);
    }
    if t.unhashable {
        return Err(type_error(format!("unhashable type: '{}'", t.name())));
    }
    // Identity hash, as CPython: the address rotated by 4 bits.
    let a = v.0 as u64;
    Ok(a.rotate_right(4) as i64)
}

/// `repr(v)` as a str object.
pub fn repr(v: Value) -> PyResult<Value> {
    let t = v.ty();
    match t.slots.repr {
        Some(f) => {
            let _g = crate::abi::RecursionGuard::enter(" while getting the repr of an object")?;
            f(v)
        }
        None => Ok(crate::str::new_str(&default_repr(v))),
    }
}

pub fn default_repr(v: Value) -> String {
    let t = v.ty();
    let m = t.module.get();
    if m == "builtins" {
        format!("<{} object at {:#x}>", t.name(), v.0)
    } else {
        format!("<{}.{} object at {:#x}>", m, t.name(), v.0)
    }
}

pub fn repr_string(v: Value) -> PyResult<String> {
    Ok(crate::str::as_str(repr(v)?).to_string())
}

/// `str(v)` as a str object.
pub fn str(v: Value) -> PyResult<Value> {
    if v.kind() == Kind::Str && !v.ty().heap {
        return Ok(v);
    }
    match v.ty().slots.str {
        Some(f) => f(v),
        None => repr(v),
    }
}

pub fn str_string(v: Value) -> PyResult<String> {
    Ok(crate::str::as_str(str(v)?).to_string())
}

/// `getattr(obj, name)` with `name` a str object.
pub fn getattr(obj: Value, name: Value) -> PyResult<Value> {
    match getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => Err(crate::typeobj::no_attribute(obj, crate::str::as_str(name))),
    }
}

/// Does `obj` have attribute `name`? (Errors other than AttributeError
/// count as "yes" and are cleared; the caller's next access re-raises.)
pub fn has_attr_str(obj: Value, name: &str) -> bool {
    match getattr_str(obj, name) {
        Ok(_) => true,
        Err(_) => {
            let attr_err = crate::exc::pending_is(&crate::exc::ATTRIBUTE_ERROR);
            crate::exc::take();
            !attr_err
        }
    }
}

/// CPython's `tp_iter != NULL || PySequence_Check(x)`: can `iter(x)`
/// work?
pub fn is_iterable(v: Value) -> bool {
    let t = v.ty();
    if t.heap {
        return crate::typeobj::lookup(t, crate::str::intern("__iter__")).is_some()
            || crate::typeobj::lookup(t, crate::str::intern("__getitem__")).is_some()
            || crate::class::solid_base(t).slots.iter.is_some();
    }
    t.slots.iter.is_some() || (t.slots.getitem.is_some() && v.kind() != Kind::Dict)
}

pub fn getattr_str(obj: Value, name: &str) -> PyResult<Value> {
    getattr(obj, crate::str::new_str(name))
}

/// Attribute lookup returning `Ok(None)` when the attribute is absent.
pub fn getattr_opt(obj: Value, name: Value) -> PyResult<Option<Value>> {
    let t = obj.ty();
    if obj.kind() == Kind::Type {
        return crate::typeobj::type_getattr(obj, crate::str::as_str(name));
    }
    if t.heap {
        return crate::instance::getattr(obj, name);
    }
    if obj.kind() == Kind::Instance {
        return crate::instance::generic_getattr(obj, name);
    }
    if obj.kind() == Kind::Module {
        return crate::module::getattr_value(obj, name);
    }
    if let Some(f) = t.slots.getattr {
        if let Some(v) = f(obj, crate::str::as_str(name))? {
            return Ok(Some(v));
        }
    }
    if obj.kind() == Kind::Type || obj.kind() == Kind::Module {
        return Ok(None);
    }
    match crate::typeobj::lookup(t, name) {
        Some(v) => Ok(Some(bind_attr(v, obj))),
        None => {
            if crate::str::as_str(name) == "__class__" {
                return Ok(Some(t.as_value()));
            }
            Ok(None)
        }
    }
}

/// Bind an attribute found on the type to the instance (functions become
/// bound methods).
pub fn bind_attr(v: Value, obj: Value) -> Value {
    match v.kind() {
        Kind::Function => crate::func::new_bound_method(v, obj),
        Kind::Builtin => {
            let b = v.cast::<crate::func::BuiltinObj>();
            if b.self_.is_null() {
                crate::func::new_method(b.name, b.f, obj, b.owner)
            } else {
                v
            }
        }
        _ => v,
    }
}

pub fn setattr(obj: Value, name: Value, v: Value) -> PyResult<()> {
    let t = obj.ty();
    if obj.kind() == Kind::Type {
        // A metaclass may override __setattr__/__delattr__ for its classes.
        if t.heap {
            return crate::instance::setattr(obj, name, v);
        }
        return crate::typeobj::type_setattr(obj, name, v);
    }
    if obj.kind() == Kind::Exception && crate::exc::is_special_attr(crate::str::as_str(name)) {
        return crate::exc::exc_setattr(obj, name, v);
    }
    if t.heap {
        return crate::instance::setattr(obj, name, v);
    }

    if obj.kind() == Kind::Instance || obj.kind() == Kind::Exception {
        return crate::instance::generic_setattr(obj, name, v);
    }
    if let Some(f) = t.slots.setattr {
        return f(obj, name, v);
    }
    if obj.kind() == Kind::Function {
        let f = obj.cast::<crate::func::FuncObj>();
        return crate::dict::dict_set(crate::func::func_dict(f), name, v);
    }
    let n = crate::str::as_str(name);
    // CPython's messages for methods and data descriptors of builtin types.
    if crate::typeobj::lookup(t, name).is_some() {
        return Err(crate::exc::attribute_error(format!(
            "'{}' object attribute '{n}' is read-only",
            t.name()
        )));
    }
    if let Some(g) = t.slots.getattr {
        if let Ok(Some(_)) = g(obj, n) {
            // complex, range and slice expose these as member descriptors.
            if matches!(obj.kind(), Kind::Complex | Kind::Range | Kind::Slice) {
                return Err(crate::exc::attribute_error("readonly attribute"));
            }
            return Err(crate::exc::attribute_error(format!(
                "attribute '{n}' of '{}' objects is not writable",
                t.name()
            )));
        }
        crate::exc::take();
    }
    Err(crate::exc::attribute_error(format!(
        "'{}' object has no attribute '{n}'",
        t.name()
    )))
}

pub fn delattr(obj: Value, name: Value) -> PyResult<()> {
    setattr(obj, name, Value::NULL)
}

/// `obj.name(*args, **kw)` without creating a bound method when possible.
pub fn call_method(obj: Value, name: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    call_method_op(obj, name, args, kw, &mut false)
}

/// [`call_method`] for the `CallMethod` operation: tells the traceback
/// (`exc::note_method_lookup_failed`) when looking the method up failed.
pub fn call_method_op(
    obj: Value,
    name: Value,
    args: &[Value],
    kw: Kw,
    lookup_failed: &mut bool,
) -> PyResult<Value> {
    let k = obj.kind();
    if k == Kind::Instance {
        // A method defined by the class, not shadowed by the instance.
        let t = obj.ty();
        if crate::typeobj::hooks(t).getattribute.is_null() {
            if let Some(m) = crate::typeobj::lookup(t, name) {
                if m.kind() == Kind::Function && crate::instance::own_attr(obj, name).is_none() {
                    return call_with_self(m, obj, args, kw);
                }
            }
        }
    }
    if k != Kind::Type && k != Kind::Module && k != Kind::Instance {
        let t = obj.ty();
        if t.slots.getattr.is_none() || k == Kind::Exception {
            if let Some(m) = crate::typeobj::lookup(t, name) {
                match m.kind() {
                    Kind::Function => return call_with_self(m, obj, args, kw),
                    Kind::Builtin if m.cast::<crate::func::BuiltinObj>().self_.is_null() => {
                        let b = m.cast::<crate::func::BuiltinObj>();
                        let mut full = crate::func::smallvec_like::SmallArgs::new();
                        full.push(obj);
                        full.extend(crate::func::positional(args, &kw));

                        return (b.f)(full.as_slice(), kw);
                    }
                    _ => {}
                }
            }
        }
    }
    let m = getattr(obj, name).inspect_err(|_| *lookup_failed = true)?;
    call(m, args, kw)
}

pub fn call_method_str(obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    call_method(obj, crate::str::new_str(name), args, Kw::NONE)
}

pub fn getitem(obj: Value, key: Value) -> PyResult<Value> {
    let t = obj.ty();
    match t.slots.getitem {
        Some(f) => f(obj, key),
        None => {
            if obj.kind() == Kind::Type {
                if let Some(f) =
                    crate::typeobj::lookup_heap(obj.cast::<TypeObject>(), "__class_getitem__")
                {
                    let f = if f.kind() == Kind::ClassMethod {
                        crate::descr::inner(f)
                    } else {
                        f
                    };
                    return call(f, &[obj, key], Kw::NONE);
                }
                return crate::typeobj::class_getitem(obj, key);
            }
            Err(type_error(format!(
                "'{}' object is not subscriptable",
                t.name()
            )))
        }
    }
}

pub fn setitem(obj: Value, key: Value, v: Value) -> PyResult<()> {
    let t = obj.ty();
    match t.slots.setitem {
        Some(f) => f(obj, key, v),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            t.name()
        ))),
    }
}

pub fn delitem(obj: Value, key: Value) -> PyResult<()> {
    let t = obj.ty();
    match t.slots.delitem {
        Some(f) => f(obj, key),
        None => {
            // CPython: sequence-like types report through
            // PySequence_DelItem ("doesn't"), others through
            // PyObject_DelItem ("does not").
            let seq_like =
                t.slots.len.is_some() || t.slots.getitem.is_some() || t.slots.contains.is_some();
            let index_key =
                crate::int::is_int(key) || crate::sequtil::user_defines(key, "__index__");
            let verb = if seq_like && index_key {
                "doesn't"
            } else {
                "does not"
            };
            Err(type_error(format!(
                "'{}' object {verb} support item deletion",
                t.name()
            )))
        }
    }
}

pub fn len(obj: Value) -> PyResult<usize> {
    let t = obj.ty();
    match t.slots.len {
        Some(f) => f(obj),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            t.name()
        ))),
    }
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    let t = container.ty();
    if let Some(f) = t.slots.contains {
        return f(container, item);
    }
    if t.slots.iter.is_none() && t.slots.getitem.is_none() {
        return Err(type_error(format!(
            "argument of type '{}' is not iterable",
            t.name()
        )));
    }
    let it = iter(container)?;
    while let Some(x) = next(it)? {
        if eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(obj)`.
pub fn iter(obj: Value) -> PyResult<Value> {
    let t = obj.ty();
    match t.slots.iter {
        Some(f) => f(obj),
        None => {
            if t.slots.getitem.is_some() && obj.kind() != Kind::Dict {
                return Ok(crate::iter::new_seq_iter(obj));
            }
            Err(type_error(format!("'{}' object is not iterable", t.name())))
        }
    }
}

/// `next(it)`: `Ok(None)` when exhausted.
#[inline]
pub fn next(it: Value) -> PyResult<Option<Value>> {
    let t = it.ty();
    match t.slots.next {
        Some(f) => f(it),
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            t.name()
        ))),
    }
}

/// Collect an iterable into a Vec.
pub fn collect(iterable: Value) -> PyResult<Vec<Value>> {
    match iterable.kind() {
        Kind::List if !iterable.ty().heap => return Ok(crate::list::items(iterable).to_vec()),
        Kind::Tuple if !iterable.ty().heap => return Ok(crate::tuple::items(iterable).to_vec()),
        _ => {}
    }
    let it = iter(iterable)?;
    let mut out = Vec::new();
    while let Some(x) = next(it)? {
        out.push(x);
    }
    Ok(out)
}

/// Is `v` an instance of `t` (subclasses included)?
#[inline]
pub fn isinstance(v: Value, t: &TypeObject) -> bool {
    v.ty().is_subtype(t)
}
