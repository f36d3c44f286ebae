//! Generator objects: a suspended VM frame or a native state machine, plus
//! the protocol (`next`, `send`, `throw`, `close`, `yield from`
//! delegation), with PEP 479's StopIteration-to-RuntimeError rule.
//!
//! A native generator is compiled by the back end to a *resume function*
//! `extern "C" fn(func, *mut NativeState) -> Value`: it reloads the
//! registers from the generator's register file (`Frame::regs`), continues
//! at resume point `NativeState::resume` and, at the next `yield`, spills
//! the registers back and returns the yielded value with `resume` set to
//! that yield's point. It sets `resume` to [`DONE`] when it returns and
//! returns 0 when it raises. Both kinds share everything below the frame:
//! `send`/`throw`/`close`, throwing into a `yield from` delegate, and the
//! StopIteration rules, so they behave identically.

use crate::exc::{self, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use crate::vm::{Frame, Outcome};
use std::cell::{Cell, UnsafeCell};

/// The words a native resume function reads and writes. The layout is
/// fixed: the back end (`compiler/src/codegen/gen.rs`) addresses the
/// fields by offset.
#[repr(C)]
pub struct NativeState {
    /// [0] The register file (`nregs` words, owned by the frame).
    pub regs: *mut Value,
    /// [1] 0: not started; k > 0: suspended at resume point k; DONE: returned.
    pub resume: i64,
    /// [2] The value sent in (mode 0) or the delegate's return value (mode 2).
    pub sent: Value,
    /// [3] How to resume: 0 send `sent`; 1 raise the pending exception at
    /// the suspension point; 2 the `yield from` delegate returned `sent`.
    pub mode: i64,
    /// [4] The iterator a suspended `yield from` delegates to (else NULL).
    pub delegate: Value,
}

/// `NativeState::resume` after the generator returned.
pub const DONE: i64 = -1;

/// A native generator's resume function.
pub type ResumeFn = unsafe extern "C" fn(Value, *mut NativeState) -> Value;

#[repr(C)]
pub struct GenObj {
    pub ob: Obj,
    pub frame: UnsafeCell<Frame>,
    /// The resume function of a native generator (None: the VM runs it).
    pub native: Option<ResumeFn>,
    pub nstate: UnsafeCell<NativeState>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    /// The exception the body was handling when it last suspended (NULL:
    /// none of its own), reinstated on resumption as CPython's per-frame
    /// exception state is, so `__context__` chaining inside an `except`
    /// block survives an `await`.
    pub handled: Cell<Value>,
    /// Async generators: the `sys.set_asyncgen_hooks` firstiter hook has
    /// been called for this generator.
    pub hooks_inited: Cell<bool>,
}

static GEN_METHODS: MethodTable = &[
    ("send", gen_send_m),
    ("throw", gen_throw_m),
    ("close", gen_close_m),
    ("__next__", |a, _| match resume(a[0], none(), false)? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(stop_with(r)),
    }),
    ("__iter__", |a, _| Ok(a[0])),
];
pub static GENERATOR_TYPE: TypeObject = TypeObject::builtin(
    "generator",
    Kind::Generator,
    &OBJECT_TYPE,
    GEN_METHODS,
    Slots {
        iter: Some(Ok),
        next: Some(gen_next),
        repr: Some(gen_repr),
        getattr: Some(gen_getattr),
        ..Slots::EMPTY
    },
)
.final_();

/// The generator, coroutine or async generator (by `kind`) that runs
/// `frame`: in the VM, or through the native resume function `native`,
/// with `frame.regs` as its register file.
pub fn new_for_kind(frame: Frame, native: Option<ResumeFn>, kind: pyaot_ir::FuncKind) -> Value {
    let ty: &'static TypeObject = match kind {
        pyaot_ir::FuncKind::Coroutine => &crate::coroutine::COROUTINE_TYPE,
        pyaot_ir::FuncKind::AsyncGenerator => &crate::async_gen::ASYNC_GENERATOR_TYPE,
        _ => &GENERATOR_TYPE,
    };
    new_gen(frame, native, ty)
}

