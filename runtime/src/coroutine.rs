//! Coroutines (`async def` functions without `yield`) and the `await`
//! protocol, plus the hidden helpers `async with`/`async for` lower to.
//!
//! A coroutine is a generator object (`generator::GenObj`) of type
//! `coroutine`: the body is compiled exactly like a generator and every
//! `await x` is `yield from get_awaitable(x)`, so suspension, `send`,
//! `throw`, `close` and delegation are the generator machinery's. This
//! module adds what differs: no iteration protocol, `__await__` (a
//! `coroutine_wrapper` iterator), CPython's error messages for objects
//! that cannot be awaited, and the builtins `aiter`/`anext`. Async
//! generators live in `async_gen.rs`.

use crate::exc::{self, type_error, PyResult};
use crate::generator::{self, Flavor, Step};
use crate::object::{new_obj, Kind, Kw, MethodTable, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};

static CORO_METHODS: MethodTable = &[
    ("send", generator::gen_send_m),
    ("throw", generator::gen_throw_m),
    ("close", generator::gen_close_m),
    ("__await__", |a, _| Ok(new_wrapper(a[0]))),
];

pub static COROUTINE_TYPE: TypeObject = TypeObject::builtin(
    "coroutine",
    Kind::Generator,
    &OBJECT_TYPE,
    CORO_METHODS,
    Slots {
        repr: Some(generator::gen_repr),
        getattr: Some(generator::gen_getattr),
        ..Slots::EMPTY
    },
)
.final_();

/// The iterator `coroutine.__await__()` returns: it drives the coroutine.
#[repr(C)]
struct WrapObj {
    ob: Obj,
    coro: Value,
}

fn coro_of(v: Value) -> Value {
    v.cast::<WrapObj>().coro
}

static WRAPPER_METHODS: MethodTable = &[
    ("send", |a, kw| {
        generator::gen_send_m(&[coro_of(a[0]), a[1]], kw)
    }),
    ("throw", |a, kw| {
        let mut v = a.to_vec();
        v[0] = coro_of(a[0]);
        generator::gen_throw_m(&v, kw)
    }),
    ("close", |a, kw| {
        generator::gen_close_m(&[coro_of(a[0])], kw)
    }),
    ("__next__", |a, _| step_result(coro_of(a[0]))),
    ("__iter__", |a, _| Ok(a[0])),
];

static WRAPPER_TYPE: TypeObject = TypeObject::builtin(
    "coroutine_wrapper",
    Kind::Native,
    &OBJECT_TYPE,
    WRAPPER_METHODS,
    Slots {
        iter: Some(Ok),
        next: Some(|v| match generator::resume(coro_of(v), none(), false)? {
            Step::Yield(x) => Ok(Some(x)),
            Step::Return(r) => Err(generator::stop_with(r)),
        }),
        ..Slots::EMPTY
    },
)
.final_();

fn new_wrapper(coro: Value) -> Value {
    new_obj(WrapObj {
        ob: Obj { ty: &WRAPPER_TYPE },
        coro,
    })
}

fn step_result(g: Value) -> PyResult<Value> {
    match generator::resume(g, none(), false)? {
        Step::Yield(x) => Ok(x),
        Step::Return(r) => Err(generator::stop_with(r)),
    }
}

pub fn is_coroutine(v: Value) -> bool {
    v.kind() == Kind::Generator && generator::flavor(v) == Flavor::Coroutine
}

fn has_method(v: Value, name: &str) -> bool {
    crate::typeobj::lookup(v.ty(), crate::str::intern(name)).is_some()
}

/// The iterator `await obj` delegates to, or None when `obj` has no
/// `__await__` (the caller words that error). Errors in `__await__` or
/// in what it returns are raised.
fn awaitable_iter(obj: Value) -> PyResult<Option<Value>> {
    if is_coroutine(obj) {
        if generator::awaiting(obj).is_some() {
            return Err(exc::runtime_error("coroutine is being awaited already"));
        }
        return Ok(Some(obj));
    }
    if !has_method(obj, "__await__") {
        return Ok(None);
    }
    let it = crate::ops::call_method_str(obj, "__await__", &[])?;
    if is_coroutine(it) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !has_method(it, "__next__") && it.ty().slots.next.is_none() {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.ty().name()
        )));
    }
    Ok(Some(it))
}

