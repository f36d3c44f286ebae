//! `type` and `object`: type objects as values, attribute lookup along the
//! MRO, and the default behaviour every object inherits.

use crate::exc::{type_error, PyResult};
use crate::object::{Kind, Kw, MethodTable, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};

pub static TYPE_TYPE: TypeObject =
    TypeObject::builtin("type", Kind::Type, &OBJECT_TYPE, TYPE_METHODS, TYPE_SLOTS);

pub static OBJECT_METHODS: MethodTable = &[
    ("__init__", obj_init),
    ("__new__", obj_new_m),
    ("__repr__", |a, _| {
        Ok(crate::str::new_str(&crate::ops::default_repr(a[0])))
    }),
    ("__str__", |a, _| crate::ops::repr(a[0])),
    ("__eq__", |a, _| {
        wrapper_arity(a, 1)?;
        Ok(if a[0].is(a[1]) {
            crate::value::true_()
        } else {
            crate::value::not_implemented()
        })
    }),
    ("__ne__", |a, _| {
        wrapper_arity(a, 1)?;
        let r = crate::ops::richcmp(a[0], a[1], pyaot_ir::CmpOp::Eq)?;
        Ok(crate::value::bool_(!crate::ops::truthy(r)?))
    }),
    ("__hash__", |a, _| {
        // The identity hash (CPython's `_Py_HashPointer`), never the
        // class's `__hash__`, which may be this very function.
        if a.is_empty() {
            return Err(type_error(
                "descriptor '__hash__' of 'object' object needs an argument",
            ));
        }
        wrapper_arity(a, 0)?;
        let p = a[0].0 as u64;
        Ok(crate::int::new_int(p.rotate_right(4) as i64))
    }),
    ("__setattr__", |a, _| {
        // CPython unpacks these with an empty function name.
        if a.len() != 3 {
            return Err(type_error(format!(
                " expected 2 arguments, got {}",
                a.len().saturating_sub(1)
            )));
        }
        attr_name_check(a[1])?;
        crate::instance::generic_setattr(a[0], a[1], a[2]).map(|_| none())
    }),
    ("__delattr__", |a, _| {
        wrapper_arity(a, 1)?;
        attr_name_check(a[1])?;
        crate::instance::generic_setattr(a[0], a[1], Value::NULL).map(|_| none())
    }),
    ("__getattribute__", |a, _| {
        wrapper_arity(a, 1)?;
        attr_name_check(a[1])?;
        match crate::instance::generic_getattr(a[0], a[1])? {
            Some(v) => Ok(v),
            None => Err(no_attribute(a[0], crate::str::as_str(a[1]))),
        }
    }),
    ("__format__", |a, _| {
        let spec = a.get(1).map(|s| crate::str::as_str(*s)).unwrap_or("");
        if !spec.is_empty() {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                a[0].ty().name()
            )));
        }
        crate::ops::str(a[0])
    }),
    ("__init_subclass__", |a, kw| {
        if !kw.is_empty() {
            let n = a
                .first()
                .filter(|c| c.kind() == Kind::Type)
                .map(|c| c.cast::<TypeObject>().name())
                .unwrap_or("object");
            return Err(type_error(format!(
                "{n}.__init_subclass__() takes no keyword arguments"
            )));
        }
        Ok(none())
    }),
    ("__dir__", |a, _| crate::builtins::dir_of(a[0])),
    ("__lt__", crate::object_methods::ordering),
    ("__le__", crate::object_methods::ordering),
    ("__gt__", crate::object_methods::ordering),
    ("__ge__", crate::object_methods::ordering),
    ("__sizeof__", crate::object_methods::sizeof),
    ("__getstate__", crate::object_methods::getstate),
    ("__subclasshook__", crate::object_methods::subclasshook),
    ("__reduce__", crate::object_methods::reduce),
    ("__reduce_ex__", crate::object_methods::reduce),
];
/// CPython's check on a slot wrapper's arguments (`args[0]` is self):
/// "expected 1 argument, got 0".
fn wrapper_arity(a: &[Value], n: usize) -> PyResult<()> {
    let got = a.len().saturating_sub(1);
    if got != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Attribute names passed to `__getattribute__` and friends are str.
fn attr_name_check(name: Value) -> PyResult<()> {
    if name.kind() != Kind::Str {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            name.ty().name()
        )));
    }
    Ok(())
}

