# int() with bases, strings, and errors.
cases = [("10",), ("-10",), ("  42  ",), ("+7",), ("1_000",), ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("0b101", 0), ("0o17", 0), ("017", 0), ("0", 0), ("00", 0),
         ("z", 36), ("Z", 36), ("10", 2), ("777", 8), ("-0b11", 0), ("1_0", 0), ("0x_ff", 0), ("12", 3), ("١٢٣",), ("\u0663\u0664", 10),
         ("", ), ("  ",), ("1.5",), ("abc",), ("1__0",), ("_1",), ("1_",), ("0x", 16), ("9", 8), ("08", 0), ("10", 1), ("10", 37), ("10", -1), ("0b2", 0),
         (b"42",), (bytearray(b"17"), 8), (3.9,), (-3.9,), (True,), ("1e3",), ("99999999999999999999999999",), ("-0x8000000000000000", 0), ("   -  1",)]
for c in cases:
    try:
        print(repr(c), int(*c))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for bad in [lambda: int(None), lambda: int([1]), lambda: int(1, 10), lambda: int(1.5, 10), lambda: int(float("inf")), lambda: int(float("nan")),
            lambda: int("1", base=2.0), lambda: int(x="1"), lambda: int("1", 2, 3), lambda: int(b"\xff")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 9
class N:
    def __int__(self):
        return 11
print(int(N()), int("11", base=I()), int(), int(0.0), int(-0.0), int(1e20), int("0" * 50 + "1"))
try:
    print(int(T()))
except Exception as e:
    print(type(e).__name__, e)
print(bin(10), oct(10), hex(255), bin(-10), hex(-255), oct(0), bin(2**70), hex(I()))
for bad in [lambda: bin(1.5), lambda: hex("a"), lambda: oct(None)]:
    try:
        bad()
    except TypeError as e:
        print(e)
