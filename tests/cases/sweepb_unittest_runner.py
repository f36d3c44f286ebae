import unittest
import logging
import warnings
import sys

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

class TestStack(unittest.TestCase):
    """Stack tests."""
    def setUp(self):
        self.s = Stack()
    def tearDown(self):
        print("tearDown", self._testMethodName)
    def test_push_pop(self):
        """Push then pop."""
        self.s.push(1)
        self.assertEqual(self.s.pop(), 1)
    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        print("exc:", cm.exception)
    def test_logs(self):
        with self.assertLogs("x", level="INFO") as cm:
            logging.getLogger("x").info("hello")
            logging.getLogger("x.y").warning("world")
        print(cm.output)
    def test_warns(self):
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)
    def test_cleanup(self):
        self.addCleanup(print, "cleanup ran")
    @unittest.skipIf(True, "always")
    def test_skip_if(self):
        pass
    @unittest.skipUnless(sys.platform.startswith("linux"), "linux only")
    def test_linux(self):
        self.assertNotEqual(1, 2)

def f():
    print("function test")

suite = unittest.TestSuite()
suite.addTest(TestStack("test_push_pop"))
suite.addTest(unittest.FunctionTestCase(f))
suite.addTests(unittest.TestLoader().loadTestsFromTestCase(TestStack))
print(suite.countTestCases())
import io
import re
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
print(re.sub(r"in [0-9.]+s", "in Xs", stream.getvalue()))
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
print(unittest.TestLoader().getTestCaseNames(TestStack))
prog = unittest.main(argv=["prog"], exit=False, verbosity=0)
print(prog.result.wasSuccessful())
try:
    unittest.main(argv=["prog"])
except SystemExit as e:
    print("exit code", e.code)
