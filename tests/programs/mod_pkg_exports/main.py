# a package __init__ that re-exports names; submodules become package attributes when imported
import toolkit
from toolkit import slugify, mean

print(toolkit.__version__, toolkit.__all__)
print(slugify("Hello World - Python 3 Rocks"), mean([1, 2, 3, 4]))
print(toolkit.clamp(15, 0, 10), toolkit.num.clamp(-5, 0, 10), toolkit.num is toolkit.numbers)
print("extra loaded?", hasattr(toolkit, "extra"))
import toolkit.extra
print("extra loaded?", hasattr(toolkit, "extra"), toolkit.extra.shout("quiet words here"))
from toolkit.strings import words
print(words("a-b c"), words is toolkit.words)
try:
    mean([])
except ValueError as e:
    print("ValueError:", e)
print(toolkit.__doc__)
