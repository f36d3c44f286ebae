//! Instance shapes (hidden classes, the "maps" of V8 and PyPy) and the
//! shape-mode attribute storage of `InstanceObj`.
//!
//! Every heap class has a tree of shapes. The root describes an instance
//! without attributes; adding attribute `name` moves an instance from its
//! shape to the child for `name` (created once, then found again through
//! the parent's append-only transition list), so a shape is exactly the
//! sequence of attribute names in insertion order, and instances created
//! the same way share one shape. A shape-mode instance keeps its values in
//! an array indexed by the position of the name in the shape's `keys`.
//!
//! Guarantees:
//! - Key order is insertion order, so a `__dict__` materialised from a
//!   shape lists the attributes exactly as CPython's instance dict would.
//! - Anything a shape cannot express (`del`, `__dict__` access, a name
//!   that is not an exact `str`, more than `MAX_ATTRS` attributes) switches
//!   the instance to dict mode for good (`to_dict`): the dict is then the
//!   live `__dict__`, and the shape and values are dropped.
//! - `Shape::ty` (offset 0) is the class while the shape is current, and
//!   NULL once the class's namespace changed in a way that may alter how
//!   instance attributes resolve (`retire`). Inline caches check it, so a
//!   retired shape never hits; instances that still carry one are moved to
//!   the class's new tree on their next slow-path store (`current`), which
//!   keeps the values array as it is (same names, same order).

use crate::instance::InstanceObj;
use crate::object::{Kind, TypeObject};
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// More attributes than this switch an instance to dict mode.
pub const MAX_ATTRS: usize = 30;

#[repr(C)]
pub struct Shape {
    /// The class while this shape is current, NULL once retired.
    pub ty: Cell<*const TypeObject>,
    /// Attribute names (interned exact strs) in slot order.
    pub keys: Vec<Value>,
    /// (name, child) pairs, append-only.
    transitions: RefCell<Vec<(Value, *const Shape)>>,
    /// Root only: the largest number of attributes seen in this tree, the
    /// capacity given to a new instance's values array.
    hint: Cell<usize>,
}

// Generated code reads a transition target's key count inline
// (`codegen/attr.rs`).
const _: () = assert!(std::mem::offset_of!(Shape, keys) == 8);

fn new_shape(ty: *const TypeObject, keys: Vec<Value>) -> *const Shape {
    crate::gc::alloc(Shape {
        ty: Cell::new(ty),
        keys,
        transitions: RefCell::new(Vec::new()),
        hint: Cell::new(0),
    })
}

/// The root shape of heap class `t`, created on demand.
pub fn root(t: &'static TypeObject) -> *const Shape {
    let s = t.shape.get();
    if !s.is_null() {
        return s;
    }
    let s = new_shape(t, Vec::new());
    t.shape.set(s);
    s
}

/// The number of values to reserve in a new instance whose class has
/// root shape `r`: the largest shape seen in the tree.
pub fn hint(r: *const Shape) -> usize {
    unsafe { &*r }.hint.get()
}

/// Slot of attribute `name` in shape `s`.
pub fn index(s: &Shape, name: Value) -> Option<usize> {
    if let Some(i) = s.keys.iter().position(|k| k.is(name)) {
        return Some(i);
    }
    if name.kind() != Kind::Str {
        return None;
    }
    let n = crate::str::as_str(name);
    s.keys.iter().position(|k| crate::str::as_str(*k) == n)
}

/// The shape after adding `name` (an interned exact str not in `s`) to a
/// current shape `s`.
fn child(s: &Shape, name: Value) -> *const Shape {
    if let Some(&(_, c)) = s.transitions.borrow().iter().find(|(k, _)| k.is(name)) {
        return c;
    }
    let mut keys = s.keys.clone();
    keys.push(name);
    let c = new_shape(s.ty.get(), keys);
    s.transitions.borrow_mut().push((name, c));
    c
}

/// The child of `s` for `name` if the transition exists already (no
/// allocation, identity comparison only).
pub fn known_child(s: &Shape, name: Value) -> Option<*const Shape> {
    s.transitions
        .borrow()
        .iter()
        .find(|(k, _)| k.is(name))
        .map(|&(_, c)| c)
}

/// The shape of class `t`'s current tree with the same keys as `s`.
pub fn current(s: *const Shape, t: &'static TypeObject) -> *const Shape {
    let sr = unsafe { &*s };
    if std::ptr::eq(sr.ty.get(), t) {
        return s;
    }
    let mut c = root(t);
    for k in &sr.keys {
        c = child(unsafe { &*c }, *k);
    }
    c
}

