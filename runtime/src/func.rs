//! Callables: Python functions (native or VM), builtin functions, bound
//! methods and cells; the generic call path and argument binding.
//!
//! Calling convention: a call site passes `args` (positional values, then
//! keyword values) and `kw.names`. For a Python function the runtime binds
//! them to the parameter list (`bind_args`) into one array of
//! `params.count()` words and calls the function's native entry
//! `extern "C" fn(func, args) -> Value` or, without one, the VM.

use crate::exc::{type_error, PyResult};
use crate::object::{new_obj, Kind, Kw, NativeFn, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use std::cell::Cell;

const _: () = assert!(std::mem::offset_of!(FuncObj, fast_nargs) == 8);
const _: () = assert!(std::mem::offset_of!(FuncObj, fast_entry) == 16);
const _: () = assert!(std::mem::offset_of!(FuncObj, globals) == 24);

pub type NativeEntry = unsafe extern "C" fn(Value, *const Value) -> Value;

#[repr(C)]
pub struct FuncObj {
    pub ob: Obj,
    /// For native code's direct calls (fixed offsets 8 and 16, read by
    /// generated code): the exact positional argument count with which a
    /// call may jump straight to `fast_entry`, or -1 when calls must go
    /// through `call_function` (VM-run code, generators, *args, **kwargs,
    /// keyword-only parameters).
    pub fast_nargs: i64,
    pub fast_entry: usize,
    /// The module globals dict (fixed offset 24, read by the inline
    /// global-load caches of generated code).
    pub globals: Value,
    /// Index into the program's function table.
    pub id: u32,
    pub code: &'static pyaot_ir::Function,
    pub entry: Option<NativeEntry>,
    /// Tuple of positional defaults (or NULL).
    pub defaults: Cell<Value>,
    /// Dict of keyword-only defaults (or NULL).
    pub kwdefaults: Cell<Value>,
    /// Tuple of cells (or NULL).
    pub closure: Value,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// Function attributes (`f.x = 1`), created on demand.
    pub dict: Cell<Value>,
    pub doc: Cell<Value>,
    /// The `__annotations__` dict (NULL until set or first read).
    pub annotations: Cell<Value>,
    /// `__module__` once assigned (NULL: the defining module's name).
    pub module: Cell<Value>,
}

#[repr(C)]
pub struct BuiltinObj {
    pub ob: Obj,
    pub name: &'static str,
    pub f: NativeFn,
    /// Bound `self` (NULL for plain functions and unbound methods).
    pub self_: Value,
    /// The type whose method this is (null for plain functions): an
    /// unbound method checks its first argument against it, as CPython's
    /// method descriptors do.
    pub owner: *const TypeObject,
}

#[repr(C)]
pub struct BoundMethodObj {
    pub ob: Obj,
    pub func: Value,
    pub self_: Value,
}

#[repr(C)]
pub struct CellObj {
    pub ob: Obj,
    pub v: Cell<Value>,
}

/// `function.__get__(obj, type=None)` binds (a function is a non-data
/// descriptor) and `function.__call__` calls.
static FUNCTION_METHODS: crate::object::MethodTable = &[
    ("__get__", |a, _| {
        crate::builtins::arity("__get__", &a[1..], 1, 2)?;
        if a[1].is_none() && a.get(2).map_or(true, |t| t.is_none()) {
            return Err(crate::exc::type_error("__get__(None, None) is invalid"));
        }
        if a[1].is_none() {
            return Ok(a[0]);
        }
        Ok(new_bound_method(a[0], a[1]))
    }),
    ("__call__", |a, kw| call(a[0], &a[1..], kw)),
];

static BUILTIN_METHODS: crate::object::MethodTable =
    &[("__call__", |a, kw| call(a[0], &a[1..], kw))];

#[export_name = "pyaot_function_type"]
pub static FUNCTION_TYPE: TypeObject = TypeObject::builtin(
    "function",
    Kind::Function,
    &OBJECT_TYPE,
    FUNCTION_METHODS,
    Slots {
        repr: Some(func_repr),
        call: Some(call_func_slot),
        getattr: Some(func_getattr),
        setattr: Some(func_setattr),
        ..Slots::EMPTY
    },
)
.final_();
pub static BUILTIN_TYPE: TypeObject = TypeObject::builtin(
    "builtin_function_or_method",
    Kind::Builtin,
    &OBJECT_TYPE,
    BUILTIN_METHODS,
    Slots {
        repr: Some(builtin_repr),
        call: Some(call_builtin_slot),
        getattr: Some(builtin_getattr),
        ..Slots::EMPTY
    },
)
.final_();
pub static METHOD_TYPE: TypeObject = TypeObject::builtin(
    "method",
    Kind::BoundMethod,
    &OBJECT_TYPE,
    &[],
    Slots {
        repr: Some(method_repr),
        call: Some(call_method_slot),
        new: Some(method_new),
        getattr: Some(method_getattr),
        richcmp: Some(method_richcmp),
        hash: Some(|v| {
            let m = v.cast::<BoundMethodObj>();
            Ok(crate::ops::hash(m.func)? ^ (m.self_.0 as i64 >> 4))
        }),
        ..Slots::EMPTY
    },
)
.final_();
pub static CELL_TYPE: TypeObject = TypeObject::builtin(
    "cell",
    Kind::Cell,
    &OBJECT_TYPE,
    &[],
    Slots {
        getattr: Some(|v, name| {
            if name != "cell_contents" {
                return Ok(None);
            }
            let x = v.cast::<CellObj>().v.get();
            if x.is_null() {
                return Err(crate::exc::value_error("Cell is empty"));
            }
            Ok(Some(x))
        }),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_builtin(name: &'static str, f: NativeFn, self_: Value) -> Value {
    new_method(name, f, self_, std::ptr::null())
}

/// A method of the builtin type `owner`, unbound (`self_` NULL) or bound.
pub fn new_method(
    name: &'static str,
    f: NativeFn,
    self_: Value,
    owner: *const TypeObject,
) -> Value {
    new_obj(BuiltinObj {
        ob: Obj {
            ty: crate::method_types::type_for(name, self_, owner),
        },
        name,
        f,
        self_,
        owner,
    })
}
/// `types.MethodType(func, instance)`.
fn method_new(_ty: &'static TypeObject, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(crate::exc::type_error(
            "method() takes no keyword arguments",
        ));
    }
    let [func, inst] = args else {
        return Err(crate::exc::type_error(format!(
            "method expected 2 arguments, got {}",
            args.len()
        )));
    };
    if !crate::builtins::callable_value(*func) {
        return Err(crate::exc::type_error("first argument must be callable"));
    }
    if inst.is_none() {
        return Err(crate::exc::type_error("instance must not be None"));
    }
    Ok(new_bound_method(*func, *inst))
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    new_obj(BoundMethodObj {
        ob: Obj { ty: &METHOD_TYPE },
        func,
        self_,
    })
}
pub fn new_cell(v: Value) -> Value {
    new_obj(CellObj {
        ob: Obj { ty: &CELL_TYPE },
        v: Cell::new(v),
    })
}