fn new_gen(mut frame: Frame, native: Option<ResumeFn>, ty: &'static TypeObject) -> Value {
    let regs = frame.regs.as_mut_ptr();
    new_obj(GenObj {
        ob: Obj { ty },
        frame: UnsafeCell::new(frame),
        native,
        nstate: UnsafeCell::new(NativeState {
            regs,
            resume: 0,
            sent: Value::NULL,
            mode: 0,
            delegate: Value::NULL,
        }),
        started: Cell::new(false),
        running: Cell::new(false),
        finished: Cell::new(false),
        handled: Cell::new(Value::NULL),
        hooks_inited: Cell::new(false),
    })
}

fn frame(g: &GenObj) -> &mut Frame {
    unsafe { &mut *g.frame.get() }
}

/// What kind of generator object `gv` is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub fn flavor(gv: Value) -> Flavor {
    let t = gv.ty() as *const TypeObject;
    if std::ptr::eq(t, &crate::coroutine::COROUTINE_TYPE) {
        Flavor::Coroutine
    } else if std::ptr::eq(t, &crate::async_gen::ASYNC_GENERATOR_TYPE) {
        Flavor::AsyncGenerator
    } else {
        Flavor::Generator
    }
}

impl Flavor {
    /// The word CPython's messages use for this kind of object.
    pub fn noun(self) -> &'static str {
        match self {
            Flavor::Generator => "generator",
            Flavor::Coroutine => "coroutine",
            Flavor::AsyncGenerator => "async generator",
        }
    }
}

/// Is the generator `gv` suspended inside a `yield from` (an `await`),
/// rather than at a plain `yield`?
pub fn in_yield_from(gv: Value) -> bool {
    let g = gv.cast::<GenObj>();
    if g.native.is_some() {
        !unsafe { &*g.nstate.get() }.delegate.is_null()
    } else {
        frame(g).delegating
    }
}

/// The delegate of a generator suspended in `yield from`/`await` (else None).
pub fn awaiting(gv: Value) -> Option<Value> {
    let g = gv.cast::<GenObj>();
    if g.finished.get() || !in_yield_from(gv) {
        return None;
    }
    if g.native.is_some() {
        Some(unsafe { &*g.nstate.get() }.delegate)
    } else {
        delegate_target(frame(g))
    }
}

/// One step of a generator.
pub enum Step {
    Yield(Value),
    Return(Value),
}

/// Resume the generator with `sent` (or with the pending exception when
/// `throw` is set). Errors leave the exception pending.
pub fn resume(gv: Value, sent: Value, throw: bool) -> PyResult<Step> {
    let g = gv.cast::<GenObj>();
    let fl = flavor(gv);
    if g.finished.get() {
        if fl == Flavor::Coroutine {
            if throw {
                exc::take();
            }
            return Err(exc::runtime_error("cannot reuse already awaited coroutine"));
        }
        if throw {
            return Err(exc::PyErr);
        }
        return Ok(Step::Return(none()));
    }
    if g.running.get() {
        if throw {
            exc::take();
        }
        return Err(exc::value_error(format!("{} already executing", fl.noun())));
    }
    if !g.started.get() && !sent.is_none() && !throw {
        return Err(exc::type_error(format!(
            "can't send non-None value to a just-started {}",
            fl.noun()
        )));
    }
    g.started.set(true);
    g.running.set(true);
    if crate::abi::rt_enter() < 0 {
        g.running.set(false);
        return Err(exc::PyErr);
    }
    let out = match g.native {
        Some(f) => run_native(g, f, sent, throw),
        None => run_vm(g, sent, throw),
    };
    crate::abi::rt_leave();
    g.running.set(false);
    match out {
        Outcome::Yield(v) => Ok(Step::Yield(v)),
        Outcome::Return(v) => {
            g.finished.set(true);
            Ok(Step::Return(v))
        }
        Outcome::Error => {
            g.finished.set(true);
            let stop_async =
                fl == Flavor::AsyncGenerator && exc::pending_is(&exc::STOP_ASYNC_ITERATION);
            if exc::pending_is(&exc::STOP_ITERATION) || stop_async {
                let e = exc::take();
                let which = if stop_async {
                    "StopAsyncIteration"
                } else {
                    "StopIteration"
                };
                let err = exc::runtime_error(format!("{} raised {which}", fl.noun()));
                let r = exc::pending();
                if r.kind() == Kind::Exception {
                    let ro = r.cast::<exc::ExcObj>();
                    ro.cause.set(e);
                    ro.context.set(e);
                    ro.suppress_context.set(true);
                }
                return Err(err);
            }
            Err(exc::PyErr)
        }
    }
}

