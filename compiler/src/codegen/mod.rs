//! The native back end: IR module → relocatable object file (Cranelift).
//!
//! The object contains:
//! - `pyaot_f<ID>` (local): native code for every function that
//!   [`native_supported`] accepts (none with `--vm`);
//! - `pyaot_consts` / `pyaot_names` (local, writable, zeroed): one word per
//!   constant / name, filled by the runtime at start-up;
//! - the bincode-encoded IR, the table of native function addresses, the
//!   main source text, and `pyaot_program` (exported), the descriptor the
//!   runtime's `main` reads (see `data.rs`).
//!
//! Value conventions in generated code: one i64 word per value, 0 = "no
//! value" (unbound register, or exception pending as a result). True and
//! False are read from the constant table: [`compile`] appends `Const::True`
//! / `Const::False` to the module's constants if the front end did not
//! create them, so their words are always available.

mod bound;
mod data;
mod fast;
mod func;
mod ops;
mod rt;

use cranelift_codegen::ir::{types, AbiParam, Signature, UserFuncName};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use pyaot_ir::{Const, FuncKind, Function, Module, Op};
use rt::Rt;

/// Back-end options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Leave every function to the runtime's VM.
    pub vm: bool,
}

/// State shared by the lowering of all functions of one object.
pub struct Shared {
    pub rt_ids: Vec<ClifFuncId>,
    pub rt_sigs: Vec<Signature>,
    pub true_const: u32,
    pub false_const: u32,
    pub frontend: TargetFrontendConfig,
}

/// Can `f` be compiled to native code? Generators, class bodies (the
/// runtime runs them with a namespace, in the VM) and functions using
/// VM-only ops (class namespaces, yield) run in the VM. Creating a class
/// (`BuildClass`) is a runtime call, so module code defining classes is
/// native.
/// Functions above this many instructions are left to the VM: Cranelift's
/// compile time and memory grow too fast on them (and such bodies are
/// typically straight-line module code that runs once).
const MAX_NATIVE_INSTS: usize = 3000;

pub fn native_supported(f: &Function) -> bool {
    if f.blocks.iter().map(|b| b.insts.len()).sum::<usize>() > MAX_NATIVE_INSTS {
        return false;
    }

    !matches!(f.kind, FuncKind::Generator | FuncKind::ClassBody)
        && f.blocks.iter().flat_map(|b| &b.insts).all(|i| {
            !matches!(
                i.op,
                Op::Yield { .. }
                    | Op::YieldFrom { .. }
                    | Op::LoadLocals { .. }
                    | Op::LoadName { .. }
                    | Op::StoreName { .. }
                    | Op::DelName { .. }
                    | Op::GetYieldFromIter { .. }
            )
        })
}

/// Index of constant `c` in the module's table, appending it if absent.
fn ensure_const(m: &mut Module, c: Const) -> u32 {
    match m.consts.iter().position(|x| *x == c) {
        Some(i) => i as u32,
        None => {
            m.consts.push(c);
            (m.consts.len() - 1) as u32
        }
    }
}

fn make_module() -> Result<ObjectModule, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "is_pic", "true")?;
    // Malformed Cranelift IR becomes an error naming the function, never a
    // crash or a miscompilation.
    set(&mut flags, "enable_verifier", "true")?;
    // Frames above a page (calls with hundreds of arguments) touch each
    // page in order, so a deep recursion hits the guard page reliably.
    set(&mut flags, "enable_probestack", "true")?;
    set(&mut flags, "probestack_strategy", "inline")?;
    let triple = target_lexicon::Triple::host();
    let isa = cranelift_codegen::isa::lookup(triple.clone())
        .map_err(|e| format!("unsupported host target {triple}: {e}"))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("cannot configure code generator for {triple}: {e}"))?;
    if isa.pointer_type() != types::I64 {
        return Err(format!(
            "unsupported host target {triple}: pyaot needs a 64-bit target"
        ));
    }
    let builder = ObjectBuilder::new(
        isa,
        "pyaot_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| format!("cannot create object file: {e}"))?;
    Ok(ObjectModule::new(builder))
}