pub const OBJECT_SLOTS: Slots = Slots {
    new: Some(object_new),
    ..Slots::EMPTY
};
static TYPE_METHODS: MethodTable = &[
    (
        "__instancecheck__",
        crate::extra_methods::type_instancecheck,
    ),
    (
        "__subclasscheck__",
        crate::extra_methods::type_subclasscheck,
    ),
    ("__or__", crate::extra_methods::type_or),
    ("__ror__", crate::extra_methods::type_ror),
    ("mro", type_mro_method),
    ("__new__", |a, kw| {
        let meta: &'static TypeObject = a[0].cast::<TypeObject>();
        type_new(meta, &a[1..], kw)
    }),
    ("__init__", |_, _| Ok(none())),
    ("__call__", |a, kw| {
        let mut all = a[1..].to_vec();
        all.extend_from_slice(kw.vals);
        let n = a.len() - 1;
        type_call(
            a[0],
            &all,
            Kw {
                names: kw.names,
                vals: &all[n..],
            },
        )
    }),
    ("__subclasses__", |a, _| {
        // Direct subclasses of a class, in creation order (builtin
        // types do not track theirs).
        let subs = if a[0].kind() == Kind::Type {
            a[0].cast::<TypeObject>().subclasses.get()
        } else {
            Value::NULL
        };
        let items = if subs.is_null() {
            vec![]
        } else {
            crate::list::items_mut(subs).to_vec()
        };
        Ok(crate::list::new_list(items))
    }),
    ("__setattr__", |a, _| {
        crate::builtins::arity("__setattr__", a, 3, 3)?;
        type_setattr_checked(a[0], a[1], a[2]).map(|_| none())
    }),
    ("__delattr__", |a, _| {
        crate::builtins::arity("__delattr__", a, 2, 2)?;
        type_setattr_checked(a[0], a[1], Value::NULL).map(|_| none())
    }),
    ("__prepare__", |_, _| Ok(crate::dict::new_dict())),
];

/// `type.__setattr__(cls, name, value)` called explicitly (metaclasses
/// delegating to it): the class namespace, never the instance protocol.
fn type_setattr_checked(v: Value, name: Value, x: Value) -> PyResult<()> {
    if v.kind() != Kind::Type {
        return Err(type_error(format!(
            "descriptor '__setattr__' requires a 'type' object but received a '{}'",
            v.ty().name()
        )));
    }
    if name.kind() != Kind::Str {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            name.ty().name()
        )));
    }
    type_setattr(v, name, x)
}
const TYPE_SLOTS: Slots = Slots {
    repr: Some(type_repr),
    call: Some(type_call),
    getattr: Some(type_getattr),
    setattr: Some(type_setattr),
    binary: Some(crate::union::or_slot),
    new: Some(type_new),
    ..Slots::EMPTY
};

/// Does `t` define `name` somewhere other than `object` (CPython's
/// `tp_init != object_init` / `tp_new != object_new`)?
fn overrides_object(t: &TypeObject, name: &str) -> bool {
    let key = crate::str::intern(name);
    let own = crate::dict::dict_get_str(type_dict(&OBJECT_TYPE), key);
    match lookup(t, key) {
        Some(f) => own.is_none_or(|o| !o.is(f)),
        None => false,
    }
}

/// `object.__init__(self, ...)`: extra arguments are an error when the
/// class overrides `__init__` or does not override `__new__`.
fn obj_init(a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        if let Some(s) = a.first() {
            let t = s.ty();
            if overrides_object(t, "__init__") {
                return Err(type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if !overrides_object(t, "__new__") {
                return Err(type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    t.name()
                )));
            }
        }
    }
    Ok(none())
}

