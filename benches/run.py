#!/usr/bin/env python3
"""pyaot benchmark runner.

Usage:
    python3 benches/run.py [--runs N] [--only name,name] [--pyaot PATH]
                           [--json FILE] [--timeout SEC] [--no-pypy]
                           [--no-startup] [--startup-runs N] [--workdir DIR]

For every benchmark in benches/ it:
  * compiles it with `pyaot build benches/X.py -o <builddir>/X` (timed),
    recording the executable size;
  * runs the pyaot executable, `python3 -S X.py` (CPython) and, if `pypy3` is
    on PATH, `pypy3 X.py`, interleaved run by run, measuring wall time and the
    child's peak RSS (from os.wait4);
  * checks every implementation's stdout against CPython's;
and prints a summary table, geometric means of the speed-ups and a startup
comparison (hello world). This script only needs CPython 3.9+ and the
standard library (plus a C compiler for accurate peak-RSS numbers).
"""

import argparse
import hashlib
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)

# Order in which benchmarks are run and reported.
BENCHMARKS = [
    "fib",
    "nbody",
    "spectral_norm",
    "mandelbrot",
    "fannkuch",
    "binary_trees",
    "richards",
    "raytrace",
    "nqueens",
    "pidigits",
    "generators",
    "strings",
    "dicts_lists",
    "parse_input",
]

# Benchmarks that read their input (made by gen_input.py) from stdin.
STDIN_BENCHMARKS = {"parse_input"}

IMPLS = ["pyaot", "cpython", "pypy"]


# A tiny C program that forks/execs the benchmark and reports its exit status,
# peak RSS and wall time. It exists because ru_maxrss of a child started
# directly from this (large) Python process is inflated: Linux carries the
# parent's memory high-water mark over into the child at exec (vfork or fork),
# so every measurement would be at least this runner's own RSS (~20 MB). A
# child forked from a ~1 MB C process does not have that problem.
RSS_HELPER_C = r"""
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    struct timespec t0, t1;
    struct rusage ru;
    int status = 0;
    pid_t pid;
    FILE *f;
    if (argc < 3) {
        fprintf(stderr, "usage: %s RESULT_FILE PROGRAM [ARGS...]\n", argv[0]);
        return 2;
    }
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "cannot execute %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    f = fopen(argv[1], "w");
    if (f == NULL) {
        perror(argv[1]);
        return 2;
    }
    fprintf(f, "%d %ld %ld.%06ld %ld.%06ld %.9f\n", status, (long)ru.ru_maxrss,
            (long)ru.ru_utime.tv_sec, (long)ru.ru_utime.tv_usec,
            (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec,
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    fclose(f);
    return 0;
}
"""


def log(msg=""):
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Process execution


class RunResult:
    def __init__(self):
        self.ok = False          # exited with status 0 within the time limit
        self.wall = None         # seconds
        self.maxrss_kb = None    # peak resident set size of the child, KiB
        self.utime = None
        self.stime = None
        self.returncode = None
        self.timed_out = False
        self.stdout = b""
        self.stderr = b""
        self.error = None        # human-readable reason when not ok

    def to_json(self, include_output=False):
        d = {
            "ok": self.ok,
            "wall_s": self.wall,
            "maxrss_kb": self.maxrss_kb,
            "utime_s": self.utime,
            "stime_s": self.stime,
            "returncode": self.returncode,
            "timed_out": self.timed_out,
            "error": self.error,
        }
        if include_output:
            d["stdout"] = self.stdout.decode("utf-8", "replace")
        return d


def _describe_status(rc):
    if rc is None:
        return "did not exit"
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = "signal %d" % -rc
        return "killed by %s" % name
    return "exit status %d" % rc


def _last_lines(data, n=3, width=160):
    text = data.decode("utf-8", "replace").strip()
    if not text:
        return ""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    s = " | ".join(lines[-n:])
    if len(s) > width:
        s = s[: width - 3] + "..."
    return s


class Spawner:
    """How children are started and measured. With the C helper compiled,
    children are forked from it (accurate peak RSS, wall time taken around
    fork/wait4 in C); otherwise they are started directly from this process
    and their RSS is at least `rss_floor_kb`."""
    helper = None          # path of the compiled helper, or None
    helper_note = None     # why the helper is not used
    result_path = None     # file the helper writes its measurements to
    rss_floor_kb = None    # RSS reported for /bin/true (measurement floor)