fn func_repr(v: Value) -> PyResult<Value> {
    let f = v.cast::<FuncObj>();
    let q = crate::str::as_str(f.qualname.get());
    Ok(crate::str::new_str(&format!(
        "<function {} at {:#x}>",
        q, v.0
    )))
}
/// `__name__`, `__qualname__`, `__self__` and `__module__` of builtin
/// functions and methods.
pub(crate) fn builtin_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let b = v.cast::<BuiltinObj>();
    let plain = b.self_.is_null() || b.self_.kind() == Kind::Module;
    Ok(match name {
        "__name__" => Some(crate::str::new_str(b.name)),
        "__qualname__" if b.self_.is_null() && !b.owner.is_null() => Some(crate::str::from_string(
            format!("{}.{}", unsafe { (*b.owner).name() }, b.name),
        )),
        "__objclass__" if b.self_.is_null() && !b.owner.is_null() => Some(Value::from_ptr(b.owner)),
        "__qualname__" if plain => Some(crate::str::new_str(b.name)),
        "__qualname__" => {
            let owner = if b.self_.kind() == Kind::Type {
                b.self_.cast::<TypeObject>().name()
            } else {
                b.self_.ty().name()
            };
            Some(crate::str::from_string(format!("{owner}.{}", b.name)))
        }
        "__self__" if !b.self_.is_null() => Some(b.self_),
        "__module__" if plain => Some(crate::str::new_str("builtins")),
        "__doc__" => Some(none()),
        _ => None,
    })
}

