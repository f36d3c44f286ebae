//! Linking: object file + runtime archive → executable, with the system C
//! compiler driver (`cc`).
//!
//! The runtime archive `libpyaot_runtime.a` is looked up next to the running
//! `pyaot` executable (cargo puts both in `target/<profile>/`), unless the
//! environment variable `PYAOT_RUNTIME` names it explicitly.

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

/// Link `obj` with the runtime into the executable `out`.
pub fn link(obj: &Path, out: &Path) -> Result<(), String> {
    link_with(obj, out, &runtime_path()?)
}

/// Link `obj` with the runtime archive `rt` into the executable `out`.
pub fn link_with(obj: &Path, out: &Path, rt: &Path) -> Result<(), String> {
    if !rt.is_file() {
        return Err(format!(
            "runtime library not found at {}; build it with 'cargo build --release'",
            rt.display()
        ));
    }
    let cc = std::env::var("PYAOT_CC").unwrap_or_else(|_| "cc".to_string());
    let output = Command::new(&cc)
        .arg("-o")
        .arg(out)
        .arg(obj)
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