/// `object.__new__(cls, ...)`.
fn obj_new_m(a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(cls) = a.first().filter(|c| c.kind() == Kind::Type) else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    let t: &'static TypeObject = cls.cast::<TypeObject>();
    if t.heap && (a.len() > 1 || !kw.is_empty()) && crate::class::solid_base(t).kind == Kind::Object
    {
        if overrides_object(t, "__new__") {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides_object(t, "__init__") {
            return Err(type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.heap {
        let solid = crate::class::solid_base(t);
        if solid.kind == Kind::Object || solid.kind == Kind::Exception {
            return crate::class::solid_new(t, &a[1..], Kw::NONE);
        }

        return crate::class::solid_new(t, &a[1..], kw);
    }
    type_call(*cls, &a[1..], kw)
}

pub fn type_setattr(v: Value, name: Value, x: Value) -> PyResult<()> {
    let t = v.cast::<TypeObject>();

    if !t.heap {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            crate::str::as_str(name),
            t.name()
        )));
    }
    let d = type_dict(t);
    // Instance attribute caches stay valid unless the change can affect
    // how instance attributes resolve (`shape` module).
    let old = crate::dict::dict_get_str(d, name).unwrap_or(Value::NULL);
    type_modified(t, crate::shape::affects_instances(name, old, x));
    if x.is_null() {
        if old.is_null() {
            return Err(no_attribute(v, crate::str::as_str(name)));
        }
        return crate::dict::dict_del(d, name);
    }
    if crate::str::as_str(name) == "__qualname__" {
        if x.kind() != Kind::Str {
            return Err(type_error(format!(
                "can only assign string to {}.__qualname__, not '{}'",
                t.name(),
                x.ty().name()
            )));
        }
        t.qualname.set(x);
        return Ok(());
    }
    if crate::str::as_str(name) == "__name__" && x.kind() == Kind::Str {
        t.name.set(Box::leak(
            crate::str::as_str(x).to_string().into_boxed_str(),
        ));
    }
    crate::dict::dict_set(d, name, x)
}

/// Look `name` up in the heap classes of `t`'s MRO only (Python-level
/// overrides of dunder methods and hooks).
pub fn lookup_heap(t: &TypeObject, name: &'static str) -> Option<Value> {
    if !t.heap {
        return None;
    }
    let key = crate::str::intern_static(name);
    let tv = Value::from_ptr(t);
    let slot = ((tv.0 >> 4) ^ (key.0 >> 3)) & 1023;
    unsafe {
        let e = HEAP_CACHE[slot];
        if e.0.is(tv) && e.1.is(key) && e.2 == t.version.get() {
            return if e.3.is_null() { None } else { Some(e.3) };
        }
        let r = lookup_heap_uncached(t, key);
        HEAP_CACHE[slot] = (tv, key, t.version.get(), r.unwrap_or(Value::NULL));
        r
    }
}

/// The attribute-access hooks a heap class defines in Python (NULL when
/// absent), found with one cache probe per type instead of a lookup per
/// hook on every attribute access.
#[derive(Clone, Copy)]
pub struct Hooks {
    pub getattribute: Value,
    pub getattr: Value,
    pub setattr: Value,
    pub delattr: Value,
}

const NO_HOOKS: Hooks = Hooks {
    getattribute: Value::NULL,
    getattr: Value::NULL,
    setattr: Value::NULL,
    delattr: Value::NULL,
};

/// (type, TYPE_VERSION, hooks); valid while the version is unchanged.
static mut HOOK_CACHE: [(Value, usize, Hooks); 256] = [(Value::NULL, 0, NO_HOOKS); 256];

pub fn hooks(t: &TypeObject) -> Hooks {
    if !t.heap {
        return NO_HOOKS;
    }
    let tv = Value::from_ptr(t);
    let slot = (tv.0 >> 5) & 255;
    unsafe {
        let e = HOOK_CACHE[slot];
        if e.0.is(tv) && e.1 == t.version.get() {
            return e.2;
        }
        let get = |n: &'static str| lookup_heap(t, n).unwrap_or(Value::NULL);
        let h = Hooks {
            getattribute: get("__getattribute__"),
            getattr: get("__getattr__"),
            setattr: get("__setattr__"),
            delattr: get("__delattr__"),
        };
        HOOK_CACHE[slot] = (tv, t.version.get(), h);
        h
    }
}

fn opt(v: Value) -> Option<Value> {
    if v.is_null() {
        None
    } else {
        Some(v)
    }
}

impl Hooks {
    pub fn getattribute(&self) -> Option<Value> {
        opt(self.getattribute)
    }
    pub fn getattr(&self) -> Option<Value> {
        opt(self.getattr)
    }
}

fn lookup_heap_uncached(t: &TypeObject, key: Value) -> Option<Value> {
    for c in crate::tuple::items(mro(t)) {
        let ct = c.cast::<TypeObject>();
        if !ct.heap {
            continue;
        }
        if let Some(v) = crate::dict::dict_get_str(type_dict(ct), key) {
            return Some(v);
        }
    }
    None
}

/// The allowed attribute names when every class in the MRO declares
/// `__slots__` (and none includes `__dict__`).
pub fn slot_names(t: &TypeObject) -> Option<Vec<String>> {
    if !t.heap {
        return None;
    }
    let key = crate::str::intern_static("__slots__");
    // Fast exit (cached lookup): no class in the MRO declares __slots__.
    lookup(t, key)?;
    let mut names = Vec::new();
    for c in crate::tuple::items(mro(t)) {
        let ct = c.cast::<TypeObject>();
        if !ct.heap {
            continue;
        }
        let s = crate::dict::dict_get_str(type_dict(ct), key)?;
        let items = if s.kind() == Kind::Str {
            vec![s]
        } else {
            crate::ops::collect(s).ok()?
        };
        for i in items {
            if i.kind() == Kind::Str {
                let n = crate::str::as_str(i).to_string();
                if n == "__dict__" {
                    return None;
                }
                names.push(n);
            }
        }
    }
    Some(names)
}

fn object_new(ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !args.is_empty() || !kw.is_empty() {
        return Err(type_error("object() takes no arguments"));
    }
    Ok(crate::instance::new_instance(ty))
}

fn type_new(meta: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let npos = args.len();
    if npos == 1 && kw.is_empty() {
        return Ok(args[0].ty().as_value());
    }
    if npos == 3 {
        return crate::class::type_new3(meta, args[0], args[1], args[2], kw);
    }

    Err(type_error("type() takes 1 or 3 arguments"))
}

/// `<class 'int'>` / `<class '__main__.C'>`.
/// The class's `__qualname__` (the class statement's dotted path for
/// heap classes, e.g. `Outer.Inner` or `f.<locals>.C`).
pub fn qualname(t: &TypeObject) -> String {
    let q = t.qualname.get();
    if !q.is_null() && q.kind() == Kind::Str {
        return crate::str::as_str(q).to_string();
    }
    t.name().to_string()
}

fn type_repr(v: Value) -> PyResult<Value> {
    let t = v.cast::<TypeObject>();
    let m = t.module.get();
    let q = qualname(t);
    let s = if m == "builtins" {
        format!("<class '{q}'>")
    } else {
        format!("<class '{m}.{q}'>")
    };
    Ok(crate::str::new_str(&s))
}

/// Calling a type constructs an instance.
pub fn type_call(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t: &'static TypeObject = v.cast::<TypeObject>();
    if std::ptr::eq(t, &TYPE_TYPE) && args.len() == 1 && kw.is_empty() {
        return Ok(args[0].ty().as_value());
    }
    if t.heap {
        return crate::class::heap_type_call(t, args, kw);
    }
    let args = crate::func::positional(args, &kw);
    // Find the nearest `new` slot along the bases.
    let mut b: *const TypeObject = t;
    while !b.is_null() {
        let bt = unsafe { &*b };
        if let Some(new) = bt.slots.new {
            return new(t, args, kw);
        }
        b = bt.base.get();
    }
    Err(type_error(format!(
        "cannot create '{}' instances",
        t.name()
    )))
}

pub fn type_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let t = v.cast::<TypeObject>();
    Ok(match name {
        "__name__" => Some(crate::str::new_str(crate::modules::pyaot_ext::short_name(
            t,
        ))),
        "__qualname__" => Some(crate::str::new_str(&qualname(t))),
        "__module__" => Some(crate::str::new_str(t.module.get())),
        "__mro__" => Some(mro(t)),
        "__bases__" => Some(bases(t)),
        "__base__" => {
            let b = t.base.get();
            Some(if b.is_null() {
                none()
            } else {
                Value::from_ptr(b)
            })
        }
        "__dict__" => Some(type_dict(t)),
        "__class__" => Some(v.ty().as_value()),
        "__doc__" if !t.heap => Some(none()),
        _ => {
            // Class attribute lookup along the MRO, with the descriptor
            // protocol as seen from the class.
            let key = crate::str::new_str(name);
            match lookup(t, key) {
                Some(a) => Some(match a.kind() {
                    Kind::StaticMethod => crate::descr::inner(a),
                    Kind::ClassMethod => crate::func::new_bound_method(crate::descr::inner(a), v),
                    Kind::Instance => match lookup_heap(a.ty(), "__get__") {
                        Some(g) => crate::func::call(g, &[a, none(), v], Kw::NONE)?,
                        None => a,
                    },
                    _ => a,
                }),
                None => {
                    if name == "__qualname__" || name == "__name__" {
                        return Ok(Some(crate::str::new_str(t.name())));
                    }
                    // Attributes of the metaclass (methods bind to the class).
                    let meta = v.ty();
                    match lookup(meta, key) {
                        Some(a) => Some(crate::instance::descr_get(a, v, meta)?),
                        None => None,
                    }
                }
            }
        }
    })
}

