# The format mini-language for ints.
vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**70), True]
specs = ["", "d", "5", "<5", ">5", "^5", "*^9", "0>6", "+", "-", " ", "+d", " d", "05", "+05", "-05", "010", "=+8", "x>8",
         ",", "_", ",d", "_d", "010,", "012_", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "_b", "#_x", "#010x", "#012_b", "c",
         "e", ".2e", "E", "f", ".3f", "F", "g", ".3g", "G", "%", ".1%", "n", "+,", ">+10,", "^+#12x", "=10", "0=10", "#o", "08.2f", ",.2f"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for v in [65, 0x1F600, 0x110000, -1]:
    try:
        print(format(v, "c"))
    except Exception as e:
        print(type(e).__name__, e)
for sp in ["s", "5s", ",c", "+c", ".2d", "#c", ",b", "_n", ",x", "z", "==5", "10000000000000000000000"]:
    try:
        print(sp, format(42, sp))
    except Exception as e:
        print(sp, type(e).__name__, e)
print(f"{42:{'>'}{10}}", f"{42:#{'x'}}", f"{-5:{'+'}}", f"{12345:{','}}")
w = 8
print(f"[{3:{w}}]", f"[{3:<{w}d}]", f"[{'ab':^{w}}]", f"[{3.14159:{w}.{3}f}]")
