# textwrap.wrap and fill with widths, indents, hyphens and long words.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs! How vexingly quick daft zebras jump? A well-known "
        "self-explanatory state-of-the-art example -- with em-dashes -- and "
        "supercalifragilisticexpialidocious words.")

for width in (10, 25, 40, 70):
    print(f"--- width {width}")
    for line in textwrap.wrap(text, width=width):
        print(f"|{line:<{width}}|")

print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, width=30, break_on_hyphens=False))
print(textwrap.fill(text, width=12, break_long_words=False))
print(textwrap.fill("Sentence one.  Sentence two. Three!", width=80, fix_sentence_endings=True))
print(textwrap.fill("Hello.\nWorld", fix_sentence_endings=True))
print(textwrap.wrap("tabs\there\tand\tthere", width=12))
print(textwrap.wrap("tabs\there", width=40, expand_tabs=False))
print(textwrap.wrap("   leading and trailing   ", width=10))
print(textwrap.wrap("   leading and trailing   ", width=10, drop_whitespace=False))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill(""))
print(textwrap.wrap("a" * 25, width=10))
print(textwrap.wrap(text, width=30, max_lines=3))
print(textwrap.wrap(text, width=30, max_lines=2, placeholder=" ..."))
wrapper = textwrap.TextWrapper(width=20, initial_indent="> ", subsequent_indent="> ")
print("\n".join(wrapper.wrap("Quoted replies are often wrapped with a prefix on every line.")))
try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("some text here", width=5, max_lines=1, placeholder=" [truncated]")
except ValueError as e:
    print("ValueError:", e)
