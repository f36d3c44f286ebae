//! The bytecode VM: executes pyaot IR directly, for every function under
//! `--vm` (and any function without native code).
//!
//! It shares everything with compiled code (objects, `ops`, `exec`, the
//! calling convention of `func.rs`), so VM and native functions call each
//! other freely. A frame is a heap object (registers + position), so a
//! generator can suspend it and resume later; a native generator uses the
//! frame's registers as its register file. Also here: the entry points
//! that create generators and run class bodies (VM or native), and the
//! class-namespace operations both executors use.

use crate::exc::{self, PyResult};
use crate::exec;
use crate::func::FuncObj;
use crate::object::Kw;
use crate::program::program;
use crate::value::Value;
use pyaot_ir::{BindKind, Function, Op, Term};

/// A suspended or running activation of an IR function.
pub struct Frame {
    pub func: Value,
    pub code: &'static Function,
    pub regs: Vec<Value>,
    pub block: usize,
    pub ip: usize,
    /// The value `send()` passes in when resuming.
    pub resume_value: Value,
    /// Resume by raising the pending exception at the suspension point.
    pub throw_pending: bool,
    /// Suspended inside `yield from` (the instruction is re-run).
    pub delegating: bool,
    /// Where the value sent into a suspended `yield` goes.
    pub yield_dst: Option<pyaot_ir::Reg>,
    /// The namespace dict of a class body (NULL otherwise).
    pub locals: Value,
}

/// How a frame stopped running.
pub enum Outcome {
    Return(Value),
    Yield(Value),
    Error,
}

impl Frame {
    pub fn new(fv: Value, args: &[Value]) -> Frame {
        let f = fv.cast::<FuncObj>();
        let code = f.code;
        let mut regs = vec![Value::NULL; (code.nregs as usize).max(args.len())];
        regs[..args.len()].copy_from_slice(args);
        Frame {
            func: fv,
            code,
            regs,
            block: 0,
            ip: 0,
            resume_value: Value::NULL,
            throw_pending: false,
            delegating: false,
            yield_dst: None,
            locals: Value::NULL,
        }
    }
}

/// Call entry for VM functions (see `func::invoke`).
pub fn run_function(fv: Value, args: &[Value]) -> Value {
    let f = fv.cast::<FuncObj>();
    if f.code.kind.is_resumable() {
        // A generator compiled to native code has its resume function in
        // the program's function table (see `program::new_function`).
        let addr = program().funcs[f.id as usize];
        let frame = Frame::new(fv, args);
        let native = (addr != 0)
            .then(|| unsafe { std::mem::transmute::<usize, crate::generator::ResumeFn>(addr) });
        return crate::generator::new_for_kind(frame, native, f.code.kind);
    }
    if crate::abi::rt_enter() < 0 {
        return Value::NULL;
    }
    let mut frame = Frame::new(fv, args);
    let r = match run(&mut frame) {
        Outcome::Return(v) => v,
        Outcome::Yield(_) => {
            exc::not_supported("yield in this context");
            Value::NULL
        }
        Outcome::Error => Value::NULL,
    };
    crate::abi::rt_leave();
    r
}

/// Run a class body with `ns` as its namespace. A native class body takes
/// the namespace as its only argument word (and enters/leaves itself).
pub fn run_class_body(body: Value, ns: Value) -> PyResult<()> {
    let addr = program().funcs[body.cast::<FuncObj>().id as usize];
    if addr != 0 {
        let entry = unsafe { std::mem::transmute::<usize, crate::func::NativeEntry>(addr) };
        let args = [ns];
        let r = unsafe { entry(body, args.as_ptr()) };
        return if r.is_null() { Err(exc::PyErr) } else { Ok(()) };
    }
    if crate::abi::rt_enter() < 0 {
        return Err(exc::PyErr);
    }
    let mut frame = Frame::new(body, &[]);
    frame.locals = ns;
    let r = run(&mut frame);
    crate::abi::rt_leave();
    match r {
        Outcome::Error => Err(exc::PyErr),
        _ => Ok(()),
    }
}

