# Formatting a help screen and a bulleted report with textwrap.
import textwrap

OPTIONS = [
    ("-h, --help", "Show this help message and exit."),
    ("-o FILE", "Write the output to FILE instead of standard output; the file is created if it does not exist and truncated otherwise."),
    ("--level=N", "Compression level between 0 (fastest, no compression) and 9 (slowest, best compression). The default is 6."),
    ("-v", "Verbose."),
]

print("Usage: compress [options] input")
print()
for flag, help_text in OPTIONS:
    lines = textwrap.wrap(help_text, width=50)
    print(f"  {flag:<14}{lines[0]}")
    for line in lines[1:]:
        print(" " * 16 + line)

notes = textwrap.dedent("""
    Release notes:
        * Faster start-up on large inputs, thanks to a rewritten reader.
        * The --level option now accepts 0.
    Known issues:
        * Symbolic links are followed.
""").strip()
print(notes)
print(textwrap.indent(notes, "| "))

paragraph = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
             "tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.")
wrapper = textwrap.TextWrapper(width=36, initial_indent="  - ", subsequent_indent="    ")
print(wrapper.fill(paragraph))
print(textwrap.shorten(paragraph, width=60))
boxed = textwrap.wrap(paragraph, width=28)
print("+" + "-" * 30 + "+")
for line in boxed:
    print(f"| {line:<28} |")
print("+" + "-" * 30 + "+")
