//! The object's data: constant/name tables, the encoded IR, the native
//! function table, the source text, and the program descriptor.
//!
//! `pyaot_program` (exported) is ten u64 words:
//! `[0] ir_ptr, [1] ir_len, [2] funcs_ptr, [3] nfuncs, [4] consts_ptr,
//! [5] nconsts, [6] names_ptr, [7] nnames, [8] source_ptr, [9] source_len`.
//! `funcs[i]` is the address of function i's native code, or 0 if the VM
//! runs it. `consts`/`names` are writable, zeroed tables the runtime fills
//! at start-up. Empty blobs are given as pointer 0 and length 0.

use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module as _};
use cranelift_object::ObjectModule;
use pyaot_ir::Module;

/// The start-up-initialised tables (declared before code generation).
pub struct Tables {
    pub consts: DataId,
    pub names: DataId,
    /// Inline caches (`IC_WORDS` zeroed words per site).
    pub ic: DataId,
    /// The runtime's `function` type object (imported).
    pub fn_type: DataId,
    /// The runtime data words generated code reads inline (`RT_DATA`).
    pub rt_data: [DataId; RT_DATA.len()],
}

/// Runtime statics imported by generated code, indexed by the `RD_*`
/// constants: the call depth, the inline entry limit, the stack limit (see
/// `runtime::abi`), the Ctrl-C flag, the range iterator, list and tuple types, and the
/// class-namespace version, and the `math.sqrt` and `len` builtins
/// (`intrinsic.rs`).
pub const RT_DATA: [&str; 11] = [
    "pyaot_depth",
    "pyaot_enter_limit",
    "pyaot_stack_limit",
    "pyaot_interrupted",
    "pyaot_range_iter_type",
    "pyaot_list_type",
    "pyaot_tuple_type",
    "pyaot_list_iter_type",
    "pyaot_tuple_iter_type",
    "pyaot_math_sqrt",
    "pyaot_builtin_len",
];
pub const RD_DEPTH: usize = 0;
pub const RD_ENTER_LIMIT: usize = 1;
pub const RD_STACK_LIMIT: usize = 2;
pub const RD_INTERRUPTED: usize = 3;
pub const RD_RANGE_ITER: usize = 4;
pub const RD_LIST: usize = 5;
pub const RD_TUPLE: usize = 6;
pub const RD_LIST_ITER: usize = 7;
pub const RD_TUPLE_ITER: usize = 8;
pub const RD_MATH_SQRT: usize = 9;
pub const RD_BUILTIN_LEN: usize = 10;

/// Words per inline-cache site (`runtime::exec::GlobalIc`,
/// `runtime::attr_ic::AttrIc`).
pub const IC_WORDS: usize = 5;

/// The zeroed inline-cache table for `n` sites.
pub fn define_ic(obj: &mut ObjectModule, id: DataId, n: usize) -> Result<(), String> {
    zero_table(obj, id, n * IC_WORDS, "pyaot_ic")
}

fn declare(
    obj: &mut ObjectModule,
    name: &str,
    linkage: Linkage,
    writable: bool,
) -> Result<DataId, String> {
    obj.declare_data(name, linkage, writable, false)
        .map_err(|e| format!("{name}: {e}"))
}

fn define_desc(
    obj: &mut ObjectModule,
    id: DataId,
    desc: &DataDescription,
    name: &str,
) -> Result<(), String> {
    obj.define_data(id, desc)
        .map_err(|e| format!("{name}: {e}"))
}

/// A read-only blob; None if empty.
fn blob(obj: &mut ObjectModule, name: &str, bytes: Vec<u8>) -> Result<Option<DataId>, String> {
    if bytes.is_empty() {
        return Ok(None);
    }
    let id = declare(obj, name, Linkage::Local, false)?;
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    define_desc(obj, id, &d, name)?;
    Ok(Some(id))
}

/// A zeroed writable table of `n` words (at least one, so it has an address).
fn zero_table(obj: &mut ObjectModule, id: DataId, n: usize, name: &str) -> Result<(), String> {
    let mut d = DataDescription::new();
    d.define_zeroinit(n.max(1) * 8);
    d.set_align(8);
    define_desc(obj, id, &d, name)
}

pub fn define(
    obj: &mut ObjectModule,
    module: &Module,
    source: &str,
    native: &[Option<ClifFuncId>],
    tables: Tables,
) -> Result<(), String> {
    zero_table(obj, tables.consts, module.consts.len(), "pyaot_consts")?;
    zero_table(obj, tables.names, module.names.len(), "pyaot_names")?;

    let ir_bytes = module.encode();
    let ir_len = ir_bytes.len();
    let ir = blob(obj, "pyaot_ir", ir_bytes)?;
    let src = blob(obj, "pyaot_source", source.as_bytes().to_vec())?;

    // The native function table.
    let funcs = declare(obj, "pyaot_funcs", Linkage::Local, false)?;
    let mut d = DataDescription::new();
    d.define(vec![0u8; native.len().max(1) * 8].into_boxed_slice());
    d.set_align(8);
    for (i, f) in native.iter().enumerate() {
        if let Some(f) = f {
            let r = obj.declare_func_in_data(*f, &mut d);
            d.write_function_addr((i * 8) as u32, r);
        }
    }
    define_desc(obj, funcs, &d, "pyaot_funcs")?;

    // The descriptor.
    let prog = declare(obj, "pyaot_program", Linkage::Export, false)?;
    let mut words = [0u64; 10];
    words[1] = if ir.is_some() { ir_len as u64 } else { 0 };
    words[3] = native.len() as u64;
    words[5] = module.consts.len() as u64;
    words[7] = module.names.len() as u64;
    words[9] = if src.is_some() {
        source.len() as u64
    } else {
        0
    };
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_ne_bytes()).collect();
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    let ptrs = [
        (0, ir),
        (2, Some(funcs)),
        (4, Some(tables.consts)),
        (6, Some(tables.names)),
        (8, src),
    ];
    for (slot, id) in ptrs {
        if let Some(id) = id {
            let gv = obj.declare_data_in_data(id, &mut d);
            d.write_data_addr((slot * 8) as u32, gv, 0);
        }
    }
    define_desc(obj, prog, &d, "pyaot_program")
}
