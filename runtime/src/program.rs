//! The running program: reads the descriptor the compiler emitted
//! (`pyaot_program`), materialises constants and names, and runs the main
//! module. Also owns the process entry point (`main`), so that start-up and
//! exit (flushing, exit codes, uncaught exceptions) are the runtime's.

use crate::exc::{self, ExcObj};
use crate::func::{FuncObj, NativeEntry, FUNCTION_TYPE};
use crate::object::{new_obj, Kind, Obj};
use crate::value::{none, Value};
use pyaot_ir::{Const, Module};
use std::cell::Cell;

/// Layout written by the compiler's code generator (all words).
#[repr(C)]
pub struct ProgramDesc {
    pub ir: *const u8,
    pub ir_len: usize,
    pub funcs: *const usize,
    pub nfuncs: usize,
    pub consts: *mut Value,
    pub nconsts: usize,
    pub names: *mut Value,
    pub nnames: usize,
    pub source: *const u8,
    pub source_len: usize,
}

extern "C" {
    static pyaot_program: ProgramDesc;
}

pub struct Program {
    pub module: &'static Module,
    pub funcs: &'static [usize],
    pub consts: &'static [Value],
    pub names: &'static [Value],
    pub source: &'static str,
    pub argv: Vec<String>,
}

static mut PROGRAM: *const Program = std::ptr::null();
/// Globals dict of the main module (kept here so the collector sees it).
static mut MAIN_GLOBALS: Value = Value::NULL;

#[inline]
pub fn program() -> &'static Program {
    unsafe { &*PROGRAM }
}

/// (file, function name) for a traceback entry.
pub fn func_location(func: u32) -> (&'static str, &'static str) {
    let f = &program().module.functions[func as usize];
    (f.file.as_str(), f.name.as_str())
}

pub fn source_line(func: u32, line: u32) -> Option<&'static str> {
    let p = program();
    let f = &p.module.functions[func as usize];
    if line == 0 {
        return None;
    }
    let text = if f.file == p.module.file {
        p.source
    } else {
        p.module
            .modules
            .iter()
            .find(|m| m.file == f.file)?
            .source
            .as_str()
    };
    text.lines()
        .nth(line as usize - 1)
        .filter(|l| !l.trim().is_empty())
}

fn make_const(c: &Const, done: &[Value]) -> Value {
    match c {
        Const::None => none(),
        Const::True => crate::value::true_(),
        Const::False => crate::value::false_(),
        Const::Ellipsis => crate::value::ellipsis(),
        Const::Int(i) => crate::int::new_int(*i),
        Const::BigInt(s) => {
            crate::int::from_bigint(s.parse().expect("compiler emits valid digits"))
        }
        Const::Float(f) => crate::float::new_float(*f),
        Const::Complex(r, i) => crate::complex::new_complex(*r, *i),
        Const::Str(s) => crate::str::new_str(s),
        Const::Bytes(b) => crate::bytes::new_bytes(b.clone()),
        Const::SurrogateStr(cps) => crate::str_surrogate::from_code_points(cps),
        Const::FrozenSet(items) => {
            // CPython builds the constant from the items, then rebuilds it
            // from its own iteration order when merging code constants.
            let v: Vec<Value> = items.iter().map(|i| done[i.0 as usize]).collect();
            let first =
                crate::set::new_frozenset(&v).expect("constant frozenset items are hashable");
            let order = crate::ops::collect(first).expect("frozenset iteration cannot fail");
            crate::set::new_frozenset(&order).expect("constant frozenset items are hashable")
        }
        Const::Tuple(items) => {
            crate::tuple::new_tuple(items.iter().map(|i| done[i.0 as usize]).collect())
        }
    }
}

fn load(argv: Vec<String>) {
    unsafe {
        let d = &*std::ptr::addr_of!(pyaot_program);
        let bytes = std::slice::from_raw_parts(d.ir, d.ir_len);
        let module: &'static Module = Box::leak(Box::new(
            Module::decode(bytes).unwrap_or_else(|e| panic!("corrupt program IR: {e}")),
        ));
        let consts = std::slice::from_raw_parts_mut(d.consts, d.nconsts);
        for (i, c) in module.consts.iter().enumerate() {
            consts[i] = make_const(c, consts);
        }
        let names = std::slice::from_raw_parts_mut(d.names, d.nnames);
        for (i, n) in module.names.iter().enumerate() {
            names[i] = crate::str::intern(n);
        }
        let source = if d.source.is_null() {
            ""
        } else {
            std::str::from_utf8(std::slice::from_raw_parts(d.source, d.source_len)).unwrap_or("")
        };
        let p = Program {
            module,
            funcs: std::slice::from_raw_parts(d.funcs, d.nfuncs),
            consts,
            names,
            source,
            argv,
        };
        PROGRAM = Box::leak(Box::new(p));
    }
}

