//! Per-site inline caches for instance attribute loads and stores
//! (`obj.name`, `obj.name = v`) in native code, keyed on instance shapes
//! (`shape` module).
//!
//! A site's cache (5 zeroed words in the object's `pyaot_ic` table) holds
//! up to two (shape, slot) entries, newest first. Generated code
//! (`codegen/attr.rs`) performs the hit path inline: the cached shape is
//! current for the object's exact type (`Shape::ty` equals the type word:
//! a retired shape never hits), the instance carries that shape (offset
//! 24), and the slot word is a byte offset into its values array (offset
//! 32). The runtime fills an entry only for an instance in shape mode
//! whose class defines no `__getattribute__` (loads) / `__setattr__`
//! (stores) and where the class attribute of that name, if any, cannot be
//! a data descriptor; a change to the class that could alter this retires
//! its shapes, so a hit does exactly what the generic protocol would.
//!
//! A store that adds an attribute caches the transition: the slot word is
//! then the new shape's address with bit 0 set. Generated code leaves such
//! entries to `setattr_ic`, which moves the instance to the new shape and
//! appends the value without any lookup or hashing.
//!
//! Behind the two entries of each site sits a shared (shape, name) -> slot
//! table per direction (`LOAD_MEGA`, `STORE_MEGA`), filled under the same
//! conditions: a site that sees more than two shapes (a base-class method
//! used by four subclasses) still finds the slot without a lookup. Entries
//! are valid while their shape is current, which the probe checks.

use crate::exc::PyResult;
use crate::instance::InstanceObj;
use crate::object::Kind;
use crate::shape::Shape;
use crate::value::Value;

#[repr(C)]
pub struct AttrIc {
    shape: [usize; 2],
    slot: [usize; 2],
}

/// (shape, name, slot word) entries; static, so the shapes and names they
/// hold stay alive and their addresses cannot be reused while cached.
type Mega = [(usize, usize, usize); 1024];
static mut LOAD_MEGA: Mega = [(0, 0, 0); 1024];
static mut STORE_MEGA: Mega = [(0, 0, 0); 1024];

fn mega_ix(s: usize, name: Value) -> usize {
    ((s >> 4) ^ (name.0 >> 3)) & 1023
}

/// The slot word cached for (`s`, `name`) in `m`.
fn mega_get(m: *const Mega, s: &Shape, name: Value) -> Option<usize> {
    let sp = s as *const Shape as usize;
    let e = unsafe { (*m)[mega_ix(sp, name)] };
    (e.0 == sp && e.1 == name.0).then_some(e.2)
}

fn mega_put(m: *mut Mega, s: &Shape, name: Value, slot: usize) {
    let sp = s as *const Shape as usize;
    unsafe { (*m)[mega_ix(sp, name)] = (sp, name.0, slot) };
}

impl AttrIc {
    fn put(&mut self, shape: *const Shape, slot: usize) {
        let sp = shape as usize;
        if self.shape[0] == sp {
            self.slot[0] = slot;
        } else if self.shape[1] == sp {
            self.slot[1] = slot;
        } else {
            self.shape = [sp, self.shape[0]];
            self.slot = [slot, self.slot[0]];
        }
    }
}

/// The shape of `obj` if it is a shape-mode instance of a heap class,
/// moving it to its class's current tree first when its shape retired.
fn current_shape(obj: Value) -> Option<&'static Shape> {
    if !obj.is_obj() || obj.kind() != Kind::Instance {
        return None;
    }
    let inst = obj.cast::<InstanceObj>();
    let s = inst.shape.get();
    if s.is_null() {
        return None;
    }
    let t = obj.ty();
    let c = crate::shape::current(s, t);
    inst.shape.set(c);
    Some(unsafe { &*c })
}

/// May the site cache `name` on instances of `obj`'s class? Only if the
/// hook `hook` is absent and the class attribute `name` (if any) cannot be
/// a data descriptor.
fn cacheable(obj: Value, name: Value, store: bool) -> bool {
    let t = obj.ty();
    if !t.heap {
        return false;
    }
    let h = crate::typeobj::hooks(t);
    if !(if store { h.setattr } else { h.getattribute }).is_null() {
        return false;
    }
    match crate::typeobj::lookup(t, name) {
        Some(a) => !matches!(
            a.kind(),
            Kind::Property | Kind::MemberDescr | Kind::Instance
        ),
        None => true,
    }
}

pub fn getattr_ic(obj: Value, name: Value, ic: &mut AttrIc) -> PyResult<Value> {
    let shape = current_shape(obj);
    if let Some(s) = shape {
        if let Some(slot) = mega_get(&raw const LOAD_MEGA, s, name) {
            ic.put(s, slot);
            let inst = obj.cast::<InstanceObj>();
            return Ok(unsafe { *inst.values.get().add(slot / 8) });
        }
    }
    let v = crate::ops::getattr(obj, name)?;
    if let Some(s) = shape {
        let inst = obj.cast::<InstanceObj>();
        // The lookup ran Python code only if it found no own attribute.
        if std::ptr::eq(inst.shape.get(), s) {
            if let Some(i) = crate::shape::index(s, name) {
                if unsafe { *inst.values.get().add(i) }.is(v) && cacheable(obj, name, false) {
                    ic.put(s, i * 8);
                    mega_put(&raw mut LOAD_MEGA, s, name, i * 8);
                }
            }
        }
    }
    Ok(v)
}

