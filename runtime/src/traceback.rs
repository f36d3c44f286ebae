//! Traceback, frame and code objects as Python code sees them through
//! `exc.__traceback__` / `sys.exc_info()[2]`: a chain of `traceback`
//! objects from the frame handling the exception to the one that raised it
//! (`tb_next`), each with `tb_lineno` and `tb_frame`; a frame has
//! `f_code` (with `co_name`, `co_qualname`, `co_filename`,
//! `co_firstlineno`), `f_lineno` and `f_globals`/`f_back` stand-ins.
//!
//! The objects are built on demand from the exception's entries (function
//! index and line); frames are snapshots, not live activations.

use crate::exc::{ExcObj, PyResult, TbEntry};
use crate::object::{new_obj, Kind, Obj, Slots, TypeObject, OBJECT_TYPE};
use crate::value::{none, Value};

#[repr(C)]
pub struct TracebackObj {
    pub ob: Obj,
    pub frame: Value,
    pub lineno: u32,
    pub next: Value,
}

#[repr(C)]
pub struct FrameObj {
    pub ob: Obj,
    pub func: u32,
    pub lineno: u32,
}

#[repr(C)]
pub struct CodeObj {
    pub ob: Obj,
    pub func: u32,
}

pub static TRACEBACK_TYPE: TypeObject = TypeObject::builtin(
    "traceback",
    Kind::Traceback,
    &OBJECT_TYPE,
    &[],
    Slots {
        getattr: Some(tb_getattr),
        ..Slots::EMPTY
    },
)
.final_();

pub static FRAME_TYPE: TypeObject = TypeObject::builtin(
    "frame",
    Kind::Frame,
    &OBJECT_TYPE,
    &[],
    Slots {
        getattr: Some(frame_getattr),
        repr: Some(frame_repr),
        ..Slots::EMPTY
    },
)
.final_();

pub static CODE_TYPE: TypeObject = TypeObject::builtin(
    "code",
    Kind::Code,
    &OBJECT_TYPE,
    &[],
    Slots {
        getattr: Some(code_getattr),
        repr: Some(code_repr),
        ..Slots::EMPTY
    },
)
.final_();

/// `exc.__traceback__`: None before the exception is raised.
pub fn of_exception(e: &ExcObj) -> Value {
    build(e.tb())
}

/// The chain for `entries` (innermost first): the outermost frame is the
/// head.
pub fn build(entries: &[TbEntry]) -> Value {
    let mut next = none();
    for ent in entries {
        let frame = new_obj(FrameObj {
            ob: Obj { ty: &FRAME_TYPE },
            func: ent.func,
            lineno: ent.line,
        });
        next = new_obj(TracebackObj {
            ob: Obj {
                ty: &TRACEBACK_TYPE,
            },
            frame,
            lineno: ent.line,
            next,
        });
    }
    next
}

/// `exc.__traceback__ = tb` / `exc.with_traceback(tb)`: the exception's
/// entries become those of the chain `tb` (None clears them).
pub fn set_exception_tb(e: &ExcObj, tb: Value) -> PyResult<()> {
    if !tb.is_none() && tb.kind() != Kind::Traceback {
        return Err(crate::exc::type_error(
            "__traceback__ must be a traceback or None",
        ));
    }
    let mut entries = Vec::new();
    let mut t = tb;
    while !t.is_none() && t.kind() == Kind::Traceback {
        let o = t.cast::<TracebackObj>();
        let f = o.frame.cast::<FrameObj>();
        // Traceback objects keep no source range: no caret line.
        entries.push(TbEntry {
            func: f.func,
            line: o.lineno,
            pos: 0,
        });
        t = o.next;
    }
    entries.reverse();
    *e.tb() = entries;
    Ok(())
}

fn tb_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let t = v.cast::<TracebackObj>();
    Ok(match name {
        "tb_next" => Some(t.next),
        "tb_frame" => Some(t.frame),
        "tb_lineno" => Some(crate::int::new_int(t.lineno as i64)),
        "tb_lasti" => Some(crate::int::new_int(-1)),
        _ => None,
    })
}