#[inline]
fn kind_code(k: BindKind) -> u32 {
    match k {
        BindKind::Local => 0,
        BindKind::Free => 1,
    }
}

fn kwnames_slice(c: Option<pyaot_ir::ConstId>) -> &'static [Value] {
    match c {
        Some(c) => crate::tuple::items(program().consts[c.0 as usize]),
        None => &[],
    }
}

/// Execute one instruction.
#[inline]
fn step(fr: &mut Frame, op: &Op) -> PyResult<()> {
    let p = program();
    let r = &mut fr.regs;
    macro_rules! g {
        ($x:expr) => {
            r[$x.0 as usize]
        };
    }
    macro_rules! name {
        ($n:expr) => {
            p.names[$n.0 as usize]
        };
    }
    match op {
        Op::Const { dst, c } => g!(dst) = p.consts[c.0 as usize],
        Op::Move { dst, src } => g!(dst) = g!(src),
        Op::Clear { dst } => g!(dst) = Value::NULL,
        Op::CheckBound { src, name, kind } => {
            if g!(src).is_null() {
                return Err(exec::unbound_error(name!(name), kind_code(*kind)));
            }
        }
        Op::LoadGlobal { dst, name } => g!(dst) = exec::load_global(fr.func, name!(name))?,
        Op::StoreGlobal { name, src } => exec::store_global(fr.func, name!(name), g!(src))?,
        Op::DelGlobal { name } => exec::del_global(fr.func, name!(name))?,
        Op::Binary { dst, op, a, b } => g!(dst) = crate::ops::binary(*op, g!(a), g!(b))?,
        Op::Inplace { dst, op, a, b } => g!(dst) = crate::ops::inplace(*op, g!(a), g!(b))?,
        Op::Unary { dst, op, a } => g!(dst) = crate::ops::unary(*op, g!(a))?,
        Op::Compare { dst, op, a, b } => g!(dst) = crate::ops::compare(*op, g!(a), g!(b))?,
        Op::Truth { dst, a } => g!(dst) = crate::value::bool_(crate::ops::truthy(g!(a))?),
        Op::GetAttr { dst, obj, name } => g!(dst) = crate::ops::getattr(g!(obj), name!(name))?,
        Op::SetAttr { obj, name, src } => crate::ops::setattr(g!(obj), name!(name), g!(src))?,
        Op::DelAttr { obj, name } => crate::ops::delattr(g!(obj), name!(name))?,
        Op::GetItem { dst, obj, key } => g!(dst) = crate::ops::getitem(g!(obj), g!(key))?,
        Op::SetItem { obj, key, src } => crate::ops::setitem(g!(obj), g!(key), g!(src))?,
        Op::DelItem { obj, key } => crate::ops::delitem(g!(obj), g!(key))?,
        Op::MakeSlice { dst, lo, hi, step } => {
            let o = |x: &Option<pyaot_ir::Reg>| x.map(|x| r[x.0 as usize]).unwrap_or(Value::NULL);
            let v = exec::make_slice(o(lo), o(hi), o(step));
            g!(dst) = v
        }
        Op::Call {
            dst,
            func,
            args,
            kwnames,
        } => {
            // Arguments gathered without a heap allocation for short calls.
            let mut buf = crate::func::smallvec_like::SmallArgs::new();
            for a in args {
                buf.push(g!(a));
            }
            let vals = buf.as_slice();
            let names = kwnames_slice(*kwnames);
            let npos = vals.len() - names.len();
            let v = crate::func::call(
                g!(func),
                vals,
                Kw {
                    names,
                    vals: &vals[npos..],
                },
            )?;
            g!(dst) = v
        }
        Op::CallMethod {
            dst,
            obj,
            name,
            args,
            kwnames,
        } => {
            // Arguments gathered without a heap allocation for short calls.
            let mut buf = crate::func::smallvec_like::SmallArgs::new();
            for a in args {
                buf.push(g!(a));
            }
            let vals = buf.as_slice();
            let names = kwnames_slice(*kwnames);
            let npos = vals.len() - names.len();
            let mut lookup_failed = false;
            let v = crate::ops::call_method_op(
                g!(obj),
                name!(name),
                vals,
                Kw {
                    names,
                    vals: &vals[npos..],
                },
                &mut lookup_failed,
            )
            .inspect_err(|_| {
                if lookup_failed {
                    crate::exc::note_method_lookup_failed();
                }
            })?;
            g!(dst) = v
        }
        Op::LoadMethod {
            func,
            this,
            obj,
            name,
        } => {
            let (f, t) = crate::load_method::load_method(g!(obj), name!(name))?;
            g!(func) = f;
            g!(this) = t
        }
        Op::CallLoaded {
            dst,
            func,
            this,
            args,
            kwnames,
        } => {
            let mut buf = crate::func::smallvec_like::SmallArgs::new();
            for a in args {
                buf.push(g!(a));
            }
            let vals = buf.as_slice();
            let names = kwnames_slice(*kwnames);
            let npos = vals.len() - names.len();
            let kw = Kw {
                names,
                vals: &vals[npos..],
            };
            g!(dst) = crate::load_method::call_loaded(g!(func), g!(this), vals, kw)?
        }
        Op::CallEx {
            dst,
            func,
            args,
            kwargs,
        } => {
            let kw = kwargs.map(|k| g!(k)).unwrap_or(Value::NULL);
            g!(dst) = exec::call_ex(g!(func), g!(args), kw)?
        }
        Op::BuildTuple { dst, items } => {
            g!(dst) = crate::tuple::new_tuple(items.iter().map(|a| g!(a)).collect())
        }
        Op::BuildList { dst, items } => {
            g!(dst) = crate::list::new_list(items.iter().map(|a| g!(a)).collect())
        }
        Op::BuildSet { dst, items } => {
            let vals: Vec<Value> = items.iter().map(|a| g!(a)).collect();
            g!(dst) = crate::set::new_set(&vals)?
        }
        Op::BuildDict { dst, items } => {
            let vals: Vec<Value> = items.iter().map(|a| g!(a)).collect();
            g!(dst) = exec::build_dict(&vals)?
        }
        Op::BuildString { dst, parts } => {
            let vals: Vec<Value> = parts.iter().map(|a| g!(a)).collect();
            g!(dst) = exec::build_string(&vals)
        }
        Op::FormatValue {
            dst,
            value,
            conv,
            spec,
        } => {
            let c = conv.map(|c| c as u32).unwrap_or(0);
            let s = spec.map(|s| g!(s)).unwrap_or(Value::NULL);
            g!(dst) = exec::format_value(g!(value), c, s)?
        }
        Op::ListAppend { list, item } => crate::list::items_mut(g!(list)).push(g!(item)),
        Op::ListExtend {
            list,
            iter,
            call_func,
        } => {
            let f = call_func.map_or(Value::NULL, |f| g!(f));
            exec::list_extend(g!(list), g!(iter), f)?
        }
        Op::SetAdd { set, item } => crate::set::set_add(g!(set), g!(item))?,
        Op::SetUpdate { set, iter } => exec::set_update(g!(set), g!(iter))?,
        Op::DictSet { dict, key, value } => crate::dict::dict_set(g!(dict), g!(key), g!(value))?,
        Op::DictUpdate {
            dict,
            mapping,
            kwargs_merge,
        } => {
            let f = kwargs_merge.map_or(Value::NULL, |f| g!(f));
            exec::dict_update(g!(dict), g!(mapping), f)?
        }
        Op::ListToTuple { dst, list } => {
            g!(dst) = crate::tuple::new_tuple(crate::list::items(g!(list)).to_vec())
        }
        Op::GetIter { dst, obj } => g!(dst) = crate::ops::iter(g!(obj))?,
        Op::Unpack { dsts, src, star } => {
            let mut out = vec![Value::NULL; dsts.len()];
            exec::unpack(g!(src), &mut out, star.map(|s| s as usize))?;
            for (d, v) in dsts.iter().zip(out) {
                g!(d) = v;
            }
        }
        Op::MakeFunction {
            dst,
            func,
            defaults,
            kwdefaults,
            closure,
        } => {
            let o = |x: &Option<pyaot_ir::Reg>| x.map(|x| r[x.0 as usize]).unwrap_or(Value::NULL);
            let v = exec::make_function(fr.func, func.0, o(defaults), o(kwdefaults), o(closure));
            g!(dst) = v
        }
        Op::MakeCell { dst, init } => {
            let i = init.map(|i| g!(i)).unwrap_or(Value::NULL);
            g!(dst) = crate::func::new_cell(i)
        }
        Op::CellGet {
            dst,
            cell,
            name,
            kind,
        } => g!(dst) = exec::cell_get(g!(cell), name!(name), kind_code(*kind))?,
        Op::CellSet { cell, src } => g!(cell).cast::<crate::func::CellObj>().v.set(g!(src)),
        Op::CellClear { cell } => g!(cell).cast::<crate::func::CellObj>().v.set(Value::NULL),
        Op::LoadClosure { dst, idx } => g!(dst) = exec::load_closure(fr.func, *idx),
        Op::Import { dst, name, level } => {
            g!(dst) = crate::import::import(fr.func, name!(name), *level)?
        }
        Op::ImportFrom { dst, module, name } => {
            g!(dst) = crate::import::import_from(g!(module), name!(name))?
        }
        Op::Catch { dst, saved } => {
            let (e, s) = exec::catch();
            g!(dst) = e;
            g!(saved) = s;
        }
        Op::RestoreExc { saved } => exc::set_handled(g!(saved)),
        Op::ExcMatch { dst, exc, typ } => {
            g!(dst) = crate::value::bool_(exec::exc_match(g!(exc), g!(typ))?)
        }
        Op::LoadBuiltin { dst, name } => g!(dst) = exec::load_builtin(name!(name))?,
        Op::BuildClass {
            dst,
            body,
            name,
            bases,
            kwnames,
        } => {
            let vals: Vec<Value> = bases.iter().map(|a| g!(a)).collect();
            let names = kwnames_slice(*kwnames);
            g!(dst) = crate::class::build_class(g!(body), name!(name), &vals, names)?
        }
        Op::Yield { .. } | Op::YieldFrom { .. } => unreachable!("handled by run"),
        Op::LoadLocals { dst } => g!(dst) = fr.locals,
        Op::LoadGlobals { dst } => g!(dst) = exec::globals_of(fr.func),
        Op::LoadName { dst, name } => g!(dst) = exec::load_name(fr.func, fr.locals, name!(name))?,
        Op::StoreName { name, src } => exec::store_name(fr.locals, name!(name), g!(src))?,
        Op::DelName { name } => exec::del_name(fr.locals, name!(name))?,
        Op::GetYieldFromIter { dst, obj } => g!(dst) = crate::generator::yield_from_iter(g!(obj))?,
        Op::GetAwaitable { dst, obj } => g!(dst) = crate::coroutine::get_awaitable(g!(obj))?,
    }
    Ok(())
}

