//! Per-site inline caches for attribute loads (`obj.name`) in native code.
//!
//! A site's cache (5 zeroed words in the object's `pyaot_ic` table)
//! remembers, for instances of up to two user classes, the index of `name`
//! in the instance `__dict__`. The fast path checks that the object has that exact
//! type, that no class namespace changed since (`TYPE_VERSION`), and that
//! the dict entry at the cached index still holds `name` (identity): then
//! the entry's value is the attribute, exactly as `object.__getattribute__`
//! would find it, because the cache is only filled when the class defines
//! no `__getattribute__` and `name` is not a data descriptor on the class.
//! Everything else goes through `ops::getattr`. Generated code performs
//! the hit path inline (`codegen/attr.rs`), reading the layout below, the
//! instance's `dict` word (offset 8) and the dict's entries; stores use
//! the same caches (`setattr_ic`).

use crate::exc::PyResult;
use crate::object::Kind;
use crate::value::Value;

/// Two (type, index) entries sharing one version: a site that sees
/// instances of two classes (a method of a base class) stays cached.
#[repr(C)]
pub struct AttrIc {
    version: usize,
    ty: [usize; 2],
    ix: [usize; 2],
}

pub fn getattr_ic(obj: Value, name: Value, ic: &mut AttrIc) -> PyResult<Value> {
    if obj.is_obj() && ic.version == unsafe { crate::typeobj::TYPE_VERSION } {
        let t = obj.ty() as *const _ as usize;
        let k = if ic.ty[0] == t {
            0
        } else if ic.ty[1] == t {
            1
        } else {
            2
        };
        if k < 2 {
            let d = obj.cast::<crate::instance::InstanceObj>().dict.get();
            if !d.is_null() {
                if let Some(e) = crate::dict::table(d).entries.get(ic.ix[k]) {
                    if e.key.is(name) {
                        return Ok(e.value);
                    }
                }
            }
        }
    }
    let v = crate::ops::getattr(obj, name)?;
    fill(obj, name, v, ic);
    Ok(v)
}

/// `obj.name = v` through a site cache: generated code stores straight
/// into the instance dict entry the cache names (same guard as loads);
/// this slow path does the generic store, then caches where the value went
/// when the class has no `__setattr__` and no data descriptor for `name`.
pub fn setattr_ic(obj: Value, name: Value, v: Value, ic: &mut AttrIc) -> PyResult<()> {
    crate::ops::setattr(obj, name, v)?;
    if obj.is_obj()
        && obj.kind() == Kind::Instance
        && crate::typeobj::hooks(obj.ty()).setattr.is_null()
    {
        fill(obj, name, v, ic);
    }
    Ok(())
}

fn fill(obj: Value, name: Value, v: Value, ic: &mut AttrIc) {
    if !obj.is_obj() || obj.kind() != Kind::Instance {
        return;
    }
    let t = obj.ty();
    if !t.heap || !crate::typeobj::hooks(t).getattribute.is_null() {
        return;
    }
    if let Some(a) = crate::typeobj::lookup(t, name) {
        if crate::instance::is_data_descr(a) {
            return;
        }
    }
    let d = obj.cast::<crate::instance::InstanceObj>().dict.get();
    if d.is_null() {
        return;
    }
    if let Some(ix) = crate::dict::index_of_str(d, name) {
        let e = crate::dict::table(d).entries[ix];
        if e.key.is(name) && e.value.is(v) {
            let version = unsafe { crate::typeobj::TYPE_VERSION };
            let tp = t as *const _ as usize;
            if ic.version != version {
                *ic = AttrIc {
                    version,
                    ty: [tp, 0],
                    ix: [ix, 0],
                };
            } else if ic.ty[0] == tp {
                ic.ix[0] = ix;
            } else {
                // Newest entry first; the older one moves to the second.
                ic.ty = [tp, ic.ty[0]];
                ic.ix = [ix, ic.ix[0]];
            }
        }
    }
}

/// A method-call site's cache (the first three of its five words): the
/// class of the instances it saw, the `TYPE_VERSION` then, and the plain
/// function that class's MRO gives for the name.
#[repr(C)]
pub struct MethodIc {
    version: usize,
    ty: usize,
    func: Value,
}

impl MethodIc {
    /// A cache that matches no class (for uncached lookups).
    pub const EMPTY: MethodIc = MethodIc {
        version: usize::MAX,
        ty: 0,
        func: Value::NULL,
    };
}

/// The callable to call with `obj` prepended for `obj.name(...)`, in the
/// cases where `ops::call_method` would do exactly that: `obj` an instance
/// of a user class without `__getattribute__` whose MRO defines `name` as
/// a plain function not shadowed by the instance dict; or any other object
/// (not a class or module) whose type has no `__getattr__` slot and whose
/// MRO gives a plain function or an unbound builtin method. NULL otherwise
/// (the caller takes the generic path). Never raises.
pub fn method_ic(obj: Value, name: Value, ic: &mut MethodIc) -> Value {
    let t = obj.ty();
    let k = obj.kind();
    let tp = t as *const _ as usize;
    let version = unsafe { crate::typeobj::TYPE_VERSION };
    let shadowed = |obj: Value| {
        let d = obj.cast::<crate::instance::InstanceObj>().dict.get();
        !d.is_null() && crate::dict::dict_get_str(d, name).is_some()
    };
    if ic.version == version && ic.ty == tp {
        if k == Kind::Instance && shadowed(obj) {
            return Value::NULL;
        }
        return ic.func;
    }
    let m = if k == Kind::Instance {
        if !crate::typeobj::hooks(t).getattribute.is_null() {
            return Value::NULL;
        }
        match crate::typeobj::lookup(t, name) {
            Some(m) if m.kind() == Kind::Function => m,
            _ => return Value::NULL,
        }
    } else if k != Kind::Type
        && k != Kind::Module
        && (t.slots.getattr.is_none() || k == Kind::Exception)
    {
        match crate::typeobj::lookup(t, name) {
            Some(m) if m.kind() == Kind::Function => m,
            Some(m)
                if m.kind() == Kind::Builtin
                    && m.cast::<crate::func::BuiltinObj>().self_.is_null() =>
            {
                m
            }
            _ => return Value::NULL,
        }
    } else {
        return Value::NULL;
    };
    *ic = MethodIc {
        version,
        ty: tp,
        func: m,
    };
    if k == Kind::Instance && shadowed(obj) {
        return Value::NULL;
    }
    m
}
