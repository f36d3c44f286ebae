//! Generator objects: a suspended VM frame plus the protocol (`next`,
//! `send`, `throw`, `close`, `yield from` delegation), with PEP 479's
//! StopIteration-to-RuntimeError rule.

use crate::exc::{self, PyResult};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use crate::vm::{Frame, Outcome};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct GenObj {
    pub ob: Obj,
    pub frame: UnsafeCell<Frame>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
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
        iter: Some(|v| Ok(v)),
        next: Some(gen_next),
        repr: Some(gen_repr),
        getattr: Some(gen_getattr),
        ..Slots::EMPTY
    },
)
.final_();

pub fn new_generator(frame: Frame) -> Value {
    new_obj(GenObj {
        ob: Obj {
            ty: &GENERATOR_TYPE,
        },
        frame: UnsafeCell::new(frame),
        started: Cell::new(false),
        running: Cell::new(false),
        finished: Cell::new(false),
    })
}

fn frame(g: &GenObj) -> &mut Frame {
    unsafe { &mut *g.frame.get() }
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
    if g.finished.get() {
        if throw {
            return Err(exc::PyErr);
        }
        return Ok(Step::Return(none()));
    }
    if g.running.get() {
        return Err(exc::value_error("generator already executing"));
    }
    if !g.started.get() && !sent.is_none() && !throw {
        return Err(exc::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    g.started.set(true);
    g.running.set(true);
    if crate::abi::rt_enter() < 0 {
        g.running.set(false);
        return Err(exc::PyErr);
    }
    let fr = frame(g);
    fr.resume_value = sent;
    fr.throw_pending = throw;
    // A throw into a generator suspended in `yield from` goes to the
    // delegate first.
    if throw && fr.delegating {
        if let Some(sub) = delegate_target(fr).filter(|s| s.kind() == Kind::Generator) {
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
                Ok(Step::Yield(v)) => {
                    fr.throw_pending = false;
                    g.running.set(false);
                    crate::abi::rt_leave();
                    return Ok(Step::Yield(v));
                }
                Ok(Step::Return(v)) => {
                    fr.throw_pending = false;
                    fr.delegating = false;
                    finish_yield_from(fr, v);
                }
                Err(_) => {
                    // The delegate's exception is raised at the yield from.
                    fr.delegating = false;
                    fr.ip += 1;
                    fr.throw_pending = true;
                }
            }
        }
    }

    let saved_handled = exc::handled();
    let out = crate::vm::run(fr);
    exc::set_handled(saved_handled);
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
            if exc::pending_is(&exc::STOP_ITERATION) {
                let e = exc::take();
                let err = exc::runtime_error("generator raised StopIteration");
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

fn gen_send_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("send", &args[1..], 1, 1)?;
    match resume(args[0], args[1], false)? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(stop_with(r)),
    }
}

/// Build the exception instance for `throw(typ[, val])`.
fn make_throw_exc(args: &[Value]) -> PyResult<Value> {
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

fn gen_throw_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
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
        Ok(Step::Yield(_)) => Err(exc::runtime_error("generator ignored GeneratorExit")),
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

fn gen_close_m(args: &[Value], _kw: Kw) -> PyResult<Value> {
    gen_close(args[0])?;
    Ok(none())
}

fn gen_repr(v: Value) -> PyResult<Value> {
    let g = v.cast::<GenObj>();
    let q = &frame(g).code.qualname;
    Ok(crate::str::new_str(&format!(
        "<generator object {} at {:#x}>",
        q, v.0
    )))
}

fn gen_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let g = v.cast::<GenObj>();
    let code = frame(g).code;
    Ok(match name {
        "__name__" => Some(crate::str::new_str(&code.name)),
        "__qualname__" => Some(crate::str::new_str(&code.qualname)),
        "gi_running" => Some(crate::value::bool_(g.running.get())),
        "gi_frame" => Some(if g.finished.get() { none() } else { v }),
        _ => None,
    })
}

/// One step of `yield from` delegation to `it` with `sent`:
/// Yield(v) to pass a value out, Return(v) when the sub-iterator is done.
pub fn delegate(it: Value, sent: Value) -> PyResult<Step> {
    if it.kind() == Kind::Generator {
        return resume(it, sent, false);
    }
    if sent.is_none() {
        return match crate::ops::next(it)? {
            Some(v) => Ok(Step::Yield(v)),
            None => Ok(Step::Return(none())),
        };
    }
    match crate::ops::call_method_str(it, "send", &[sent]) {
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
