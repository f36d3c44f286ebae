//! Builtin modules implemented in Rust, one file each.

use crate::import::ModuleInit;

pub mod hashes;
pub mod io;
pub mod json;
pub mod json_encode;
pub mod math;
pub mod posix;
pub mod pyaot_ext;
pub mod random;
pub mod sha512;
pub mod sre;
pub mod structfloat;
pub mod sys;
pub mod sys_sizeof;
pub mod time;
pub mod time_struct;

/// One native module: its import name and the function filling its
/// namespace dict. Each is an exported static (`pyaot_native_<name>`), and
/// the runtime reaches them only through `pyaot_native_modules`, a table the
/// compiler generates at link time listing the modules the program imports
/// (`compiler/src/link.rs`). The linker's `--gc-sections` therefore drops
/// every native module a program does not import, with all the code only it
/// uses.
#[repr(C)]
pub struct NativeModule {
    pub name: &'static str,
    pub init: ModuleInit,
}

macro_rules! native {
    ($sym:ident, $name:literal, $init:path) => {
        #[no_mangle]
        pub static $sym: NativeModule = NativeModule {
            name: $name,
            init: $init,
        };
    };
}

native!(pyaot_native_sys, "sys", sys::init);
native!(pyaot_native_math, "math", math::init);
native!(pyaot_native_time, "time", time::init);
native!(pyaot_native__random, "_random", random::init);
native!(pyaot_native__io, "_io", io::init);
native!(pyaot_native__json, "_json", json::init);
native!(pyaot_native__sre, "_sre", sre::init);
native!(pyaot_native__pyaot, "_pyaot", pyaot_ext::init);
native!(pyaot_native_posix, "posix", posix::init);
native!(pyaot_native__hashlib, "_hashlib", hashes::init);
native!(pyaot_native__struct, "_struct", structfloat::init);

/// The names of all native modules (`sys.builtin_module_names`), whether
/// or not this program was linked with them.
pub static NATIVE_MODULE_NAMES: &[&str] = pyaot_ir::NATIVE_MODULES;

/// The table the linker resolves: a count followed by that many pointers.
#[repr(C)]
pub struct NativeTable {
    pub count: usize,
    pub modules: [&'static NativeModule; 0],
}

// The table holds Rust pointers (`&str`), not C data: it is only ever
// written by the assembler (compiler/src/link.rs) and read here.
#[allow(improper_ctypes)]
extern "C" {
    static pyaot_native_modules: NativeTable;
}

/// The native module named `name`, if the program was linked with it.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    unsafe {
        let t = &*std::ptr::addr_of!(pyaot_native_modules);
        let all = std::slice::from_raw_parts(t.modules.as_ptr(), t.count);
        all.iter().find(|m| m.name == name).map(|m| m.init)
    }
}
