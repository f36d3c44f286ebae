//! User classes: the class statement (`build_class`), `type(name, bases,
//! ns)`, C3 method resolution order, instance creation (`__new__` then
//! `__init__`), and the slots of heap types, which dispatch to dunder
//! methods defined in Python and otherwise fall back to the builtin base.

use crate::exc::{self, type_error, PyResult};
use crate::func::call;
use crate::object::{new_obj, Kind, Kw, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::typeobj::{lookup_heap, TYPE_TYPE};
use crate::value::{none, not_implemented, Value};
use pyaot_ir::{BinOp, CmpOp, UnaryOp};
use std::cell::Cell;

/// The first non-heap type along the primary bases: its layout is the
/// instances' layout and its slots are the fallback behaviour.
pub fn solid_base(t: &TypeObject) -> &'static TypeObject {
    let mut b: *const TypeObject = t;
    loop {
        let bt: &'static TypeObject = unsafe { &*b };
        if !bt.heap {
            return bt;
        }
        b = bt.base.get();
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// C3 linearisation of `t` with `bases`.
fn c3_mro(t: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| crate::tuple::items(crate::typeobj::mro(b.cast::<TypeObject>())).to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            // CPython names the remaining heads, each once, in order.
            let mut heads: Vec<Value> = vec![];
            for s in &seqs {
                if !heads.iter().any(|h| h.is(s[0])) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<&str> = heads
                .iter()
                .map(|b| b.cast::<TypeObject>().name())
                .collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0].is(c) {
                s.remove(0);
            }
        }
    }
}

