# str.format / f-string edge cases: conversions with specs, nested specs, alignment of unicode, literal braces.
vals = [0, -1, 3.5, "x", None, True, [1], (1, 2), {"a": 1}, 1 + 2j, b"by", 10**20]
for v in vals:
    print(repr(v), "|{}|{!r}|{!s}|{!a}|{:>12}|{!r:<14}|".format(v, v, v, v, str(v), v))
for w in range(0, 8, 3):
    for p in range(0, 4):
        print(f"[{3.14159:{w}.{p}f}] [{'abcdef':{w}.{p}}] [{42:{w}d}] [{-42:0{w}d}]")
print(f"{'{'}{'}'}", f"{{{1}}}", f"{{}}", "{{{0}}}".format(7), f"{'a' 'b'}", f"{1:{'>'}{5}}", f"{'x':{'^'}{7}}")
name = "world"
print(f"{name!r:>10}", f"{name=}", f"{1+1=}", f"{name = }", f"{3.0=:.2f}", f"{name!s:^9}|")
print(f"{'日本':*^8}", f"{'é':>3}|", "{:_<6}".format("ab"), "{:=^11,}".format(1234567))
print("%-6s|%6s|" % ("ab", "cd"), "%c%c" % (72, "i"), "%5.1f%%" % 99.44)
print("{0}{1}{0}".format("ab", "-"), "{:,}".format(-1234.5), "{:_}".format(10**8), "{:#_b}".format(255), "{:+.1e}".format(-12345.678))
print(format(12345.6789, ",.2f"), format(-0.0001, ".1%"), format(1e-10, "g"), format(123456789, "e"), format(0.1, ".20f"))
print("{0!r:}".format("x"), "{:}".format(5), "{0:}".format("y"), "{:{}}".format("z", ""))