pub(crate) fn builtin_repr(v: Value) -> PyResult<Value> {
    let b = v.cast::<BuiltinObj>();
    if let Some(r) = crate::method_types::wrapper_repr(v, b.name, b.self_, b.owner) {
        return Ok(crate::str::from_string(r));
    }
    if b.self_.is_null() && !b.owner.is_null() {
        Ok(crate::str::new_str(&format!(
            "<method '{}' of '{}' objects>",
            b.name,
            unsafe { (*b.owner).name() }
        )))
    } else if b.self_.is_null() || b.self_.kind() == Kind::Module {
        Ok(crate::str::new_str(&format!(
            "<built-in function {}>",
            b.name
        )))
    } else {
        Ok(crate::str::new_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            b.self_.ty().name(),
            b.self_.0
        )))
    }
}
fn method_repr(v: Value) -> PyResult<Value> {
    let m = v.cast::<BoundMethodObj>();
    let fname = crate::ops::getattr_str(m.func, "__qualname__")?;
    let srepr = crate::ops::repr_string(m.self_)?;
    Ok(crate::str::new_str(&format!(
        "<bound method {} of {}>",
        crate::str::as_str(fname),
        srepr
    )))
}

fn method_richcmp(a: Value, b: Value, op: pyaot_ir::CmpOp) -> PyResult<Value> {
    use pyaot_ir::CmpOp;
    if b.kind() != Kind::BoundMethod || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(crate::value::not_implemented());
    }
    let (x, y) = (a.cast::<BoundMethodObj>(), b.cast::<BoundMethodObj>());
    let same = x.func.is(y.func) && x.self_.is(y.self_);
    Ok(crate::value::bool_(if op == CmpOp::Eq {
        same
    } else {
        !same
    }))
}

fn method_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let m = v.cast::<BoundMethodObj>();
    match name {
        "__self__" => Ok(Some(m.self_)),
        "__func__" => Ok(Some(m.func)),
        _ => crate::ops::getattr_opt(m.func, crate::str::new_str(name)),
    }
}

fn func_setattr(v: Value, name: Value, x: Value) -> PyResult<()> {
    let f = v.cast::<FuncObj>();
    let n = crate::str::as_str(name);
    let or_null = |x: Value| if x.is_none() { Value::NULL } else { x };
    match n {
        "__name__" | "__qualname__" => {
            if x.kind() != Kind::Str {
                return Err(type_error(format!("{n} must be set to a string object")));
            }
            if n == "__name__" {
                f.name.set(x)
            } else {
                f.qualname.set(x)
            }
        }
        "__doc__" => f.doc.set(if x.is_null() { none() } else { x }),
        "__module__" => f.module.set(if x.is_null() { none() } else { x }),
        "__defaults__" => f.defaults.set(or_null(x)),
        "__kwdefaults__" => f.kwdefaults.set(or_null(x)),
        "__annotations__" => {
            if !x.is_null() && !x.is_none() && x.kind() != Kind::Dict {
                return Err(type_error("__annotations__ must be set to a dict object"));
            }
            f.annotations.set(or_null(x))
        }
        _ => {
            let d = func_dict(f);
            if x.is_null() {
                return crate::dict::dict_del(d, name);
            }
            return crate::dict::dict_set(d, name, x);
        }
    }
    Ok(())
}

fn func_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let f = v.cast::<FuncObj>();
    Ok(match name {
        "__name__" => Some(f.name.get()),
        "__qualname__" => Some(f.qualname.get()),
        "__doc__" => Some(f.doc.get()),
        "__module__" => Some(if f.module.get().is_null() {
            crate::str::new_str(&f.code.module)
        } else {
            f.module.get()
        }),
        "__code__" => Some(crate::traceback::code_object(f.id)),
        "__defaults__" => Some(if f.defaults.get().is_null() {
            none()
        } else {
            f.defaults.get()
        }),
        "__kwdefaults__" => Some(if f.kwdefaults.get().is_null() {
            none()
        } else {
            f.kwdefaults.get()
        }),
        "__globals__" => Some(f.globals),
        "__closure__" => Some(if f.closure.is_null() {
            none()
        } else {
            f.closure
        }),

        "__dict__" => Some(func_dict(f)),
        "__annotations__" => {
            if f.annotations.get().is_null() {
                f.annotations.set(crate::dict::new_dict());
            }
            Some(f.annotations.get())
        }
        _ => {
            let d = f.dict.get();
            if d.is_null() {
                None
            } else {
                crate::dict::dict_get_str(d, crate::str::new_str(name))
            }
        }
    })
}

pub fn func_dict(f: &FuncObj) -> Value {
    if f.dict.get().is_null() {
        f.dict.set(crate::dict::new_dict());
    }
    f.dict.get()
}

