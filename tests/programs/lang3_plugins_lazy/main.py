import registry

print(registry.loaded)
print(registry.get("upper").run("abc"))
print(registry.get("rev").run("abc"), registry.get("rev"))
print(registry.get("upper").run("again"), registry.loaded)
try:
    registry.get("missing")
except KeyError as e:
    print("KeyError:", e)
import sys
print(sorted(m for m in ("plug_upper", "plug_rev", "registry") if m in sys.modules))
import plug_upper
print(plug_upper.Upper.__module__, plug_upper.__name__)
