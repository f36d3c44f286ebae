//! The compilation pipeline: source → IR (front end) → object file
//! (codegen) → executable (link), plus `run` (build to a temporary
//! directory, execute, clean up).

use crate::codegen;
use crate::frontend::{self, Diagnostic};
use pyaot_ir::Module;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A failed command: a located compile error or a plain message.
#[derive(Debug)]
pub enum Error {
    Diag(Diagnostic),
    Msg(String),
}

impl From<String> for Error {
    fn from(s: String) -> Self {
        Error::Msg(s)
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// Run every function in the runtime's VM (no native code).
    pub vm: bool,
    /// Keep the object file next to the output (`OUT.o`).
    pub keep_obj: bool,
}

/// An I/O error message without Rust's " (os error N)" suffix.
pub fn io_msg(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Lower the whole program; returns the IR and the main file's text.
fn load(input: &Path) -> Result<(Module, String), Error> {
    // Unreadable input is a plain error, not a located diagnostic.
    let bytes = std::fs::read(input)
        .map_err(|e| format!("cannot read '{}': {}", input.display(), io_msg(&e)))?;
    if std::str::from_utf8(&bytes).is_err() {
        let shown = input.display();
        return Err(Error::Msg(format!(
            "cannot read '{shown}': the file is not valid UTF-8"
        )));
    }
    let (module, source) = frontend::lower_program_with_source(input).map_err(Error::Diag)?;
    Ok((module, source.text))
}

/// The IR of the program as text (`--emit ir`).
pub fn emit_ir(input: &Path) -> Result<String, Error> {
    let (module, _) = load(input)?;
    Ok(pyaot_ir::print_module_annotated(&module, &|_, f| {
        crate::codegen::describe_types(&module, f)
    }))
}

/// A uniquely named temporary directory, removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> Result<TempDir, String> {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("pyaot-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| {
            format!(
                "cannot create temporary directory '{}': {}",
                dir.display(),
                io_msg(&e)
            )
        })?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Compile `input` into the executable `output`.
pub fn build(input: &Path, output: &Path, opts: BuildOptions) -> Result<(), Error> {
    let same = match (std::fs::canonicalize(output), std::fs::canonicalize(input)) {
        (Ok(a), Ok(b)) => a == b,
        _ => output == input,
    };
    if same {
        return Err(Error::Msg(format!(
            "output '{}' would overwrite the source file; use -o",
            output.display()
        )));
    }
    let (module, source) = load(input)?;
    let natives = crate::link::natives_used(&module);
    let bytes = codegen::compile(module, &source, &codegen::Options { vm: opts.vm })?;
    let tmp = TempDir::new("build")?;
    let obj = tmp.0.join("program.o");
    std::fs::write(&obj, &bytes)
        .map_err(|e| format!("cannot write '{}': {}", obj.display(), io_msg(&e)))?;
    crate::link::link(&obj, output, &natives)?;
    if opts.keep_obj {
        let mut kept = output.as_os_str().to_owned();
        kept.push(".o");
        std::fs::copy(&obj, &kept).map_err(|e| {
            format!(
                "cannot write '{}': {}",
                Path::new(&kept).display(),
                io_msg(&e)
            )
        })?;
    }
    Ok(())
}

/// The default output of `pyaot build FILE.py`: the file's stem, in the
/// current directory.
pub fn default_output(input: &Path) -> PathBuf {
    let stem = input.file_stem().map(PathBuf::from);
    stem.unwrap_or_else(|| PathBuf::from("a.out"))
}

/// Build `input` into a temporary directory and run it with `args`;
/// returns the exit code to report (128 + signal if it was killed).
pub fn run(input: &Path, args: &[String], opts: BuildOptions) -> Result<i32, Error> {
    let tmp = TempDir::new("run")?;
    let exe = tmp.0.join(default_output(input));
    build(
        input,
        &exe,
        BuildOptions {
            keep_obj: false,
            ..opts
        },
    )?;
    let mut cmd = Command::new(&exe);
    std::os::unix::process::CommandExt::arg0(&mut cmd, input.as_os_str());
    let mut child = cmd
        .args(args)
        .spawn()
        .map_err(|e| format!("cannot run '{}': {}", exe.display(), io_msg(&e)))?;
    // Like system(3): a terminal ^C or ^\ reaches the program (which keeps
    // the dispositions pyaot had when it was spawned), while pyaot survives
    // to remove the temporary directory and report the status.
    // SAFETY: signal(2) with SIG_IGN or a previously returned disposition.
    let (old_int, old_quit) = unsafe { (signal(SIGINT, SIG_IGN), signal(SIGQUIT, SIG_IGN)) };
    let status = child.wait();
    unsafe {
        signal(SIGINT, old_int);
        signal(SIGQUIT, old_quit);
    }
    let status = status.map_err(|e| format!("cannot run '{}': {}", exe.display(), io_msg(&e)))?;
    drop(tmp);
    Ok(exit_code(status))
}

const SIGINT: i32 = 2;
const SIGQUIT: i32 = 3;
const SIG_IGN: usize = 1;

extern "C" {
    /// libc `signal(2)`; handlers are passed as plain addresses.
    fn signal(sig: i32, handler: usize) -> usize;
}

fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c,
        (None, Some(sig)) => 128 + sig,
        _ => 1,
    }
}
