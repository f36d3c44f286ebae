#!/usr/bin/env python3
"""Regenerate expected outputs for the pyaot differential test corpus.

Two kinds of tests:

* single-file cases: tests/cases/NAME.py, run as `python3 NAME.py` with
  cwd = tests/cases; files beside it are tests/cases/NAME.{in,args,out,exit,err}.
* multi-module programs: tests/programs/NAME/main.py (plus the modules and
  packages it imports, in the same directory), run as `python3 main.py` with
  cwd = tests/programs/NAME; files beside it are
  tests/programs/NAME/main.{in,args,out,exit,err}.

For every test (or only the NAMEs given on the command line) this runs it
under CPython 3.11 and writes:

  .out   exact stdout bytes
  .exit  exit code as text          (only when the exit code is nonzero)
  .err   last line of stderr        (only when the exit code is nonzero)
         or, when the program contains the line `# pyaot: full-stderr`,
         the whole stderr with the paths in `File "..."` lines cut to
         their base names (the test harness then compares all of it)

Inputs:
  .in    fed to stdin if present (otherwise stdin is empty)
  .args  extra argv, one argument per line, if present

Usage:  python3 tests/regen.py [NAME ...]
        python3 tests/regen.py --check [NAME ...]

NAME may be a case name (`int_pow`, `int_pow.py`, `tests/cases/int_pow.py`)
or a program name (`mod_basic`, `programs/mod_basic`,
`tests/programs/mod_basic/main.py`).

--check does not write anything: it reruns each case with other
PYTHONHASHSEED values and verifies stdout and exit code still match the
recorded files (catches accidental dependence on str hash order).
"""
import os
import re
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), (
    "expected outputs must be generated with CPython 3.11, this is %s" % sys.version
)

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROGRAMS = os.path.join(HERE, "programs")
TIMEOUT = 30


class Case:
    """One test: `script` is run with cwd = `cwd`; `base` + ".out" etc. are its files."""

    def __init__(self, name, cwd, script):
        self.name = name
        self.cwd = cwd
        self.script = script
        self.base = os.path.join(cwd, script[:-3])

    def exists(self):
        return os.path.exists(os.path.join(self.cwd, self.script))


def single_case(name):
    return Case(name, CASES, name + ".py")


def program_case(name):
    return Case("programs/" + name, os.path.join(PROGRAMS, name), "main.py")


def all_cases():
    cases = [single_case(f[:-3]) for f in sorted(os.listdir(CASES)) if f.endswith(".py")]
    if os.path.isdir(PROGRAMS):
        for d in sorted(os.listdir(PROGRAMS)):
            if os.path.exists(os.path.join(PROGRAMS, d, "main.py")):
                cases.append(program_case(d))
    return cases


def resolve(arg):
    """Maps a command-line NAME to a Case (which may not exist)."""
    a = arg.replace(os.sep, "/").rstrip("/")
    if a.endswith("/main.py"):
        a = a[: -len("/main.py")]
        return program_case(a.split("/")[-1])
    if a.endswith(".py"):
        a = a[:-3]
    parts = a.split("/")
    name = parts[-1]
    if len(parts) >= 2 and parts[-2] == "programs":
        return program_case(name)
    case = single_case(name)
    if case.exists() or len(parts) >= 2 and parts[-2] == "cases":
        return case
    prog = program_case(name)
    return prog if prog.exists() else case


def read_args(case):
    path = case.base + ".args"
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_stdin(case):
    path = case.base + ".in"
    if not os.path.exists(path):
        return b""
    with open(path, "rb") as f:
        return f.read()


FULL_STDERR = "# pyaot: full-stderr"


def wants_full_stderr(case):
    with open(os.path.join(case.cwd, case.script), encoding="utf-8") as f:
        return any(line.rstrip() == FULL_STDERR for line in f)


def normalise_paths(text):
    """`File "/some/dir/name.py"` -> `File "name.py"` (the paths differ
    between CPython's run and pyaot's)."""
    return re.sub(r'File "([^"]*)"', lambda m: 'File "%s"' % m.group(1).split("/")[-1], text)


def normalise_out(data):
    """stdout with `File "..."` paths cut to base names (tracebacks printed
    to stdout name the file by its absolute path, which differs between
    checkouts); other output is kept byte for byte."""
    if b'File "' not in data:
        return data
    return normalise_paths(data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def run_case(case, seed="0"):
    """Runs one case; returns the CompletedProcess (raises TimeoutExpired)."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside imported modules
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    cmd = [sys.executable, case.script] + read_args(case)
    return subprocess.run(
        cmd,
        cwd=case.cwd,
        input=read_stdin(case),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        timeout=TIMEOUT,
    )


def check(case):
    """Returns a list of problems (empty when the case is seed-independent)."""
    base = case.base
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
            proc = run_case(case, seed)
        except subprocess.TimeoutExpired:
            problems.append("seed %s: TIMEOUT" % seed)
            continue
        if normalise_out(proc.stdout) != want_out:
            problems.append("seed %s: stdout differs from .out" % seed)
        if proc.returncode != want_code:
            problems.append("seed %s: exit %d, expected %d" % (seed, proc.returncode, want_code))
    return problems


def regen(case):
    """Returns (exit_code or None on timeout, message)."""
    try:
        proc = run_case(case)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT after %ds" % TIMEOUT
    base = case.base
    with open(base + ".out", "wb") as f:
        f.write(normalise_out(proc.stdout))
    if proc.returncode != 0:
        with open(base + ".exit", "w") as f:
            f.write("%d\n" % proc.returncode)
        err_text = proc.stderr.decode("utf-8", "replace").replace("\r\n", "\n").rstrip("\n")
        last = err_text.split("\n")[-1] if err_text else ""
        if wants_full_stderr(case):
            with open(base + ".err", "w", encoding="utf-8") as f:
                f.write(normalise_paths(err_text) + "\n")
            return proc.returncode, last
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
        cases = [resolve(a) for a in argv]
    else:
        cases = all_cases()
    if check_mode:
        bad = 0
        for case in cases:
            for problem in check(case):
                print("  %-36s %s" % (case.name, problem))
                bad += 1
        print("checked %d case(s), %d problem(s)" % (len(cases), bad))
        return 1 if bad else 0
    failures = []
    nonzero = []
    for case in cases:
        if not case.exists():
            failures.append((case.name, "no such case"))
            continue
        code, msg = regen(case)
        if code is None:
            failures.append((case.name, msg))
        elif code != 0:
            nonzero.append((case.name, code, msg))
    print("regenerated %d case(s)" % (len(cases) - len(failures)))
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
