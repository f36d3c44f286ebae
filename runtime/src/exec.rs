//! Operations of the IR that are more than one protocol call, shared by the
//! native ABI (`abi.rs`) and the VM (`vm.rs`) so both executors behave
//! identically.

use crate::exc::{self, type_error, PyResult};
use crate::func::{CellObj, FuncObj};
use crate::object::{Kind, Kw, TypeObject};
use crate::value::{none, Value};

pub fn unbound_error(name: Value, kind: u32) -> exc::PyErr {
    let n = crate::str::as_str(name);
    if kind == 0 {
        // CPython leaves `UnboundLocalError.name` unset.
        exc::raise(
            &exc::UNBOUND_LOCAL_ERROR,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    } else {
        crate::exc_attrs::raise_name_error(
            &exc::NAME_ERROR,
            name,
            format!(
                "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

/// `NameError: name 'x' is not defined`, with `.name` set.
pub fn not_defined(name: Value) -> exc::PyErr {
    crate::exc_attrs::raise_name_error(
        &exc::NAME_ERROR,
        name,
        format!("name '{}' is not defined", crate::str::as_str(name)),
    )
}

#[inline]
pub fn globals_of(func: Value) -> Value {
    func.cast::<FuncObj>().globals
}

pub fn load_global(func: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = crate::dict::dict_get_str(globals_of(func), name) {
        return Ok(v);
    }
    if let Some(v) = crate::builtins::lookup(name) {
        return Ok(v);
    }
    Err(not_defined(name))
}

/// A global-load inline cache (five words per site; generated code reads
/// the same layout inline). A hit needs `dict` to be the function's globals
/// with `gver` still its version, and `*verp == ver`; the value is then
/// `*valp`. `valp` points into the dict entry that holds the name (globals
/// or builtins): a store to an existing key updates that word in place, and
/// any insertion, deletion or resize bumps the owning dict's version. For a
/// name found in globals `verp` points at a constant zero word; for a
/// builtin it points at the builtins dict's version.
#[repr(C)]
pub struct GlobalIc {
    dict: Value,
    gver: u64,
    valp: *const Value,
    verp: *const u64,
    ver: u64,
}

static ZERO_WORD: u64 = 0;

pub fn load_global_ic(func: Value, name: Value, ic: &mut GlobalIc) -> PyResult<Value> {
    let g = globals_of(func);
    let t = crate::dict::table(g);
    if ic.dict.is(g) && ic.gver == t.version && unsafe { *ic.verp } == ic.ver {
        return Ok(unsafe { *ic.valp });
    }
    if let Some(ix) = crate::dict::index_of_str(g, name) {
        let t = crate::dict::table(g);
        *ic = GlobalIc {
            dict: g,
            gver: t.version,
            valp: &t.entries[ix].value,
            verp: &ZERO_WORD,
            ver: 0,
        };
        return Ok(t.entries[ix].value);
    }
    let b = crate::builtins::builtins_dict();
    if let Some(bix) = crate::dict::index_of_str(b, name) {
        let t = crate::dict::table(g);
        let bt = crate::dict::table(b);
        *ic = GlobalIc {
            dict: g,
            gver: t.version,
            valp: &bt.entries[bix].value,
            verp: &bt.version,
            ver: bt.version,
        };
        return Ok(bt.entries[bix].value);
    }
    load_global(func, name)
}

pub fn store_global(func: Value, name: Value, v: Value) -> PyResult<()> {
    crate::dict::dict_set(globals_of(func), name, v)
}

pub fn del_global(func: Value, name: Value) -> PyResult<()> {
    let g = globals_of(func);
    if crate::dict::dict_get_str(g, name).is_none() {
        return Err(not_defined(name));
    }
    crate::dict::dict_del(g, name)
}

/// Is `ns` an exact dict (class namespaces from `__prepare__` may be any
/// mapping, whose own `__getitem__`/`__setitem__` must run)?
fn exact_dict(ns: Value) -> bool {
    ns.kind() == Kind::Dict && !ns.ty().heap
}

/// Class bodies: `name` from the namespace, else global, else builtin.
pub fn load_name(func: Value, ns: Value, name: Value) -> PyResult<Value> {
    if exact_dict(ns) {
        if let Some(v) = crate::dict::dict_get_str(ns, name) {
            return Ok(v);
        }
    } else {
        match crate::ops::getitem(ns, name) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if !exc::pending_is(&exc::KEY_ERROR) {
                    return Err(e);
                }
                let _ = exc::take();
            }
        }
    }
    load_global(func, name)
}

/// Class bodies: `namespace[name] = v`.
pub fn store_name(ns: Value, name: Value, v: Value) -> PyResult<()> {
    if exact_dict(ns) {
        return crate::dict::dict_set(ns, name, v);
    }
    crate::ops::setitem(ns, name, v)
}

/// Class bodies: `del namespace[name]`, NameError if absent.
pub fn del_name(ns: Value, name: Value) -> PyResult<()> {
    let missing = || not_defined(name);
    if exact_dict(ns) {
        if crate::dict::dict_get_str(ns, name).is_none() {
            return Err(missing());
        }
        return crate::dict::dict_del(ns, name);
    }
    match crate::ops::delitem(ns, name) {
        Ok(()) => Ok(()),
        Err(e) => {
            if !exc::pending_is(&exc::KEY_ERROR) {
                return Err(e);
            }
            let _ = exc::take();
            Err(missing())
        }
    }
}

pub fn load_builtin(name: Value) -> PyResult<Value> {
    crate::builtins::lookup(name).ok_or_else(|| not_defined(name))
}

pub fn make_slice(lo: Value, hi: Value, step: Value) -> Value {
    let n = |x: Value| if x.is_null() { none() } else { x };
    crate::slice::new_slice(n(lo), n(hi), n(step))
}

/// Call with the vectorcall convention: keyword values at the end of `all`.
pub fn call_kwnames(func: Value, all: &[Value], kwnames: Value) -> PyResult<Value> {
    let names = if kwnames.is_null() {
        &[][..]
    } else {
        crate::tuple::items(kwnames)
    };
    let npos = all.len() - names.len();
    crate::func::call(
        func,
        all,
        Kw {
            names,
            vals: &all[npos..],
        },
    )
}

/// `func(*args, **kwargs)`.
pub fn call_ex(func: Value, args: Value, kwargs: Value) -> PyResult<Value> {
    let pos = if args.kind() == Kind::Tuple {
        crate::tuple::items(args).to_vec()
    } else {
        crate::ops::collect(args)?
    };
    if kwargs.is_null() || kwargs.is_none() {
        // Python functions take keywords after positionals in one slice.
        return crate::func::call(func, &pos, Kw::NONE);
    }
    let mut names = Vec::new();
    let mut all = pos;
    for (k, v) in crate::dict::dict_items(kwargs) {
        if k.kind() != Kind::Str {
            return Err(type_error("keywords must be strings"));
        }
        names.push(k);
        all.push(v);
    }
    let npos = all.len() - names.len();
    crate::func::call(
        func,
        &all,
        Kw {
            names: &names,
            vals: &all[npos..],
        },
    )
}

pub fn build_dict(kv: &[Value]) -> PyResult<Value> {
    let d = crate::dict::new_dict();
    for pair in kv.chunks(2) {
        crate::dict::dict_set(d, pair[0], pair[1])?;
    }
    Ok(d)
}

pub fn build_string(parts: &[Value]) -> Value {
    let mut s = String::new();
    for p in parts {
        s.push_str(crate::str::as_str(*p));
    }
    crate::str::from_string(s)
}

/// f-string `{value!conv:spec}`.
pub fn format_value(v: Value, conv: u32, spec: Value) -> PyResult<Value> {
    let v = match conv {
        0 => v,
        0x73 => crate::ops::str(v)?,
        0x72 => crate::ops::repr(v)?,
        0x61 => crate::builtins::ascii(v)?,
        _ => v,
    };
    let spec_s = if spec.is_null() {
        ""
    } else {
        crate::str::as_str(spec)
    };
    if spec_s.is_empty() && v.kind() == Kind::Str && !v.ty().heap {
        return Ok(v);
    }
    crate::format::format(v, spec_s)
}

/// `[*it]`; for `f(*it)` (`call_func` non-NULL) a non-iterable raises
/// CPython's "f() argument after * must be an iterable" TypeError.
pub fn list_extend(list: Value, it: Value, call_func: Value) -> PyResult<()> {
    if !call_func.is_null() && !crate::ops::is_iterable(it) {
        return Err(type_error(format!(
            "{} argument after * must be an iterable, not {}",
            function_str(call_func),
            it.ty().name()
        )));
    }
    let items = crate::ops::collect(it)?;
    crate::list::items_mut(list).extend(items);
    Ok(())
}

pub fn set_update(set: Value, it: Value) -> PyResult<()> {
    crate::set::set_update(set, it)
}

/// CPython's `_PyObject_FunctionStr`: how call errors name the callee
/// (`len()`, `__main__.f()`, `__main__.C.m()`).
pub fn function_str(f: Value) -> String {
    let attr = |name: &str| -> Option<String> {
        let v = crate::ops::getattr_str(f, name).ok().or_else(|| {
            crate::exc::take();
            None
        })?;
        crate::str::str_opt(v).map(|s| s.to_string())
    };
    let Some(qual) = attr("__qualname__") else {
        return format!("{} object", f.ty().name());
    };
    match attr("__module__") {
        Some(m) if m != "builtins" => format!("{m}.{qual}()"),
        _ => format!("{qual}()"),
    }
}

/// `{**m}` (`call_func` NULL) or the `**m` keyword arguments of a call to
/// `call_func`, where duplicate keys and non-mappings raise TypeError.
pub fn dict_update(d: Value, m: Value, call_func: Value) -> PyResult<()> {
    let merge = !call_func.is_null();
    if m.kind() != Kind::Dict {
        if merge && !crate::ops::has_attr_str(m, "keys") {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(call_func),
                m.ty().name()
            )));
        }
        if merge {
            let keys = crate::ops::call_method_str(m, "keys", &[])?;
            for k in crate::ops::collect(keys)? {
                let v = crate::ops::getitem(m, k)?;
                if crate::dict::dict_get(d, k)?.is_some() {
                    return Err(duplicate_kwarg(call_func, k));
                }
                crate::dict::dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let keys = crate::ops::call_method_str(m, "keys", &[])?;
        for k in crate::ops::collect(keys)? {
            let v = crate::ops::getitem(m, k)?;
            crate::dict::dict_set(d, k, v)?;
        }
        return Ok(());
    }
    for (k, v) in crate::dict::dict_items(m) {
        if merge && crate::dict::dict_get(d, k)?.is_some() {
            return Err(duplicate_kwarg(call_func, k));
        }
        crate::dict::dict_set(d, k, v)?;
    }
    Ok(())
}

fn duplicate_kwarg(call_func: Value, k: Value) -> crate::exc::PyErr {
    match crate::str::str_opt(k) {
        Some(name) => type_error(format!(
            "{} got multiple values for keyword argument '{name}'",
            function_str(call_func)
        )),
        None => type_error("keywords must be strings"),
    }
}

/// Unpack an iterable into `out` (with an optional starred target).
pub fn unpack(src: Value, out: &mut [Value], star: Option<usize>) -> PyResult<()> {
    let n = out.len();
    // Exact tuples and lists of the right length: no intermediate copy.
    if star.is_none() && src.is_obj() {
        let items = match src.kind() {
            Kind::Tuple => Some(crate::tuple::items(src)),
            Kind::List => Some(crate::list::items(src)),
            _ => None,
        };
        if let Some(items) = items.filter(|it| it.len() == n) {
            out.copy_from_slice(items);
            return Ok(());
        }
    }
    let items: Vec<Value> = match src.kind() {
        Kind::Tuple | Kind::List => {
            if src.kind() == Kind::Tuple {
                crate::tuple::items(src).to_vec()
            } else {
                crate::list::items(src).to_vec()
            }
        }
        _ => {
            if src.ty().slots.iter.is_none() && src.ty().slots.getitem.is_none() {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    src.ty().name()
                )));
            }
            if star.is_none() {
                // Stop after n + 1 items, as CPython does.
                let it = crate::ops::iter(src)?;
                let mut v = Vec::with_capacity(n);
                while let Some(x) = crate::ops::next(it)? {
                    v.push(x);
                    if v.len() > n {
                        return Err(exc::value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                }
                v
            } else {
                crate::ops::collect(src)?
            }
        }
    };
    match star {
        None => {
            if items.len() < n {
                return Err(exc::value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                )));
            }
            if items.len() > n {
                return Err(exc::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            out.copy_from_slice(&items);
        }
        Some(s) => {
            let after = n - s - 1;
            if items.len() < n - 1 {
                return Err(exc::value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n - 1,
                    items.len()
                )));
            }
            out[..s].copy_from_slice(&items[..s]);
            let mid_end = items.len() - after;
            out[s] = crate::list::new_list(items[s..mid_end].to_vec());
            out[s + 1..].copy_from_slice(&items[mid_end..]);
        }
    }
    Ok(())
}