/// `type(name, bases, ns)` with metaclass `meta`.
pub fn type_new3(
    meta: &'static TypeObject,
    name: Value,
    bases: Value,
    ns: Value,
    kw: Kw,
) -> PyResult<Value> {
    if name.kind() != Kind::Str {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            name.ty().name()
        )));
    }
    if bases.kind() != Kind::Tuple {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            bases.ty().name()
        )));
    }
    if ns.kind() != Kind::Dict {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ns.ty().name()
        )));
    }
    let mut base_list: Vec<Value> = crate::tuple::items(bases).to_vec();
    // The most derived metaclass builds the class; when it defines its own
    // `__new__` (e.g. `type(name, bases, ns)` with a base whose metaclass
    // is a Python class), that runs instead, as in CPython's type_new.
    let winner = calculate_meta(meta, &base_list)?;
    if !std::ptr::eq(winner, meta) {
        if let Some(new) = crate::typeobj::lookup_heap(winner, "__new__") {
            let new = if new.kind() == Kind::StaticMethod {
                crate::descr::inner(new)
            } else {
                new
            };
            return crate::func::call(new, &[winner.as_value(), name, bases, ns], kw);
        }
    }
    let meta = winner;
    for b in &base_list {
        if b.kind() != Kind::Type {
            return Err(type_error("bases must be types"));
        }
        if !b.cast::<TypeObject>().base_ok {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                b.cast::<TypeObject>().name()
            )));
        }
    }
    if base_list.is_empty() {
        base_list.push(OBJECT_TYPE.as_value());
    }
    // The primary base: the first base whose layout is not plain object, or
    // the first base.
    let primary = base_list
        .iter()
        .find(|b| solid_base(b.cast::<TypeObject>()).kind != Kind::Object)
        .copied()
        .unwrap_or(base_list[0]);
    let pt: &'static TypeObject = primary.cast::<TypeObject>();
    let solid = solid_base(pt);
    let kind = if solid.kind == Kind::Object {
        Kind::Instance
    } else {
        solid.kind
    };
    let dict = crate::dict::new_dict();
    for (k, v) in crate::dict::dict_items(ns) {
        let v = match (k.kind(), v.kind()) {
            (Kind::Str, Kind::Function) => match crate::str::as_str(k) {
                "__new__" => {
                    crate::func::call(crate::descr::STATICMETHOD_TYPE.as_value(), &[v], Kw::NONE)?
                }
                "__init_subclass__" | "__class_getitem__" => {
                    crate::func::call(crate::descr::CLASSMETHOD_TYPE.as_value(), &[v], Kw::NONE)?
                }
                _ => v,
            },
            _ => v,
        };
        crate::dict::dict_set(dict, k, v)?;
    }
    // `__qualname__` moves from the namespace to the type, as in CPython.
    let qkey = crate::str::intern_static("__qualname__");
    let qualname = match crate::dict::dict_get_str(dict, qkey) {
        Some(q) if q.kind() == Kind::Str => {
            crate::dict::dict_del(dict, qkey)?;
            q
        }
        Some(q) => {
            return Err(type_error(format!(
                "type __qualname__ must be a str, not {}",
                q.ty().name()
            )))
        }
        None => name,
    };
    let module = crate::dict::dict_get_str(dict, crate::str::intern_static("__module__"))
        .filter(|m| m.kind() == Kind::Str)
        .map(|m| leak(crate::str::as_str(m)))
        .unwrap_or("__main__");
    let t = new_obj(TypeObject {
        ob: Obj { ty: meta },
        kind,
        name: Cell::new(leak(crate::str::as_str(name))),
        qualname: Cell::new(qualname),
        base: Cell::new(pt),
        bases: Cell::new(crate::tuple::new_tuple(base_list.clone())),
        mro: Cell::new(Value::NULL),
        dict: Cell::new(dict),
        methods: &[],
        heap: true,
        base_ok: true,
        meta: Cell::new(meta),
        module: Cell::new(module),
        inst_dict: true,
        unhashable: false,
        slots: HEAP_SLOTS,
        version: Cell::new(crate::typeobj::next_version()),
        subclasses: Cell::new(Value::NULL),
        shape: Cell::new(std::ptr::null()),
    });
    let tt: &'static TypeObject = t.cast::<TypeObject>();
    crate::typeobj::add_subclass(tt, &base_list);
    let mro = c3_mro(t, &base_list)?;

    tt.mro.set(crate::tuple::new_tuple(mro.clone()));
    crate::slots::install(tt, dict)?;
    // CPython's order: slot members, `__dict__`/`__weakref__`, then a
    // missing `__doc__` and the `__hash__` an `__eq__` implies.
    crate::getset::install(tt, dict, &mro)?;
    let has = |n: &str| crate::dict::dict_get_str(dict, crate::str::intern(n)).is_some();
    if !has("__doc__") {
        crate::dict::dict_set(dict, crate::str::intern_static("__doc__"), none())?;
    }
    if has("__eq__") && !has("__hash__") {
        crate::dict::dict_set(dict, crate::str::intern_static("__hash__"), none())?;
    }
    crate::typeobj::type_modified(tt, true);
    // Zero-argument super(): fill the class cell.
    if let Some(cell) = crate::dict::dict_get_str(dict, crate::str::intern_static("__classcell__"))
    {
        if cell.kind() == Kind::Cell {
            cell.cast::<crate::func::CellObj>().v.set(t);
        }
        let _ = crate::dict::dict_del(dict, crate::str::intern_static("__classcell__"));
    }
    // __set_name__ on attributes.
    for (k, v) in crate::dict::dict_items(dict) {
        if v.kind() == Kind::Property {
            crate::descr::set_prop_name(v, k);
        } else if v.ty().heap {
            if let Some(sn) = lookup_heap(v.ty(), "__set_name__") {
                call(sn, &[v, t, k], Kw::NONE)?;
            }
        }
    }
    // __init_subclass__ of the nearest base defining it.
    let items = crate::tuple::items(tt.mro.get());
    let mut done = false;
    for c in &items[1..] {
        let ct = c.cast::<TypeObject>();
        if !ct.heap {
            continue;
        }
        if let Some(f) = crate::dict::dict_get_str(
            crate::typeobj::type_dict(ct),
            crate::str::intern_static("__init_subclass__"),
        ) {
            let f = if f.kind() == Kind::ClassMethod {
                crate::descr::inner(f)
            } else {
                f
            };
            call_kw(f, &[t], kw)?;
            done = true;
            break;
        }
    }
    if !done && !kw.is_empty() {
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            tt.name()
        )));
    }
    Ok(t)
}