fn function(func: u32) -> &'static pyaot_ir::Function {
    &crate::program::program().module.functions[func as usize]
}

fn frame_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let f = v.cast::<FrameObj>();
    Ok(match name {
        "f_code" => Some(code_object(f.func)),
        "f_lineno" => Some(crate::int::new_int(f.lineno as i64)),
        "f_back" => Some(none()),
        "f_globals" => Some(module_globals(f.func)),
        _ => None,
    })
}

/// The globals of the module a function belongs to.
fn module_globals(func: u32) -> Value {
    let m = &function(func).module;
    if m == "__main__" {
        return crate::program::main_globals();
    }
    let md = crate::dict::dict_get_str(crate::import::sys_modules(), crate::str::new_str(m));
    match md {
        Some(md) => crate::ops::getattr_str(md, "__dict__").unwrap_or_else(|_| {
            crate::exc::take();
            none()
        }),
        None => none(),
    }
}

fn frame_repr(v: Value) -> PyResult<Value> {
    let f = v.cast::<FrameObj>();
    let code = function(f.func);
    Ok(crate::str::from_string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        v.0, code.file, f.lineno, code.name
    )))
}

/// The code object of function number `func`.
pub fn code_object(func: u32) -> Value {
    new_obj(CodeObj {
        ob: Obj { ty: &CODE_TYPE },
        func,
    })
}

/// CPython's `co_flags` bits that pyaot's code knows: CO_OPTIMIZED |
/// CO_NEWLOCALS for functions, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED
/// (free variables), CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR.
fn code_flags(code: &pyaot_ir::Function) -> i64 {
    use pyaot_ir::FuncKind;
    let mut f = match code.kind {
        FuncKind::Module | FuncKind::ClassBody => 0,
        _ => 0x3,
    };
    if code.params.varargs.is_some() {
        f |= 0x4;
    }
    if code.params.varkw.is_some() {
        f |= 0x8;
    }
    if !code.freevars.is_empty() {
        f |= 0x10;
    }
    f |= match code.kind {
        FuncKind::Generator => 0x20,
        FuncKind::Coroutine => 0x80,
        FuncKind::AsyncGenerator => 0x200,
        _ => 0,
    };
    f
}

fn code_getattr(v: Value, name: &str) -> PyResult<Option<Value>> {
    let code = function(v.cast::<CodeObj>().func);
    Ok(match name {
        "co_name" => Some(crate::str::new_str(&code.name)),
        "co_qualname" => Some(crate::str::new_str(&code.qualname)),
        "co_filename" => Some(crate::str::new_str(&code.file)),
        "co_firstlineno" => Some(crate::int::new_int(code.first_line as i64)),
        "co_flags" => Some(crate::int::new_int(code_flags(code))),
        "co_argcount" => Some(crate::int::new_int(code.params.npos as i64)),
        "co_kwonlyargcount" => Some(crate::int::new_int(code.params.nkwonly as i64)),
        "co_posonlyargcount" => Some(crate::int::new_int(code.params.posonly as i64)),
        "co_varnames" => {
            // Parameters first, then the other named locals.
            let mut names: Vec<String> = code.params.names.clone();
            names.extend(code.params.varargs.iter().cloned());
            names.extend(code.params.varkw.iter().cloned());
            for (_, n) in &code.reg_names {
                if !names.contains(n) && !code.freevars.contains(n) {
                    names.push(n.clone());
                }
            }
            Some(crate::tuple::new_tuple(
                names.iter().map(|n| crate::str::new_str(n)).collect(),
            ))
        }
        "co_freevars" => Some(crate::tuple::new_tuple(
            code.freevars
                .iter()
                .map(|n| crate::str::new_str(n))
                .collect(),
        )),
        _ => None,
    })
}

fn code_repr(v: Value) -> PyResult<Value> {
    let code = function(v.cast::<CodeObj>().func);
    Ok(crate::str::from_string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, v.0, code.file, code.first_line
    )))
}
