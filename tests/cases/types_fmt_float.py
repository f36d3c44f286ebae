# The format mini-language for floats.
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e16, 1.5e-7, 123456.789, 2.5, 0.125, 1e100, float("inf"), float("-inf"), float("nan"), 1/3, 100.0, 12345678.9]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g", ".10g", "G", "%", ".0%", ".2%",
         "10.2f", "<10.2f", "^10.2f", "*>12.3e", "+.2f", " .2f", "-.2f", "010.2f", "+010.2f", ",.2f", "_.2f", ",", "_", ",g", "#.0f", "#.0e", "#g", "#.3g",
         "n", ".3n", "=+12.2f", "0=12.2f", ".2", ".5", "12", "z.1f", "+z.1f", "r"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for sp in ["d", "x", "c", "b", ",x", "s"]:
    try:
        print(format(1.5, sp))
    except Exception as e:
        print(sp, type(e).__name__, e)
print(f"{2.5:.0f} {3.5:.0f} {0.5:.0f} {1.25:.1f} {1.35:.1f} {2.675:.2f} {1e-5:g} {1e-4:g} {1e15:g} {1e16:g} {123456789.0:g}")
print(f"{1.0:.1e}", f"{9.99:.1f}", f"{9.95:.1f}", f"{0.0001234:.2e}", f"{-0.0:f}", f"{-0.0:+f}", f"{-0.0:z.1f}" if False else "")
