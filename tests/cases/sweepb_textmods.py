import keyword
import difflib
import getopt
import reprlib
import graphlib
import colorsys
import html

print(keyword.iskeyword("for"), keyword.iskeyword("foo"), len(keyword.kwlist), keyword.softkwlist)
a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the lazy cat".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4))
for op in sm.get_opcodes():
    print(op)
print(sm.get_matching_blocks())
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "x\n", "c\n"], "old", "new")))
for line in difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "emu\n"]):
    print(repr(line))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.context_diff(["a\n","b\n"], ["a\n","c\n"])))
print(getopt.getopt(["-a", "1", "-b", "--alpha=3", "x", "y"], "a:b", ["alpha=", "beta"]))
try:
    getopt.getopt(["-z"], "a")
except getopt.GetoptError as e:
    print("err", e)
print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: i for i in range(20)}))
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"b", "a"}, "d": {"c"}})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("cycle", e.args[0])
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
print(colorsys.hls_to_rgb(0.5, 0.5, 0.5))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&gt;&eacute;&#65;"))
d = difflib.Differ()
print(list(d.compare(["abc\n"], ["abd\n"])))
print(difflib.SequenceMatcher(None, "abcd", "bcde").find_longest_match(0, 4, 0, 4))