def setup_spawner(workdir):
    """Compiles the RSS helper into workdir (cached by source hash) if a C
    compiler is available, and measures the RSS floor."""
    src_hash = hashlib.sha1(RSS_HELPER_C.encode()).hexdigest()[:12]
    exe = os.path.join(workdir, "rsswait-%s" % src_hash)
    if not os.path.isfile(exe):
        cc = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc") \
            or shutil.which("clang")
        if cc is None:
            Spawner.helper_note = "no C compiler found (cc/gcc/clang)"
        else:
            src = exe + ".c"
            with open(src, "w") as f:
                f.write(RSS_HELPER_C)
            tmp_exe = exe + ".tmp%d" % os.getpid()
            try:
                r = subprocess.run([cc, "-O2", "-o", tmp_exe, src],
                                   capture_output=True, timeout=120)
                if r.returncode == 0:
                    os.replace(tmp_exe, exe)
                else:
                    Spawner.helper_note = "compiling the RSS helper failed: " + \
                        _last_lines(r.stderr, 2)
            except (OSError, subprocess.TimeoutExpired) as e:
                Spawner.helper_note = "compiling the RSS helper failed: %s" % e
    if os.path.isfile(exe):
        fd, Spawner.result_path = tempfile.mkstemp(prefix="pyaot-bench-", suffix=".txt")
        os.close(fd)
        Spawner.helper = exe
    true_exe = shutil.which("true") or "/bin/true"
    r = run_measured([true_exe], cwd=REPO_ROOT, timeout=60)
    if r.ok:
        Spawner.rss_floor_kb = r.maxrss_kb
    elif Spawner.helper is not None:
        # The helper does not work here; fall back to direct spawning.
        Spawner.helper_note = "RSS helper does not work: %s" % r.error
        Spawner.helper = None
        r = run_measured([true_exe], cwd=REPO_ROOT, timeout=60)
        Spawner.rss_floor_kb = r.maxrss_kb


def cleanup_spawner():
    if Spawner.result_path and os.path.exists(Spawner.result_path):
        os.remove(Spawner.result_path)


def run_measured(argv, cwd, stdin_path=None, timeout=None):
    """Runs argv as a child process, returning a RunResult with wall time and
    peak RSS (from wait4, done by the C helper when available, else here).
    stdout/stderr go to temporary files so a chatty child cannot dead-lock on
    a full pipe."""
    res = RunResult()
    helper = Spawner.helper
    if helper is not None:
        with open(Spawner.result_path, "w"):
            pass  # truncate: an empty file afterwards means no measurement
        full_argv = [helper, Spawner.result_path] + list(argv)
    else:
        full_argv = list(argv)
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    proc = None
    killed = {"flag": False}
    lock = threading.Lock()
    done = {"flag": False}

    def on_timeout():
        with lock:
            if done["flag"] or proc is None:
                return
            killed["flag"] = True
            try:
                # The child was started in its own session/process group;
                # kill that group (our own child and anything it spawned).
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    timer = None
    in_f = None
    try:
        in_f = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(
                full_argv, cwd=cwd, stdin=in_f, stdout=out_f, stderr=err_f,
                start_new_session=True,
            )
        except OSError as e:
            res.error = "cannot start %s: %s" % (full_argv[0], e)
            return res
        if timeout:
            timer = threading.Timer(timeout, on_timeout)
            timer.daemon = True
            timer.start()
        while True:
            try:
                _, status, ru = os.wait4(proc.pid, 0)
                break
            except InterruptedError:
                continue
        t1 = time.perf_counter()
        with lock:
            done["flag"] = True
        if timer:
            timer.cancel()
        rc = os.waitstatus_to_exitcode(status)
        proc.returncode = rc  # tell Popen the child has been reaped
        out_f.seek(0)
        err_f.seek(0)
        res.stdout = out_f.read()
        res.stderr = err_f.read()
        if killed["flag"]:
            res.timed_out = True
            res.error = "timed out after %gs" % timeout
            return res
        if helper is not None:
            with open(Spawner.result_path) as f:
                fields = f.read().split()
            if rc != 0 or len(fields) != 5:
                res.error = "RSS helper failed (%s): %s" % (
                    _describe_status(rc), _last_lines(res.stderr))
                return res
            rc = os.waitstatus_to_exitcode(int(fields[0]))
            res.maxrss_kb = int(fields[1])
            res.utime = float(fields[2])
            res.stime = float(fields[3])
            res.wall = float(fields[4])
        else:
            res.maxrss_kb = ru.ru_maxrss
            res.utime = ru.ru_utime
            res.stime = ru.ru_stime
            res.wall = t1 - t0
        res.returncode = rc
        if rc != 0:
            tail = _last_lines(res.stderr)
            res.error = _describe_status(rc) + (": " + tail if tail else "")
        else:
            res.ok = True
        return res
    except KeyboardInterrupt:
        if proc is not None and proc.returncode is None:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
                os.waitpid(proc.pid, 0)
                proc.returncode = -signal.SIGKILL
            except (ProcessLookupError, PermissionError, ChildProcessError):
                pass
        raise
    finally:
        if timer:
            timer.cancel()
        out_f.close()
        err_f.close()
        if stdin_path and in_f is not None and in_f is not subprocess.DEVNULL:
            in_f.close()


