import sys
for x in [0, 1, 2**30, 2**60, -5, 10**30, 1.5, True, False, None, '', 'a', 'hello', 'é', '€uro', '😀', b'', b'ab', (), (1, 2), {}, {1: 2}, {'a': 1}, set(), frozenset(), range(3), 1j, [0] * 3]:
    print(repr(x)[:12], sys.getsizeof(x))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof({str(i): i for i in range(100)}))
print(sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))))
class B:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(B()), sys.getsizeof(1, 5))
print(sys.flags)
print(sys.flags.optimize, sys.flags.dont_write_bytecode)
print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version.major)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.minor, sys.hexversion >= 0x030B0000)
print(sys.version.startswith("3.11"), sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.maxunicode)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, type(sys.path).__name__)
print(type(sys.argv).__name__, type(sys.executable).__name__, sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
