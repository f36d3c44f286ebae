#!/usr/bin/env python3
"""Regenerate expected outputs for the pyaot differential test corpus.

For every tests/cases/NAME.py (or only the NAMEs given on the command line),
run it under CPython 3.11 with cwd = tests/cases and write:

  NAME.out   exact stdout bytes
  NAME.exit  exit code as text          (only when the exit code is nonzero)
  NAME.err   last line of stderr        (only when the exit code is nonzero)

Inputs:
  NAME.in    fed to stdin if present (otherwise stdin is empty)
  NAME.args  extra argv, one argument per line, if present

Usage:  python3 tests/regen.py [NAME ...]
        python3 tests/regen.py --check [NAME ...]

--check does not write anything: it reruns each case with other
PYTHONHASHSEED values and verifies stdout and exit code still match the
recorded files (catches accidental dependence on str hash order).
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), (
    "expected outputs must be generated with CPython 3.11, this is %s" % sys.version
)

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TIMEOUT = 30


def read_args(name):
    path = os.path.join(CASES, name + ".args")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_stdin(name):
    path = os.path.join(CASES, name + ".in")
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def run_case(name, seed="0"):
    """Runs one case; returns the CompletedProcess (raises TimeoutExpired)."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, name + ".py"] + read_args(name)
    return subprocess.run(
        cmd,
        cwd=CASES,
        input=read_stdin(name),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )


def check(name):
    """Returns a list of problems (empty when the case is seed-independent)."""
    base = os.path.join(CASES, name)
    problems = []
    try:
        with open(base + ".out", "rb") as f:
            want_out = f.read()
    except OSError:
        return ["no .out file (run regen first)"]
    want_code = 0
    if os.path.exists(base + ".exit"):
        with open(base + ".exit") as f:
            want_code = int(f.read().strip())
    for seed in ("1", "12345"):
        try:
            proc = run_case(name, seed)
        except subprocess.TimeoutExpired:
            problems.append("seed %s: TIMEOUT" % seed)
            continue
        if proc.stdout != want_out:
            problems.append("seed %s: stdout differs from .out" % seed)
        if proc.returncode != want_code:
            problems.append("seed %s: exit %d, expected %d" % (seed, proc.returncode, want_code))
    return problems


def regen(name):
    """Returns (exit_code or None on timeout, message)."""
    try:
        proc = run_case(name)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT after %ds" % TIMEOUT
    base = os.path.join(CASES, name)
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    if proc.returncode != 0:
        with open(base + ".exit", "w") as f:
            f.write("%d\n" % proc.returncode)
        err_text = proc.stderr.decode("utf-8", "replace").replace("\r\n", "\n").rstrip("\n")
        last = err_text.split("\n")[-1] if err_text else ""
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(last + "\n" if last else "")
        return proc.returncode, last
    remove(base + ".exit")
    remove(base + ".err")
    return 0, ""


def main(argv):
    check_mode = False
    if argv and argv[0] == "--check":
        check_mode = True
        argv = argv[1:]
    if argv:
        names = [a[:-3] if a.endswith(".py") else a for a in argv]
        names = [os.path.basename(n) for n in names]
    else:
        names = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".py"))
    if check_mode:
        bad = 0
        for name in names:
            for problem in check(name):
                print("  %-36s %s" % (name, problem))
                bad += 1
        print("checked %d case(s), %d problem(s)" % (len(names), bad))
        return 1 if bad else 0
    failures = []
    nonzero = []
    for name in names:
        if not os.path.exists(os.path.join(CASES, name + ".py")):
            failures.append((name, "no such case"))
            continue
        code, msg = regen(name)
        if code is None:
            failures.append((name, msg))
        elif code != 0:
            nonzero.append((name, code, msg))
    print("regenerated %d case(s)" % (len(names) - len(failures)))
    if nonzero:
        print("cases with nonzero exit (%d) -- make sure these are intentional:" % len(nonzero))
        for name, code, msg in nonzero:
            print("  %-36s exit=%d  %s" % (name, code, msg))
    if failures:
        print("FAILURES (%d):" % len(failures))
        for name, msg in failures:
            print("  %-36s %s" % (name, msg))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