/// Create a function object for IR function `id`.
pub fn new_function(
    id: u32,
    globals: Value,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    let p = program();
    let code = &p.module.functions[id as usize];
    let addr = p.funcs[id as usize];
    // A generator function's table entry is its resume function, which the
    // VM's call entry wraps in a generator object (`vm::run_function`); a
    // class body's takes its namespace (`vm::run_class_body`).
    let entry: Option<NativeEntry> =
        if addr == 0 || code.kind.is_resumable() || code.kind == pyaot_ir::FuncKind::ClassBody {
            None
        } else {
            Some(unsafe { std::mem::transmute::<usize, NativeEntry>(addr) })
        };
    let pr = &code.params;
    let simple = addr != 0
        && code.kind == pyaot_ir::FuncKind::Normal
        && pr.varargs.is_none()
        && pr.varkw.is_none()
        && pr.nkwonly == 0;
    new_obj(FuncObj {
        ob: Obj { ty: &FUNCTION_TYPE },
        fast_nargs: if simple { pr.npos as i64 } else { -1 },
        fast_entry: addr,
        id,
        code,
        entry,
        defaults: Cell::new(defaults),
        kwdefaults: Cell::new(kwdefaults),
        closure,
        globals,
        name: Cell::new(crate::str::new_str(&code.name)),
        qualname: Cell::new(crate::str::new_str(&code.qualname)),
        dict: Cell::new(Value::NULL),
        annotations: Cell::new(Value::NULL),
        module: Cell::new(Value::NULL),
        doc: Cell::new(match &code.doc {
            Some(d) => crate::str::new_str(d),
            None => none(),
        }),
    })
}

/// Run the module body of the main file; returns the process exit code.
fn run_main() -> i32 {
    let globals = crate::dict::new_dict();
    unsafe { MAIN_GLOBALS = globals };
    let _ = crate::dict::dict_set(
        globals,
        crate::str::intern_static("__name__"),
        crate::str::new_str("__main__"),
    );
    let doc = program().module.functions[0]
        .doc
        .as_deref()
        .map(crate::str::new_str)
        .unwrap_or_else(none);
    let _ = crate::dict::dict_set(globals, crate::str::intern_static("__doc__"), doc);
    let file = crate::str::new_str(&program().module.file);
    let _ = crate::dict::dict_set(globals, crate::str::intern_static("__file__"), file);
    // The main module's `__builtins__` is the builtins module, as in CPython.
    if let Ok(b) = crate::import::import(globals, crate::str::new_str("builtins"), 0) {
        let _ = crate::dict::dict_set(globals, crate::str::intern_static("__builtins__"), b);
    }

    let module = crate::module::new_module("__main__", globals);
    crate::import::register_module("__main__", module);
    let f = new_function(0, globals, Value::NULL, Value::NULL, Value::NULL);
    match crate::func::invoke(f, f.cast::<FuncObj>(), &[]) {
        Ok(_) => 0,
        Err(_) => handle_uncaught(),
    }
}

/// Report an uncaught exception (or honour SystemExit); returns the exit code.
pub fn handle_uncaught() -> i32 {
    let e = exc::take();
    if e.is_null() {
        return 1;
    }
    if e.kind() == Kind::Exception && e.ty().is_subtype(&exc::SYSTEM_EXIT) {
        let args = crate::tuple::items(e.cast::<ExcObj>().args.get());
        let code = args.first().copied().unwrap_or_else(none);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = crate::int::as_i64(code) {
            return i as i32;
        }
        crate::stdio::flush_out();
        let s = crate::ops::str_string(code).unwrap_or_default();
        crate::stdio::err(format!("{s}\n").as_bytes());
        return 1;
    }
    crate::stdio::flush_out();
    let mut out = String::new();
    exc::print_exception(e, &mut out);
    crate::stdio::err(out.as_bytes());
    if e.kind() == Kind::Exception && e.ty().is_subtype(&exc::KEYBOARD_INTERRUPT) {
        return 130;
    }
    1
}

/// The process entry point (the runtime owns `main`).
#[no_mangle]
pub extern "C" fn main(argc: i32, argv: *const *const libc::c_char) -> i32 {
    crate::gc::init();
    crate::stdio::init();
    crate::abi::init_stack_limit();
    let mut args = Vec::new();
    for i in 0..argc as usize {
        let s = unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) };
        args.push(s.to_string_lossy().into_owned());
    }
    load(args);
    let code = run_main();
    let code = run_atexit(code);
    crate::stdio::flush_out();
    code
}

/// Call the functions registered with the `atexit` module (if the program
/// imported it), as CPython does at interpreter exit; a SystemExit raised
/// by one of them sets the exit code.
fn run_atexit(code: i32) -> i32 {
    let key = crate::str::new_str("atexit");
    let Ok(Some(m)) = crate::dict::dict_get(crate::import::sys_modules(), key) else {
        return code;
    };
    let Ok(f) = crate::ops::getattr_str(m, "_run_exitfuncs") else {
        return code;
    };
    match crate::func::call(f, &[], crate::object::Kw::NONE) {
        Ok(_) => code,
        Err(_) => handle_uncaught(),
    }
}

pub fn main_globals() -> Value {
    unsafe { MAIN_GLOBALS }
}
