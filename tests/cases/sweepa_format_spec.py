# string/textwrap helpers and format specifications.
import string, textwrap
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello   world"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("""
    a
      b
    """))
tmpl = string.Template("$who likes ${what}")
print(tmpl.substitute(who="tim", what="kung pao"), tmpl.safe_substitute(who="x"))
print("{:>{w}}".format("r", w=5), "{0:{1}}".format(3, "05"), "{:.{}f}".format(2.71828, 2))
print("%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159), "%#x %#o" % (255, 8), "%+.1e" % 12345.678)
print("{:=+8}".format(-5), "{:=8}".format(5), "{:0=8}".format(-5), "{:^+9.2f}".format(2.5))
print("{:b} {:#b} {:08b} {:_b}".format(10, 10, 10, 1023), "{:c}".format(9731), "{:%}".format(0.5))
print("{:,d}".format(-1234567), "{:>10,.2f}|".format(1234.5), "{:e}".format(0), "{:g}".format(1e-5))
print("{:.3g} {:.3g} {:.3g} {:g} {:g}".format(1234.5, 0.00012345, 100, 1e16, 123456789))
print("{:.0f} {:.0f} {:.0f} {:.1f}".format(0.5, 1.5, 2.5, 0.05), "{:10}|{:<10}|".format(3.5, True))
print("{}".format(True), "{:d}".format(True), "{:>5}".format(None) if False else "", "{!r:^10}".format("s"))
print(format(1e300 * 1e10, ""), format(float("nan"), "10.2f"), format(-float("inf"), "e"))
print("{0.real} {0.imag}".format(3 + 4j), "{x[0]}".format(x=[9]), "{:s}".format("str"))
try:
    "{:d}".format(1.5)
except ValueError as e:
    print(e)
try:
    "{:s}".format(1)
except ValueError as e:
    print(e)
try:
    format("x", "d")
except ValueError as e:
    print(e)
print("%s" % (1,), "%s %s" % ("a", "b"), "%5.2s|" % "abc", "%c" % 10 == "\n", "%x" % -255)
print("%(x)s %(x)r" % {"x": "v"}, "%3d%%" % 50, "%e" % 0.0, "%g %g" % (1e20, 1e-20), "%G" % 1e-10)
print(str.format("{}-{}", 1, 2), "{{}}".format(), "{0}{0}".format("ab"), "{:}".format(5))
print(f"{1e6:,.0f}", f"{-0.0:.1f}", f"{0.0001:.2e}", f"{12:>+5}", f"{255:#06x}", f"{7:0>3}")
print(f"{'abc':.2}", f"{'abc':>5.1}", f"{3.0:.0%}", f"{1/3:.3%}", f"{10**20:e}", f"{2**0.5:.15g}")