fn type_mro_method(args: &[Value], _kw: Kw) -> PyResult<Value> {
    let t = args[0].cast::<TypeObject>();
    crate::list::list_from_iter(mro(t))
}

/// Names of builtin-type methods that CPython defines as classmethods or
/// staticmethods; their native functions receive the type as `args[0]`.
pub const CLASS_LEVEL_METHODS: &[&str] = &[
    "fromkeys",
    "fromhex",
    "maketrans",
    "from_bytes",
    "__class_getitem__",
    "__getformat__",
];

/// Methods whose first argument is a class, not an instance of the type
/// (CPython's `__new__` and implicit classmethods): no self check.
const CLASS_FIRST_METHODS: &[&str] = &[
    "__new__",
    "__init_subclass__",
    "__prepare__",
    "__subclasshook__",
    "__class_getitem__",
];

/// Whether `name` is one of the class-first methods of builtin types,
/// stored unbound and without an owner type.
pub fn is_class_first(name: &str) -> bool {
    CLASS_FIRST_METHODS.contains(&name)
}

/// The type's namespace dict, built from its method table on first use.
pub fn type_dict(t: &TypeObject) -> Value {
    let d = t.dict.get();
    if !d.is_null() {
        return d;
    }
    let d = crate::dict::new_dict();
    for (name, f) in t.methods.iter() {
        // Class-level methods of builtin types (CPython's classmethods and
        // staticmethods such as `dict.fromkeys` and `str.maketrans`) are
        // bound to the type, so `{}.fromkeys(x)` and `dict.fromkeys(x)`
        // both receive the type as their first argument.
        let func = if CLASS_LEVEL_METHODS.contains(name) {
            crate::func::new_builtin(name, *f, Value::from_ptr(t))
        } else if CLASS_FIRST_METHODS.contains(name) {
            crate::func::new_builtin(name, *f, Value::NULL)
        } else {
            crate::func::new_method(name, *f, Value::NULL, t)
        };
        let _ = crate::dict::dict_set(d, crate::str::intern(name), func);
    }
    t.dict.set(d);
    d
}