/// What throwing the pending exception into a generator suspended in
/// `yield from` did to its delegate.
enum Thrown {
    /// The delegate yielded: the generator stays suspended.
    Yield(Value),
    /// The delegate returned: the `yield from` completes with this value.
    Return(Value),
    /// Raise the pending exception at the `yield from`.
    Raise,
}

/// Throw the pending exception into `sub` (the delegate of a `yield from`),
/// or close it for GeneratorExit. Only generator delegates take part; any
/// other iterator leaves the exception to be raised at the `yield from`.
fn throw_into_delegate(sub: Value) -> Thrown {
    if sub.kind() != Kind::Generator {
        return throw_into_iterator(sub);
    }
    let e = exc::take();
    let r = if e.ty().is_subtype(&exc::GENERATOR_EXIT) {
        gen_close(sub).map(|_| Step::Return(none())).and_then(|_| {
            exc::set_pending(e);
            Err(exc::PyErr)
        })
    } else {
        gen_throw(sub, e)
    };
    match r {
        Ok(Step::Yield(v)) => Thrown::Yield(v),
        Ok(Step::Return(v)) => Thrown::Return(v),
        Err(_) => Thrown::Raise,
    }
}

/// `throw_into_delegate` for a delegate that is not a generator: call its
/// `close` (for GeneratorExit) or `throw` method when it has one, as
/// CPython does.
fn throw_into_iterator(sub: Value) -> Thrown {
    let e = exc::take();
    if e.ty().is_subtype(&exc::GENERATOR_EXIT) {
        if crate::ops::has_attr_str(sub, "close")
            && crate::ops::call_method_str(sub, "close", &[]).is_err()
        {
            return Thrown::Raise;
        }
        exc::set_pending(e);
        return Thrown::Raise;
    }
    if !crate::ops::has_attr_str(sub, "throw") {
        exc::set_pending(e);
        return Thrown::Raise;
    }
    match crate::ops::call_method_str(sub, "throw", &[e]) {
        Ok(v) => Thrown::Yield(v),
        Err(_) => {
            if exc::pending_is(&exc::STOP_ITERATION) {
                let s = exc::take();
                let args = crate::tuple::items(s.cast::<exc::ExcObj>().args.get());
                Thrown::Return(args.first().copied().unwrap_or_else(none))
            } else {
                Thrown::Raise
            }
        }
    }
}

/// On resumption: install the generator's own handled exception (if it
/// had one when it suspended); returns the caller's, to restore.
fn enter_handled(g: &GenObj) -> Value {
    let saved = exc::handled();
    let own = g.handled.get();
    if !own.is_null() {
        exc::set_handled(own);
    }
    saved
}

/// On suspension or exit: remember what the body was handling (when it
/// suspended inside an `except` block) and restore the caller's.
fn leave_handled(g: &GenObj, saved: Value, suspended: bool) {
    let now = exc::handled();
    let own = if suspended && !now.is(saved) && !now.is_null() && !now.is_none() {
        now
    } else {
        Value::NULL
    };
    g.handled.set(own);
    exc::set_handled(saved);
}

/// Resume a VM generator.
fn run_vm(g: &GenObj, sent: Value, throw: bool) -> Outcome {
    let fr = frame(g);
    fr.resume_value = sent;
    fr.throw_pending = throw;
    // A throw into a generator suspended in `yield from` goes to the
    // delegate first.
    if throw && fr.delegating {
        if let Some(sub) = delegate_target(fr) {
            match throw_into_delegate(sub) {
                Thrown::Yield(v) => {
                    fr.throw_pending = false;
                    return Outcome::Yield(v);
                }
                Thrown::Return(v) => {
                    fr.throw_pending = false;
                    fr.delegating = false;
                    finish_yield_from(fr, v);
                }
                Thrown::Raise => {
                    // The delegate's exception is raised at the yield from.
                    fr.delegating = false;
                    fr.ip += 1;
                    fr.throw_pending = true;
                }
            }
        }
    }
    let saved_handled = enter_handled(g);
    let out = crate::vm::run(fr);
    leave_handled(g, saved_handled, matches!(out, Outcome::Yield(_)));
    out
}