# --------------------------------------------------------------------------
# Helpers


def file_sha1(path):
    h = hashlib.sha1()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()


def ensure_parse_input(workdir, python):
    """Generates the parse_input benchmark's input into the cache dir if it is
    missing. The file name carries a hash of gen_input.py so that editing the
    generator produces a fresh file."""
    gen = os.path.join(BENCH_DIR, "gen_input.py")
    path = os.path.join(workdir, "parse_input-%s.txt" % file_sha1(gen)[:12])
    if not os.path.exists(path):
        log("generating parse_input data: %s" % path)
        t0 = time.perf_counter()
        subprocess.run([python, gen, path], check=True, cwd=REPO_ROOT)
        log("  done in %.1fs (%.1f MB)" % (time.perf_counter() - t0,
                                          os.path.getsize(path) / 1e6))
    return path


def first_difference(expected, got):
    e = expected.decode("utf-8", "replace").splitlines()
    g = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(e), len(g))):
        el = e[i] if i < len(e) else "<missing>"
        gl = g[i] if i < len(g) else "<missing>"
        if el != gl:
            return "line %d: expected %r, got %r" % (i + 1, el[:80], gl[:80])
    return "outputs differ (line endings / trailing bytes)"


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt_s(x):
    if x is None:
        return "-"
    if x < 0.01:
        return "%.4f" % x
    if x < 10:
        return "%.3f" % x
    return "%.1f" % x


def fmt_ratio(x):
    return "-" if x is None else "%.2fx" % x


def fmt_mb(kb):
    return "-" if kb is None else "%.1f" % (kb / 1024.0)


def build(pyaot, src_rel, exe_path, timeout):
    """Compiles src_rel (relative to the repo root) with pyaot. Returns a dict
    with ok / seconds / size_bytes / error."""
    info = {"ok": False, "seconds": None, "size_bytes": None, "error": None,
            "exe": exe_path}
    if pyaot is None:
        info["error"] = "pyaot compiler not found"
        return info
    if os.path.exists(exe_path):
        os.remove(exe_path)
    argv = [pyaot, "build", src_rel, "-o", exe_path]
    r = run_measured(argv, cwd=REPO_ROOT, timeout=timeout)
    info["seconds"] = r.wall
    info["compiler_maxrss_kb"] = r.maxrss_kb
    if not r.ok:
        info["error"] = "build failed: " + (r.error or "?")
        info["compiler_stderr"] = r.stderr.decode("utf-8", "replace")[-4000:]
        return info
    if not os.path.isfile(exe_path):
        info["error"] = "build reported success but %s was not produced" % exe_path
        return info
    if not os.access(exe_path, os.X_OK):
        info["error"] = "build output %s is not executable" % exe_path
        return info
    info["size_bytes"] = os.path.getsize(exe_path)
    info["ok"] = True
    return info


# --------------------------------------------------------------------------
# Main


