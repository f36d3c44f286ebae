# textwrap.dedent, indent and shorten.
import textwrap


def usage():
    return """\
        Usage: tool [options] FILE

          -h    show help
          -v    verbose

        Report bugs to nobody.
        """


print(textwrap.dedent(usage()))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("    x\n  \n      y\n")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("   \n   \n")))
print(repr(textwrap.dedent("")))

code = "def f():\n    return 1\n\nprint(f())\n"
print(textwrap.indent(code, "    "))
print(textwrap.indent(code, "> ", lambda line: True))
print(textwrap.indent("a\n\n  \nb", "+ "))
print(textwrap.indent("one\ntwo\n", "# ", lambda l: l.startswith("t")))

for width in (10, 15, 25, 50):
    print(repr(textwrap.shorten("Hello  world!  This is a   long sentence.", width=width)))
print(textwrap.shorten("The quick brown fox", width=12, placeholder="..."))
try:
    textwrap.shorten("abc", width=3)
except ValueError as e:
    print("ValueError:", e)
