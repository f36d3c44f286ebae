//! The differential test corpus: every program under `tests/cases/` is
//! compiled with pyaot, in native mode and with `--vm`, run, and compared
//! with the output CPython 3.11 produced (`NAME.out`, `NAME.exit`, and the
//! last stderr line in `NAME.err`, or all of stderr when `NAME.err` has
//! several lines, with the paths of `File "..."` lines cut to their base
//! names on both sides). Known differences are listed, with a
//! reason each, in `tests/known_failures.txt`.
//!
//! Environment: `PYAOT_TEST_FILTER=substr` selects cases, `PYAOT_TEST_MODE`
//! (`native` or `vm`) selects one mode, `PYAOT_TEST_JOBS` sets parallelism.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Case {
    name: String,
    py: PathBuf,
}

fn read_opt(p: &Path) -> Option<Vec<u8>> {
    std::fs::read(p).ok()
}

fn known_failures(root: &Path) -> HashMap<(String, String), String> {
    let mut m = HashMap::new();
    let Ok(text) = std::fs::read_to_string(root.join("known_failures.txt")) else {
        return m;
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.splitn(3, char::is_whitespace);
        let (Some(name), Some(mode)) = (parts.next(), parts.next()) else {
            continue;
        };
        let reason = parts.next().unwrap_or("").trim().to_string();
        for md in if mode == "both" {
            vec!["native", "vm"]
        } else {
            vec![mode]
        } {
            m.insert((name.to_string(), md.to_string()), reason.clone());
        }
    }
    m
}

/// Run a command with stdin, a timeout, and captured output.
fn run(
    mut cmd: Command,
    stdin: &[u8],
    timeout: Duration,
) -> Result<(i32, Vec<u8>, Vec<u8>), String> {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| format!("spawn: {e}"))?;
    let mut si = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = si.write_all(&input);
    });
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut so, &mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut se, &mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break s;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timed out after {}s", timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let out = out_t.join().unwrap_or_default();
    let err = err_t.join().unwrap_or_default();
    let code = match status.code() {
        Some(c) => c,
        None => {
            use std::os::unix::process::ExitStatusExt;
            return Err(format!(
                "killed by signal {}; stderr: {}",
                status.signal().unwrap_or(0),
                String::from_utf8_lossy(&err).lines().last().unwrap_or("")
            ));
        }
    };
    Ok((code, out, err))
}

fn first_diff(want: &[u8], got: &[u8]) -> String {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    for (i, (a, b)) in w.lines().zip(g.lines()).enumerate() {
        if a != b {
            return format!("line {}: expected {:?}, got {:?}", i + 1, a, b);
        }
    }
    format!(
        "expected {} lines, got {} lines",
        w.lines().count(),
        g.lines().count()
    )
}

fn check(pyaot: &Path, case: &Case, mode: &str, tmp: &Path) -> Result<(), String> {
    let exe = tmp.join(format!("{}-{}", case.name.replace('/', "_"), mode));
    let mut build = Command::new(pyaot);
    build.arg("build").arg(&case.py).arg("-o").arg(&exe);
    if mode == "vm" {
        build.arg("--vm");
    }
    let (code, _, err) = run(build, b"", Duration::from_secs(120))?;
    if code != 0 {
        return Err(format!(
            "build failed: {}",
            String::from_utf8_lossy(&err).trim()
        ));
    }
    let dir = case.py.parent().unwrap();
    let stem = case.py.with_extension("");
    let stdin = read_opt(&stem.with_extension("in")).unwrap_or_default();
    let mut cmd = Command::new(&exe);
    if let Some(a) = read_opt(&stem.with_extension("args")) {
        for l in String::from_utf8_lossy(&a).lines() {
            cmd.arg(l);
        }
    }
    cmd.current_dir(dir);
    let res = run(cmd, &stdin, Duration::from_secs(30));
    let _ = std::fs::remove_file(&exe);
    let (code, out, err) = res?;
    let want_out = read_opt(&stem.with_extension("out")).unwrap_or_default();
    let want_code: i32 = read_opt(&stem.with_extension("exit"))
        .and_then(|b| String::from_utf8_lossy(&b).trim().parse().ok())
        .unwrap_or(0);
    // Tracebacks printed to stdout name files by absolute path, which
    // differs between checkouts: compare base names (as `regen.py` writes).
    let (out, want_out) = if out.windows(6).any(|w| w == b"File \"") {
        (
            normalise_paths(&String::from_utf8_lossy(&out)).into_bytes(),
            normalise_paths(&String::from_utf8_lossy(&want_out)).into_bytes(),
        )
    } else {
        (out, want_out)
    };
    if out != want_out {
        return Err(format!("stdout differs: {}", first_diff(&want_out, &out)));
    }
    if code != want_code {
        let last = String::from_utf8_lossy(&err)
            .lines()
            .last()
            .unwrap_or("")
            .to_string();
        return Err(format!(
            "exit code {code}, expected {want_code}; stderr: {last}"
        ));
    }
    if let Some(want_err) = read_opt(&stem.with_extension("err")) {
        let want_full = normalise_paths(&String::from_utf8_lossy(&want_err));
        if want_full.trim_end().contains('\n') {
            let got = normalise_paths(&String::from_utf8_lossy(&err));
            if want_full.trim_end() != got.trim_end() {
                return Err(format!(
                    "stderr differs: {}",
                    first_diff(want_full.as_bytes(), got.as_bytes())
                ));
            }
            return Ok(());
        }
        let want = String::from_utf8_lossy(&want_err).trim().to_string();
        let got = String::from_utf8_lossy(&err)
            .lines()
            .last()
            .unwrap_or("")
            .trim()
            .to_string();
        if want != got {
            return Err(format!("last stderr line: expected {want:?}, got {got:?}"));
        }
    }
    Ok(())
}

