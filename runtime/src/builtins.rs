//! The builtins namespace: builtin types, exceptions and functions.
//!
//! Functions are grouped by area in their own files (`numbuiltins.rs`,
//! `seqbuiltins.rs`); this file holds the core ones (print, repr, type,
//! isinstance, attribute functions, I/O) and builds the namespace dict on
//! first use.

use crate::exc::{self, type_error, PyResult};
use crate::object::{Kind, Kw, NativeFn, TypeObject};
use crate::value::{bool_, none, Value};

static mut BUILTINS: Value = Value::NULL;

fn types() -> Vec<&'static TypeObject> {
    vec![
        &crate::object::OBJECT_TYPE,
        &crate::typeobj::TYPE_TYPE,
        &crate::int::INT_TYPE,
        &crate::object::BOOL_TYPE,
        &crate::float::FLOAT_TYPE,
        &crate::complex::COMPLEX_TYPE,
        &crate::str::STR_TYPE,
        &crate::bytes::BYTES_TYPE,
        &crate::bytes::BYTEARRAY_TYPE,
        &crate::memoryview::MEMORYVIEW_TYPE,
        &crate::list::LIST_TYPE,
        &crate::tuple::TUPLE_TYPE,
        &crate::dict::DICT_TYPE,
        &crate::set::SET_TYPE,
        &crate::set::FROZENSET_TYPE,
        &crate::range::RANGE_TYPE,
        &crate::slice::SLICE_TYPE,
        &crate::iter::ENUMERATE_TYPE,
        &crate::iter::ZIP_TYPE,
        &crate::iter::MAP_TYPE,
        &crate::iter::FILTER_TYPE,
        &crate::iter::REVERSED_TYPE,
        &crate::descr::PROPERTY_TYPE,
        &crate::descr::STATICMETHOD_TYPE,
        &crate::descr::CLASSMETHOD_TYPE,
        &crate::descr::SUPER_TYPE,
    ]
}

static CORE: &[(&str, NativeFn)] = &[
    ("print", print),
    ("repr", repr),
    ("ascii", ascii_fn),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("callable", callable),
    ("id", id),
    ("hash", hash),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("input", input),
    ("open", crate::diskfile::open),
    ("iter", iter),
    ("next", next),
    ("len", len),
    ("globals", globals),
    ("locals", globals),
    ("exit", site_exit),
    ("quit", site_exit),
    ("vars", vars),
    ("__pyaot_with_enter__", |a, _| {
        let mgr = a[0];
        let t = mgr.ty();
        let missing = |n: &str| crate::typeobj::lookup(t, crate::str::intern(n)).is_none();
        if missing("__enter__") {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                t.name()
            )));
        }
        if missing("__exit__") {
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                t.name()
            )));
        }

        let exit = crate::ops::getattr_str(mgr, "__exit__")?;
        let val = crate::ops::call_method_str(mgr, "__enter__", &[])?;
        Ok(crate::tuple::new_tuple(vec![exit, val]))
    }),
    ("__pyaot_close_iter__", |a, _| {
        if std::ptr::eq(a[0].ty(), &crate::generator::GENERATOR_TYPE) {
            crate::generator::gen_close(a[0])?;
        }
        Ok(none())
    }),
    ("__pyaot_match_seq__", crate::pattern::match_seq),
    ("__pyaot_match_map__", crate::pattern::match_map),
    ("__pyaot_match_class__", crate::pattern::match_class),
    ("__pyaot_import_star__", |a, _| {
        arity("__pyaot_import_star__", a, 2, 2)?;
        crate::import::import_star(a[0], a[1])?;
        Ok(none())
    }),
    ("dir", dir),
    ("locals", globals),
    ("__pyaot_locals__", scoped_locals),
    ("__pyaot_format_exception__", |a, _| {
        arity("__pyaot_format_exception__", a, 2, 3)?;
        let mut s = String::new();
        let py = a.len() > 2 && crate::ops::truthy(a[2])?;
        exc::format_exception_as(a[0], &mut s, crate::ops::truthy(a[1])?, py);
        Ok(crate::str::from_string(s))
    }),
    ("__pyaot_scoped_call__", scoped_call),
    ("__pyaot_set_builtin__", crate::exc_group::set_builtin),
    ("__pyaot_exc_group_init__", crate::exc_group::group_init),
    ("__pyaot_exc_group_get__", crate::exc_group::group_get),
    ("__pyaot_copy_exc_meta__", crate::exc_group::copy_meta),
    ("__pyaot_copy_tb__", crate::exc_group::copy_tb),
    ("__pyaot_same_exc_meta__", crate::exc_group::same_meta),
    // Compiling source text at run time is outside an ahead-of-time
    // compiler: these exist so a program using them fails clearly.
    ("eval", |_, _| Err(not_supported("eval"))),
    ("exec", |_, _| Err(not_supported("exec"))),
    ("compile", |_, _| Err(not_supported("compile"))),
];