/// The bases tuple.
pub fn bases(t: &TypeObject) -> Value {
    let b = t.bases.get();
    if !b.is_null() {
        return b;
    }
    let base = t.base.get();
    let v = if base.is_null() {
        crate::tuple::new_tuple(vec![])
    } else {
        crate::tuple::new_tuple(vec![Value::from_ptr(base)])
    };
    t.bases.set(v);
    v
}

/// The MRO tuple (for builtin types: the chain of primary bases).
pub fn mro(t: &TypeObject) -> Value {
    let m = t.mro.get();
    if !m.is_null() {
        return m;
    }
    let mut items = Vec::new();
    let mut b: *const TypeObject = t;
    while !b.is_null() {
        items.push(Value::from_ptr(b));
        b = unsafe { (*b).base.get() };
    }
    let v = crate::tuple::new_tuple(items);
    t.mro.set(v);
    v
}

pub fn mro_contains(t: &TypeObject, other: &TypeObject) -> bool {
    crate::tuple::items(mro(t))
        .iter()
        .any(|c| std::ptr::eq(c.ptr() as *const TypeObject, other))
}

/// The last version number handed out to a class (`TypeObject::version`);
/// numbers are never reused, so a (type, version) pair names one state of
/// one class even if a collected class's address is reused.
pub static mut TYPE_VERSION: usize = 1;