/// Call with keyword arguments passed as a `Kw`.
pub fn call_kw(f: Value, pos: &[Value], kw: Kw) -> PyResult<Value> {
    if kw.is_empty() {
        return call(f, pos, Kw::NONE);
    }
    let mut all = pos.to_vec();
    all.extend_from_slice(kw.vals);
    let n = pos.len();
    call(
        f,
        &all,
        Kw {
            names: kw.names,
            vals: &all[n..],
        },
    )
}

/// Does `v` look like a mapping (has `__getitem__`)?
fn is_mapping(v: Value) -> bool {
    v.kind() == Kind::Dict
        || crate::typeobj::lookup(v.ty(), crate::str::intern("__getitem__")).is_some()
}

/// The most derived metaclass among `meta` and the types of `bases`
/// (CPython's `_PyType_CalculateMetaclass`).
pub fn calculate_meta(meta: &'static TypeObject, bases: &[Value]) -> PyResult<&'static TypeObject> {
    let mut w = meta;
    for b in bases {
        let bt = b.ty();
        if w.is_subtype(bt) {
            continue;
        }
        if bt.is_subtype(w) {
            w = bt;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(w)
}

/// PEP 560: replace each base that is not a class but has
/// `__mro_entries__` (such as `Stack[int]`) by the classes it returns.
/// None when no base needed replacing.
fn resolve_mro_entries(bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if bases.iter().all(|b| b.kind() == Kind::Type) {
        return Ok(None);
    }
    let key = crate::str::intern("__mro_entries__");
    let mut out = vec![];
    let mut changed = false;
    let orig = crate::tuple::new_tuple(bases.to_vec());
    for b in bases {
        if b.kind() != Kind::Type && crate::typeobj::lookup(b.ty(), key).is_some() {
            let r = crate::ops::call_method_str(*b, "__mro_entries__", &[orig])?;
            if r.kind() != Kind::Tuple {
                return Err(type_error("__mro_entries__ must return a tuple"));
            }
            out.extend(crate::tuple::items(r).iter().copied());
            changed = true;
        } else {
            out.push(*b);
        }
    }
    Ok(changed.then_some(out))
}

/// The class statement: run the body in a fresh namespace, then call the
/// metaclass.
pub fn build_class(body: Value, name: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let nb = args.len() - kwnames.len();
    let orig_bases = &args[..nb];
    let resolved = resolve_mro_entries(orig_bases)?;
    let bases: &[Value] = resolved.as_deref().unwrap_or(orig_bases);
    let kwvals = &args[nb..];
    let mut meta: Option<Value> = None;
    let mut names = vec![];
    let mut vals = vec![];
    for (k, v) in kwnames.iter().zip(kwvals) {
        if crate::str::as_str(*k) == "metaclass" {
            meta = Some(*v);
        } else {
            names.push(*k);
            vals.push(*v);
        }
    }
    // The most derived metaclass among the given one and the bases'.
    let meta = match meta {
        Some(m) if m.kind() != Kind::Type => m,
        // With no metaclass given, CPython starts from the first base's
        // type and calls it directly when that is not a metaclass
        // (`class X(5)` calls `int('X', (5,), ns)`).
        None if !bases.is_empty() && !bases[0].ty().is_subtype(&TYPE_TYPE) => {
            bases[0].ty().as_value()
        }
        m => {
            let w: &'static TypeObject = m.map(|m| m.cast::<TypeObject>()).unwrap_or(&TYPE_TYPE);
            calculate_meta(w, bases)?.as_value()
        }
    };
    let bases_t = crate::tuple::new_tuple(bases.to_vec());
    let kw = Kw {
        names: &names,
        vals: &vals,
    };
    // The namespace: `meta.__prepare__(name, bases, **kw)` when the
    // metaclass defines one, else a fresh dict.
    let prepare = if meta.is(TYPE_TYPE.as_value()) {
        None
    } else {
        crate::ops::getattr_opt(meta, crate::str::intern("__prepare__"))?
    };
    let ns = match prepare {
        Some(p) => {
            let ns = call_kw(p, &[name, bases_t], kw)?;
            if !is_mapping(ns) {
                let who = if meta.kind() == Kind::Type {
                    meta.cast::<TypeObject>().name().to_string()
                } else {
                    "<metaclass>".to_string()
                };
                return Err(type_error(format!(
                    "{who}.__prepare__() must return a mapping, not {}",
                    ns.ty().name()
                )));
            }
            ns
        }
        None => crate::dict::new_dict(),
    };
    let f = body.cast::<crate::func::FuncObj>();
    let set = |k: &str, v: Value| crate::exec::store_name(ns, crate::str::intern(k), v);
    set("__module__", crate::str::new_str(&f.code.module))?;
    set("__qualname__", crate::str::new_str(&f.code.qualname))?;
    if let Some(d) = &f.code.doc {
        set("__doc__", crate::str::new_str(d))?;
    }
    if resolved.is_some() {
        set(
            "__orig_bases__",
            crate::tuple::new_tuple(orig_bases.to_vec()),
        )?;
    }
    crate::vm::run_class_body(body, ns)?;
    if meta.is(TYPE_TYPE.as_value()) {
        return type_new3(&TYPE_TYPE, name, bases_t, ns, kw);
    }
    call_kw(meta, &[name, bases_t, ns], kw)
}

/// Create an instance of heap type `t` with the layout of its solid base.
pub fn solid_new(t: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    let solid = solid_base(t);
    match solid.kind {
        Kind::Object => Ok(crate::instance::new_instance(t)),
        Kind::Exception => exc::construct(t, args, kw),
        Kind::Type => {
            if args.len() != 3 {
                return Err(type_error("type() takes 1 or 3 arguments"));
            }
            type_new3(t, args[0], args[1], args[2], kw)
        }
        _ => match solid.slots.new {
            Some(n) => n(t, args, kw),
            None => Err(type_error(format!(
                "cannot create '{}' instances",
                t.name()
            ))),
        },
    }
}

/// (class, its version, plain, `__init__`) per class: `plain` when the
/// class's instances are shape-mode instances made by object's `__new__`
/// (no `__new__` in a heap class of the MRO, solid base `object`), and
/// `__init__` the Python function its heap MRO gives (NULL otherwise).
/// Valid while the version is unchanged; static, so the values it holds
/// stay alive.
static mut CTOR_CACHE: [(usize, usize, bool, Value); 256] = [(0, 0, false, Value::NULL); 256];

/// `(plain, __init__)` for instance creation (`CTOR_CACHE`).
fn ctor_info(t: &'static TypeObject) -> (bool, Value) {
    let tp = t as *const TypeObject as usize;
    let ix = (tp >> 4) & 255;
    // SAFETY: the runtime is single-threaded.
    unsafe {
        let e = CTOR_CACHE[ix];
        if e.0 == tp && e.1 == t.version.get() {
            return (e.2, e.3);
        }
        let plain = t.kind == Kind::Instance
            && solid_base(t).kind == Kind::Object
            && lookup_heap(t, "__new__").is_none();
        let init = match lookup_heap(t, "__init__") {
            Some(f) if f.is_obj() && f.kind() == Kind::Function => f,
            _ => Value::NULL,
        };
        CTOR_CACHE[ix] = (tp, t.version.get(), plain, init);
        (plain, init)
    }
}

/// Run `f` on `first` followed by `args`, in a stack buffer when the
/// arguments are few (instance creation allocates no argument vector).
fn with_prepended<R>(first: Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    const N: usize = 8;
    if args.len() < N {
        let mut buf = [Value::NULL; N];
        buf[0] = first;
        buf[1..=args.len()].copy_from_slice(args);
        f(&buf[..=args.len()])
    } else {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(first);
        full.extend_from_slice(args);
        f(&full)
    }
}

/// Calling a heap type: `__new__` then `__init__`.
pub fn heap_type_call(t: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    // The common case, `C(a, b)` for a class with object's `__new__` and a
    // Python `__init__`: one cache probe, the instance, the direct call.
    if kw.is_empty() {
        let (plain, init) = ctor_info(t);
        if plain && !init.is_null() {
            let obj = crate::instance::new_instance(t);
            let r = with_prepended(obj, args, |full| {
                crate::func::call_function(init, full, Kw::NONE)
            })?;
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.ty().name()
                )));
            }
            return Ok(obj);
        }
    }
    let new_override = lookup_heap(t, "__new__");
    let obj = match new_override {
        Some(f) => {
            let f = if f.kind() == Kind::StaticMethod {
                crate::descr::inner(f)
            } else {
                f
            };
            with_prepended(t.as_value(), args, |full| {
                let n = full.len() - kw.len();
                call(
                    f,
                    full,
                    Kw {
                        names: kw.names,
                        vals: &full[n..],
                    },
                )
            })?
        }
        None => {
            let init_override = lookup_heap(t, "__init__").is_some();
            let solid = solid_base(t);
            if solid.kind == Kind::Object
                && !init_override
                && (args.len() > kw.len() || !kw.is_empty())
            {
                return Err(type_error(format!("{}() takes no arguments", t.name())));
            }
            let npos = args.len() - kw.len();
            let pkw = if solid.kind == Kind::Object || solid.kind == Kind::Exception {
                Kw::NONE
            } else {
                kw
            };
            solid_new(t, &args[..npos], pkw)?
        }
    };
    if !obj.ty().is_subtype(t) {
        return Ok(obj);
    }
    if let Some(init) = lookup_heap(obj.ty(), "__init__") {
        let r = with_prepended(obj, args, |full| {
            let n = full.len() - kw.len();
            call(
                init,
                full,
                Kw {
                    names: kw.names,
                    vals: &full[n..],
                },
            )
        })?;
        if !r.is_none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                r.ty().name()
            )));
        }
    }
    Ok(obj)
}