fn not_supported(name: &str) -> crate::exc::PyErr {
    exc::raise(
        &exc::NOT_IMPLEMENTED_ERROR,
        format!("{name}() is not supported by pyaot (no compiler at run time)"),
    )
}

/// The locals dict of a function frame, built by the compiled code: the
/// frame's dict so far (NULL before the first call), the names, a flag per
/// name (`c`: the value is a cell) and the values. As CPython 3.11's
/// `PyFrame_FastToLocals`, it updates the one dict in place: bound locals
/// are stored, unbound ones (the unbound word, or an empty cell) removed,
/// and other keys kept.
fn scoped_locals(args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() < 3 || args[1].kind() != Kind::Tuple || args[2].kind() != Kind::Str {
        return Err(type_error(
            "__pyaot_locals__: internal helper called wrongly",
        ));
    }
    let names = crate::tuple::items(args[1]);
    let flags = crate::str::as_str(args[2]).as_bytes();
    if names.len() != flags.len() || args.len() != 3 + names.len() {
        return Err(type_error(
            "__pyaot_locals__: internal helper called wrongly",
        ));
    }
    let d = if args[0].is_null() || args[0].kind() != Kind::Dict {
        crate::dict::new_dict()
    } else {
        args[0]
    };
    for (i, n) in names.iter().enumerate() {
        let mut v = args[3 + i];
        if flags[i] == b'c' && !v.is_null() {
            v = v.cast::<crate::func::CellObj>().v.get();
        }
        if !v.is_null() {
            crate::dict::dict_set(d, *n, v)?;
        } else if crate::dict::dict_get(d, *n)?.is_some() {
            crate::dict::dict_del(d, *n)?;
        }
    }
    Ok(d)
}

/// `locals()`, `globals()`, `vars()` or `dir()` called without arguments:
/// `f` is what the name refers to, `ns` the calling scope's namespace and
/// `g` its globals. Anything else is called plainly.
fn scoped_call(args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity("__pyaot_scoped_call__", args, 3, 3)?;
    let (f, ns, g) = (args[0], args[1], args[2]);
    let is = |n: &str| lookup(crate::str::intern(n)).is_some_and(|b| b == f);
    if is("locals") || is("vars") {
        return Ok(ns);
    }
    if is("globals") {
        return Ok(g);
    }
    if is("dir") {
        let keys: Vec<Value> = if ns.kind() == Kind::Dict {
            crate::dict::dict_items(ns)
                .into_iter()
                .map(|(k, _)| k)
                .collect()
        } else {
            crate::ops::collect(ns)?
        };
        let mut names: Vec<String> = keys
            .into_iter()
            .filter(|k| k.kind() == Kind::Str)
            .map(|k| crate::str::as_str(k).to_string())
            .collect();
        names.sort();
        return Ok(crate::list::new_list(
            names.iter().map(|n| crate::str::new_str(n)).collect(),
        ));
    }
    crate::func::call(f, &[], Kw::NONE)
}

fn vars(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("vars", kw)?;
    arity("vars", args, 0, 1)?;
    let Some(o) = args.first() else {
        return Ok(crate::program::main_globals());
    };
    if o.kind() == Kind::Type {
        return Ok(crate::typeobj::type_dict(o.cast::<TypeObject>()));
    }
    if o.kind() == Kind::Module {
        return crate::ops::getattr_str(*o, "__dict__");
    }
    let d = if crate::typeobj::slot_names(o.ty()).is_some() {
        Value::NULL
    } else {
        crate::instance::dict_of(*o)
    };
    if d.is_null() {
        return Err(type_error("vars() argument must have __dict__ attribute"));
    }
    Ok(d)
}

