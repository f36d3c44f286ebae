//! The `sys` module: argv, exit, the standard streams, recursion limit,
//! version information, `modules`, `exc_info` and a few constants, as in
//! CPython 3.11 on 64-bit Linux.
//!
//! `sys.version_info`, `float_info` and `int_info` are struct sequences:
//! tuples whose type adds named fields and CPython's repr.

use crate::exc::{self, type_error, PyResult};
use crate::object::{Kind, Kw, Slots, TypeObject};
use crate::str::{from_string, new_str};
use crate::value::{none, Value};

/// The sys module's namespace and the original `sys.stdout`, to notice
/// when a program replaces `sys.stdout` (statics are GC roots).
static mut SYS_DICT: Value = Value::NULL;
static mut ORIG_STDOUT: Value = Value::NULL;
static mut ORIG_STDIN: Value = Value::NULL;

/// The object `print()` should write to when no `file` is given, if the
/// program has replaced `sys.stdout` (None: write to the process stdout).
pub fn redirected_stdout() -> Option<Value> {
    unsafe {
        if SYS_DICT.is_null() {
            return None;
        }
        let cur = crate::dict::dict_get_str(SYS_DICT, crate::str::intern_static("stdout"))?;
        if cur.is(ORIG_STDOUT) {
            None
        } else {
            Some(cur)
        }
    }
}

/// The object `input()` should read from, if the program has replaced
/// `sys.stdin` (None: read the process stdin).
pub fn redirected_stdin() -> Option<Value> {
    unsafe {
        if SYS_DICT.is_null() {
            return None;
        }
        let cur = crate::dict::dict_get_str(SYS_DICT, crate::str::intern("stdin"))?;
        if cur.is(ORIG_STDIN) {
            None
        } else {
            Some(cur)
        }
    }
}

pub fn init(d: Value) -> PyResult<()> {
    let set = |name: &str, v: Value| crate::dict::dict_set(d, crate::str::intern(name), v);
    let argv: Vec<Value> = crate::program::program()
        .argv
        .iter()
        .map(|a| new_str(a))
        .collect();
    set("argv", crate::list::new_list(argv))?;
    set(
        "orig_argv",
        crate::list::new_list(
            crate::program::program()
                .argv
                .iter()
                .map(|a| new_str(a))
                .collect(),
        ),
    )?;
    let stdin = crate::file::new_std_stream(0);
    let stdout = crate::file::new_std_stream(1);
    let stderr = crate::file::new_std_stream(2);
    set("stdin", stdin)?;
    set("stdout", stdout)?;
    set("stderr", stderr)?;
    set("__stdin__", stdin)?;
    set("__stdout__", stdout)?;
    set("__stderr__", stderr)?;
    unsafe {
        SYS_DICT = d;
        ORIG_STDOUT = stdout;
        ORIG_STDIN = stdin;
    }
    set("maxsize", crate::int::new_int(i64::MAX))?;
    set("maxunicode", Value::from_small(0x10FFFF))?;
    set("byteorder", new_str("little"))?;
    set("platform", new_str("linux"))?;
    set("version", new_str("3.11.7 (pyaot)"))?;
    set("hexversion", Value::from_small(0x030B07F0))?;
    set("api_version", Value::from_small(1013))?;
    set(
        "version_info",
        struct_seq(
            &VERSION_INFO_TYPE,
            vec![
                Value::from_small(3),
                Value::from_small(11),
                Value::from_small(7),
                new_str("final"),
                Value::from_small(0),
            ],
        ),
    )?;
    set(
        "float_info",
        struct_seq(
            &FLOAT_INFO_TYPE,
            vec![
                crate::float::new_float(f64::MAX),
                Value::from_small(f64::MAX_EXP as i64),
                Value::from_small(f64::MAX_10_EXP as i64),
                crate::float::new_float(f64::MIN_POSITIVE),
                Value::from_small(f64::MIN_EXP as i64),
                Value::from_small(f64::MIN_10_EXP as i64),
                Value::from_small(f64::DIGITS as i64),
                Value::from_small(f64::MANTISSA_DIGITS as i64),
                crate::float::new_float(f64::EPSILON),
                Value::from_small(2),
                Value::from_small(1),
            ],
        ),
    )?;
    set(
        "int_info",
        struct_seq(
            &INT_INFO_TYPE,
            vec![
                Value::from_small(30),
                Value::from_small(4),
                Value::from_small(4300),
                Value::from_small(640),
            ],
        ),
    )?;
    let version_info =
        crate::dict::dict_get_str(d, crate::str::intern("version_info")).unwrap_or_else(none);
    set(
        "implementation",
        struct_seq(
            &IMPLEMENTATION_TYPE,
            vec![
                new_str("cpython"),
                new_str("cpython-311"),
                version_info,
                Value::from_small(0x030B07F0),
                new_str("x86_64-linux-gnu"),
            ],
        ),
    )?;
    let z = Value::from_small(0);
    let f = crate::value::false_();
    set(
        "flags",
        struct_seq(
            &FLAGS_TYPE,
            vec![
                z,
                z,
                z,
                z,
                Value::from_small(1),
                z,
                z,
                z,
                z,
                z,
                z,
                z,
                z,
                f,
                z,
                z,
                f,
                Value::from_small(-1),
            ],
        ),
    )?;
    set("path", crate::list::new_list(vec![]))?;
    set("modules", crate::import::sys_modules())?;
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    set("executable", from_string(exe))?;
    set("prefix", new_str("/usr"))?;
    set("dont_write_bytecode", crate::value::true_())?;
    set(
        "builtin_module_names",
        crate::tuple::new_tuple(
            crate::modules::NATIVE_MODULE_NAMES
                .iter()
                .map(|n| new_str(n))
                .collect(),
        ),
    )?;
    for (name, f) in FNS.iter() {
        set(name, crate::func::new_builtin(name, *f, Value::NULL))?;
    }
    Ok(())
}