fn call_func_slot(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    call_function(v, args, kw)
}
/// Rust-implemented callables receive positional arguments only; keyword
/// values (the tail of a vectorcall `args`) come in `kw`.
#[inline]
pub fn positional<'a>(args: &'a [Value], kw: &Kw) -> &'a [Value] {
    &args[..args.len() - kw.len()]
}

pub(crate) fn call_builtin_slot(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = v.cast::<BuiltinObj>();
    let args = positional(args, &kw);

    if b.self_.is_null() {
        if !b.owner.is_null() {
            check_descr_self(b, args)?;
        }
        (b.f)(args, kw)
    } else {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(b.self_);
        full.extend_from_slice(args);
        (b.f)(&full, kw)
    }
}
/// The checks of CPython's method descriptors on an unbound call
/// `T.m(x, ...)`: there is a first argument and it is a `T`.
fn check_descr_self(b: &BuiltinObj, args: &[Value]) -> PyResult<()> {
    let owner = unsafe { &*b.owner };
    match args.first() {
        None => Err(crate::exc::type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner.name(),
            b.name
        ))),
        Some(v) if !std::ptr::eq(v.ty(), owner) && !v.ty().is_subtype(owner) => {
            Err(crate::exc::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                owner.name(),
                v.ty().name()
            )))
        }
        Some(_) => Ok(()),
    }
}

fn call_method_slot(v: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = v.cast::<BoundMethodObj>();
    call_with_self(m.func, m.self_, args, kw)
}

/// Call `func(self_, *args, **kw)`.
pub fn call_with_self(func: Value, self_: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut full: smallvec_like::SmallArgs = smallvec_like::SmallArgs::new();
    full.push(self_);
    full.extend(args);
    call(func, full.as_slice(), kw)
}

/// Call any callable object.
pub fn call(f: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    if f.is_small() {
        return Err(type_error("'int' object is not callable"));
    }
    match f.kind() {
        Kind::Function => call_function(f, args, kw),
        Kind::Builtin => call_builtin_slot(f, args, kw),
        _ => {
            let t = f.ty();
            match find_call_slot(t) {
                Some(c) => c(f, args, kw),
                None => Err(type_error(format!("'{}' object is not callable", t.name()))),
            }
        }
    }
}

fn find_call_slot(t: &TypeObject) -> Option<fn(Value, &[Value], Kw) -> PyResult<Value>> {
    let mut b: *const TypeObject = t;
    while !b.is_null() {
        let bt = unsafe { &*b };
        if let Some(c) = bt.slots.call {
            return Some(c);
        }
        b = bt.base.get();
    }
    None
}

/// Call a Python function object.
pub fn call_function(fv: Value, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = fv.cast::<FuncObj>();
    let p = &f.code.params;
    let n = p.count();
    // Fast path: exact positional arguments.
    if kw.is_empty()
        && p.varargs.is_none()
        && p.varkw.is_none()
        && p.nkwonly == 0
        && args.len() == p.npos as usize
    {
        return invoke(fv, f, args);
    }
    let mut bound = vec![Value::NULL; n];
    bind_args(f, args, kw, &mut bound)?;
    invoke(fv, f, &bound)
}

/// Run the function body with already-bound arguments.
#[inline]
pub fn invoke(fv: Value, f: &FuncObj, bound: &[Value]) -> PyResult<Value> {
    let r = match f.entry {
        Some(e) => unsafe { e(fv, bound.as_ptr()) },
        None => crate::vm::run_function(fv, bound),
    };
    if r.is_null() {
        Err(crate::exc::PyErr)
    } else {
        Ok(r)
    }
}

fn fname(f: &FuncObj) -> &str {
    crate::str::as_str(f.qualname.get())
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => {
            let (last, rest) = names.split_last().unwrap();
            format!("{}, and {}", rest.join(", "), last)
        }
    }
}