// ---- Slots of heap types -------------------------------------------------

pub const HEAP_SLOTS: Slots = Slots {
    repr: Some(heap_repr),
    str: Some(heap_str),
    hash: Some(heap_hash),
    richcmp: Some(heap_richcmp_slot),
    binary: Some(heap_binary_slot),
    inplace: None,
    unary: Some(heap_unary),
    truthy: Some(heap_truthy),
    len: Some(heap_len),
    getitem: Some(heap_getitem),
    setitem: Some(heap_setitem),
    delitem: Some(heap_delitem),
    contains: Some(heap_contains),
    iter: Some(heap_iter),
    next: Some(heap_next),
    call: Some(heap_call),
    getattr: None,
    setattr: None,
    new: None,
};

fn m1(v: Value, name: &'static str) -> Option<PyResult<Value>> {
    lookup_heap(v.ty(), name).map(|f| call(f, &[v], Kw::NONE))
}

fn str_result(r: Value, what: &str) -> PyResult<Value> {
    if r.kind() != Kind::Str {
        return Err(type_error(format!(
            "{what} returned non-string (type {})",
            r.ty().name()
        )));
    }
    Ok(r)
}

fn heap_repr(v: Value) -> PyResult<Value> {
    if let Some(r) = m1(v, "__repr__") {
        return str_result(r?, "__repr__");
    }
    match solid_base(v.ty()).slots.repr {
        Some(f) => f(v),
        None => Ok(crate::str::new_str(&crate::ops::default_repr(v))),
    }
}