/// Resume a native generator through its resume function.
fn run_native(g: &GenObj, f: ResumeFn, sent: Value, throw: bool) -> Outcome {
    let st = unsafe { &mut *g.nstate.get() };
    st.sent = sent;
    st.mode = throw as i64;
    if throw && !st.delegate.is_null() {
        match throw_into_delegate(st.delegate) {
            Thrown::Yield(v) => return Outcome::Yield(v),
            Thrown::Return(v) => {
                st.mode = 2;
                st.sent = v;
            }
            Thrown::Raise => {}
        }
    }
    st.delegate = Value::NULL;
    let saved_handled = enter_handled(g);
    let r = unsafe { f(frame(g).func, st) };
    leave_handled(g, saved_handled, !r.is_null() && st.resume != DONE);
    if r.is_null() {
        Outcome::Error
    } else if st.resume == DONE {
        Outcome::Return(r)
    } else {
        Outcome::Yield(r)
    }
}

/// `rt_gen_delegate`: one step of `yield from` for native code (`sent` NULL
/// means None). Returns 1 with the yielded value in `*out`, 0 with the
/// delegate's return value in `*out`, or -1 with an exception pending.
#[no_mangle]
pub unsafe extern "C" fn rt_gen_delegate(it: Value, sent: Value, out: *mut Value) -> i32 {
    let sent = if sent.is_null() { none() } else { sent };
    match delegate(it, sent) {
        Ok(Step::Yield(v)) => {
            *out = v;
            1
        }
        Ok(Step::Return(v)) => {
            *out = v;
            0
        }
        Err(_) => -1,
    }
}

/// `rt_yield_from_iter`: the iterator `yield from obj` delegates to
/// (generators pass through); NULL with an exception pending.
#[no_mangle]
pub extern "C" fn rt_yield_from_iter(obj: Value) -> Value {
    yield_from_iter(obj).unwrap_or(Value::NULL)
}

/// The iterator `yield from obj` delegates to (generators pass through).
pub fn yield_from_iter(obj: Value) -> PyResult<Value> {
    if obj.kind() == Kind::Generator && flavor(obj) == Flavor::Coroutine {
        return Err(exc::type_error(
            "cannot 'yield from' a coroutine object in a non-coroutine generator",
        ));
    }
    if obj.kind() == Kind::Generator {
        Ok(obj)
    } else {
        crate::ops::iter(obj)
    }
}

fn gen_next(v: Value) -> PyResult<Option<Value>> {
    match resume(v, none(), false)? {
        Step::Yield(x) => Ok(Some(x)),
        Step::Return(_) => Ok(None),
    }
}

/// StopIteration carrying a return value.
pub fn stop_with(v: Value) -> exc::PyErr {
    if v.is_none() {
        return exc::stop_iteration();
    }
    exc::raise_value(exc::new_exc(
        &exc::STOP_ITERATION,
        crate::tuple::new_tuple(vec![v]),
    ))
}

pub fn gen_send_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("send", &args[1..], 1, 1)?;
    match resume(args[0], args[1], false)? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(stop_with(r)),
    }
}

/// Build the exception instance for `throw(typ[, val])`.
pub fn make_throw_exc(args: &[Value]) -> PyResult<Value> {
    let t = args[0];
    if t.kind() == Kind::Type {
        let tt = t.cast::<TypeObject>();
        if !tt.is_subtype(&exc::BASE_EXCEPTION) {
            return Err(exc::type_error(
                "exceptions must be classes or instances deriving from BaseException, not type",
            ));
        }
        let call_args: Vec<Value> = args
            .get(1)
            .filter(|v| !v.is_none())
            .copied()
            .into_iter()
            .collect();
        if let Some(v) = call_args.first() {
            if v.kind() == Kind::Exception {
                return Ok(*v);
            }
        }
        return crate::func::call(t, &call_args, Kw::NONE);
    }
    if t.kind() == Kind::Exception {
        return Ok(t);
    }
    Err(exc::type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        t.ty().name()
    )))
}

pub fn gen_throw(g: Value, e: Value) -> PyResult<Step> {
    exc::set_pending(e);
    resume(g, none(), true)
}

