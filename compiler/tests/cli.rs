//! Whole-program tests of the command line and of process behaviour that
//! the output corpus cannot express: compile errors (`tests/errors/`),
//! missing files, `pyaot run` argument and exit-code passing, closed pipes,
//! `--emit ir`, and that executables are standalone.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn pyaot() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyaot"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("pyaot-cli-{}-{}", name, std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn compile_errors_name_file_and_line() {
    let dir = root().join("tests/errors");
    let out = tmpdir("errors");
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().map(|x| x != "py").unwrap_or(true) {
            continue;
        }
        n += 1;
        let expect = std::fs::read_to_string(p.with_extension("expect")).unwrap();
        let exe = out.join(p.file_stem().unwrap());
        let r = pyaot()
            .current_dir(&dir)
            .arg("build")
            .arg(p.file_name().unwrap())
            .arg("-o")
            .arg(&exe)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(!r.status.success(), "{}: build should fail", p.display());
        assert_eq!(
            r.status.code(),
            Some(1),
            "{}: exit code; stderr: {err}",
            p.display()
        );
        assert!(
            err.contains(expect.trim()),
            "{}: expected {:?} in {:?}",
            p.display(),
            expect.trim(),
            err
        );
        assert!(!err.contains("panicked"), "{}: panic: {err}", p.display());
        assert!(
            !exe.exists(),
            "{}: no executable may be written",
            p.display()
        );
    }
    assert!(n >= 5);
}

#[test]
fn missing_input_file() {
    let r = pyaot()
        .args(["build", "/nonexistent/nope.py", "-o", "/tmp/pyaot-never"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("nope.py") && err.contains("No such file or directory"),
        "{err}"
    );
}

#[test]
fn run_passes_args_and_exit_code() {
    let d = tmpdir("run");
    let p = write(
        &d,
        "prog.py",
        "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n",
    );
    for vm in [false, true] {
        let mut c = pyaot();
        c.arg("run");
        if vm {
            c.arg("--vm");
        }
        let r = c.arg(&p).args(["7", "x y"]).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&r.stdout), "['7', 'x y']\n");
        assert_eq!(r.status.code(), Some(7));
    }
}

#[test]
fn uncaught_exception_traceback() {
    let d = tmpdir("tb");
    let p = write(
        &d,
        "tb.py",
        "def f(x):\n    return 1 // x\nprint('before')\nf(0)\n",
    );
    let exe = d.join("tb");
    assert!(pyaot()
        .arg("build")
        .arg(&p)
        .arg("-o")
        .arg(&exe)
        .status()
        .unwrap()
        .success());
    let r = Command::new(&exe).output().unwrap();
    assert_eq!(r.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&r.stdout), "before\n");
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("line 4, in <module>") && err.contains("line 2, in f"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("ZeroDivisionError: integer division or modulo by zero"),
        "{err}"
    );
}

#[test]
fn closed_pipe_ends_quietly() {
    let d = tmpdir("pipe");
    let p = write(&d, "many.py", "for i in range(200000):\n    print(i)\n");
    let exe = d.join("many");
    assert!(pyaot()
        .arg("build")
        .arg(&p)
        .arg("-o")
        .arg(&exe)
        .status()
        .unwrap()
        .success());
    let mut child = Command::new(&exe)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe.
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 16];
    let _ = std::io::Read::read(&mut out, &mut buf).unwrap();
    drop(out);
    let r = child.wait_with_output().unwrap();
    assert!(
        r.status.code().is_some(),
        "killed by a signal: {:?}",
        r.status
    );
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("Traceback"),
        "{err}"
    );
}

#[test]
fn emit_ir_prints_text_form() {
    let d = tmpdir("ir");
    let p = write(
        &d,
        "f.py",
        "def add(a, b):\n    return a + b\nprint(add(1, 2))\n",
    );
    let r = pyaot()
        .args(["build", "--emit", "ir"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(r.status.success());
    let s = String::from_utf8_lossy(&r.stdout);
    assert!(
        s.contains("function f1 add") && s.contains("r0 + r1"),
        "{s}"
    );
}

#[test]
fn executable_is_standalone() {
    let d = tmpdir("standalone");
    let p = write(&d, "hello.py", "print('hello')\n");
    let exe = d.join("hello");
    assert!(pyaot()
        .arg("build")
        .arg(&p)
        .arg("-o")
        .arg(&exe)
        .status()
        .unwrap()
        .success());
    // Runs after being moved away from its source.
    let moved = tmpdir("standalone-moved").join("hello2");
    std::fs::rename(&exe, &moved).unwrap();
    std::fs::remove_file(&p).unwrap();
    let r = Command::new(&moved).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&r.stdout), "hello\n");
    // Needs nothing but the C library (and libgcc_s/ld.so).
    if let Ok(l) = Command::new("ldd").arg(&moved).output() {
        let s = String::from_utf8_lossy(&l.stdout);
        for line in s.lines() {
            let lib = line.trim();
            let ok = [
                "libc.so",
                "libm.so",
                "libgcc_s",
                "ld-linux",
                "linux-vdso",
                "libpthread",
                "libdl",
            ]
            .iter()
            .any(|x| lib.contains(x));
            assert!(ok, "unexpected dependency: {lib}");
        }
    }
}