/// Bind call arguments to parameter slots, with CPython's error messages.
pub fn bind_args(f: &FuncObj, args: &[Value], kw: Kw, out: &mut [Value]) -> PyResult<()> {
    let p = &f.code.params;
    let npos = p.npos as usize;
    let nkwonly = p.nkwonly as usize;
    let nposargs = args.len() - kw.len();
    let posargs = &args[..nposargs];
    let kwvals = &args[nposargs..];
    let var_idx = npos;
    let kwonly_base = npos + p.varargs.is_some() as usize;
    let varkw_idx = kwonly_base + nkwonly;
    // Positional.
    for (i, a) in posargs.iter().take(npos).enumerate() {
        out[i] = *a;
    }
    if nposargs > npos {
        if p.varargs.is_some() {
            out[var_idx] = crate::tuple::tuple_from_slice(&posargs[npos..]);
        } else {
            let defaults = f.defaults.get();
            let ndef = if defaults.is_null() {
                0
            } else {
                crate::tuple::items(defaults).len()
            };
            let kwgiven = kw
                .iter()
                .filter(|(n, _)| p.names[npos..].iter().any(|pn| pn == n))
                .count();
            let takes = if ndef > 0 {
                format!("from {} to {}", npos - ndef, npos)
            } else {
                format!("{npos}")
            };
            let s = if npos == 1 && ndef == 0 { "" } else { "s" };
            let given = if kwgiven > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    nposargs,
                    if nposargs == 1 { "" } else { "s" },
                    kwgiven,
                    if kwgiven == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{} {} given",
                    nposargs,
                    if nposargs == 1 { "was" } else { "were" }
                )
            };
            return Err(type_error(format!(
                "{}() takes {} positional argument{} but {}",
                fname(f),
                takes,
                s,
                given
            )));
        }
    } else if p.varargs.is_some() {
        out[var_idx] = crate::tuple::new_tuple(vec![]);
    }
    // Keywords.
    let mut extra: Option<Value> = None;
    let mut posonly_kw: Vec<String> = Vec::new();
    for (name, val) in kw.iter() {
        let idx = p.names.iter().position(|pn| pn == name);
        match idx {
            Some(i) if i >= p.posonly as usize => {
                let slot = if i < npos {
                    i
                } else {
                    kwonly_base + (i - npos)
                };
                if !out[slot].is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        fname(f),
                        name
                    )));
                }
                out[slot] = val;
            }
            _ => {
                if p.varkw.is_some() {
                    let d = *extra.get_or_insert_with(crate::dict::new_dict);
                    crate::dict::dict_set(d, crate::str::new_str(name), val)?;
                } else if idx.is_some() {
                    posonly_kw.push(name.to_string());
                } else {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname(f),
                        name
                    )));
                }
            }
        }
    }
    let _ = kwvals;
    if !posonly_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(f),
            posonly_kw.join(", ")
        )));
    }
    if p.varkw.is_some() {
        out[varkw_idx] = extra.unwrap_or_else(crate::dict::new_dict);
    }
    // Defaults for positional parameters.
    let defaults = f.defaults.get();
    let defs: &[Value] = if defaults.is_null() {
        &[]
    } else {
        crate::tuple::items(defaults)
    };
    let first_def = npos - defs.len().min(npos);
    let mut missing = Vec::new();
    for i in 0..npos {
        if out[i].is_null() {
            if i >= first_def {
                out[i] = defs[i - first_def];
            } else {
                missing.push(format!("'{}'", p.names[i]));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    let kwdefaults = f.kwdefaults.get();
    for j in 0..nkwonly {
        let slot = kwonly_base + j;
        if out[slot].is_null() {
            let name = &p.names[npos + j];
            let d = if kwdefaults.is_null() {
                None
            } else {
                crate::dict::dict_get_str(kwdefaults, crate::str::new_str(name))
            };
            match d {
                Some(v) => out[slot] = v,
                None => missing.push(format!("'{name}'")),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            fname(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    Ok(())
}

/// A tiny inline-first argument buffer, to avoid heap allocation for the
/// common case of few arguments.
pub mod smallvec_like {
    use crate::value::Value;
    pub struct SmallArgs {
        inline: [Value; 8],
        len: usize,
        heap: Vec<Value>,
    }
    impl SmallArgs {
        pub fn new() -> Self {
            SmallArgs {
                inline: [Value::NULL; 8],
                len: 0,
                heap: Vec::new(),
            }
        }
        pub fn push(&mut self, v: Value) {
            if self.heap.is_empty() && self.len < 8 {
                self.inline[self.len] = v;
                self.len += 1;
            } else {
                if self.heap.is_empty() {
                    self.heap.extend_from_slice(&self.inline[..self.len]);
                }
                self.heap.push(v);
            }
        }
        pub fn extend(&mut self, vs: &[Value]) {
            for v in vs {
                self.push(*v);
            }
        }
        pub fn as_slice(&self) -> &[Value] {
            if self.heap.is_empty() {
                &self.inline[..self.len]
            } else {
                &self.heap
            }
        }
    }
    impl Default for SmallArgs {
        fn default() -> Self {
            Self::new()
        }
    }
}
