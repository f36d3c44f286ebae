//! The native ABI: `extern "C"` entry points that compiled code calls, one
//! per IR operation. Each is a thin wrapper over `ops`/`exec` so that the
//! VM and native code share every semantic decision.
//!
//! Conventions: a `Value` result of 0 means an exception is pending; an
//! `i32` status is 0 for success and -1 for a pending exception (truth
//! tests: 1/0/-1). Optional operands are passed as 0.

use crate::exc::{self, PyResult};
use crate::exec;
use crate::object::Kw;
use crate::value::Value;
use pyaot_ir::{BinOp, CmpOp, UnaryOp};

#[inline(always)]
fn v(r: PyResult<Value>) -> Value {
    r.unwrap_or(Value::NULL)
}
#[inline(always)]
fn st(r: PyResult<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(_) => -1,
    }
}
#[inline(always)]
unsafe fn sl<'a>(p: *const Value, n: u64) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p, n as usize)
    }
}

const UNARY: [UnaryOp; 4] = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not];
const CMP: [CmpOp; 10] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
    CmpOp::In,
    CmpOp::NotIn,
    CmpOp::Is,
    CmpOp::IsNot,
];

#[no_mangle]
pub extern "C" fn rt_binary(op: u32, a: Value, b: Value) -> Value {
    v(crate::ops::binary(BinOp::ALL[op as usize], a, b))
}
#[no_mangle]
pub extern "C" fn rt_inplace(op: u32, a: Value, b: Value) -> Value {
    v(crate::ops::inplace(BinOp::ALL[op as usize], a, b))
}
#[no_mangle]
pub extern "C" fn rt_unary(op: u32, a: Value) -> Value {
    v(crate::ops::unary(UNARY[op as usize], a))
}
#[no_mangle]
pub extern "C" fn rt_compare(op: u32, a: Value, b: Value) -> Value {
    v(crate::ops::compare(CMP[op as usize], a, b))
}
#[no_mangle]
pub extern "C" fn rt_truthy(a: Value) -> i32 {
    match crate::ops::truthy(a) {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}
#[no_mangle]
pub extern "C" fn rt_truth(a: Value) -> Value {
    v(crate::ops::truthy(a).map(crate::value::bool_))
}
#[no_mangle]
pub extern "C" fn rt_check_bound_fail(name: Value, kind: u32) -> Value {
    exec::unbound_error(name, kind);
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_load_global(func: Value, name: Value) -> Value {
    v(exec::load_global(func, name))
}
/// `GetAttr` through the site's inline cache (`attr_ic::AttrIc`).
#[no_mangle]
pub unsafe extern "C" fn rt_getattr_ic(
    obj: Value,
    name: Value,
    ic: *mut crate::attr_ic::AttrIc,
) -> Value {
    v(crate::attr_ic::getattr_ic(obj, name, &mut *ic))
}
/// `SetAttr` through the site's inline cache (`attr_ic::setattr_ic`).
#[no_mangle]
pub unsafe extern "C" fn rt_setattr_ic(
    obj: Value,
    name: Value,
    x: Value,
    ic: *mut crate::attr_ic::AttrIc,
) -> i32 {
    st(crate::attr_ic::setattr_ic(obj, name, x, &mut *ic))
}
/// The method a call site may call directly (`attr_ic::method_ic`).
#[no_mangle]
pub unsafe extern "C" fn rt_method_ic(
    obj: Value,
    name: Value,
    ic: *mut crate::attr_ic::MethodIc,
) -> Value {
    crate::attr_ic::method_ic(obj, name, &mut *ic)
}
/// `LoadGlobal` through the site's inline cache (`exec::GlobalIc`).
#[no_mangle]
pub unsafe extern "C" fn rt_load_global_ic(
    func: Value,
    name: Value,
    ic: *mut exec::GlobalIc,
) -> Value {
    v(exec::load_global_ic(func, name, &mut *ic))
}
#[no_mangle]
pub extern "C" fn rt_store_global(func: Value, name: Value, x: Value) -> i32 {
    st(exec::store_global(func, name, x))
}
#[no_mangle]
pub extern "C" fn rt_del_global(func: Value, name: Value) -> i32 {
    st(exec::del_global(func, name))
}
/// The class statement: `args` holds the bases then the keyword values
/// named by `kwnames` (a tuple or NULL).
#[no_mangle]
pub unsafe extern "C" fn rt_build_class(
    body: Value,
    name: Value,
    args: *const Value,
    nargs: u64,
    kwnames: Value,
) -> Value {
    let all = sl(args, nargs).to_vec();
    let names = if kwnames.is_null() {
        &[][..]
    } else {
        crate::tuple::items(kwnames)
    };
    v(crate::class::build_class(body, name, &all, names))
}
#[no_mangle]
pub extern "C" fn rt_load_globals(func: Value) -> Value {
    exec::globals_of(func)
}
#[no_mangle]
pub extern "C" fn rt_load_builtin(name: Value) -> Value {
    v(exec::load_builtin(name))
}
#[no_mangle]
pub extern "C" fn rt_getattr(obj: Value, name: Value) -> Value {
    v(crate::ops::getattr(obj, name))
}
#[no_mangle]
pub extern "C" fn rt_setattr(obj: Value, name: Value, x: Value) -> i32 {
    st(crate::ops::setattr(obj, name, x))
}
#[no_mangle]
pub extern "C" fn rt_delattr(obj: Value, name: Value) -> i32 {
    st(crate::ops::delattr(obj, name))
}
#[no_mangle]
pub extern "C" fn rt_getitem(obj: Value, key: Value) -> Value {
    v(crate::ops::getitem(obj, key))
}
#[no_mangle]
pub extern "C" fn rt_setitem(obj: Value, key: Value, x: Value) -> i32 {
    st(crate::ops::setitem(obj, key, x))
}
#[no_mangle]
pub extern "C" fn rt_delitem(obj: Value, key: Value) -> i32 {
    st(crate::ops::delitem(obj, key))
}
#[no_mangle]
pub extern "C" fn rt_make_slice(lo: Value, hi: Value, step: Value) -> Value {
    exec::make_slice(lo, hi, step)
}
#[no_mangle]
pub unsafe extern "C" fn rt_call(
    func: Value,
    args: *const Value,
    nargs: u64,
    kwnames: Value,
) -> Value {
    let all = sl(args, nargs);
    v(exec::call_kwnames(func, all, kwnames))
}
#[no_mangle]
pub unsafe extern "C" fn rt_call_method(
    obj: Value,
    name: Value,
    args: *const Value,
    nargs: u64,
    kwnames: Value,
) -> Value {
    let all = sl(args, nargs);
    let names = if kwnames.is_null() {
        &[][..]
    } else {
        crate::tuple::items(kwnames)
    };
    let npos = all.len() - names.len();
    let mut lookup_failed = false;
    let r = crate::ops::call_method_op(
        obj,
        name,
        all,
        Kw {
            names,
            vals: &all[npos..],
        },
        &mut lookup_failed,
    );
    if lookup_failed {
        crate::exc::note_method_lookup_failed();
    }
    v(r)
}
#[no_mangle]
pub extern "C" fn rt_call_ex(func: Value, args: Value, kwargs: Value) -> Value {
    v(exec::call_ex(func, args, kwargs))
}
#[no_mangle]
pub unsafe extern "C" fn rt_build_tuple(items: *const Value, n: u64) -> Value {
    // The items go straight into the new tuple (no intermediate `Vec`).
    crate::tuple::tuple_from_slice(sl(items, n))
}
#[no_mangle]
pub unsafe extern "C" fn rt_build_list(items: *const Value, n: u64) -> Value {
    crate::list::new_list(sl(items, n).to_vec())
}
#[no_mangle]
pub unsafe extern "C" fn rt_build_set(items: *const Value, n: u64) -> Value {
    v(crate::set::new_set(sl(items, n)))
}
#[no_mangle]
pub unsafe extern "C" fn rt_build_dict(items: *const Value, npairs: u64) -> Value {
    v(exec::build_dict(sl(items, npairs * 2)))
}
#[no_mangle]
pub unsafe extern "C" fn rt_build_string(parts: *const Value, n: u64) -> Value {
    exec::build_string(sl(parts, n))
}
#[no_mangle]
pub extern "C" fn rt_format_value(x: Value, conv: u32, spec: Value) -> Value {
    v(exec::format_value(x, conv, spec))
}
#[no_mangle]
pub extern "C" fn rt_list_append(list: Value, item: Value) -> i32 {
    crate::list::items_mut(list).push(item);
    0
}
#[no_mangle]
pub extern "C" fn rt_list_extend(list: Value, it: Value, call_func: Value) -> i32 {
    st(exec::list_extend(list, it, call_func))
}
#[no_mangle]
pub extern "C" fn rt_set_add(set: Value, item: Value) -> i32 {
    st(crate::set::set_add(set, item))
}
#[no_mangle]
pub extern "C" fn rt_set_update(set: Value, it: Value) -> i32 {
    st(exec::set_update(set, it))
}
#[no_mangle]
pub extern "C" fn rt_dict_set(d: Value, k: Value, x: Value) -> i32 {
    st(crate::dict::dict_set(d, k, x))
}
#[no_mangle]
pub extern "C" fn rt_dict_update(d: Value, m: Value, call_func: Value) -> i32 {
    st(exec::dict_update(d, m, call_func))
}
#[no_mangle]
pub extern "C" fn rt_list_to_tuple(list: Value) -> Value {
    crate::tuple::tuple_from_slice(crate::list::items(list))
}
#[no_mangle]
pub extern "C" fn rt_get_iter(obj: Value) -> Value {
    v(crate::ops::iter(obj))
}
#[no_mangle]
pub unsafe extern "C" fn rt_for_iter(it: Value, out: *mut Value) -> i32 {
    if crate::stdio::check_interrupt() {
        return -1;
    }
    match crate::ops::next(it) {
        Ok(Some(x)) => {
            *out = x;
            1
        }
        Ok(None) => 0,
        Err(_) => -1,
    }
}
#[no_mangle]
pub unsafe extern "C" fn rt_unpack(src: Value, dsts: *mut Value, n: u64, star: i64) -> i32 {
    let out = std::slice::from_raw_parts_mut(dsts, n as usize);
    st(exec::unpack(
        src,
        out,
        if star < 0 { None } else { Some(star as usize) },
    ))
}
#[no_mangle]
pub extern "C" fn rt_make_function(
    cur: Value,
    func_id: u32,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    exec::make_function(cur, func_id, defaults, kwdefaults, closure)
}
#[no_mangle]
pub extern "C" fn rt_make_cell(init: Value) -> Value {
    crate::func::new_cell(init)
}
#[no_mangle]
pub extern "C" fn rt_cell_get(cell: Value, name: Value, kind: u32) -> Value {
    v(exec::cell_get(cell, name, kind))
}
#[no_mangle]
pub extern "C" fn rt_cell_set(cell: Value, x: Value) -> i32 {
    cell.cast::<crate::func::CellObj>().v.set(x);
    0
}
#[no_mangle]
pub extern "C" fn rt_cell_clear(cell: Value) -> i32 {
    cell.cast::<crate::func::CellObj>().v.set(Value::NULL);
    0
}
#[no_mangle]
pub extern "C" fn rt_load_closure(func: Value, idx: u32) -> Value {
    exec::load_closure(func, idx)
}
#[no_mangle]
pub extern "C" fn rt_import(cur: Value, name: Value, level: u32) -> Value {
    v(crate::import::import(cur, name, level))
}
#[no_mangle]
pub extern "C" fn rt_import_from(module: Value, name: Value) -> Value {
    v(crate::import::import_from(module, name))
}
#[no_mangle]
pub unsafe extern "C" fn rt_catch(saved_out: *mut Value) -> Value {
    let (e, saved) = exec::catch();
    *saved_out = saved;
    e
}
#[no_mangle]
pub extern "C" fn rt_restore_exc(saved: Value) {
    exc::set_handled(saved);
}
#[no_mangle]
pub extern "C" fn rt_exc_match(e: Value, typ: Value) -> i32 {
    match exec::exc_match(e, typ) {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}
#[no_mangle]
pub extern "C" fn rt_raise(e: Value, cause: Value) -> Value {
    exec::raise(e, cause);
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_reraise(e: Value) -> Value {
    exc::set_pending(e);
    Value::NULL
}
#[no_mangle]
pub extern "C" fn rt_traceback(func: u32, line: u32, pos: u32) {
    exc::add_traceback(func, line, pos);
}

/// The Python call depth. Generated code increments it inline at function
/// entry and decrements it at exit (`pyaot_depth`).
#[export_name = "pyaot_depth"]
static mut DEPTH: u32 = 0;
pub static mut RECURSION_LIMIT: u32 = 1000;
/// The depth past which generated code's inline entry check calls
/// `rt_enter_slow`: `RECURSION_LIMIT`, or 0 while a Ctrl-C is pending so
/// the next function entry notices it.
#[export_name = "pyaot_enter_limit"]
pub static mut ENTER_LIMIT: u32 = 1000;
/// The lowest stack address Python frames may use (`pyaot_stack_limit`).
#[export_name = "pyaot_stack_limit"]
static mut STACK_LIMIT: usize = 0;

/// Set the recursion limit (`sys.setrecursionlimit`).
pub fn set_recursion_limit(n: u32) {
    unsafe {
        RECURSION_LIMIT = n;
        if !crate::stdio::INTERRUPTED {
            ENTER_LIMIT = n;
        }
    }
}

/// How much machine stack the main thread may use. CPython 3.11 does not
/// use the C stack for Python-to-Python calls, so programs that raise the
/// recursion limit recurse tens of thousands of frames deep; the soft
/// `RLIMIT_STACK` is raised to this at start-up (the main thread's stack
/// grows on demand up to the current limit, and Linux keeps at least
/// 128 MB free below the stack for it).
const WANTED_STACK: usize = 112 << 20;

/// Remember where the stack ends, so deep recursion raises RecursionError
/// instead of overflowing the machine stack.
pub fn init_stack_limit() {
    let here = 0u8;
    let base = &here as *const u8 as usize;
    let mut lim: libc::rlimit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let size = unsafe {
        if libc::getrlimit(libc::RLIMIT_STACK, &mut lim) != 0 {
            8 << 20
        } else if lim.rlim_cur == libc::RLIM_INFINITY {
            WANTED_STACK
        } else if (lim.rlim_cur as usize) < WANTED_STACK
            && (lim.rlim_max == libc::RLIM_INFINITY || lim.rlim_max as usize >= WANTED_STACK)
        {
            let raised = libc::rlimit {
                rlim_cur: WANTED_STACK as libc::rlim_t,
                rlim_max: lim.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_STACK, &raised) == 0 {
                WANTED_STACK
            } else {
                lim.rlim_cur as usize
            }
        } else {
            lim.rlim_cur as usize
        }
    };
    // Keep a safety margin for runtime code below the last Python frame.
    let usable = size.saturating_sub(256 << 10).max(256 << 10);
    unsafe { STACK_LIMIT = base.saturating_sub(usable) };
}

/// Function entry: count the Python call depth (RecursionError past the
/// limit or near the end of the machine stack).
#[no_mangle]
pub extern "C" fn rt_enter() -> i32 {
    unsafe {
        DEPTH += 1;
        let here = 0u8;
        let sp = &here as *const u8 as usize;
        if crate::stdio::check_interrupt() {
            DEPTH -= 1;
            return -1;
        }
        if DEPTH > RECURSION_LIMIT || sp < STACK_LIMIT {
            DEPTH -= 1;
            exc::raise(&exc::RECURSION_ERROR, "maximum recursion depth exceeded");
            return -1;
        }
    }
    0
}
/// The slow half of generated code's inline function entry: the depth is
/// already incremented and passed the limit, the stack limit, or a Ctrl-C
/// is pending.
#[no_mangle]
pub extern "C" fn rt_enter_slow() -> i32 {
    unsafe {
        DEPTH -= 1;
    }
    rt_enter()
}
#[no_mangle]
pub extern "C" fn rt_leave() {
    unsafe { DEPTH -= 1 }
}

/// Recursion inside the runtime (repr, comparison and hashing of nested
/// containers) counts toward the same depth as Python calls, as CPython's
/// `Py_EnterRecursiveCall`: past the limit, or near the end of the machine
/// stack, entering raises RecursionError with `what` appended to the
/// message. The depth is restored when the guard is dropped.
pub struct RecursionGuard(());

impl RecursionGuard {
    pub fn enter(what: &str) -> crate::exc::PyResult<RecursionGuard> {
        unsafe {
            DEPTH += 1;
            let here = 0u8;
            let sp = &here as *const u8 as usize;
            if DEPTH > RECURSION_LIMIT || sp < STACK_LIMIT {
                DEPTH -= 1;
                return Err(exc::raise(
                    &exc::RECURSION_ERROR,
                    format!("maximum recursion depth exceeded{what}"),
                ));
            }
        }
        Ok(RecursionGuard(()))
    }
}

/// Only the machine-stack part of the guard (for recursion CPython does not
/// count, such as hashing nested tuples): RecursionError instead of a crash.
pub fn check_stack() -> crate::exc::PyResult<()> {
    let here = 0u8;
    let sp = &here as *const u8 as usize;
    if sp < unsafe { STACK_LIMIT } {
        return Err(exc::raise(
            &exc::RECURSION_ERROR,
            "maximum recursion depth exceeded",
        ));
    }
    Ok(())
}

impl Drop for RecursionGuard {
    fn drop(&mut self) {
        unsafe { DEPTH -= 1 }
    }
}

pub fn depth() -> u32 {
    unsafe { DEPTH }
}

/// Box the double with bit pattern `bits` (speculative float code,
/// `codegen/spec.rs`, when the value has no immediate form).
#[no_mangle]
pub extern "C" fn rt_box_float(bits: u64) -> Value {
    crate::float::new_float(f64::from_bits(bits))
}

/// If `v` is an exact float (immediate or boxed), store its bit pattern
/// in `*out` and return 1; else return 0. Float subclasses are not exact:
/// their operators may be overridden.
#[no_mangle]
pub extern "C" fn rt_exact_float(v: Value, out: *mut u64) -> i32 {
    if v.is_imm_float() {
        unsafe { *out = v.imm_f64().to_bits() };
        return 1;
    }
    if !v.is_null() && v.is_obj() && std::ptr::eq(v.ty(), &crate::float::FLOAT_TYPE) {
        unsafe { *out = crate::float::float_val(v).to_bits() };
        return 1;
    }
    0
}

/// Is `obj` of a type whose item access never keeps the key (so a slice
/// key may live on the Rust stack)?
fn slice_key_transient(obj: Value) -> bool {
    if !obj.is_obj() {
        return false;
    }
    let t = obj.ty();
    std::ptr::eq(t, &crate::list::LIST_TYPE)
        || std::ptr::eq(t, &crate::tuple::TUPLE_TYPE)
        || std::ptr::eq(t, &crate::str::STR_TYPE)
        || std::ptr::eq(t, &crate::bytes::BYTES_TYPE)
}

/// Run `f` with the slice `lo:hi:step` (absent parts NULL): on the Rust
/// stack when `obj` is an exact list, tuple, str or bytes (whose item
/// access never keeps the key), else a heap slice object.
fn with_slice<R>(obj: Value, lo: Value, hi: Value, step: Value, f: impl FnOnce(Value) -> R) -> R {
    if !slice_key_transient(obj) {
        return f(exec::make_slice(lo, hi, step));
    }
    let n = |x: Value| if x.is_null() { crate::value::none() } else { x };
    let s = crate::slice::SliceObj {
        ob: crate::object::Obj {
            ty: &crate::slice::SLICE_TYPE,
        },
        start: n(lo),
        stop: n(hi),
        step: n(step),
    };
    f(Value::from_ptr(&s))
}

/// `obj[lo:hi:step]` without allocating the slice for exact sequences.
#[no_mangle]
pub extern "C" fn rt_getitem_slice(obj: Value, lo: Value, hi: Value, step: Value) -> Value {
    if let Some(r) = crate::list_slice::get(obj, lo, hi, step) {
        return r;
    }
    with_slice(obj, lo, hi, step, |k| v(crate::ops::getitem(obj, k)))
}

/// `obj[lo:hi:step] = x`, as `rt_getitem_slice`.
#[no_mangle]
pub extern "C" fn rt_setitem_slice(obj: Value, lo: Value, hi: Value, step: Value, x: Value) -> i32 {
    if crate::list_slice::set(obj, lo, hi, step, x).is_some() {
        return 0;
    }
    with_slice(obj, lo, hi, step, |k| st(crate::ops::setitem(obj, k, x)))
}
