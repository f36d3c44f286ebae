rows = [
    ("Widget", 4, 3.5, 0.075),
    ("Gadget Pro Max", 12, 129.99, 0.2),
    ("Nut", 1000, 0.02, 0.0),
    ("Bolt", -3, 1234567.891, 1.0),
]
hdr = ("Name", "Qty", "Price", "Disc")
w = max(len(r[0]) for r in rows)
print(f"{hdr[0]:<{w}} | {hdr[1]:>5} | {hdr[2]:>14} | {hdr[3]:>6}")
print("-" * (w + 34))
for name, q, price, d in rows:
    print(f"{name:<{w}} | {q:>5d} | {price:>14,.2f} | {d:>6.1%}")
print(f"{'TOTAL':^{w}} | {sum(r[1] for r in rows):>5} | {sum(r[1] * r[2] for r in rows):>14,.2f} |")
for v in [0, 1, -1, 255, 3.14159, -0.5, 1e10, 1.5e-7, 12345.6789]:
    print(f"{v!r:>14} {v:+08.2f} {v:e} {v:g} {v:12.4g}|")
for n in [0, 7, 255, -42, 2**40]:
    print(f"{n:b} {n:#o} {n:#x} {n:X} {n:_d} {n:,} {n:=+10d} {n:^9}|")
print("{:*^20}".format("center"), "{0}{1}{0}".format("ab", "-"), "{name}={val:.3f}".format(name="pi", val=3.14159))
print("%5s|%-5s|%05d|%.3f|%x|%o|%e|%%" % ("ab", "cd", 42, 2.5, 255, 8, 12345.678))
print("%(a)s and %(b)r" % {"a": "x", "b": "y"}, "%c%c" % (72, "i"), "%+d %+d" % (5, -5))
print(format(1234.5, "010.2f"), format(0.000012345, ".3g"), format(123456789, ".3e"), format(-0.0, "f"))
print(f"{'x':>3}{'y':<3}{'z'}", f"{3 + 4=}", f"{[1, 2]!s:>10}", f"{'q'!r}")
print(str(1e16), str(1e-5), repr(0.1 + 0.2), str(100.0), repr(1.5e300 * 1e10), 2.0 ** 0.5)
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2), round(0.125, 2))
print(f"{12:{'>'}{6}}", f"{3.0:.0f}", f"{1/3:.10}", f"{True:d}", f"{'abc':.2}")
