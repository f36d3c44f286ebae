# locals/globals/vars, rounding, conversions, ranges, bytes helpers, union types.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
glob = globals()
glob["dyn_var"] = 42
print(dyn_var)
class V:
    def __init__(self): self.a = 1; self.b = 2
print(vars(V()), sorted(vars(V).keys())[:3] if False else "")
print(round(1234.5678, -2), round(-1234.5678, 1), round(5, -1), round(15, -1), round(25, -1))
print(divmod(-7.5, 2), divmod(7.5, -2), format(1+2j, ""), format(1.5-2j, ".2f"), complex(1, 2).__repr__())
print((1.0).__repr__(), (10**16 * 1.0).__str__(), 1e-7.__repr__() if False else repr(1e-7))
print(int(" 0b11 ", 0) if False else int("11", 2), int("z", 36), int("-12_3"), int(b"42"), float(b"1.5"))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(3) == range(0, 3), range(0) == range(5, 5))
print(bytes.maketrans(b"a", b"b"), b"abc".translate(bytes.maketrans(b"a", b"z")), (-1).to_bytes(2, "big", signed=True))
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), len(m), m.tolist()[:3])
print(isinstance(3, int | str), int | None, type(int | str).__name__)
print(sum([1, 2], start=10), max([1, 2], key=lambda v: -v), min([], default=None), sorted([3, 1], reverse=1))
print(abs(-0.0), abs(3j + 4), pow(2, -2), pow(2.5, 2), pow(-8, 1/3).real if False else "", 2 ** -1074 > 0)
print(any(x for x in []), all(x for x in []), list(zip("ab", "cd", "ef")), list(map(None.__class__, [])) if False else "")
print(callable(V), callable(V()), callable(print), hasattr(V, "__init__"), type(V.__init__).__name__)
print(isinstance(V, type), type(V()) == V, V.__class__, V().__class__.__name__)
print(str(3+0j), 3+0j == 3, complex("3"), (1j).conjugate(), 1j ** 2, abs(-2j))
print(hex(-1), oct(-8), bin(0), hex(0), f"{-255:x}", f"{255:X}", int("FF", 16), int("-0x10", 16))
print(ord(" "), chr(32) == " ", ascii([1, "ä"]), repr(["ä"]), str(["ä"]))
print(iter(range(3)).__next__(), next(reversed(range(3))), list(range(10))[-3:], range(10)[-3:])
print(len(bytearray(5)), bytearray(b"ab") + b"c", bytearray("é", "utf-8"), list(bytearray(b"\x01\x02")))
print(frozenset("aab") == frozenset("ab"), {1, 2} == frozenset({1, 2}), set() == frozenset())
print(tuple(reversed((1, 2))), list(reversed("")), sorted(()), sorted({}), sorted(""), min([0], key=abs))
print(dict([("a", 1), ["b", 2]]), dict({"a": 1}, b=2), dict(zip(range(2), "ab")), dict(a=1).copy())
print(list({1: 2}.items())[0], {**{}}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a": [1]} == {"a": [1]})
