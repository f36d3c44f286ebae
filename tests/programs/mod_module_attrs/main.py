# modules are objects: attributes, getattr/setattr/hasattr, docstrings, __name__ of members
import sys
import geometry
import geometry as geo

print(geometry.__name__, geometry.__doc__.splitlines()[0])
print(geo is geometry, sys.modules["geometry"] is geometry)
print(sorted(n for n in vars(geometry) if not n.startswith("_")))
print(getattr(geometry, "UNIT"), getattr(geometry, "MISSING", "default"), hasattr(geometry, "Point"))
setattr(geometry, "UNIT", "mm")
geometry.extra = lambda: "added later"
print(geometry.UNIT, geometry.extra())
print(geometry.circle_area.__module__, geometry.circle_area.__doc__, geometry.Point.__module__)
print(round(geometry.circle_area(2), 4), geometry._math.floor(2.7))
fn_name = "circle_area"
print(round(getattr(geometry, fn_name)(1), 5))
try:
    geometry.nothing
except AttributeError as e:
    print("AttributeError:", e)
del geometry.extra
print(hasattr(geometry, "extra"))
print(type(geometry).__name__, isinstance(geometry, type(sys)))
print(__name__, sys.modules[__name__] is sys.modules["__main__"])