/// A fresh version number.
pub fn next_version() -> usize {
    unsafe {
        TYPE_VERSION += 1;
        TYPE_VERSION
    }
}

/// Class `t`'s namespace (or MRO) changed: give it and every class below
/// it a fresh version, which invalidates their entries in the type
/// caches and method caches. Other classes keep theirs, so
/// `C.counter += 1` in a loop leaves unrelated classes cached. With
/// `layout`, the change may also alter instance attribute resolution
/// (a data descriptor or an attribute hook): their instance shapes are
/// retired too (`shape::retire`).
pub fn type_modified(t: &TypeObject, layout: bool) {
    // Versions only grow: a class with a version above `start` was
    // already reached through another base (diamond inheritance).
    fn walk(t: &TypeObject, layout: bool, start: usize) {
        if !t.heap || t.version.get() > start {
            return;
        }
        t.version.set(next_version());
        if layout {
            crate::shape::retire(t);
        }
        let subs = t.subclasses.get();
        if !subs.is_null() {
            for s in crate::list::items(subs).to_vec() {
                walk(s.cast::<TypeObject>(), layout, start);
            }
        }
    }
    walk(t, layout, unsafe { TYPE_VERSION });
}

/// Record `sub` as a subclass of each of its heap bases.
pub fn add_subclass(sub: &'static TypeObject, bases: &[Value]) {
    for b in bases {
        let bt = b.cast::<TypeObject>();
        if !bt.heap {
            continue;
        }
        if bt.subclasses.get().is_null() {
            bt.subclasses.set(crate::list::new_list(Vec::new()));
        }
        crate::list::items_mut(bt.subclasses.get()).push(sub.as_value());
    }
}

/// CPython-style type attribute cache: (type, name, version) -> result
/// (NULL for "absent"). Entries hold the type and name as values, so
/// neither can be collected and have its address reused while cached.
static mut ATTR_CACHE: [(Value, Value, usize, Value); 4096] =
    [(Value::NULL, Value::NULL, 0, Value::NULL); 4096];
static mut HEAP_CACHE: [(Value, Value, usize, Value); 1024] =
    [(Value::NULL, Value::NULL, 0, Value::NULL); 1024];

/// Look `name` (a str object) up in the dicts along `t`'s MRO.
pub fn lookup(t: &TypeObject, name: Value) -> Option<Value> {
    let tv = Value::from_ptr(t);
    let slot = ((tv.0 >> 4) ^ (name.0 >> 3)) & 4095;
    unsafe {
        let e = ATTR_CACHE[slot];
        if e.0.is(tv) && e.1.is(name) && e.2 == t.version.get() {
            return if e.3.is_null() { None } else { Some(e.3) };
        }
        let r = lookup_uncached(t, name);
        ATTR_CACHE[slot] = (tv, name, t.version.get(), r.unwrap_or(Value::NULL));
        r
    }
}

fn lookup_uncached(t: &TypeObject, name: Value) -> Option<Value> {
    for c in crate::tuple::items(mro(t)) {
        let ct = c.cast::<TypeObject>();
        if let Some(v) = crate::dict::dict_get_str(type_dict(ct), name) {
            return Some(v);
        }
    }
    None
}

pub fn no_attribute(obj: Value, name: &str) -> crate::exc::PyErr {
    let msg = if obj.kind() == Kind::Type {
        format!(
            "type object '{}' has no attribute '{}'",
            obj.cast::<TypeObject>().name(),
            name
        )
    } else if obj.kind() == Kind::Module {
        format!(
            "module '{}' has no attribute '{}'",
            crate::module::module_name(obj),
            name
        )
    } else {
        format!("'{}' object has no attribute '{}'", obj.ty().name(), name)
    };
    let e = crate::exc::new_exc_msg(&crate::exc::ATTRIBUTE_ERROR, &msg);
    crate::exc_attrs::set(e, "name", crate::str::new_str(name));
    crate::exc_attrs::set(e, "obj", obj);
    crate::exc::raise_value(e)
}

/// `list[int]` and friends: a `types.GenericAlias`, or TypeError for a
/// class that is not generic.
pub fn class_getitem(cls: Value, key: Value) -> PyResult<Value> {
    crate::generic_alias::class_getitem(cls, key)
}