/// The signature of every generated function.
fn native_signature(cc: CallConv) -> Signature {
    let mut sig = Signature::new(cc);
    sig.params.push(AbiParam::new(types::I64)); // the running function object
    sig.params.push(AbiParam::new(types::I64)); // *const bound arguments
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

/// Compile `module` (whose main file's text is `source`) to the bytes of a
/// relocatable object file.
pub fn compile(mut module: Module, source: &str, opts: &Options) -> Result<Vec<u8>, String> {
    let true_const = ensure_const(&mut module, Const::True);
    let false_const = ensure_const(&mut module, Const::False);
    let mut obj = make_module()?;
    let cc = obj.isa().default_call_conv();
    let merr = |what: &str, e: cranelift_module::ModuleError| format!("{what}: {e}");

    let mut rt_ids = Vec::new();
    let mut rt_sigs = Vec::new();
    for f in Rt::ALL {
        let sig = f.signature(cc);
        let id = obj
            .declare_function(f.name(), Linkage::Import, &sig)
            .map_err(|e| merr(f.name(), e))?;
        rt_ids.push(id);
        rt_sigs.push(sig);
    }
    let sh = Shared {
        rt_ids,
        rt_sigs,
        true_const,
        false_const,
        frontend: obj.target_config(),
    };

    let decl_table = |obj: &mut ObjectModule, name: &str| -> Result<DataId, String> {
        obj.declare_data(name, Linkage::Local, true, false)
            .map_err(|e| merr(name, e))
    };
    let consts_id = decl_table(&mut obj, "pyaot_consts")?;
    let names_id = decl_table(&mut obj, "pyaot_names")?;

    // Declare, then define, the native functions.
    let sig = native_signature(cc);
    let mut native: Vec<Option<ClifFuncId>> = Vec::with_capacity(module.functions.len());
    for (i, f) in module.functions.iter().enumerate() {
        let id = if !opts.vm && native_supported(f) {
            let name = format!("pyaot_f{i}");
            let id = obj
                .declare_function(&name, Linkage::Local, &sig)
                .map_err(|e| merr(&name, e))?;
            Some(id)
        } else {
            None
        };
        native.push(id);
    }
    let mut ctx = obj.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let tables = data::Tables {
        consts: consts_id,
        names: names_id,
    };
    for (i, f) in module.functions.iter().enumerate() {
        if let Some(id) = native[i] {
            ctx.func.signature = sig.clone();
            ctx.func.name = UserFuncName::user(0, id.as_u32());
            define_native(
                &mut obj, &mut ctx, &mut fctx, &module, i as u32, id, &sh, &tables,
            )
            .map_err(|(line, e)| match line {
                Some(l) if l > 0 => {
                    format!(
                        "cannot compile function '{}' ({}:{l}): {e}",
                        f.qualname, f.file
                    )
                }
                _ => format!("cannot compile function '{}' ({}): {e}", f.qualname, f.file),
            })?;
            obj.clear_context(&mut ctx);
        }
    }

    // The VM never runs native functions: drop their bodies from the IR
    // (register names stay: they are the code objects' `co_varnames`).
    for (f, id) in module.functions.iter_mut().zip(&native) {
        if id.is_some() {
            f.blocks.clear();
            f.reg_types.clear();
        }
    }
    let tables = data::Tables {
        consts: consts_id,
        names: names_id,
    };
    data::define(&mut obj, &module, source, &native, tables)?;
    obj.finish()
        .emit()
        .map_err(|e| format!("cannot write object file: {e}"))
}

/// Lower function `fid` of `module` into `ctx` and define it as `id`. On
/// failure: the line being compiled (if known) and a message.
#[allow(clippy::too_many_arguments)]
fn define_native(
    obj: &mut ObjectModule,
    ctx: &mut Context,
    fctx: &mut FunctionBuilderContext,
    module: &Module,
    fid: u32,
    id: ClifFuncId,
    sh: &Shared,
    tables: &data::Tables,
) -> Result<(), (Option<u32>, String)> {
    let f = &module.functions[fid as usize];
    let consts_gv = obj.declare_data_in_func(tables.consts, &mut ctx.func);
    let names_gv = obj.declare_data_in_func(tables.names, &mut ctx.func);
    func::lower(&mut ctx.func, fctx, module, f, fid, sh, consts_gv, names_gv)
        .map_err(|(line, e)| (Some(line), e))?;
    obj.define_function(id, ctx).map_err(|e| {
        let mut msg = e.to_string();
        if msg.len() > 2000 {
            let cut = (0..=2000)
                .rev()
                .find(|&i| msg.is_char_boundary(i))
                .unwrap_or(0);
            msg.truncate(cut);
            msg.push_str(" ...");
        }
        (None, format!("code generation failed: {msg}"))
    })
}

#[cfg(test)]
mod tests;