fn heap_str(v: Value) -> PyResult<Value> {
    if let Some(r) = m1(v, "__str__") {
        return str_result(r?, "__str__");
    }
    let solid = solid_base(v.ty());
    // Only str, bytes and exceptions have their own `__str__`; for other
    // builtin bases (int, float, list, ...) str() is repr(), which a
    // subclass may override.
    let own_str = matches!(
        solid.kind,
        Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Exception
    );
    if !own_str && lookup_heap(v.ty(), "__repr__").is_some() {
        return heap_repr(v);
    }
    if let Some(f) = solid.slots.str {
        return f(v);
    }
    heap_repr(v)
}

fn heap_hash(v: Value) -> PyResult<i64> {
    if let Some(f) = lookup_heap(v.ty(), "__hash__") {
        if f.is_none() {
            return Err(type_error(format!("unhashable type: '{}'", v.ty().name())));
        }
        let r = call(f, &[v], Kw::NONE)?;
        return match crate::int::as_i64(r) {
            Some(i) => Ok(if i == -1 { -2 } else { i }),
            None if r.kind() == Kind::Int => {
                let h = crate::ops::hash(r)?;
                Ok(h)
            }
            None => Err(type_error("__hash__ method should return an integer")),
        };
    }
    let solid = solid_base(v.ty());
    match solid.slots.hash {
        Some(f) => f(v),
        None => {
            if solid.unhashable {
                return Err(type_error(format!("unhashable type: '{}'", v.ty().name())));
            }
            let a = v.0 as u64;
            Ok(a.rotate_right(4) as i64)
        }
    }
}