/// `dir(obj)`: sorted attribute names of the object, its class and bases.
pub fn dir_of(o: Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: Value| {
        for (k, _) in crate::dict::dict_items(d) {
            if k.kind() == Kind::Str {
                names.push(crate::str::as_str(k).to_string());
            }
        }
    };
    if o.kind() == Kind::Module {
        add_dict(crate::ops::getattr_str(o, "__dict__")?);
    } else {
        let d = crate::instance::dict_of(o);
        if !d.is_null() {
            add_dict(d);
        }
        let t = if o.kind() == Kind::Type {
            o.cast::<TypeObject>()
        } else {
            o.ty()
        };
        let mut extra: Vec<&str> = Vec::new();
        for c in crate::tuple::items(crate::typeobj::mro(t)) {
            let ct = c.cast::<TypeObject>();
            add_dict(crate::typeobj::type_dict(ct));
            if !ct.heap {
                extra.extend(crate::object_methods::builtin_data_attrs(ct.name()));
            }
        }
        names.extend(extra.iter().map(|n| n.to_string()));
        // The names of CPython's `object.__dict__` that resolve here.
        for n in OBJECT_DIR {
            if *n == "__class__"
                || *n == "__doc__"
                || crate::typeobj::lookup(t, crate::str::intern(n)).is_some()
            {
                names.push(n.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(crate::list::new_list(
        names.iter().map(|n| crate::str::new_str(n)).collect(),
    ))
}

const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

fn dir(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("dir", kw)?;
    arity("dir", args, 0, 1)?;
    match args.first() {
        Some(o) => dir_of(*o),
        None => sorted_names(crate::program::main_globals()),
    }
}

/// `dir()` without arguments: the sorted names of a namespace dict.
fn sorted_names(g: Value) -> PyResult<Value> {
    let mut names: Vec<String> = crate::dict::dict_items(g)
        .into_iter()
        .filter(|(k, _)| k.kind() == Kind::Str)
        .map(|(k, _)| crate::str::as_str(k).to_string())
        .collect();
    names.sort();
    Ok(crate::list::new_list(
        names.iter().map(|n| crate::str::new_str(n)).collect(),
    ))
}

/// The builtins dict.
pub fn builtins_dict() -> Value {
    unsafe {
        if BUILTINS.is_null() {
            let d = crate::dict::new_dict();
            BUILTINS = d;
            let set = |n: &str, v: Value| {
                let _ = crate::dict::dict_set(d, crate::str::intern(n), v);
            };
            for t in types() {
                set(t.name(), t.as_value());
            }
            for t in exc::all_exception_types() {
                set(t.name(), t.as_value());
            }
            // CPython's aliases of OSError.
            set("IOError", exc::OS_ERROR.as_value());
            set("EnvironmentError", exc::OS_ERROR.as_value());
            set("None", none());
            set("Ellipsis", crate::value::ellipsis());
            set("NotImplemented", crate::value::not_implemented());
            set("True", crate::value::true_());
            set("False", crate::value::false_());
            set("__name__", crate::str::new_str("builtins"));
            for table in [
                CORE,
                crate::numbuiltins::FNS,
                crate::seqbuiltins::FNS,
                crate::coroutine::FNS,
            ] {
                for (name, f) in table.iter() {
                    set(name, crate::func::new_builtin(name, *f, Value::NULL));
                }
            }
            BUILTIN_LEN = lookup(crate::str::intern("len")).unwrap_or(Value::NULL);
        }
        BUILTINS
    }
}

/// The builtin `len` function object (NULL until the builtins exist):
/// generated code compares a callee with it to compute `len(x)` of an
/// exact list or tuple inline (`codegen/call.rs`).
#[export_name = "pyaot_builtin_len"]
pub static mut BUILTIN_LEN: Value = Value::NULL;

pub fn lookup(name: Value) -> Option<Value> {
    crate::dict::dict_get_str(builtins_dict(), name)
}

/// Check an exact positional arity with CPython's message (the check is
/// inlined into every builtin, the message built out of line).
#[inline]
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    arity_error(name, n, min, max)
}

#[cold]
#[inline(never)]
fn arity_error(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if min == max {
        if min == 0 {
            return Err(type_error(format!(
                "{name}() takes no arguments ({n} given)"
            )));
        }
        if min == 1 {
            return Err(type_error(format!(
                "{name}() takes exactly one argument ({n} given)"
            )));
        }
        return Err(type_error(format!(
            "{name} expected {min} arguments, got {n}"
        )));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Err(type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    )))
}

#[inline]
pub fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        no_kw_error(name)
    }
}

