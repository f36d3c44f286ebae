import os

os.environ["PYAOT_TEST_X"] = "1"
print(os.environ["PYAOT_TEST_X"], os.getenv("PYAOT_TEST_X"), os.getenv("NOPE_XX_Q", "dflt"), os.getenv("NOPE_XX_Q"))
print("PYAOT_TEST_X" in os.environ, "NOPE_XX_Q" in os.environ)
os.environ.setdefault("PYAOT_TEST_Y", "yy")
print(os.environ.get("PYAOT_TEST_Y"), os.environ.pop("PYAOT_TEST_Y"), os.environ.get("PYAOT_TEST_Y"))
del os.environ["PYAOT_TEST_X"]
print(os.environ.get("PYAOT_TEST_X"))
try:
    os.environ["NOPE_XX_Q"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["A"] = 1
except TypeError as e:
    print(e)
c = os.environ.copy()
print(type(c).__name__, len(c) == len(os.environ), "PATH" in os.environ)
print(isinstance(os.environ["PATH"], str), all(isinstance(k, str) for k in os.environ))
os.environ.update({"PYENVT_A": "a", "PYENVT_B": "b"})
print(sorted(k for k in os.environ if k.startswith("PYENVT_")))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("~/x") == os.environ["HOME"] + "/x")
print(os.path.expandvars("$PYENVT_A/${PYENVT_B}/$NOPE_XX_Q"))
print(type(os.getpid()).__name__, os.getpid() > 0, len(os.urandom(16)), type(os.urandom(4)).__name__)
print(os.cpu_count() >= 1, os.getcwd() == os.path.abspath("."))
print(os.get_exec_path() == os.environ["PATH"].split(":"))