pub fn gen_throw_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("throw", &args[1..], 1, 3)?;
    let e = make_throw_exc(&args[1..])?;
    match gen_throw(args[0], e)? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(stop_with(r)),
    }
}

pub fn gen_close(g: Value) -> PyResult<()> {
    let go = g.cast::<GenObj>();
    if go.finished.get() || !go.started.get() {
        go.finished.set(true);
        return Ok(());
    }
    let e = exc::new_exc(&exc::GENERATOR_EXIT, exc::empty_args());
    match gen_throw(g, e) {
        Ok(Step::Yield(_)) => Err(exc::runtime_error(format!(
            "{} ignored GeneratorExit",
            flavor(g).noun()
        ))),
        Ok(Step::Return(_)) => Ok(()),
        Err(err) => {
            if exc::pending_is(&exc::GENERATOR_EXIT) || exc::pending_is(&exc::STOP_ITERATION) {
                exc::take();
                Ok(())
            } else {
                Err(err)
            }
        }
    }
}

pub fn gen_close_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    gen_close(args[0])?;
    Ok(none())
}

pub fn gen_repr(v: Value) -> PyResult<Value> {
    let g = v.cast::<GenObj>();
    let q = &frame(g).code.qualname;
    let what = match flavor(v) {
        Flavor::Generator => "generator",
        Flavor::Coroutine => "coroutine",
        Flavor::AsyncGenerator => "async_generator",
    };
    Ok(crate::str::new_str(&format!(
        "<{what} object {} at {:#x}>",
        q, v.0
    )))
}

pub fn gen_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let g = v.cast::<GenObj>();
    let code = frame(g).code;
    let prefix = match flavor(v) {
        Flavor::Generator => "gi_",
        Flavor::Coroutine => "cr_",
        Flavor::AsyncGenerator => "ag_",
    };
    if let Some(attr) = name.strip_prefix(prefix) {
        return Ok(match attr {
            "running" => Some(crate::value::bool_(g.running.get())),
            "frame" => Some(if g.finished.get() { none() } else { v }),
            "await" | "yieldfrom" => Some(awaiting(v).unwrap_or_else(none)),
            "suspended" => Some(crate::value::bool_(
                g.started.get() && !g.finished.get() && !g.running.get(),
            )),
            _ => None,
        });
    }
    Ok(match name {
        "__name__" => Some(crate::str::new_str(&code.name)),
        "__qualname__" => Some(crate::str::new_str(&code.qualname)),
        _ => None,
    })
}

/// One step of `yield from` delegation to `it` with `sent`:
/// Yield(v) to pass a value out, Return(v) when the sub-iterator is done.
pub fn delegate(it: Value, sent: Value) -> PyResult<Step> {
    if it.kind() == Kind::Generator {
        return resume(it, sent, false);
    }
    let r = if sent.is_none() {
        match crate::ops::next(it) {
            Ok(Some(v)) => return Ok(Step::Yield(v)),
            Ok(None) => return Ok(Step::Return(none())),
            Err(e) => Err(e),
        }
    } else {
        crate::ops::call_method_str(it, "send", &[sent])
    };
    match r {
        Ok(v) => Ok(Step::Yield(v)),
        Err(e) => {
            if exc::pending_is(&exc::STOP_ITERATION) {
                let s = exc::take();
                let args = crate::tuple::items(s.cast::<exc::ExcObj>().args.get());
                Ok(Step::Return(args.first().copied().unwrap_or_else(none)))
            } else {
                Err(e)
            }
        }
    }
}

/// The iterator a frame suspended in `yield from` delegates to.
fn delegate_target(fr: &Frame) -> Option<Value> {
    let inst = fr.code.blocks[fr.block].insts.get(fr.ip)?;
    match inst.op {
        pyaot_ir::Op::YieldFrom { iter, .. } => Some(fr.regs[iter.0 as usize]),
        _ => None,
    }
}

/// Complete a `yield from` with the delegate's return value.
fn finish_yield_from(fr: &mut Frame, v: Value) {
    if let Some(inst) = fr.code.blocks[fr.block].insts.get(fr.ip) {
        if let pyaot_ir::Op::YieldFrom { dst, .. } = inst.op {
            fr.regs[dst.0 as usize] = v;
        }
    }
    fr.ip += 1;
}
