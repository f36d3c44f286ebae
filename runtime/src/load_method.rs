//! `LoadMethod` and `CallLoaded`: a method call `obj.name(args)` looks the
//! method up before its arguments are evaluated, as CPython 3.11's
//! LOAD_METHOD/CALL do. So `obj.missing(f())` raises AttributeError
//! without calling `f`, and arguments that rebind `obj.name` do not change
//! which callable is called.
//!
//! The pair (func, this) is either a plain function or unbound builtin
//! method to call with `this` = obj prepended (exactly the cases
//! `attr_ic::method_ic` answers), or the value of `getattr(obj, name)` with
//! `this` = NULL. Both executors use these functions; native code consults
//! its per-site cache first and calls [`rt_load_method_attr`] on a miss.

use crate::exc::PyResult;
use crate::object::Kw;
use crate::value::Value;

/// The (func, this) pair for `obj.name(...)` (uncached: the VM's path).
pub fn load_method(obj: Value, name: Value) -> PyResult<(Value, Value)> {
    let mut ic = crate::attr_ic::MethodIc::EMPTY;
    let m = crate::attr_ic::method_ic(obj, name, &mut ic);
    if !m.is_null() {
        return Ok((m, obj));
    }
    Ok((getattr_noting(obj, name)?, Value::NULL))
}

/// `getattr(obj, name)` for a method call: a failure marks the traceback
/// entry to show the range of `obj.name`, as CPython's does.
fn getattr_noting(obj: Value, name: Value) -> PyResult<Value> {
    crate::ops::getattr(obj, name).inspect_err(|_| crate::exc::note_method_lookup_failed())
}

/// Call a pair made by [`load_method`].
pub fn call_loaded(func: Value, this: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    if this.is_null() {
        crate::func::call(func, args, kw)
    } else {
        crate::func::call_with_self(func, this, args, kw)
    }
}

/// The miss path of a native `LoadMethod` whose site cache gave nothing:
/// the attribute itself (the call's `this` is NULL). NULL on error.
#[no_mangle]
pub extern "C" fn rt_load_method_attr(obj: Value, name: Value) -> Value {
    match getattr_noting(obj, name) {
        Ok(v) => v,
        Err(_) => Value::NULL,
    }
}