/// `await obj`: the iterator the `yield from` delegates to.
pub fn get_awaitable(obj: Value) -> PyResult<Value> {
    awaitable_iter(obj)?.ok_or_else(|| {
        type_error(format!(
            "object {} can't be used in 'await' expression",
            obj.ty().name()
        ))
    })
}

/// `rt_get_awaitable`: `GetAwaitable` for native code.
#[no_mangle]
pub extern "C" fn rt_get_awaitable(obj: Value) -> Value {
    get_awaitable(obj).unwrap_or(Value::NULL)
}

/// The value `anext_awaitable` returns when an `async for` loop's iterator
/// is exhausted (never visible to Python code).
static END_MARK: TypeObject = TypeObject::builtin(
    "async_for_end",
    Kind::Native,
    &OBJECT_TYPE,
    &[],
    Slots::EMPTY,
)
.final_();

fn aiter(obj: Value) -> PyResult<Value> {
    if !has_method(obj, "__aiter__") {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            obj.ty().name()
        )));
    }
    let it = crate::ops::call_method_str(obj, "__aiter__", &[])?;
    if !has_method(it, "__anext__") {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.ty().name()
        )));
    }
    Ok(it)
}

fn anext(args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::arity("anext", args, 1, 2)?;
    let it = args[0];
    if !has_method(it, "__anext__") {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            it.ty().name()
        )));
    }
    let aw = crate::ops::call_method_str(it, "__anext__", &[])?;
    match args.get(1) {
        None => Ok(aw),
        Some(d) => Ok(crate::async_gen::new_anext_awaitable(aw, *d)),
    }
}

pub static FNS: &[(&str, crate::object::NativeFn)] = &[
    ("aiter", |a, _| {
        crate::builtins::arity("aiter", a, 1, 1)?;
        aiter(a[0])
    }),
    ("anext", anext),
    // `async for`: the async iterator of the iterable.
    ("__pyaot_aiter__", |a, _| {
        let obj = a[0];
        if !has_method(obj, "__aiter__") {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                obj.ty().name()
            )));
        }
        let it = crate::ops::call_method_str(obj, "__aiter__", &[])?;
        if !has_method(it, "__anext__") {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                it.ty().name()
            )));
        }
        Ok(it)
    }),
    // `async for`: the iterator one step awaits; it returns the end mark
    // instead of raising StopAsyncIteration.
    ("__pyaot_anext__", |a, _| {
        let aw = crate::ops::call_method_str(a[0], "__anext__", &[])?;
        let Some(it) = awaitable_iter(aw)? else {
            return Err(type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                aw.ty().name()
            )));
        };
        Ok(crate::async_gen::new_anext_awaitable(
            it,
            END_MARK.as_value(),
        ))
    }),
    // `async for`: is this step's value the end mark?
    ("__pyaot_aend__", |a, _| {
        Ok(crate::value::bool_(a[0].is(END_MARK.as_value())))
    }),
    // `async with`: (bound __aexit__, the iterator awaiting __aenter__()).
    ("__pyaot_async_with_enter__", |a, _| {
        let mgr = a[0];
        let t = mgr.ty();
        if !has_method(mgr, "__aenter__") {
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                t.name()
            )));
        }
        if !has_method(mgr, "__aexit__") {
            return Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                t.name()
            )));
        }
        let exit = crate::ops::getattr_str(mgr, "__aexit__")?;
        let res = crate::ops::call_method_str(mgr, "__aenter__", &[])?;
        let Some(it) = awaitable_iter(res)? else {
            return Err(type_error(format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                res.ty().name()
            )));
        };
        Ok(crate::tuple::new_tuple(vec![exit, it]))
    }),
    // `async with`: the iterator awaiting what __aexit__ returned.
    ("__pyaot_aexit_await__", |a, _| {
        let res = a[0];
        awaitable_iter(res)?.ok_or_else(|| {
            type_error(format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                res.ty().name()
            ))
        })
    }),
];