#[cold]
#[inline(never)]
fn no_kw_error(name: &str) -> PyResult<()> {
    Err(type_error(format!("{name}() takes no keyword arguments")))
}

/// Append one piece of `print`'s output to `s`. A piece holding
/// surrogates fails to encode as CPython's stream writer does: what was
/// written before it is still output, then the error is raised.
fn print_piece(s: &mut String, piece: &str, file: Value) -> PyResult<()> {
    if let Err(e) = crate::str_surrogate::check_utf8(piece) {
        if file.is_null() {
            crate::stdio::out(s.as_bytes());
        } else {
            crate::ops::call_method_str(file, "write", &[crate::str::new_str(s)])?;
        }
        return Err(e);
    }
    s.push_str(piece);
    Ok(())
}

fn print(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::NULL;
    let mut flush = false;
    for (k, v) in kw.iter() {
        match k {
            "sep" if !v.is_none() => {
                if v.kind() != Kind::Str {
                    return Err(type_error(format!(
                        "sep must be None or a string, not {}",
                        v.ty().name()
                    )));
                }
                sep = crate::str::as_str(v).to_string()
            }
            "end" if !v.is_none() => {
                if v.kind() != Kind::Str {
                    return Err(type_error(format!(
                        "end must be None or a string, not {}",
                        v.ty().name()
                    )));
                }
                end = crate::str::as_str(v).to_string()
            }
            "file" if !v.is_none() => file = v,
            "flush" => flush = crate::ops::truthy(v)?,
            "sep" | "end" | "file" => {}
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    if file.is_null() {
        // A program may have replaced sys.stdout.
        if let Some(f) = crate::modules::sys::redirected_stdout() {
            file = f;
        }
    }
    if !file.is_null() && file.kind() != Kind::File {
        // A Python file-like object gets one write per piece, as in
        // CPython (str() of each argument is taken just before its write).
        let name = crate::str::intern("write");
        let write = |piece: Value| crate::ops::call_method(file, name, &[piece], Kw::NONE);
        let sep_v = crate::str::new_str(&sep);
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                write(sep_v)?;
            }
            write(crate::ops::str(*a)?)?;
        }
        write(crate::str::new_str(&end))?;
        if flush {
            crate::ops::call_method_str(file, "flush", &[])?;
        }
        return Ok(none());
    }
    let mut s = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            print_piece(&mut s, &sep, file)?;
        }
        print_piece(&mut s, crate::str::as_str(crate::ops::str(*a)?), file)?;
    }
    print_piece(&mut s, &end, file)?;
    if file.is_null() {
        crate::stdio::out(s.as_bytes());
        if flush {
            crate::stdio::flush_out();
        }
    } else {
        crate::ops::call_method_str(file, "write", &[crate::str::from_string(s)])?;
        if flush {
            crate::ops::call_method_str(file, "flush", &[])?;
        }
    }
    Ok(none())
}

