//! Standard-library modules written in Python, embedded in the compiler and
//! compiled into a program that imports them (until native versions
//! exist). A program's own file of the same name takes precedence, as on
//! CPython's `sys.path`.

/// (module name, is package, source).
static MODULES: &[(&str, bool, &str)] = &[
    (
        "functools",
        false,
        include_str!("../../stdlib/functools.py"),
    ),
    (
        "itertools",
        false,
        include_str!("../../stdlib/itertools.py"),
    ),
    ("operator", false, include_str!("../../stdlib/operator.py")),
    (
        "collections",
        true,
        include_str!("../../stdlib/collections/__init__.py"),
    ),
    (
        "collections.abc",
        false,
        include_str!("../../stdlib/collections/abc.py"),
    ),
    ("heapq", false, include_str!("../../stdlib/heapq.py")),
    ("bisect", false, include_str!("../../stdlib/bisect.py")),
    ("typing", false, include_str!("../../stdlib/typing.py")),
    ("abc", false, include_str!("../../stdlib/abc.py")),
    ("string", false, include_str!("../../stdlib/string.py")),
    ("copy", false, include_str!("../../stdlib/copy.py")),
    ("random", false, include_str!("../../stdlib/random.py")),
    ("io", false, include_str!("../../stdlib/io.py")),
    ("textwrap", false, include_str!("../../stdlib/textwrap.py")),
    (
        "statistics",
        false,
        include_str!("../../stdlib/statistics.py"),
    ),
    (
        "fractions",
        false,
        include_str!("../../stdlib/fractions.py"),
    ),
    ("json", true, include_str!("../../stdlib/json/__init__.py")),
    (
        "json.decoder",
        false,
        include_str!("../../stdlib/json/decoder.py"),
    ),
    (
        "json.encoder",
        false,
        include_str!("../../stdlib/json/encoder.py"),
    ),
    (
        "__future__",
        false,
        include_str!("../../stdlib/__future__.py"),
    ),
    (
        "dataclasses",
        false,
        include_str!("../../stdlib/dataclasses.py"),
    ),
    ("enum", false, include_str!("../../stdlib/enum.py")),
    (
        "asyncio",
        true,
        include_str!("../../stdlib/asyncio/__init__.py"),
    ),
    (
        "asyncio.base_futures",
        false,
        include_str!("../../stdlib/asyncio/base_futures.py"),
    ),
    (
        "asyncio.coroutines",
        false,
        include_str!("../../stdlib/asyncio/coroutines.py"),
    ),
    (
        "asyncio.events",
        false,
        include_str!("../../stdlib/asyncio/events.py"),
    ),
    (
        "asyncio.exceptions",
        false,
        include_str!("../../stdlib/asyncio/exceptions.py"),
    ),
    (
        "asyncio.futures",
        false,
        include_str!("../../stdlib/asyncio/futures.py"),
    ),
    (
        "asyncio.locks",
        false,
        include_str!("../../stdlib/asyncio/locks.py"),
    ),
    (
        "asyncio.mixins",
        false,
        include_str!("../../stdlib/asyncio/mixins.py"),
    ),
    (
        "asyncio.queues",
        false,
        include_str!("../../stdlib/asyncio/queues.py"),
    ),
    (
        "asyncio.runners",
        false,
        include_str!("../../stdlib/asyncio/runners.py"),
    ),
    (
        "asyncio.taskgroups",
        false,
        include_str!("../../stdlib/asyncio/taskgroups.py"),
    ),
    (
        "asyncio.tasks",
        false,
        include_str!("../../stdlib/asyncio/tasks.py"),
    ),
    (
        "asyncio.timeouts",
        false,
        include_str!("../../stdlib/asyncio/timeouts.py"),
    ),
    ("re", true, include_str!("../../stdlib/re/__init__.py")),
    (
        "re._constants",
        false,
        include_str!("../../stdlib/re/_constants.py"),
    ),
    (
        "re._parser",
        false,
        include_str!("../../stdlib/re/_parser.py"),
    ),
    (
        "re._compiler",
        false,
        include_str!("../../stdlib/re/_compiler.py"),
    ),
    (
        "re._casefix",
        false,
        include_str!("../../stdlib/re/_casefix.py"),
    ),
    (
        "contextlib",
        false,
        include_str!("../../stdlib/contextlib.py"),
    ),
    (
        "traceback",
        false,
        include_str!("../../stdlib/traceback.py"),
    ),
    ("datetime", false, include_str!("../../stdlib/datetime.py")),
    (
        "_strptime",
        false,
        include_str!("../../stdlib/_strptime.py"),
    ),
    ("decimal", false, include_str!("../../stdlib/decimal.py")),
    ("numbers", false, include_str!("../../stdlib/numbers.py")),
    ("types", false, include_str!("../../stdlib/types.py")),
    ("pprint", false, include_str!("../../stdlib/pprint.py")),
    ("calendar", false, include_str!("../../stdlib/calendar.py")),
    ("warnings", false, include_str!("../../stdlib/warnings.py")),
    (
        "_pyaot_excgroup",
        false,
        include_str!("../../stdlib/_pyaot_excgroup.py"),
    ),
    ("os", true, include_str!("../../stdlib/os/__init__.py")),
    ("os.path", false, include_str!("../../stdlib/os/path.py")),
    (
        "posixpath",
        false,
        include_str!("../../stdlib/posixpath.py"),
    ),
    (
        "genericpath",
        false,
        include_str!("../../stdlib/genericpath.py"),
    ),
    ("stat", false, include_str!("../../stdlib/stat.py")),
    ("fnmatch", false, include_str!("../../stdlib/fnmatch.py")),
    ("glob", false, include_str!("../../stdlib/glob.py")),
    ("pathlib", false, include_str!("../../stdlib/pathlib.py")),
    ("shutil", false, include_str!("../../stdlib/shutil.py")),
    ("tempfile", false, include_str!("../../stdlib/tempfile.py")),
    ("errno", false, include_str!("../../stdlib/errno.py")),
    ("argparse", false, include_str!("../../stdlib/argparse.py")),
    ("gettext", false, include_str!("../../stdlib/gettext.py")),
    ("queue", false, include_str!("../../stdlib/queue.py")),
    ("shlex", false, include_str!("../../stdlib/shlex.py")),
    ("base64", false, include_str!("../../stdlib/base64.py")),
    ("binascii", false, include_str!("../../stdlib/binascii.py")),
    ("hashlib", false, include_str!("../../stdlib/hashlib.py")),
    ("_blake2", false, include_str!("../../stdlib/_blake2.py")),
    ("struct", false, include_str!("../../stdlib/struct.py")),
    ("platform", false, include_str!("../../stdlib/platform.py")),
    ("pickle", false, include_str!("../../stdlib/pickle.py")),
    ("copyreg", false, include_str!("../../stdlib/copyreg.py")),
    (
        "_compat_pickle",
        false,
        include_str!("../../stdlib/_compat_pickle.py"),
    ),
    (
        "concurrent",
        true,
        include_str!("../../stdlib/concurrent/__init__.py"),
    ),
    (
        "concurrent.futures",
        true,
        include_str!("../../stdlib/concurrent/futures/__init__.py"),
    ),
    (
        "concurrent.futures._base",
        false,
        include_str!("../../stdlib/concurrent/futures/_base.py"),
    ),
    (
        "concurrent.futures.thread",
        false,
        include_str!("../../stdlib/concurrent/futures/thread.py"),
    ),
    (
        "configparser",
        false,
        include_str!("../../stdlib/configparser.py"),
    ),
    (
        "urllib",
        true,
        include_str!("../../stdlib/urllib/__init__.py"),
    ),
    (
        "urllib.parse",
        false,
        include_str!("../../stdlib/urllib/parse.py"),
    ),
    ("hmac", false, include_str!("../../stdlib/hmac.py")),
    ("secrets", false, include_str!("../../stdlib/secrets.py")),
    ("timeit", false, include_str!("../../stdlib/timeit.py")),
    ("inspect", false, include_str!("../../stdlib/inspect.py")),
    ("cmath", false, include_str!("../../stdlib/cmath.py")),
    ("array", false, include_str!("../../stdlib/array.py")),
    ("atexit", false, include_str!("../../stdlib/atexit.py")),
    ("gc", false, include_str!("../../stdlib/gc.py")),
    (
        "unittest",
        true,
        include_str!("../../stdlib/unittest/__init__.py"),
    ),
    (
        "unittest.case",
        false,
        include_str!("../../stdlib/unittest/case.py"),
    ),
    (
        "unittest.loader",
        false,
        include_str!("../../stdlib/unittest/loader.py"),
    ),
    (
        "unittest.main",
        false,
        include_str!("../../stdlib/unittest/main.py"),
    ),
    (
        "unittest.result",
        false,
        include_str!("../../stdlib/unittest/result.py"),
    ),
    (
        "unittest.runner",
        false,
        include_str!("../../stdlib/unittest/runner.py"),
    ),
    (
        "unittest.signals",
        false,
        include_str!("../../stdlib/unittest/signals.py"),
    ),
    (
        "unittest.suite",
        false,
        include_str!("../../stdlib/unittest/suite.py"),
    ),
    (
        "unittest.util",
        false,
        include_str!("../../stdlib/unittest/util.py"),
    ),
    (
        "unittest._log",
        false,
        include_str!("../../stdlib/unittest/_log.py"),
    ),
    (
        "logging",
        true,
        include_str!("../../stdlib/logging/__init__.py"),
    ),
    (
        "threading",
        false,
        include_str!("../../stdlib/threading.py"),
    ),
    ("csv", false, include_str!("../../stdlib/csv.py")),
    ("_csv", false, include_str!("../../stdlib/_csv.py")),
    ("keyword", false, include_str!("../../stdlib/keyword.py")),
    ("difflib", false, include_str!("../../stdlib/difflib.py")),
    ("getopt", false, include_str!("../../stdlib/getopt.py")),
    ("reprlib", false, include_str!("../../stdlib/reprlib.py")),
    ("graphlib", false, include_str!("../../stdlib/graphlib.py")),
    ("colorsys", false, include_str!("../../stdlib/colorsys.py")),
    ("uuid", false, include_str!("../../stdlib/uuid.py")),
    ("doctest", false, include_str!("../../stdlib/doctest.py")),
    (
        "unicodedata",
        false,
        include_str!("../../stdlib/unicodedata.py"),
    ),
    ("html", true, include_str!("../../stdlib/html/__init__.py")),
    (
        "html.entities",
        false,
        include_str!("../../stdlib/html/entities.py"),
    ),
];

/// The embedded source of stdlib module `name`, if pyaot ships one.
pub fn find(name: &str) -> Option<(bool, &'static str)> {
    MODULES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, p, s)| (*p, *s))
}