pub fn make_function(
    cur: Value,
    id: u32,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    let globals = cur.cast::<FuncObj>().globals;
    crate::program::new_function(id, globals, defaults, kwdefaults, closure)
}

pub fn cell_get(cell: Value, name: Value, kind: u32) -> PyResult<Value> {
    let v = cell.cast::<CellObj>().v.get();
    if v.is_null() {
        return Err(unbound_error(name, kind));
    }
    Ok(v)
}

pub fn load_closure(func: Value, idx: u32) -> Value {
    crate::tuple::items(func.cast::<FuncObj>().closure)[idx as usize]
}

/// Enter an exception handler: take the in-flight exception and make it the
/// handled one. Returns (exception, previously handled exception).
pub fn catch() -> (Value, Value) {
    let e = exc::take();
    let saved = exc::handled();
    exc::set_handled(e);
    (e, saved)
}

/// Does exception `e` match `typ` (a class or a tuple of classes)?
pub fn exc_match(e: Value, typ: Value) -> PyResult<bool> {
    if typ.kind() == Kind::Tuple {
        for t in crate::tuple::items(typ) {
            if exc_match(e, *t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if typ.kind() != Kind::Type || !typ.cast::<TypeObject>().is_subtype(&exc::BASE_EXCEPTION) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    Ok(e.ty().is_subtype(typ.cast::<TypeObject>()))
}

/// `raise exc from cause` (exc NULL: bare `raise`). Always leaves an
/// exception pending.
pub fn raise(e: Value, cause: Value) -> exc::PyErr {
    if e.is_null() {
        let h = exc::handled();
        if h.is_null() {
            return exc::runtime_error("No active exception to reraise");
        }
        exc::set_pending(h);
        return exc::PyErr;
    }
    let inst = if e.kind() == Kind::Type {
        let t = e.cast::<TypeObject>();
        if !t.is_subtype(&exc::BASE_EXCEPTION) {
            return type_error("exceptions must derive from BaseException");
        }
        match crate::func::call(e, &[], Kw::NONE) {
            Ok(v) => v,
            Err(err) => return err,
        }
    } else {
        e
    };
    if inst.kind() != Kind::Exception {
        return type_error("exceptions must derive from BaseException");
    }
    if !cause.is_null() {
        let c = if cause.kind() == Kind::Type {
            match crate::func::call(cause, &[], Kw::NONE) {
                Ok(v) => v,
                Err(err) => return err,
            }
        } else {
            cause
        };
        if !c.is_none() && c.kind() != Kind::Exception {
            return type_error("exception causes must derive from BaseException");
        }
        let eo = inst.cast::<exc::ExcObj>();
        eo.cause.set(c);
        eo.suppress_context.set(true);
    }
    exc::raise_value(inst)
}