static FNS: &[(&str, crate::object::NativeFn)] = &[
    ("exit", exit),
    ("getsizeof", super::sys_sizeof::getsizeof),
    ("set_asyncgen_hooks", crate::async_gen::set_hooks),
    ("get_asyncgen_hooks", crate::async_gen::get_hooks),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("intern", intern),
    ("exc_info", exc_info),
    ("exception", exception),
    ("getdefaultencoding", getdefaultencoding),
    ("getfilesystemencoding", getdefaultencoding),
    ("get_int_max_str_digits", |a, k| {
        no_kw("get_int_max_str_digits", k)?;
        crate::builtins::arity("get_int_max_str_digits", a, 0, 0)?;
        Ok(crate::int::new_int(
            crate::int_methods::get_max_str_digits() as i64,
        ))
    }),
    ("set_int_max_str_digits", set_int_max_str_digits),
];

/// `sys.set_int_max_str_digits(maxdigits)`.
fn set_int_max_str_digits(args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut n = args.first().copied();
    for (k, v) in kw.iter() {
        if k == "maxdigits" && n.is_none() {
            n = Some(v);
        } else {
            return Err(type_error(format!(
                "set_int_max_str_digits() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "set_int_max_str_digits() takes at most 1 argument ({} given)",
            args.len()
        )));
    }
    let Some(n) = n else {
        return Err(type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        ));
    };
    crate::int_methods::set_max_str_digits(crate::int::index_i64(n)?)?;
    Ok(crate::value::none())
}

fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    crate::builtins::no_kw(name, kw)
}

/// `sys.exit([arg])`: raise SystemExit(arg).
fn exit(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("exit", kw)?;
    crate::builtins::arity("exit", args, 0, 1)?;
    let e = exc::new_exc(&exc::SYSTEM_EXIT, crate::tuple::new_tuple(args.to_vec()));
    Err(exc::raise_value(e))
}

fn getrecursionlimit(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("getrecursionlimit", kw)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "sys.getrecursionlimit() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::from_small(
        unsafe { crate::abi::RECURSION_LIMIT } as i64
    ))
}