def parse_args():
    p = argparse.ArgumentParser(description="Run the pyaot benchmark suite.")
    p.add_argument("--runs", type=int, default=3,
                   help="runs per implementation and benchmark (default 3)")
    p.add_argument("--only", default=None,
                   help="comma-separated benchmark names to run")
    p.add_argument("--pyaot", default=None,
                   help="path to the pyaot compiler "
                        "(default: target/release/pyaot in the repo)")
    p.add_argument("--python", default=None,
                   help="CPython used as the reference (default: python3 on PATH)")
    p.add_argument("--pypy", default=None,
                   help="PyPy executable (default: pypy3 on PATH if present)")
    p.add_argument("--no-pypy", action="store_true", help="do not run PyPy")
    p.add_argument("--json", default=None, help="write raw results to FILE")
    p.add_argument("--timeout", type=float, default=300.0,
                   help="time limit for one benchmark run, seconds (default 300)")
    p.add_argument("--build-timeout", type=float, default=600.0,
                   help="time limit for one pyaot build, seconds (default 600)")
    p.add_argument("--workdir", default=None,
                   help="where executables and generated inputs go "
                        "(default: target/pyaot-bench in the repo)")
    p.add_argument("--no-startup", action="store_true",
                   help="skip the hello-world startup measurement")
    p.add_argument("--startup-runs", type=int, default=20,
                   help="runs for the startup measurement (default 20)")
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be >= 1")
    return args


def resolve_exe(name):
    if name is None:
        return None
    if os.sep in name:
        return os.path.abspath(name) if os.path.isfile(name) else None
    return shutil.which(name)


def version_of(exe, flag="--version"):
    try:
        r = subprocess.run([exe, flag], capture_output=True, timeout=60)
        return (r.stdout + r.stderr).decode("utf-8", "replace").strip().replace("\n", " ")
    except (OSError, subprocess.TimeoutExpired) as e:
        return "unknown (%s)" % e


