//! Async generators (`async def` with `yield`) and the awaitables their
//! methods return (`asend`/`__anext__`, `athrow`/`aclose`), plus the
//! `anext_awaitable` of `anext(it, default)` and `async for`.
//!
//! An async generator is a generator object (`generator::GenObj`) of type
//! `async_generator`. Its body suspends in two ways: at an `await` (a
//! `yield from`: the value goes out to the event loop) and at a `yield`
//! (the value is the generator's next item). `generator::in_yield_from`
//! tells them apart after each step, which plays the part of CPython's
//! wrapped values: an `asend` awaitable passes awaits through and turns an
//! item into `StopIteration(item)`, and the generator's return into
//! `StopAsyncIteration`, exactly as `async_gen_unwrap_value` does.

use crate::exc::{self, PyResult};
use crate::generator::{self, Step};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};
use std::cell::Cell;

/// The hooks of `sys.set_asyncgen_hooks` (NULL: None).
static mut FIRSTITER: Value = Value::NULL;
static mut FINALIZER: Value = Value::NULL;

fn hook_or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}

/// `sys.set_asyncgen_hooks([firstiter[, finalizer]])`. The finalizer is
/// recorded but never called: pyaot does not finalize objects.
pub fn set_hooks(args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("set_asyncgen_hooks", args, 0, 2)?;
    let mut first = args.first().copied();
    let mut fin = args.get(1).copied();
    for (k, v) in kw.iter() {
        match k {
            "firstiter" => first = Some(v),
            "finalizer" => fin = Some(v),
            _ => {
                return Err(exc::type_error(format!(
                    "set_asyncgen_hooks() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (name, v) in [("finalizer", fin), ("firstiter", first)] {
        if let Some(v) = v {
            if !v.is_none() && !crate::builtins::callable_value(v) {
                return Err(exc::type_error(format!(
                    "callable {name} expected, got {}",
                    v.ty().name()
                )));
            }
        }
    }
    let norm = |v: Value| if v.is_none() { Value::NULL } else { v };
    unsafe {
        if let Some(v) = first {
            FIRSTITER = norm(v);
        }
        if let Some(v) = fin {
            FINALIZER = norm(v);
        }
    }
    Ok(none())
}

/// `sys.get_asyncgen_hooks()`: (firstiter, finalizer).
pub fn get_hooks(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("get_asyncgen_hooks", args, 0, 0)?;
    let (a, b) = unsafe { (FIRSTITER, FINALIZER) };
    Ok(crate::tuple::new_tuple(vec![
        hook_or_none(a),
        hook_or_none(b),
    ]))
}

/// CPython's `async_gen_init_hooks`: the first `__anext__`/`asend`/
/// `athrow`/`aclose` of a generator calls the firstiter hook with it.
fn init_hooks(gen: Value) -> PyResult<()> {
    let g = gen.cast::<generator::GenObj>();
    if g.hooks_inited.get() {
        return Ok(());
    }
    g.hooks_inited.set(true);
    let first = unsafe { FIRSTITER };
    if !first.is_null() {
        crate::func::call(first, &[gen], Kw::NONE)?;
    }
    Ok(())
}

static AGEN_METHODS: MethodTable = &[
    ("__aiter__", |a, _| Ok(a[0])),
    ("__anext__", |a, _| {
        init_hooks(a[0])?;
        Ok(new_asend(a[0], none()))
    }),
    ("asend", |a, _| {
        crate::builtins::arity("asend", &a[1..], 1, 1)?;
        init_hooks(a[0])?;
        Ok(new_asend(a[0], a[1]))
    }),
    ("athrow", |a, _| {
        crate::builtins::arity("athrow", &a[1..], 1, 3)?;
        init_hooks(a[0])?;
        Ok(new_athrow(a[0], crate::tuple::new_tuple(a[1..].to_vec())))
    }),
    ("aclose", |a, _| {
        init_hooks(a[0])?;
        Ok(new_athrow(a[0], Value::NULL))
    }),
];

pub static ASYNC_GENERATOR_TYPE: TypeObject = TypeObject::builtin(
    "async_generator",
    Kind::Generator,
    &OBJECT_TYPE,
    AGEN_METHODS,
    Slots {
        repr: Some(generator::gen_repr),
        getattr: Some(generator::gen_getattr),
        ..Slots::EMPTY
    },
)
.final_();

const INIT: u8 = 0;
const ITER: u8 = 1;
const CLOSED: u8 = 2;

/// An `asend`/`__anext__` awaitable (`args` NULL) or an `athrow`/`aclose`
/// awaitable (`args` the throw arguments, NULL for `aclose`).
#[repr(C)]
struct AwaitObj {
    ob: Obj,
    gen: Value,
    /// asend: the value to send first; athrow: the argument tuple (NULL
    /// for aclose).
    arg: Value,
    state: Cell<u8>,
}

fn new_asend(gen: Value, val: Value) -> Value {
    new_obj(AwaitObj {
        ob: Obj { ty: &ASEND_TYPE },
        gen,
        arg: val,
        state: Cell::new(INIT),
    })
}

fn new_athrow(gen: Value, args: Value) -> Value {
    new_obj(AwaitObj {
        ob: Obj { ty: &ATHROW_TYPE },
        gen,
        arg: args,
        state: Cell::new(INIT),
    })
}

fn stop_async() -> exc::PyErr {
    exc::raise_value(exc::new_exc(&exc::STOP_ASYNC_ITERATION, exc::empty_args()))
}

/// CPython's `async_gen_unwrap_value`: an item ends the awaitable with
/// StopIteration(item); an await passes its value through.
fn unwrap(o: &AwaitObj, r: PyResult<Step>) -> PyResult<Value> {
    match r {
        Ok(Step::Yield(v)) if generator::in_yield_from(o.gen) => Ok(v),
        Ok(Step::Yield(v)) => {
            o.state.set(CLOSED);
            Err(generator::stop_with(v))
        }
        Ok(Step::Return(_)) => {
            o.state.set(CLOSED);
            Err(stop_async())
        }
        Err(e) => {
            o.state.set(CLOSED);
            Err(e)
        }
    }
}

fn asend_send(v: Value, arg: Value) -> PyResult<Value> {
    let o = v.cast::<AwaitObj>();
    if o.state.get() == CLOSED {
        return Err(exc::runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let mut arg = arg;
    if o.state.get() == INIT {
        if arg.is_none() {
            arg = o.arg;
        }
        o.state.set(ITER);
    }
    unwrap(o, generator::resume(o.gen, arg, false))
}

fn asend_throw(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("throw", &args[1..], 1, 3)?;
    let o = args[0].cast::<AwaitObj>();
    if o.state.get() == CLOSED {
        return Err(exc::runtime_error(
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let e = generator::make_throw_exc(&args[1..])?;
    unwrap(o, generator::gen_throw(o.gen, e))
}

static ASEND_METHODS: MethodTable = &[
    ("send", |a, _| {
        crate::builtins::arity("send", &a[1..], 1, 1)?;
        asend_send(a[0], a[1])
    }),
    ("throw", asend_throw),
    ("close", |a, _| {
        a[0].cast::<AwaitObj>().state.set(CLOSED);
        Ok(none())
    }),
    ("__next__", |a, _| asend_send(a[0], none())),
    ("__iter__", |a, _| Ok(a[0])),
    ("__await__", |a, _| Ok(a[0])),
];

static ASEND_TYPE: TypeObject = TypeObject::builtin(
    "async_generator_asend",
    Kind::Native,
    &OBJECT_TYPE,
    ASEND_METHODS,
    Slots {
        iter: Some(Ok),
        next: Some(|v| asend_send(v, none()).map(Some)),
        ..Slots::EMPTY
    },
)
.final_();

/// The end of an `aclose()`: GeneratorExit or StopAsyncIteration from
/// the generator means it closed, which ends the awaitable.
fn athrow_check_error(o: &AwaitObj, err: exc::PyErr) -> exc::PyErr {
    if exc::pending_is(&exc::STOP_ASYNC_ITERATION) || exc::pending_is(&exc::GENERATOR_EXIT) {
        o.state.set(CLOSED);
        if o.arg.is_null() {
            exc::take();
            return exc::stop_iteration();
        }
    }
    err
}

/// One step's result of an `athrow`/`aclose` awaitable.
fn athrow_result(o: &AwaitObj, r: PyResult<Step>) -> PyResult<Value> {
    if !o.arg.is_null() {
        return unwrap(o, r);
    }
    match r {
        Ok(Step::Yield(v)) if generator::in_yield_from(o.gen) => Ok(v),
        Ok(Step::Yield(_)) => Err(exc::runtime_error("async generator ignored GeneratorExit")),
        Ok(Step::Return(_)) => {
            o.state.set(CLOSED);
            Err(exc::stop_iteration())
        }
        Err(e) => Err(athrow_check_error(o, e)),
    }
}

fn athrow_send(v: Value, arg: Value) -> PyResult<Value> {
    let o = v.cast::<AwaitObj>();
    match o.state.get() {
        CLOSED => Err(exc::runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        )),
        INIT => {
            let g = o.gen.cast::<generator::GenObj>();
            if g.finished.get() {
                // A closed generator: the awaitable ends at once (None).
                o.state.set(CLOSED);
                return Err(exc::stop_iteration());
            }
            if !arg.is_none() {
                return Err(exc::runtime_error(
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            o.state.set(ITER);
            let e = if o.arg.is_null() {
                exc::new_exc(&exc::GENERATOR_EXIT, exc::empty_args())
            } else {
                generator::make_throw_exc(crate::tuple::items(o.arg))?
            };
            let r = generator::gen_throw(o.gen, e);
            let r = athrow_result(o, r);
            if r.is_err() && !o.arg.is_null() {
                return r;
            }
            r
        }
        _ => athrow_result(o, generator::resume(o.gen, arg, false)),
    }
}

fn athrow_throw(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("throw", &args[1..], 1, 3)?;
    let o = args[0].cast::<AwaitObj>();
    if o.state.get() == CLOSED {
        return Err(exc::runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    let e = generator::make_throw_exc(&args[1..])?;
    athrow_result(o, generator::gen_throw(o.gen, e))
}

static ATHROW_METHODS: MethodTable = &[
    ("send", |a, _| {
        crate::builtins::arity("send", &a[1..], 1, 1)?;
        athrow_send(a[0], a[1])
    }),
    ("throw", athrow_throw),
    ("close", |a, _| {
        a[0].cast::<AwaitObj>().state.set(CLOSED);
        Ok(none())
    }),
    ("__next__", |a, _| athrow_send(a[0], none())),
    ("__iter__", |a, _| Ok(a[0])),
    ("__await__", |a, _| Ok(a[0])),
];

static ATHROW_TYPE: TypeObject = TypeObject::builtin(
    "async_generator_athrow",
    Kind::Native,
    &OBJECT_TYPE,
    ATHROW_METHODS,
    Slots {
        iter: Some(Ok),
        next: Some(|v| athrow_send(v, none()).map(Some)),
        ..Slots::EMPTY
    },
)
.final_();

/// `anext(it, default)` and one `async for` step: awaits `aw` and turns
/// its StopAsyncIteration into the result `default`.
#[repr(C)]
struct ANextObj {
    ob: Obj,
    /// The awaitable (`__anext__()`'s result), then the iterator awaiting it.
    aw: Cell<Value>,
    started: Cell<bool>,
    default: Value,
}

pub fn new_anext_awaitable(aw: Value, default: Value) -> Value {
    new_obj(ANextObj {
        ob: Obj {
            ty: &ANEXT_AWAITABLE_TYPE,
        },
        aw: Cell::new(aw),
        started: Cell::new(false),
        default,
    })
}

/// The iterator driving the awaited object (resolved on first use).
fn anext_iter(o: &ANextObj) -> PyResult<Value> {
    if !o.started.get() {
        let it = crate::coroutine::get_awaitable(o.aw.get())?;
        o.aw.set(it);
        o.started.set(true);
    }
    Ok(o.aw.get())
}

fn anext_finish(o: &ANextObj, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) => {
            if exc::pending_is(&exc::STOP_ASYNC_ITERATION) {
                exc::take();
                Err(generator::stop_with(o.default))
            } else {
                Err(e)
            }
        }
        ok => ok,
    }
}

fn anext_send(v: Value, arg: Value) -> PyResult<Value> {
    let o = v.cast::<ANextObj>();
    let it = anext_iter(o)?;
    let r = match generator::delegate(it, arg) {
        Ok(Step::Yield(x)) => Ok(x),
        Ok(Step::Return(r)) => Err(generator::stop_with(r)),
        Err(e) => Err(e),
    };
    anext_finish(o, r)
}

static ANEXT_METHODS: MethodTable = &[
    ("send", |a, _| {
        crate::builtins::arity("send", &a[1..], 1, 1)?;
        anext_send(a[0], a[1])
    }),
    ("throw", |a, _| {
        let o = a[0].cast::<ANextObj>();
        let it = anext_iter(o)?;
        let r = crate::ops::call_method_str(it, "throw", &a[1..]);
        anext_finish(o, r)
    }),
    ("close", |a, _| {
        let o = a[0].cast::<ANextObj>();
        let it = anext_iter(o)?;
        if crate::ops::has_attr_str(it, "close") {
            crate::ops::call_method_str(it, "close", &[])?;
        }
        Ok(none())
    }),
    ("__next__", |a, _| anext_send(a[0], none())),
    ("__iter__", |a, _| Ok(a[0])),
    ("__await__", |a, _| Ok(a[0])),
];

static ANEXT_AWAITABLE_TYPE: TypeObject = TypeObject::builtin(
    "anext_awaitable",
    Kind::Native,
    &OBJECT_TYPE,
    ANEXT_METHODS,
    Slots {
        iter: Some(Ok),
        next: Some(|v| anext_send(v, none()).map(Some)),
        ..Slots::EMPTY
    },
)
.final_();