fn setrecursionlimit(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("setrecursionlimit", kw)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    if args[0].kind() == Kind::Float {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = crate::int::index_i64(args[0])?;
    if n < 1 {
        return Err(exc::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if n > i32::MAX as i64 {
        return Err(exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    let depth = crate::abi::depth() as i64;
    if n <= depth {
        return Err(exc::raise(
            &exc::RECURSION_ERROR,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    crate::abi::set_recursion_limit(n as u32);
    Ok(none())
}

fn intern(args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("intern", kw)?;
    crate::builtins::arity("intern", args, 1, 1)?;
    match crate::str::str_opt(args[0]) {
        Some(s) if !args[0].ty().heap => Ok(crate::str::intern(s)),
        _ => Err(type_error(format!(
            "intern() argument must be str, not {}",
            args[0].ty().name()
        ))),
    }
}

/// `sys.exc_info()`: (type, value, traceback) of the handled exception.
fn exc_info(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = exc::handled();
    if h.is_null() || h.is_none() {
        return Ok(crate::tuple::new_tuple(vec![none(), none(), none()]));
    }
    let tb = crate::ops::getattr_str(h, "__traceback__").unwrap_or_else(|_| {
        exc::take();
        none()
    });
    Ok(crate::tuple::new_tuple(vec![h.ty().as_value(), h, tb]))
}

/// `sys.exception()` (3.11): the handled exception or None.
fn exception(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    let h = exc::handled();
    Ok(if h.is_null() { none() } else { h })
}

fn getdefaultencoding(_args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

// ---------------------------------------------------------------------
// Struct sequences.

fn struct_seq(ty: &'static TypeObject, items: Vec<Value>) -> Value {
    ty.module.set("sys");
    crate::tuple::alloc_tuple(ty, &items)
}

fn seq_repr(v: Value, name: &str, fields: &[&str]) -> PyResult<Value> {
    let items = crate::tuple::items(v);
    let mut parts = Vec::with_capacity(items.len());
    for (f, x) in fields.iter().zip(items.iter()) {
        parts.push(format!("{f}={}", crate::ops::repr_string(*x)?));
    }
    Ok(from_string(format!("{name}({})", parts.join(", "))))
}

fn seq_getattr(v: Value, name: &str, fields: &[&str]) -> PyResult<Option<Value>> {
    match fields.iter().position(|f| *f == name) {
        Some(i) => Ok(crate::tuple::items(v).get(i).copied()),
        None => match name {
            "n_fields" | "n_sequence_fields" => Ok(Some(Value::from_small(fields.len() as i64))),
            "n_unnamed_fields" => Ok(Some(Value::from_small(0))),
            _ => Ok(None),
        },
    }
}

macro_rules! struct_seq_type {
    ($st:ident, $name:literal, $fields:expr) => {
        struct_seq_type!($st, $name, concat!("sys.", $name), $fields);
    };
    ($st:ident, $name:literal, $shown:expr, $fields:expr) => {
        pub static $st: TypeObject = TypeObject::builtin(
            $name,
            Kind::Tuple,
            &crate::tuple::TUPLE_TYPE,
            &[],
            Slots {
                repr: Some(|v| seq_repr(v, $shown, $fields)),
                str: Some(|v| seq_repr(v, $shown, $fields)),
                getattr: Some(|v, n| seq_getattr(v, n, $fields)),
                new: None,
                ..crate::tuple::TUPLE_SLOTS
            },
        )
        .final_();
    };
}

struct_seq_type!(
    VERSION_INFO_TYPE,
    "version_info",
    &["major", "minor", "micro", "releaselevel", "serial"]
);
struct_seq_type!(
    FLOAT_INFO_TYPE,
    "float_info",
    &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ]
);
struct_seq_type!(
    INT_INFO_TYPE,
    "int_info",
    &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold"
    ]
);
struct_seq_type!(
    FLAGS_TYPE,
    "flags",
    &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ]
);
// `sys.implementation` is a SimpleNamespace in CPython; it is shown the
// same way here.
struct_seq_type!(
    IMPLEMENTATION_TYPE,
    "implementation",
    "namespace",
    &["name", "cache_tag", "version", "hexversion", "_multiarch"]
);