/// `obj.name = v` through a site cache: generated code stores into the
/// cached slot; this slow path performs cached transitions, else does the
/// generic store and caches where the value went.
pub fn setattr_ic(obj: Value, name: Value, v: Value, ic: &mut AttrIc) -> PyResult<()> {
    let before = current_shape(obj);
    if let Some(s) = before {
        let sp = s as *const Shape as usize;
        for k in 0..2 {
            if ic.shape[k] == sp && ic.slot[k] & 1 == 1 {
                crate::shape::append(obj, (ic.slot[k] & !1) as *const Shape, v);
                return Ok(());
            }
        }
        if let Some(slot) = mega_get(&raw const STORE_MEGA, s, name) {
            ic.put(s, slot);
            if slot & 1 == 1 {
                crate::shape::append(obj, (slot & !1) as *const Shape, v);
            } else {
                let inst = obj.cast::<InstanceObj>();
                unsafe { *inst.values.get().add(slot / 8) = v };
            }
            return Ok(());
        }
    }
    crate::ops::setattr(obj, name, v)?;
    let Some(s0) = before else { return Ok(()) };
    let inst = obj.cast::<InstanceObj>();
    let s1 = inst.shape.get();
    if s1.is_null() || !std::ptr::eq(unsafe { &*s1 }.ty.get(), obj.ty()) {
        return Ok(());
    }
    let s1 = unsafe { &*s1 };
    let Some(i) = crate::shape::index(s1, name) else {
        return Ok(());
    };
    if !unsafe { *inst.values.get().add(i) }.is(v) || !cacheable(obj, name, true) {
        return Ok(());
    }
    let slot = if std::ptr::eq(s0, s1) {
        i * 8
    } else if s1.keys.len() == s0.keys.len() + 1
        && i == s0.keys.len()
        && crate::shape::known_child(s0, s1.keys[i]) == Some(s1 as *const Shape)
    {
        s1 as *const Shape as usize | 1
    } else {
        return Ok(());
    };
    ic.put(s0, slot);
    mega_put(&raw mut STORE_MEGA, s0, name, slot);
    Ok(())
}

/// A method-call site's cache (the first four of its five words): the
/// class of the instances it saw, that class's version then, the plain
/// function its MRO gives for the name, and the last instance shape seen
/// not to shadow the name (`NOT_INSTANCE` for classes without shapes).
/// Generated code takes `func` without calling the runtime when the
/// receiver is a pointer whose type word is `ty`, the type's version
/// (offset 8) is `version`, and either `shape` is `NOT_INSTANCE` or it is
/// nonzero and equals the instance's shape word (offset 24).
#[repr(C)]
pub struct MethodIc {
    version: usize,
    ty: usize,
    func: Value,
    shape: usize,
}

/// `MethodIc::shape` of a cache filled for a class whose instances have
/// no shapes (not `Kind::Instance`): generated code then needs only the
/// class and version checks.
pub const NOT_INSTANCE: usize = 1;

/// (shape, name) pairs whose shape has no key `name`, so that the method
/// found on the class is not shadowed: shapes never change their keys, so
/// an entry stays true; static, so the shapes and names it holds stay alive.
static mut NO_SHADOW: [(usize, usize); 1024] = [(0, 0); 1024];

/// (class, name, class version, method) entries that `method_ic` found
/// cacheable; static, so the classes, names and methods stay alive.
static mut METHOD_MEGA: [(usize, usize, usize, Value); 1024] = [(0, 0, 0, Value::NULL); 1024];

impl MethodIc {
    /// A cache that matches no class (for uncached lookups).
    pub const EMPTY: MethodIc = MethodIc {
        version: usize::MAX,
        ty: 0,
        func: Value::NULL,
        shape: 0,
    };
}

/// The callable to call with `obj` prepended for `obj.name(...)`, in the
/// cases where `ops::call_method` would do exactly that: `obj` an instance
/// of a user class without `__getattribute__` whose MRO defines `name` as
/// a plain function not shadowed by an instance attribute; or any other
/// object (not a class or module) whose type has no `__getattr__` slot and
/// whose MRO gives a plain function or an unbound builtin method. NULL
/// otherwise (the caller takes the generic path). Never raises.
pub fn method_ic(obj: Value, name: Value, ic: &mut MethodIc) -> Value {
    let t = obj.ty();
    let k = obj.kind();
    let tp = t as *const _ as usize;
    let version = t.version.get();
    let shadowed = |obj: Value, ic: &mut MethodIc| {
        let inst = obj.cast::<InstanceObj>();
        let s = inst.shape.get() as usize;
        if s == 0 {
            return crate::instance::own_attr(obj, name).is_some();
        }
        if s == ic.shape {
            return false;
        }
        let ix = ((s >> 4) ^ (name.0 >> 3)) & 1023;
        // SAFETY: the runtime is single-threaded.
        let known = unsafe { NO_SHADOW[ix] == (s, name.0) };
        if !known {
            if crate::instance::own_attr(obj, name).is_some() {
                return true;
            }
            unsafe { NO_SHADOW[ix] = (s, name.0) };
        }
        ic.shape = s;
        false
    };
    if ic.version == version && ic.ty == tp {
        if k == Kind::Instance && shadowed(obj, ic) {
            return Value::NULL;
        }
        return ic.func;
    }
    // Polymorphic sites (a base-class method called on several
    // subclasses) refill their cache from the shared table.
    let mix = ((tp >> 4) ^ (name.0 >> 3)) & 1023;
    // SAFETY: the runtime is single-threaded.
    let e = unsafe { METHOD_MEGA[mix] };
    let m = if e.0 == tp && e.1 == name.0 && e.2 == version {
        e.3
    } else if k == Kind::Instance {
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
    unsafe { METHOD_MEGA[mix] = (tp, name.0, version, m) };
    *ic = MethodIc {
        version,
        ty: tp,
        func: m,
        shape: if k == Kind::Instance { 0 } else { NOT_INSTANCE },
    };
    if k == Kind::Instance && shadowed(obj, ic) {
        return Value::NULL;
    }
    m
}