fn repr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("repr", kw)?;
    arity("repr", args, 1, 1)?;
    crate::ops::repr(args[0])
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(v: Value) -> PyResult<Value> {
    let r = crate::ops::repr_string(v)?;
    let mut s = String::new();
    for c in r.chars() {
        let u = c as u32;
        if u < 128 {
            s.push(c);
        } else if u < 0x100 {
            s.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            s.push_str(&format!("\\u{u:04x}"));
        } else {
            s.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(crate::str::from_string(s))
}

fn ascii_fn(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("ascii", kw)?;
    arity("ascii", args, 1, 1)?;
    ascii(args[0])
}

/// A metaclass's `__instancecheck__`/`__subclasscheck__` override (as
/// ABCMeta-style classes define), if `cls`'s metaclass is a Python class
/// with one.
fn metaclass_check(cls: Value, hook: &'static str, arg: Value) -> PyResult<Option<bool>> {
    let meta = cls.ty();
    if !meta.heap {
        return Ok(None);
    }
    match crate::typeobj::lookup_heap(meta, hook) {
        Some(f) => {
            let r = crate::func::call(f, &[cls, arg], Kw::NONE)?;
            Ok(Some(crate::ops::truthy(r)?))
        }
        None => Ok(None),
    }
}

/// `isinstance(v, cls_or_tuple)` as a Rust bool.
pub fn isinstance_of(v: Value, cls: Value) -> PyResult<bool> {
    match cls.kind() {
        Kind::Type => {
            let t = cls.cast::<TypeObject>();
            if std::ptr::eq(v.ty(), t) {
                return Ok(true);
            }
            if let Some(r) = metaclass_check(cls, "__instancecheck__", v)? {
                return Ok(r);
            }
            Ok(v.ty().is_subtype(t))
        }
        Kind::UnionType => crate::union::isinstance(v, cls),
        Kind::GenericAlias => Err(type_error(
            "isinstance() argument 2 cannot be a parameterized generic",
        )),
        Kind::Tuple => {
            for c in crate::tuple::items(cls) {
                if isinstance_of(v, *c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn isinstance(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("isinstance", kw)?;
    arity("isinstance", args, 2, 2)?;
    Ok(bool_(isinstance_of(args[0], args[1])?))
}

fn issubclass_of(c: Value, cls: Value) -> PyResult<bool> {
    if c.kind() != Kind::Type {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    match cls.kind() {
        Kind::Type => {
            if let Some(r) = metaclass_check(cls, "__subclasscheck__", c)? {
                return Ok(r);
            }
            Ok(c.cast::<TypeObject>().is_subtype(cls.cast::<TypeObject>()))
        }
        Kind::UnionType => crate::union::issubclass(c.cast::<TypeObject>(), cls),
        Kind::GenericAlias => Err(type_error(
            "issubclass() argument 2 cannot be a parameterized generic",
        )),
        Kind::Tuple => {
            for x in crate::tuple::items(cls) {
                if issubclass_of(c, *x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("issubclass", kw)?;
    arity("issubclass", args, 2, 2)?;
    Ok(bool_(issubclass_of(args[0], args[1])?))
}

fn callable(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("callable", kw)?;
    arity("callable", args, 1, 1)?;
    let v = args[0];
    let k = v.kind();
    Ok(bool_(callable_value(v) && k != Kind::NoneType))
}

fn id(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("id", kw)?;
    arity("id", args, 1, 1)?;
    Ok(crate::int::new_int(args[0].0 as i64))
}

fn hash(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("hash", kw)?;
    arity("hash", args, 1, 1)?;
    Ok(crate::int::new_int(crate::ops::hash(args[0])?))
}

/// The attribute-name argument of `getattr`/`setattr`/`delattr`/`hasattr` must be a str.
fn check_attr_name(name: Value) -> PyResult<()> {
    if name.kind() != Kind::Str {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            name.ty().name()
        )));
    }
    Ok(())
}

fn getattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("getattr", kw)?;
    arity("getattr", args, 2, 3)?;
    check_attr_name(args[1])?;
    match crate::ops::getattr(args[0], args[1]) {
        Ok(v) => Ok(v),
        Err(e) => {
            if args.len() == 3 && exc::pending_is(&exc::ATTRIBUTE_ERROR) {
                exc::take();
                Ok(args[2])
            } else {
                Err(e)
            }
        }
    }
}

fn setattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("setattr", kw)?;
    arity("setattr", args, 3, 3)?;
    check_attr_name(args[1])?;
    crate::ops::setattr(args[0], args[1], args[2])?;
    Ok(none())
}

fn delattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("delattr", kw)?;
    arity("delattr", args, 2, 2)?;
    check_attr_name(args[1])?;
    crate::ops::delattr(args[0], args[1])?;
    Ok(none())
}

fn hasattr(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("hasattr", kw)?;
    arity("hasattr", args, 2, 2)?;
    check_attr_name(args[1])?;
    match crate::ops::getattr(args[0], args[1]) {
        Ok(_) => Ok(bool_(true)),
        Err(e) => {
            if exc::pending_is(&exc::ATTRIBUTE_ERROR) {
                exc::take();
                Ok(bool_(false))
            } else {
                Err(e)
            }
        }
    }
}

fn input(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("input", kw)?;
    arity("input", args, 0, 1)?;
    let out = crate::modules::sys::redirected_stdout();
    if let Some(p) = args.first() {
        match out {
            // A replaced sys.stdout gets the prompt through its write().
            Some(f) => {
                crate::ops::call_method_str(f, "write", &[crate::ops::str(*p)?])?;
            }
            None => crate::stdio::out(crate::ops::str_string(*p)?.as_bytes()),
        }
    }
    crate::stdio::flush_out();
    if let Some(f) = crate::modules::sys::redirected_stdin() {
        // A replaced sys.stdin (e.g. an io.StringIO) is read with readline().
        let line = crate::ops::call_method_str(f, "readline", &[])?;
        let Some(text) = crate::str::str_opt(line) else {
            return Err(type_error("object.readline() returned non-string"));
        };
        if text.is_empty() {
            return Err(exc::raise(&exc::EOF_ERROR, "EOF when reading a line"));
        }
        let text = text.strip_suffix('\n').unwrap_or(text);
        return Ok(crate::str::new_str(text));
    }
    let line = crate::stdio::read_line();
    if line.is_empty() {
        return Err(exc::raise(&exc::EOF_ERROR, "EOF when reading a line"));
    }
    let mut s = String::from_utf8_lossy(&line).into_owned();
    if s.ends_with('\n') {
        s.pop();
        if s.ends_with('\r') {
            s.pop();
        }
    }
    Ok(crate::str::from_string(s))
}

fn iter(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("iter", kw)?;
    arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !callable_value(args[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::object::new_obj(CallIterObj {
            ob: crate::object::Obj {
                ty: &CALLABLE_ITERATOR_TYPE,
            },
            f: std::cell::Cell::new(args[0]),
            sentinel: args[1],
        }));
    }
    crate::ops::iter(args[0])
}

/// `iter(callable, sentinel)`.
#[repr(C)]
struct CallIterObj {
    ob: crate::object::Obj,
    f: std::cell::Cell<Value>,
    sentinel: Value,
}

static CALLABLE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "callable_iterator",
    Kind::Iter,
    &crate::object::OBJECT_TYPE,
    &[],
    crate::object::Slots {
        iter: Some(Ok),
        next: Some(call_iter_next),
        ..crate::object::Slots::EMPTY
    },
);

fn call_iter_next(v: Value) -> PyResult<Option<Value>> {
    let it = v.cast::<CallIterObj>();
    let f = it.f.get();
    if f.is_null() {
        return Ok(None);
    }
    let x = match crate::func::call(f, &[], Kw::NONE) {
        Ok(x) => x,
        Err(e) => {
            if exc::pending_is(&exc::STOP_ITERATION) {
                exc::take();
                it.f.set(Value::NULL);
                return Ok(None);
            }
            return Err(e);
        }
    };
    if crate::ops::eq(x, it.sentinel)? {
        it.f.set(Value::NULL);
        return Ok(None);
    }
    Ok(Some(x))
}

pub fn callable_value(v: Value) -> bool {
    let t = v.ty();
    if matches!(
        v.kind(),
        Kind::Function | Kind::Builtin | Kind::BoundMethod | Kind::Type
    ) {
        return true;
    }
    if t.heap {
        return crate::typeobj::lookup_heap(t, "__call__").is_some()
            || crate::class::solid_base(t).slots.call.is_some();
    }
    t.slots.call.is_some()
}

fn next(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("next", kw)?;
    arity("next", args, 1, 2)?;
    let it = args[0];
    if it.ty().slots.next.is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            it.ty().name()
        )));
    }
    if it.ty().heap {
        if let Some(f) = crate::typeobj::lookup_heap(it.ty(), "__next__") {
            return match crate::func::call(f, &[it], Kw::NONE) {
                Err(e) if args.len() == 2 && exc::pending_is(&exc::STOP_ITERATION) => {
                    let _ = e;
                    exc::take();
                    Ok(args[1])
                }
                r => r,
            };
        }
    }
    if std::ptr::eq(it.ty(), &crate::generator::GENERATOR_TYPE) {
        // Keep the generator's return value for StopIteration.value.
        return match crate::generator::resume(it, none(), false)? {
            crate::generator::Step::Yield(v) => Ok(v),
            crate::generator::Step::Return(r) => match args.get(1) {
                Some(d) => Ok(*d),
                None => Err(crate::generator::stop_with(r)),
            },
        };
    }
    match crate::ops::next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(exc::stop_iteration()),
        },
    }
}

fn len(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("len", kw)?;
    arity("len", args, 1, 1)?;
    Ok(crate::int::new_int(crate::ops::len(args[0])? as i64))
}

/// The `exit()`/`quit()` helpers of CPython's `site` module: raise
/// SystemExit with the optional code.
fn site_exit(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("exit", kw)?;
    arity("exit", args, 0, 1)?;
    let code = args.first().copied().unwrap_or_else(none);
    let e = exc::new_exc(&exc::SYSTEM_EXIT, crate::tuple::new_tuple(vec![code]));
    Err(exc::raise_value(e))
}

fn globals(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(crate::program::main_globals())
}