/// Retire class `t`'s shape tree: its shapes stop matching inline caches
/// and new instances start from a fresh root.
pub fn retire(t: &TypeObject) {
    fn walk(s: &Shape) {
        s.ty.set(std::ptr::null());
        for &(_, c) in s.transitions.borrow().iter() {
            walk(unsafe { &*c });
        }
    }
    let r = t.shape.get();
    if !r.is_null() {
        walk(unsafe { &*r });
        t.shape.set(std::ptr::null());
    }
}

/// May setting class attribute `name` from `old` to `new` (NULL: absent)
/// change how instance attributes resolve? Dunder names (attribute hooks,
/// `__dict__`, `__slots__`, ...) and values that are or may be data
/// descriptors do; plain values (`C.counter += 1`, a new method) do not.
pub fn affects_instances(name: Value, old: Value, new: Value) -> bool {
    let risky = |v: Value| {
        !v.is_null()
            && v.is_obj()
            && matches!(
                v.kind(),
                Kind::Property | Kind::MemberDescr | Kind::Instance
            )
    };
    let n = crate::str::as_str(name);
    (n.starts_with("__") && n.ends_with("__")) || risky(old) || risky(new)
}

/// Own attribute `name` of shape-mode instance `inst`.
#[inline]
pub fn get(inst: &InstanceObj, name: Value) -> Option<Value> {
    let s = unsafe { &*inst.shape.get() };
    index(s, name).map(|i| unsafe { *inst.values.get().add(i) })
}

/// Store `v` as attribute `name` of shape-mode instance `obj`; false if
/// the shape cannot express it (the caller switches to dict mode).
pub fn set(obj: Value, name: Value, v: Value) -> bool {
    let inst = obj.cast::<InstanceObj>();
    let s = unsafe { &*inst.shape.get() };
    if let Some(i) = index(s, name) {
        unsafe { *inst.values.get().add(i) = v };
        return true;
    }
    if s.keys.len() >= MAX_ATTRS
        || !name.is_obj()
        || !std::ptr::eq(name.ty(), &crate::str::STR_TYPE)
    {
        return false;
    }
    let name = crate::str::intern(crate::str::as_str(name));
    let cur = current(inst.shape.get(), obj.ty());
    let next = child(unsafe { &*cur }, name);
    append(obj, next, v);
    true
}

/// Move `obj` to shape `next` (its current shape plus one key) storing `v`
/// in the new slot, growing the values array when full.
pub fn append(obj: Value, next: *const Shape, v: Value) {
    let inst = obj.cast::<InstanceObj>();
    let n = unsafe { &*next }.keys.len();
    if n > inst.cap.get() {
        let r = unsafe { &*root(obj.ty()) };
        let cap = (n.max(r.hint.get())).max(inst.cap.get() * 2).max(2);
        let mut vals = vec![Value::NULL; cap];
        for (i, x) in vals.iter_mut().enumerate().take(n - 1) {
            *x = unsafe { *inst.values.get().add(i) };
        }
        inst.values
            .set(Box::leak(vals.into_boxed_slice()).as_mut_ptr());
        inst.cap.set(cap);
    }
    unsafe { *inst.values.get().add(n - 1) = v };
    inst.shape.set(next);
    let r = unsafe { &*root(obj.ty()) };
    if n > r.hint.get() {
        r.hint.set(n);
    }
}

/// Switch `inst` to dict mode; the dict holds its attributes in order.
pub fn to_dict(inst: &InstanceObj) -> Value {
    let d = crate::dict::new_dict();
    let s = inst.shape.get();
    if !s.is_null() {
        for (i, k) in unsafe { &*s }.keys.iter().enumerate() {
            let v = unsafe { *inst.values.get().add(i) };
            let _ = crate::dict::dict_set(d, *k, v);
        }
    }
    inst.dict.set(d);
    inst.shape.set(std::ptr::null());
    inst.values.set(std::ptr::null_mut());
    inst.cap.set(0);
    d
}

/// The attribute names of shape-mode instance `inst`, in order.
pub fn keys(inst: &InstanceObj) -> &'static [Value] {
    let s = inst.shape.get();
    if s.is_null() {
        &[]
    } else {
        unsafe { &(*s).keys }
    }
}
