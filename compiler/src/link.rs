//! Linking: object file + runtime archive → executable, with the system C
//! compiler driver (`cc`).
//!
//! The runtime archive `libpyaot_runtime.a` is looked up next to the running
//! `pyaot` executable (cargo puts both in `target/<profile>/`), unless the
//! environment variable `PYAOT_RUNTIME` names it explicitly.
//!
//! Native modules: the runtime finds its native modules (math, posix,
//! _sre, ...) only through the table `pyaot_native_modules`, which is not
//! in the archive. The linker gets it from a small assembly file written
//! here, listing the native modules the program may import; with
//! `--gc-sections` every other native module, and the code only it uses,
//! is left out of the executable.

use std::path::{Path, PathBuf};
use std::process::Command;

const ARCHIVE: &str = "libpyaot_runtime.a";

/// Where the runtime archive should be.
pub fn runtime_path() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("PYAOT_RUNTIME") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| {
        format!(
            "cannot locate the pyaot executable: {}",
            crate::driver::io_msg(&e)
        )
    })?;
    let dir = exe.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(dir.join(ARCHIVE))
}

/// Link `obj` with the runtime into the executable `out`, with the native
/// modules named in `natives`.
pub fn link(obj: &Path, out: &Path, natives: &[&str]) -> Result<(), String> {
    link_modules(obj, out, &runtime_path()?, natives)
}

/// Link `obj` with the runtime archive `rt` into the executable `out`, with
/// every native module (the code generator's tests use it).
#[cfg_attr(not(test), allow(dead_code))]
pub fn link_with(obj: &Path, out: &Path, rt: &Path) -> Result<(), String> {
    link_modules(obj, out, rt, NATIVE_MODULES)
}

/// The modules the runtime implements natively (`pyaot_ir::NATIVE_MODULES`).
pub use pyaot_ir::NATIVE_MODULES;

/// The native modules `module` may import: those whose name occurs in its
/// name table (every `import` statement names its module there) or as a
/// str constant (`__import__("math")`). A module imported under a name
/// computed at run time is not found and raises ModuleNotFoundError.
pub fn natives_used(module: &pyaot_ir::Module) -> Vec<&'static str> {
    NATIVE_MODULES
        .iter()
        .copied()
        .filter(|&n| {
            module.names.iter().any(|x| x == n)
                || module
                    .consts
                    .iter()
                    .any(|c| matches!(c, pyaot_ir::Const::Str(s) if s == n))
        })
        .collect()
}

/// The assembly source of the table `pyaot_native_modules`: a count, then a
/// pointer to each module's descriptor.
fn native_table(natives: &[&str]) -> String {
    let mut s = String::from(
        "\t.section .data.rel.ro.pyaot_native_modules,\"aw\"\n\t.globl pyaot_native_modules\n\t.p2align 3\npyaot_native_modules:\n",
    );
    s.push_str(&format!("\t.quad {}\n", natives.len()));
    for n in natives {
        s.push_str(&format!("\t.quad pyaot_native_{n}\n"));
    }
    s.push_str("\t.section .note.GNU-stack,\"\",@progbits\n");
    s
}

/// Link `obj` with the runtime archive `rt` and the native modules in
/// `natives` into the executable `out`.
pub fn link_modules(obj: &Path, out: &Path, rt: &Path, natives: &[&str]) -> Result<(), String> {
    if !rt.is_file() {
        return Err(format!(
            "runtime library not found at {}; build it with 'cargo build --release'",
            rt.display()
        ));
    }
    let table = obj.with_extension("natives.s");
    std::fs::write(&table, native_table(natives)).map_err(|e| {
        format!(
            "cannot write '{}': {}",
            table.display(),
            crate::driver::io_msg(&e)
        )
    })?;
    let cc = std::env::var("PYAOT_CC").unwrap_or_else(|_| "cc".to_string());
    let output = Command::new(&cc)
        .arg("-o")
        .arg(out)
        .arg(obj)
        .arg(&table)
        .arg(rt)
        // A position-dependent executable: the dynamic loader has no
        // relative relocations to apply (the runtime's method tables hold
        // thousands of pointers), which shortens start-up.
        .arg("-no-pie")
        .args(["-lm", "-lpthread", "-ldl", "-Wl,--gc-sections"])
        .args(if std::env::var_os("PYAOT_NO_STRIP").is_some() {
            &[][..]
        } else {
            &["-s"][..]
        })
        .output()
        .map_err(|e| {
            format!(
                "cannot run the linker '{cc}': {}",
                crate::driver::io_msg(&e)
            )
        })?;
    if !output.status.success() {
        let msg = String::from_utf8_lossy(&output.stderr);
        return Err(format!(
            "linking failed ({cc} exited with {}):\n{}",
            output.status,
            msg.trim_end()
        ));
    }
    Ok(())
}
