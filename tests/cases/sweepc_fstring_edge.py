import datetime
from decimal import Decimal

name, width, prec = "pyaot", 12, 3
val = 3.14159265
print(f"{name!r:^{width}}|{val:{width}.{prec}f}|{val:<{width}.{prec}e}|")
print(f"{'nested {braces}'}", f"{{literal}}", f"{name:>{width}}"[-3:], f"{len(name)}{'!' * 3}")
d = {"k": [1, 2, {"z": "deep"}]}
print(f"{d['k'][2]['z'].upper()}", f"{d!r}", f"{(lambda x: x * 2)(21)}", f"{'a' if val > 3 else 'b'}")
n = 1234567.891
print(f"{n:,}", f"{n:_.2f}", f"{n:>20,.1f}", f"{n:e}", f"{n:.3g}", f"{n:%}"[:10], f"{int(n):,d}")
print(f"{42:08b}", f"{42:#010x}", f"{-42:+}", f"{42: }", f"{3.0:g}", f"{1e-7:g}", f"{0.0001:g}", f"{123456789:g}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':*^10}|{7:0>4}|{-7:0=5}")
dt = datetime.datetime(2024, 5, 17, 8, 3, 9)
print(f"{dt:%Y-%m-%d %H:%M}", f"{dt.date()!s}", f"{dt=}".split("=")[0], f"{Decimal('1.2345'):.2f}")
x = 10
print(f"{x=}", f"{x * 2 = }", f"{x!r:>5}", f"{x=:>6}", f"{name=!s}")
items = ["apple", "kiwi", "banana"]
for i, it in enumerate(items, 1):
    print(f"{i:>2}. {it:<10}{len(it):>3}")
print(f"{'é':>3}", f"{'日本':^6}|", f"{3+4j}", f"{True!s:>6}", f"{None}")
print(f"{b'bytes'}", f"{[1, 2]}", f"{(1,)}", f"{ {1: 2} }", f"{set()}", f"{frozenset({1})}")
print(f"""multi
{name}
line""", "ok")
price = 19.5
print(f"Total: ${price * 3:,.2f} ({price * 3 / 100:.1%} of budget)")
print("{:>10}".format("r"), "{:10.3}".format("truncate"), "{0[1]} {1[a]}".format([5, 6], {"a": 7}), "{.real}".format(3 + 4j))
print(format(255, "x"), format(-1.5, "+.2f"), format("s", "<3") + "|", format(12, "n"), format(0.5, "%"))