fn cmp_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        _ => ("", ""),
    }
}

/// `self op other` via Python methods of self's class (NotImplemented if
/// there is none), falling back to the builtin base's comparison.
fn try_cmp(a: Value, b: Value, op: CmpOp, name: &'static str) -> PyResult<Value> {
    let t = a.ty();
    if !t.heap {
        return match t.slots.richcmp {
            Some(f) => f(a, b, op),
            None => Ok(not_implemented()),
        };
    }
    if let Some(f) = lookup_heap(t, name) {
        return call(f, &[a, b], Kw::NONE);
    }
    if op == CmpOp::Ne {
        if let Some(f) = lookup_heap(t, "__eq__") {
            let r = call(f, &[a, b], Kw::NONE)?;
            if r.is(not_implemented()) {
                return Ok(r);
            }
            return Ok(crate::value::bool_(!crate::ops::truthy(r)?));
        }
    }
    match solid_base(t).slots.richcmp {
        Some(f) => f(a, b, op),
        None => Ok(not_implemented()),
    }
}

/// Rich comparison when either operand's class is a heap type.
pub fn heap_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    let (name, rname) = cmp_names(op);
    let rop = match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    };
    let b_first =
        !std::ptr::eq(ta, tb) && tb.is_subtype(ta) && tb.heap && lookup_heap(tb, rname).is_some();
    if b_first {
        let r = try_cmp(b, a, rop, rname)?;
        if !r.is(not_implemented()) {
            return Ok(r);
        }
    }
    let r = try_cmp(a, b, op, name)?;
    if !r.is(not_implemented()) {
        return Ok(r);
    }
    if !b_first {
        let r = try_cmp(b, a, rop, rname)?;
        if !r.is(not_implemented()) {
            return Ok(r);
        }
    }
    Ok(not_implemented())
}

fn heap_richcmp_slot(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    heap_richcmp(a, b, op)
}

fn bin_names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

/// `a op b` through `a`'s class: a Python method, or the builtin base.
fn try_forward(op: BinOp, a: Value, b: Value, name: &'static str) -> PyResult<Value> {
    let t = a.ty();
    if t.heap {
        if let Some(f) = lookup_heap(t, name) {
            return call(f, &[a, b], Kw::NONE);
        }
        return match solid_base(t).slots.binary {
            Some(f) => f(op, a, b),
            None => Ok(not_implemented()),
        };
    }
    match t.slots.binary {
        Some(f) => f(op, a, b),
        None => Ok(not_implemented()),
    }
}

