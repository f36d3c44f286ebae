//! `_pyaot`: hooks for pyaot's own standard-library modules written in
//! Python, to give their classes the observable traits of CPython's C
//! implementations.
//!
//! `set_type_name(cls, "module.Name")` gives a class the dotted type name a
//! C type has: error messages (`unsupported operand type(s) for +:
//! 'decimal.Decimal' and 'int'`, `'datetime.date' object has no attribute
//! 'x'`) show the dotted name while `__name__` stays the short one.
//! Subclasses are unaffected.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, NativeFn, TypeObject};
use crate::value::{none, Value};

/// Types renamed by `set_type_name` (class objects live for the whole run).
static mut DOTTED: Vec<usize> = Vec::new();

/// `__name__` of `t`: the part after the last dot of a renamed type's name.
pub fn short_name(t: &TypeObject) -> &'static str {
    let full = t.name();
    let renamed = unsafe { (*std::ptr::addr_of!(DOTTED)).contains(&(t as *const _ as usize)) };
    if renamed {
        full.rsplit('.').next().unwrap_or(full)
    } else {
        full
    }
}

fn set_type_name(args: &[Value], kw: Kw) -> PyResult<Value> {
    let ([cls, name], true) = (args, kw.is_empty()) else {
        return Err(type_error("set_type_name(cls, name) takes two arguments"));
    };
    if cls.is_small() || cls.kind() != Kind::Type || name.is_small() || name.kind() != Kind::Str {
        return Err(type_error("set_type_name(cls, name): a class and a str"));
    }
    let t = cls.cast::<TypeObject>();
    let full: &'static str = Box::leak(crate::str::as_str(*name).to_string().into_boxed_str());
    t.name.set(full);
    unsafe { (*std::ptr::addr_of_mut!(DOTTED)).push(t as *const _ as usize) };
    Ok(none())
}

static FUNCS: &[(&str, NativeFn)] = &[("set_type_name", set_type_name)];

pub fn init(d: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(k), v);
    set("__name__", crate::str::new_str("_pyaot"))?;
    for (name, f) in FUNCS {
        set(name, crate::func::new_builtin(name, *f, Value::NULL))?;
    }
    Ok(())
}
