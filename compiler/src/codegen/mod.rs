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

mod attr;
mod bound;
mod call;
mod data;
mod fast;
mod float;
mod frame;
mod func;
mod gen;
mod global;
mod index;
mod intrinsic;
mod live;
mod method;
mod ops;
mod rt;
mod spec;
mod vars;

use cranelift_codegen::ir::{types, AbiParam, Signature, UserFuncName};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use pyaot_ir::{Const, FuncKind, Function, Module, Op};
use rt::Rt;

/// The back end's inferred register types for `--emit ir` (see `spec.rs`).
pub fn describe_types(m: &pyaot_ir::Module, f: &pyaot_ir::Function) -> Option<String> {
    spec::describe(m, f)
}

/// Back-end options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Leave every function to the runtime's VM.
    pub vm: bool,
}

/// Functions above this many IR instructions are compiled with the cheap
/// ISA settings (`make_isa`): such bodies are typically straight-line
/// module code that runs once.
const BIG_FUNCTION_INSTS: usize = 3000;

/// State shared by the lowering of all functions of one object.
pub struct Shared {
    pub rt_ids: Vec<ClifFuncId>,
    pub rt_sigs: Vec<Signature>,
    pub true_const: u32,
    pub false_const: u32,
    pub frontend: TargetFrontendConfig,
    /// The next free slot of the inline-cache table `pyaot_ic`.
    pub ic_next: std::cell::Cell<u32>,
    /// The ISA for big functions (`BIG_FUNCTION_INSTS`).
    pub cheap_isa: cranelift_codegen::isa::OwnedTargetIsa,
}

/// Can `f` be compiled to native code? Every kind of function can:
/// generator functions compile to resume functions (`gen.rs`), class
/// bodies take their namespace as their argument word. `yield` outside a
/// generator function and namespace ops outside a class body (never
/// produced by the front end) stay in the VM, which reports them.
pub fn native_supported(f: &Function) -> bool {
    let gen = f.kind.is_resumable();
    let class_body = f.kind == FuncKind::ClassBody;
    f.blocks.iter().flat_map(|b| &b.insts).all(|i| match i.op {
        Op::Yield { .. } | Op::YieldFrom { .. } => gen,
        Op::LoadLocals { .. } | Op::LoadName { .. } | Op::StoreName { .. } | Op::DelName { .. } => {
            class_body
        }
        _ => true,
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

/// The target ISA. `cheap` selects the settings for huge functions: no
/// optimisation and the single-pass register allocator, whose time and
/// memory stay linear in the function's size (the optimiser and the
/// backtracking allocator grow much faster on 10,000-line bodies).
fn make_isa(cheap: bool) -> Result<cranelift_codegen::isa::OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    if cheap {
        set(&mut flags, "opt_level", "none")?;
        set(&mut flags, "regalloc_algorithm", "single_pass")?;
    } else {
        set(&mut flags, "opt_level", "speed")?;
    }
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
    Ok(isa)
}

fn make_module() -> Result<ObjectModule, String> {
    let isa = make_isa(false)?;
    let builder = ObjectBuilder::new(
        isa,
        "pyaot_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| format!("cannot create object file: {e}"))?;
    Ok(ObjectModule::new(builder))
}

/// The signature of every generated function.
pub fn native_signature(cc: CallConv) -> Signature {
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
        ic_next: std::cell::Cell::new(0),
        cheap_isa: make_isa(true)?,
    };

    let decl_table = |obj: &mut ObjectModule, name: &str| -> Result<DataId, String> {
        obj.declare_data(name, Linkage::Local, true, false)
            .map_err(|e| merr(name, e))
    };
    let consts_id = decl_table(&mut obj, "pyaot_consts")?;
    let names_id = decl_table(&mut obj, "pyaot_names")?;
    let ic_id = decl_table(&mut obj, "pyaot_ic")?;
    let fn_type_id = obj
        .declare_data("pyaot_function_type", Linkage::Import, false, false)
        .map_err(|e| merr("pyaot_function_type", e))?;
    let mut rt_data = Vec::new();
    for name in data::RT_DATA {
        let id = obj
            .declare_data(name, Linkage::Import, true, false)
            .map_err(|e| merr(name, e))?;
        rt_data.push(id);
    }
    let rt_data: [DataId; data::RT_DATA.len()] = rt_data.try_into().unwrap();

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
        ic: ic_id,
        fn_type: fn_type_id,
        rt_data,
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
        ic: ic_id,
        fn_type: fn_type_id,
        rt_data,
    };
    data::define(&mut obj, &module, source, &native, tables)?;
    data::define_ic(&mut obj, ic_id, sh.ic_next.get() as usize)?;
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
    let ic_gv = obj.declare_data_in_func(tables.ic, &mut ctx.func);
    let fn_type_gv = obj.declare_data_in_func(tables.fn_type, &mut ctx.func);
    let rt_data = tables
        .rt_data
        .map(|id| obj.declare_data_in_func(id, &mut ctx.func));
    func::lower(
        &mut ctx.func,
        fctx,
        module,
        f,
        fid,
        sh,
        [consts_gv, names_gv, ic_gv, fn_type_gv],
        rt_data,
    )
    .map_err(|(line, e)| (Some(line), e))?;
    let ninsts: usize = f.blocks.iter().map(|b| b.insts.len()).sum();
    let r = if ninsts > BIG_FUNCTION_INSTS {
        define_cheap(obj, ctx, id, &*sh.cheap_isa)
    } else {
        obj.define_function(id, ctx).map_err(|e| e.to_string())
    };
    r.map_err(|mut msg| {
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

/// Compile `ctx`'s function with `isa` (rather than the module's) and
/// define it as `id` from the machine code and relocations.
fn define_cheap(
    obj: &mut ObjectModule,
    ctx: &mut Context,
    id: ClifFuncId,
    isa: &dyn cranelift_codegen::isa::TargetIsa,
) -> Result<(), String> {
    let mut ctrl = cranelift_codegen::control::ControlPlane::default();
    ctx.compile(isa, &mut ctrl)
        .map_err(|e| format!("{:?}", e.inner))?;
    let code = ctx.compiled_code().ok_or("no compiled code")?;
    let alignment = code.buffer.alignment as u64;
    let bytes = code.buffer.data().to_vec();
    let relocs: Vec<cranelift_module::ModuleReloc> = code
        .buffer
        .relocs()
        .iter()
        .map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &ctx.func, id))
        .collect();
    obj.define_function_bytes(id, alignment, &bytes, &relocs)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests;