/// `a op b` through `b`'s class (the reflected operation).
fn try_reflected(op: BinOp, a: Value, b: Value, rname: &'static str) -> PyResult<Value> {
    let t = b.ty();
    if t.heap {
        if let Some(f) = lookup_heap(t, rname) {
            return call(f, &[b, a], Kw::NONE);
        }
        return match solid_base(t).slots.binary {
            Some(f) => f(op, a, b),
            None => Ok(not_implemented()),
        };
    }
    match t.slots.binary {
        Some(f) => f(op, a, b),
        None => Ok(not_implemented()),
    }
}

/// Binary (and in-place) operators when either operand is a heap type.
pub fn heap_binary(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let (ta, tb) = (a.ty(), b.ty());
    let (name, rname, iname) = bin_names(op);
    if inplace && ta.heap {
        if let Some(f) = lookup_heap(ta, iname) {
            let r = call(f, &[a, b], Kw::NONE)?;
            if !r.is(not_implemented()) {
                return Ok(r);
            }
        }
    }
    let same = std::ptr::eq(ta, tb);
    let b_first = !same && tb.is_subtype(ta) && tb.heap && lookup_heap(tb, rname).is_some();
    if b_first {
        let r = try_reflected(op, a, b, rname)?;
        if !r.is(not_implemented()) {
            return Ok(r);
        }
    }
    let r = try_forward(op, a, b, name)?;
    if !r.is(not_implemented()) {
        return Ok(r);
    }
    if !same && !b_first {
        let r = try_reflected(op, a, b, rname)?;
        if !r.is(not_implemented()) {
            return Ok(r);
        }
    }
    Ok(not_implemented())
}

fn heap_binary_slot(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    heap_binary(op, a, b, false)
}

fn heap_unary(op: UnaryOp, v: Value) -> PyResult<Value> {
    let name = match op {
        UnaryOp::Neg => "__neg__",
        UnaryOp::Pos => "__pos__",
        UnaryOp::Invert => "__invert__",
        UnaryOp::Not => return Ok(crate::value::bool_(!crate::ops::truthy(v)?)),
    };
    if let Some(r) = m1(v, name) {
        return r;
    }
    match solid_base(v.ty()).slots.unary {
        Some(f) => f(op, v),
        None => Ok(not_implemented()),
    }
}

fn heap_truthy(v: Value) -> PyResult<bool> {
    if let Some(r) = m1(v, "__bool__") {
        let r = r?;
        if r.kind() != Kind::Bool {
            return Err(type_error(format!(
                "__bool__ should return bool, returned {}",
                r.ty().name()
            )));
        }
        return Ok(r.is(crate::value::true_()));
    }
    if lookup_heap(v.ty(), "__len__").is_some() {
        return Ok(heap_len(v)? != 0);
    }
    let s = solid_base(v.ty());
    if let Some(f) = s.slots.truthy {
        return f(v);
    }
    if let Some(f) = s.slots.len {
        return Ok(f(v)? != 0);
    }
    Ok(true)
}

fn heap_len(v: Value) -> PyResult<usize> {
    if let Some(r) = m1(v, "__len__") {
        let r = r?;
        let Some(i) = crate::int::as_i64(r) else {
            if r.kind() == Kind::Int {
                return Err(exc::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                r.ty().name()
            )));
        };
        if i < 0 {
            return Err(exc::value_error("__len__() should return >= 0"));
        }
        return Ok(i as usize);
    }
    match solid_base(v.ty()).slots.len {
        Some(f) => f(v),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            v.ty().name()
        ))),
    }
}