/// `File "/some/dir/name.py"` becomes `File "name.py"` in every line.
fn normalise_paths(text: &str) -> String {
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        match line.find("File \"") {
            Some(i) => {
                let rest = &line[i + 6..];
                match rest.find('"') {
                    Some(j) => {
                        let path = &rest[..j];
                        let base = path.rsplit('/').next().unwrap_or(path);
                        out.push_str(&line[..i + 6]);
                        out.push_str(base);
                        out.push_str(&rest[j..]);
                    }
                    None => out.push_str(line),
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let pyaot = PathBuf::from(env!("CARGO_BIN_EXE_pyaot"));
    let filter = std::env::var("PYAOT_TEST_FILTER").unwrap_or_default();
    let modes: Vec<String> = match std::env::var("PYAOT_TEST_MODE") {
        Ok(m) if !m.is_empty() => vec![m],
        _ => vec!["native".into(), "vm".into()],
    };
    let mut cases: Vec<Case> = std::fs::read_dir(root.join("cases"))
        .expect("tests/cases exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .map(|p| Case {
            name: p.file_stem().unwrap().to_string_lossy().into_owned(),
            py: p,
        })
        .collect();
    // Multi-module programs: tests/programs/NAME/main.py.
    if let Ok(rd) = std::fs::read_dir(root.join("programs")) {
        for e in rd.filter_map(|e| e.ok()) {
            let main = e.path().join("main.py");
            if main.is_file() {
                let name = format!("programs/{}", e.file_name().to_string_lossy());
                cases.push(Case { name, py: main });
            }
        }
    }
    cases.retain(|c| c.name.contains(&filter));
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    let known = known_failures(&root);
    let tmp = std::env::temp_dir().join(format!("pyaot-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let jobs: Vec<(usize, String)> = (0..cases.len())
        .flat_map(|i| modes.iter().map(move |m| (i, m.clone())))
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    let nthreads = std::env::var("PYAOT_TEST_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        });
    std::thread::scope(|s| {
        for _ in 0..nthreads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((ci, mode)) = jobs.get(i) else { break };
                let r = check(&pyaot, &cases[*ci], mode, &tmp);
                results.lock().unwrap().push((*ci, mode.clone(), r));
            });
        }
    });
    let _ = std::fs::remove_dir_all(&tmp);
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let (mut passed, mut failed, mut known_n, mut fixed) = (0, 0, 0, Vec::new());
    for (ci, mode, r) in &results {
        let name = &cases[*ci].name;
        let k = known.get(&(name.clone(), mode.clone()));
        match (r, k) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => {
                passed += 1;
                fixed.push(format!("{name} [{mode}]"));
            }
            (Err(_), Some(_)) => known_n += 1,
            (Err(e), None) => {
                failed += 1;
                println!("FAIL {name} [{mode}]: {e}");
            }
        }
    }
    if !fixed.is_empty() {
        println!(
            "note: listed as known failures but now passing: {}",
            fixed.join(", ")
        );
    }
    println!(
        "corpus: {} cases x {} modes; {} known failures skipped",
        cases.len(),
        modes.len(),
        known_n
    );
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}