def main():
    args = parse_args()

    names = list(BENCHMARKS)
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        wanted = [n[:-3] if n.endswith(".py") else n for n in wanted]
        unknown = [n for n in wanted if n not in BENCHMARKS]
        if unknown:
            sys.exit("unknown benchmark(s): %s (known: %s)"
                     % (", ".join(unknown), ", ".join(BENCHMARKS)))
        names = [n for n in BENCHMARKS if n in wanted]

    workdir = os.path.abspath(args.workdir or os.path.join(REPO_ROOT, "target", "pyaot-bench"))
    builddir = os.path.join(workdir, "build")
    os.makedirs(builddir, exist_ok=True)
    setup_spawner(workdir)

    pyaot_path = args.pyaot or os.path.join(REPO_ROOT, "target", "release", "pyaot")
    pyaot = os.path.abspath(pyaot_path) if os.path.isfile(pyaot_path) else None
    pyaot_missing_reason = None
    if pyaot is None:
        pyaot_missing_reason = "pyaot compiler not found at %s" % pyaot_path
    elif not os.access(pyaot, os.X_OK):
        pyaot_missing_reason = "pyaot compiler at %s is not executable" % pyaot
        pyaot = None

    python = resolve_exe(args.python or "python3")
    if python is None:
        if args.python:
            sys.exit("--python %s not found" % args.python)
        python = sys.executable
    pypy = None
    if not args.no_pypy:
        pypy = resolve_exe(args.pypy or "pypy3")
        if args.pypy and pypy is None:
            log("warning: --pypy %s not found; PyPy disabled" % args.pypy)

    impls = ["pyaot", "cpython"] + (["pypy"] if pypy else [])

    py_version = version_of(python)
    pypy_version = version_of(pypy) if pypy else None
    log("pyaot   : %s" % (pyaot or "MISSING (" + pyaot_missing_reason + ")"))
    log("cpython : %s (%s)" % (python, py_version))
    if not py_version.startswith("Python 3.11"):
        log("warning: the reference should be CPython 3.11, got %r" % py_version)
    log("pypy    : %s" % ("%s (%s)" % (pypy, pypy_version) if pypy else "not found, skipped"))
    log("runs    : %d, workdir: %s" % (args.runs, workdir))
    if Spawner.helper:
        log("rss     : measured by %s (floor: %s KB)" % (Spawner.helper, Spawner.rss_floor_kb))
    else:
        log("rss     : WARNING: %s; peak RSS values are inflated to at least "
            "%s KB (this runner's own size)" % (Spawner.helper_note, Spawner.rss_floor_kb))
    log()

    def argv_for(impl, name, exe):
        src = os.path.join("benches", name + ".py")
        if impl == "pyaot":
            return [exe]
        if impl == "cpython":
            return [python, "-S", src]
        return [pypy, src]

    results = []
    for name in names:
        log("== %s" % name)
        src_rel = os.path.join("benches", name + ".py")
        stdin_path = None
        entry = {"name": name, "build": None, "impls": {}}
        results.append(entry)

        if name in STDIN_BENCHMARKS:
            try:
                stdin_path = ensure_parse_input(workdir, python)
                entry["stdin"] = stdin_path
            except (subprocess.CalledProcessError, OSError) as e:
                entry["error"] = "could not generate input: %s" % e
                log("  FAIL: " + entry["error"])
                continue

        # Build.
        exe = os.path.join(builddir, name)
        if pyaot is None:
            binfo = {"ok": False, "seconds": None, "size_bytes": None,
                     "error": pyaot_missing_reason}
        else:
            binfo = build(pyaot, src_rel, exe, args.build_timeout)
        entry["build"] = binfo
        if binfo["ok"]:
            log("  built in %.2fs, %d KB" % (binfo["seconds"], binfo["size_bytes"] // 1024))
        else:
            log("  pyaot FAIL: %s" % binfo["error"])

        state = {}
        for impl in impls:
            st = {"runs": [], "status": "ok", "reason": None}
            if impl == "pyaot" and not binfo["ok"]:
                st["status"] = "FAIL"
                st["reason"] = binfo["error"]
            state[impl] = st
        entry["impls"] = state

        reference = None
        # Interleave: run 1 of each implementation, then run 2 of each, ...
        for run_idx in range(args.runs):
            for impl in impls:
                st = state[impl]
                if st["status"] == "FAIL":
                    continue
                r = run_measured(argv_for(impl, name, exe), cwd=REPO_ROOT,
                                 stdin_path=stdin_path, timeout=args.timeout)
                st["runs"].append(r)
                if not r.ok:
                    st["status"] = "FAIL"
                    st["reason"] = r.error
                    log("  %-7s run %d: FAIL: %s" % (impl, run_idx + 1, r.error))
                    continue
                if impl == "cpython" and reference is None:
                    reference = r.stdout
                    entry["expected_stdout"] = r.stdout.decode("utf-8", "replace")
                log("  %-7s run %d: %.3fs %6.1f MB" % (impl, run_idx + 1, r.wall,
                                                      r.maxrss_kb / 1024.0))

        # Verify outputs against CPython.
        for impl in impls:
            st = state[impl]
            if impl == "cpython" or st["status"] == "FAIL":
                continue
            if reference is None:
                st["status"] = "UNCHECKED"
                st["reason"] = "no CPython reference output"
                continue
            for r in st["runs"]:
                if r.stdout != reference:
                    st["status"] = "WRONG"
                    st["reason"] = "output differs from CPython: " + \
                        first_difference(reference, r.stdout)
                    st["stdout"] = r.stdout.decode("utf-8", "replace")
                    log("  %-7s WRONG: %s" % (impl, st["reason"]))
                    break
        # CPython must agree with itself across runs (determinism check).
        cst = state["cpython"]
        if cst["status"] == "ok":
            for r in cst["runs"]:
                if r.stdout != reference:
                    cst["status"] = "NONDETERMINISTIC"
                    cst["reason"] = "CPython output differs between runs: " + \
                        first_difference(reference, r.stdout)
                    log("  cpython NONDETERMINISTIC: %s" % cst["reason"])
                    break

        for impl in impls:
            st = state[impl]
            ok_runs = [r for r in st["runs"] if r.ok]
            st["median_s"] = statistics.median([r.wall for r in ok_runs]) if ok_runs else None
            st["maxrss_kb"] = max(r.maxrss_kb for r in ok_runs) if ok_runs else None

    startup = None
    if not args.no_startup:
        startup = measure_startup(pyaot, pyaot_missing_reason, python, pypy,
                                  builddir, args)

    print_report(results, impls, startup, pyaot, python, pypy, args)

    if args.json:
        write_json(args.json, results, impls, startup, pyaot, python, pypy,
                   py_version, pypy_version, args)
        log("raw results written to %s" % args.json)


def measure_startup(pyaot, pyaot_missing_reason, python, pypy, builddir, args):
    log("== startup (hello world, %d runs each)" % args.startup_runs)
    src_rel = os.path.join("examples", "hello.py")
    exe = os.path.join(builddir, "hello")
    out = {"build": None, "impls": {}}
    if pyaot is None:
        binfo = {"ok": False, "seconds": None, "size_bytes": None,
                 "error": pyaot_missing_reason}
    else:
        binfo = build(pyaot, src_rel, exe, args.build_timeout)
    out["build"] = binfo
    cmds = {"cpython": [python, "-S", src_rel]}
    if binfo["ok"]:
        cmds["pyaot"] = [exe]
    if pypy:
        cmds["pypy"] = [pypy, src_rel]
    order = [i for i in IMPLS if i in cmds]
    runs = {i: [] for i in order}
    failed = {}
    for _ in range(args.startup_runs):
        for impl in order:
            if impl in failed:
                continue
            r = run_measured(cmds[impl], cwd=REPO_ROOT, timeout=args.timeout)
            if not r.ok:
                failed[impl] = r.error
                continue
            runs[impl].append(r)
    ref = runs["cpython"][0].stdout if runs["cpython"] else None
    for impl in order:
        st = {"status": "ok", "reason": None, "runs": runs[impl]}
        if impl in failed:
            st["status"] = "FAIL"
            st["reason"] = failed[impl]
        elif ref is not None and any(r.stdout != ref for r in runs[impl]):
            st["status"] = "WRONG"
            st["reason"] = "output differs from CPython: " + first_difference(
                ref, next(r.stdout for r in runs[impl] if r.stdout != ref))
        ok_runs = runs[impl]
        st["median_s"] = statistics.median([r.wall for r in ok_runs]) if ok_runs else None
        st["maxrss_kb"] = max(r.maxrss_kb for r in ok_runs) if ok_runs else None
        out["impls"][impl] = st
    if "pyaot" not in out["impls"]:
        out["impls"]["pyaot"] = {"status": "FAIL", "reason": binfo["error"],
                                 "runs": [], "median_s": None, "maxrss_kb": None}
    return out


def print_report(results, impls, startup, pyaot, python, pypy, args):
    has_pypy = "pypy" in impls
    headers = ["benchmark", "pyaot s", "cpython s"]
    if has_pypy:
        headers.append("pypy s")
    headers.append("cpy/pyaot")
    if has_pypy:
        headers.append("cpy/pypy")
    headers += ["RSS pyaot", "RSS cpy"]
    if has_pypy:
        headers.append("RSS pypy")
    headers += ["exe KB", "compile s"]

    rows = []
    notes = []
    speedups = []
    pypy_speedups = []
    for e in results:
        name = e["name"]
        if "error" in e and not e["impls"]:
            rows.append([name] + ["FAIL"] + ["-"] * (len(headers) - 2))
            notes.append("%s: FAIL: %s" % (name, e["error"]))
            continue
        st = e["impls"]
        b = e["build"] or {}

        def cell_time(impl):
            s = st.get(impl)
            if s is None:
                return "-"
            if s["status"] == "FAIL":
                return "FAIL"
            t = fmt_s(s["median_s"])
            if s["status"] == "WRONG":
                return t + " WRONG"
            if s["status"] == "NONDETERMINISTIC":
                return t + " NONDET"
            return t

        def ratio(impl):
            s = st.get(impl)
            c = st.get("cpython")
            if s is None or c is None:
                return None, "-"
            if c["status"] != "ok" or c["median_s"] is None:
                return None, "-"
            if s["status"] == "FAIL":
                return None, "FAIL"
            if s["status"] == "WRONG":
                return None, "WRONG"
            if s["status"] != "ok" or not s["median_s"]:
                return None, "-"
            r = c["median_s"] / s["median_s"]
            return r, fmt_ratio(r)

        row = [name, cell_time("pyaot"), cell_time("cpython")]
        if has_pypy:
            row.append(cell_time("pypy"))
        r, txt = ratio("pyaot")
        if r is not None:
            speedups.append(r)
        row.append(txt)
        if has_pypy:
            r, txt = ratio("pypy")
            if r is not None:
                pypy_speedups.append(r)
            row.append(txt)
        row.append(fmt_mb(st["pyaot"].get("maxrss_kb")))
        row.append(fmt_mb(st["cpython"].get("maxrss_kb")))
        if has_pypy:
            row.append(fmt_mb(st["pypy"].get("maxrss_kb")))
        row.append("-" if not b.get("size_bytes") else "%.0f" % (b["size_bytes"] / 1024.0))
        row.append("-" if b.get("seconds") is None else "%.2f" % b["seconds"])
        rows.append(row)
        for impl in impls:
            s = st[impl]
            if s["status"] != "ok":
                notes.append("%s: %s %s: %s" % (name, impl, s["status"], s["reason"]))

    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]

    def line(cells):
        return "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i])
                         for i, c in enumerate(cells))

    print()
    print("Times are medians of %d run(s), wall clock seconds; RSS is peak MB; "
          "cpy/X > 1 means X is faster than CPython." % args.runs)
    print(line(headers))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))
    print()

    n = len(results)
    g = geomean(speedups)
    print("geometric mean speed-up vs CPython, pyaot: %s (over %d of %d benchmarks)"
          % (fmt_ratio(g), len(speedups), n))
    if has_pypy:
        g = geomean(pypy_speedups)
        print("geometric mean speed-up vs CPython, pypy : %s (over %d of %d benchmarks)"
              % (fmt_ratio(g), len(pypy_speedups), n))

    if startup is not None:
        si = startup["impls"]
        parts = []
        for impl in IMPLS:
            s = si.get(impl)
            if s is None:
                continue
            if s["status"] == "FAIL":
                parts.append("%s FAIL" % impl)
            else:
                t = "%.1f ms" % (s["median_s"] * 1000) if s["median_s"] is not None else "-"
                if s["status"] == "WRONG":
                    t += " WRONG"
                parts.append("%s %s" % (impl, t))
        b = startup["build"]
        size = "%d KB" % (b["size_bytes"] // 1024) if b and b.get("size_bytes") else "-"
        print("startup (hello world, median of %d): %s; pyaot hello exe size: %s"
              % (args.startup_runs, ", ".join(parts), size))
        for impl in IMPLS:
            s = si.get(impl)
            if s is not None and s["status"] != "ok":
                notes.append("startup: %s %s: %s" % (impl, s["status"], s["reason"]))

    if Spawner.helper is None:
        notes.append("peak RSS is inflated: it includes at least %s KB of this runner's "
                     "own memory (%s)" % (Spawner.rss_floor_kb, Spawner.helper_note))

    if notes:
        print()
        wrong = [x for x in notes if " WRONG: " in x]
        if wrong:
            print("!" * 72)
            print("!!! WRONG OUTPUT (excluded from the means):")
            for x in wrong:
                print("!!!   " + x)
            print("!" * 72)
        others = [x for x in notes if " WRONG: " not in x]
        if others:
            print("Failures and notes:")
            for x in others:
                print("  " + x)


def write_json(path, results, impls, startup, pyaot, python, pypy,
               py_version, pypy_version, args):
    def impl_json(st):
        d = {k: v for k, v in st.items() if k != "runs"}
        d["runs"] = [r.to_json() for r in st["runs"]]
        return d

    data = {
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {
            "platform": platform.platform(),
            "processor": platform.processor(),
            "cpu_count": os.cpu_count(),
        },
        "runs": args.runs,
        "rss_method": ("c-helper" if Spawner.helper else "direct (inflated: %s)" % Spawner.helper_note),
        "rss_floor_kb": Spawner.rss_floor_kb,
        "pyaot": pyaot,
        "cpython": {"path": python, "version": py_version},
        "pypy": {"path": pypy, "version": pypy_version} if pypy else None,
        "benchmarks": [],
        "startup": None,
    }
    for e in results:
        d = {"name": e["name"], "build": e["build"],
             "impls": {k: impl_json(v) for k, v in e["impls"].items()}}
        for k in ("error", "stdin", "expected_stdout"):
            if k in e:
                d[k] = e[k]
        c = e["impls"].get("cpython") if e["impls"] else None
        for impl in ("pyaot", "pypy"):
            s = e["impls"].get(impl) if e["impls"] else None
            if (s and c and s["status"] == "ok" and c["status"] == "ok"
                    and s["median_s"] and c["median_s"]):
                d["speedup_" + impl] = c["median_s"] / s["median_s"]
        data["benchmarks"].append(d)
    if startup is not None:
        data["startup"] = {"build": startup["build"],
                           "impls": {k: impl_json(v) for k, v in startup["impls"].items()}}
    for impl in ("pyaot", "pypy"):
        data["geomean_speedup_" + impl] = geomean(
            [d.get("speedup_" + impl) for d in data["benchmarks"]])
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")


def _interrupt(signum, frame):
    # Turn SIGTERM/SIGHUP into KeyboardInterrupt so the running child's
    # process group is killed and temporary files are removed.
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, _interrupt)
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        cleanup_spawner()