/// Run the frame from its saved position until it returns, yields or fails.
pub fn run(fr: &mut Frame) -> Outcome {
    let code = fr.code;
    let fid = fr.func.cast::<FuncObj>().id;
    // Resuming a generator: deliver the sent value or the thrown exception.
    let mut thrown = None;
    if let Some(d) = fr.yield_dst.take() {
        fr.regs[d.0 as usize] = fr.resume_value;
    }
    if fr.throw_pending {
        fr.throw_pending = false;
        if fr.delegating {
            fr.delegating = false;
            fr.ip += 1;
        }
        let b = &code.blocks[fr.block];
        let line = b
            .insts
            .get(fr.ip.wrapping_sub(1))
            .map(|i| (i.line, i.pos))
            .unwrap_or((b.term_line, b.term_pos));
        thrown = Some(line);
    }
    loop {
        let block = &code.blocks[fr.block];
        // Instructions.
        let mut failed = thrown.take();
        while failed.is_none() && fr.ip < block.insts.len() {
            let inst = &block.insts[fr.ip];
            fr.ip += 1;
            match &inst.op {
                Op::Yield { dst, value } => {
                    fr.yield_dst = Some(*dst);
                    return Outcome::Yield(fr.regs[value.0 as usize]);
                }
                Op::YieldFrom { dst, iter } => {
                    let sent = if fr.delegating {
                        fr.resume_value
                    } else {
                        crate::value::none()
                    };
                    match crate::generator::delegate(fr.regs[iter.0 as usize], sent) {
                        Ok(crate::generator::Step::Yield(v)) => {
                            fr.delegating = true;
                            fr.ip -= 1;
                            return Outcome::Yield(v);
                        }
                        Ok(crate::generator::Step::Return(v)) => {
                            fr.delegating = false;
                            fr.regs[dst.0 as usize] = v;
                        }
                        Err(_) => {
                            fr.delegating = false;
                            failed = Some((inst.line, inst.pos));
                        }
                    }
                    continue;
                }
                _ => {}
            }
            if step(fr, &inst.op).is_err() {
                failed = Some((inst.line, inst.pos));
                break;
            }
        }
        let mut add_tb = true;
        let (line, pos) = match failed {
            Some(l) => l,
            None => {
                // Terminator.
                let r = &mut fr.regs;
                let err = match &block.term {
                    Term::Jump(b) => {
                        if (b.0 as usize) <= fr.block && crate::stdio::check_interrupt() {
                            true
                        } else {
                            fr.block = b.0 as usize;
                            fr.ip = 0;
                            continue;
                        }
                    }

                    Term::Branch { cond, then, els } => {
                        match crate::ops::truthy(r[cond.0 as usize]) {
                            Ok(t) => {
                                fr.block = if t { then.0 } else { els.0 } as usize;
                                fr.ip = 0;
                                continue;
                            }
                            Err(_) => true,
                        }
                    }
                    Term::Return(v) => return Outcome::Return(r[v.0 as usize]),
                    Term::Raise { exc: e, cause } => {
                        let e = e.map(|x| r[x.0 as usize]).unwrap_or(Value::NULL);
                        let c = cause.map(|x| r[x.0 as usize]).unwrap_or(Value::NULL);
                        exec::raise(e, c);
                        true
                    }
                    Term::Reraise(e) => {
                        exc::set_pending(r[e.0 as usize]);
                        add_tb = false;
                        true
                    }
                    Term::ForIter {
                        iter,
                        dst,
                        body,
                        exit,
                    } => match crate::ops::next(r[iter.0 as usize]) {
                        Ok(Some(x)) => {
                            r[dst.0 as usize] = x;
                            fr.block = body.0 as usize;
                            fr.ip = 0;
                            continue;
                        }
                        Ok(None) => {
                            fr.block = exit.0 as usize;
                            fr.ip = 0;
                            continue;
                        }
                        Err(_) => true,
                    },
                    Term::Unreachable => {
                        exc::raise(&exc::SYSTEM_ERROR, "reached unreachable code");
                        true
                    }
                };
                debug_assert!(err);
                (block.term_line, block.term_pos)
            }
        };
        // An exception is pending: record this frame and unwind to the
        // block's handler or out of the function.
        if add_tb {
            exc::add_traceback(fid, line, pos);
        }
        match block.handler {
            Some(h) => {
                fr.block = h.0 as usize;
                fr.ip = 0;
            }
            None => return Outcome::Error,
        }
    }
}

// ---- class-body namespace operations (VM and native code) ---------------

/// `LoadName`: the class namespace `ns` (any mapping), else globals,
/// else builtins.
pub fn load_name(func: Value, ns: Value, name: Value) -> PyResult<Value> {
    exec::load_name(func, ns, name)
}

/// `DelName`: delete `name` from the class namespace (NameError if absent).
pub fn del_name(ns: Value, name: Value) -> PyResult<()> {
    exec::del_name(ns, name)
}

#[no_mangle]
pub extern "C" fn rt_load_name(func: Value, ns: Value, name: Value) -> Value {
    load_name(func, ns, name).unwrap_or(Value::NULL)
}

#[no_mangle]
pub extern "C" fn rt_store_name(ns: Value, name: Value, v: Value) -> i32 {
    match exec::store_name(ns, name, v) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

#[no_mangle]
pub extern "C" fn rt_del_name(ns: Value, name: Value) -> i32 {
    match del_name(ns, name) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}
