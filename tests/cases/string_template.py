from string import Template, Formatter
import string

t = Template("$who likes $what; $$5 for ${item}s")
print(t.substitute(who="tim", what="kung pao", item="apple"))
print(t.substitute({"who": "ann", "what": "tea", "item": "cup"}, who="bob"))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
for tmpl, kw in [("$who", {}), ("bad $ here", {"x": 1}), ("line1\n  ${", {}), ("$1abc", {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template("bad $ here").safe_substitute(), Template("$a$b").substitute(a=1, b=2.5), Template("x").is_valid())


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %{age}y, 100%%").substitute(name="Al", age=30))
f = Formatter()
print(f.format("{0} + {1} = {2:>5}", 1, 2, 3), f.format("{name!r:>8}|{x[0]}|{o.real}", name="n", x=[9], o=2j))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format("{} and {greeting}", "abc", greeting="hi"), string.capwords("hello  big world"))