fn heap_getitem(v: Value, k: Value) -> PyResult<Value> {
    if let Some(f) = lookup_heap(v.ty(), "__getitem__") {
        return call(f, &[v, k], Kw::NONE);
    }
    if v.kind() == Kind::Type {
        if let Some(f) = lookup_heap(v.cast::<TypeObject>(), "__class_getitem__") {
            let f = if f.kind() == Kind::ClassMethod {
                crate::descr::inner(f)
            } else {
                f
            };
            return call(f, &[v, k], Kw::NONE);
        }
    }
    match solid_base(v.ty()).slots.getitem {
        Some(f) => f(v, k),
        None => Err(type_error(format!(
            "'{}' object is not subscriptable",
            v.ty().name()
        ))),
    }
}

fn heap_setitem(v: Value, k: Value, x: Value) -> PyResult<()> {
    if let Some(f) = lookup_heap(v.ty(), "__setitem__") {
        call(f, &[v, k, x], Kw::NONE)?;
        return Ok(());
    }
    match solid_base(v.ty()).slots.setitem {
        Some(f) => f(v, k, x),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            v.ty().name()
        ))),
    }
}

fn heap_delitem(v: Value, k: Value) -> PyResult<()> {
    if let Some(f) = lookup_heap(v.ty(), "__delitem__") {
        call(f, &[v, k], Kw::NONE)?;
        return Ok(());
    }
    match solid_base(v.ty()).slots.delitem {
        Some(f) => f(v, k),
        None => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            v.ty().name()
        ))),
    }
}

fn heap_contains(v: Value, x: Value) -> PyResult<bool> {
    if let Some(f) = lookup_heap(v.ty(), "__contains__") {
        return crate::ops::truthy(call(f, &[v, x], Kw::NONE)?);
    }
    if lookup_heap(v.ty(), "__iter__").is_none() && lookup_heap(v.ty(), "__getitem__").is_none() {
        let s = solid_base(v.ty());
        if let Some(f) = s.slots.contains {
            return f(v, x);
        }
        if s.slots.iter.is_none() {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                v.ty().name()
            )));
        }
    }

    let it = heap_iter(v)?;
    while let Some(y) = crate::ops::next(it)? {
        if crate::ops::eq(y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn heap_iter(v: Value) -> PyResult<Value> {
    if let Some(f) = lookup_heap(v.ty(), "__iter__") {
        let it = call(f, &[v], Kw::NONE)?;
        let it_t = it.ty();
        let no_next = if it_t.heap {
            lookup_heap(it_t, "__next__").is_none() && solid_base(it_t).slots.next.is_none()
        } else {
            it_t.slots.next.is_none()
        };
        if no_next {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                it.ty().name()
            )));
        }
        return Ok(it);
    }
    if let Some(f) = solid_base(v.ty()).slots.iter {
        return f(v);
    }
    if lookup_heap(v.ty(), "__getitem__").is_some() {
        return Ok(crate::iter::new_seq_iter(v));
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        v.ty().name()
    )))
}

fn heap_next(v: Value) -> PyResult<Option<Value>> {
    if let Some(f) = lookup_heap(v.ty(), "__next__") {
        return match call(f, &[v], Kw::NONE) {
            Ok(x) => Ok(Some(x)),
            Err(e) => {
                if exc::pending_is(&exc::STOP_ITERATION) {
                    exc::take();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        };
    }
    match solid_base(v.ty()).slots.next {
        Some(f) => f(v),
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            v.ty().name()
        ))),
    }
}

fn heap_call(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(f) = lookup_heap(v.ty(), "__call__") {
        let mut full = vec![v];
        full.extend_from_slice(args);
        let n = full.len() - kw.len();
        return call(
            f,
            &full,
            Kw {
                names: kw.names,
                vals: &full[n..],
            },
        );
    }
    if v.kind() == Kind::Type {
        return crate::typeobj::type_call(v, args, kw);
    }
    match solid_base(v.ty()).slots.call {
        Some(f) => f(v, args, kw),
        None => Err(type_error(format!(
            "'{}' object is not callable",
            v.ty().name()
        ))),
    }
}
