# Which dunder each operator calls (forward, reflected and in-place)
class T:
    pass

def make(name):
    def method(self, *args):
        return name
    method.__name__ = name
    return method

binops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
          "lshift", "rshift", "and", "or", "xor"]
for op in binops:
    setattr(T, f"__{op}__", make(f"__{op}__"))
    setattr(T, f"__r{op}__", make(f"__r{op}__"))
    setattr(T, f"__i{op}__", make(f"__i{op}__"))
for op in ["neg", "pos", "abs", "invert", "lt", "le", "gt", "ge", "eq", "ne",
           "getitem", "call", "divmod", "rdivmod"]:
    setattr(T, f"__{op}__", make(f"__{op}__"))

t = T()
print(t + 1, t - 1, t * 1, t / 1, t // 1, t % 1, t ** 1, t @ 1)
print(t << 1, t >> 1, t & 1, t | 1, t ^ 1)
print(1 + t, 1 - t, 1 * t, 1 / t, 1 // t, 1 % t, 1 ** t, 1 @ t)
print(1 << t, 1 >> t, 1 & t, 1 | t, 1 ^ t)
print(-t, +t, abs(t), ~t)
print(t < 1, t <= 1, t > 1, t >= 1, t == 1, t != 1)
print(1 < t, 1 <= t, 1 > t, 1 >= t, 1 == t, 1 != t)
print(t[0], t[1:2], t(), t(1, 2), divmod(t, 1), divmod(1, t), pow(t, 2), pow(2, t))
results = []
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=", "<<=", ">>=", "&=", "|=", "^="]:
    x = T()
    if op == "+=": x += 1
    elif op == "-=": x -= 1
    elif op == "*=": x *= 1
    elif op == "/=": x /= 1
    elif op == "//=": x //= 1
    elif op == "%=": x %= 1
    elif op == "**=": x **= 1
    elif op == "@=": x @= 1
    elif op == "<<=": x <<= 1
    elif op == ">>=": x >>= 1
    elif op == "&=": x &= 1
    elif op == "|=": x |= 1
    elif op == "^=": x ^= 1
    results.append(f"{op}{x}")
print(" ".join(results))
print(t + t, t * t)
# a string on the left: str.__add__ fails, so T.__radd__ runs
print("s" + t, "s" * t, [1] + t)
# bool() is not defined on T: default truthiness
print(bool(t), "yes" if t else "no")
