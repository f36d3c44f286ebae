# packages: import pkg.sub as s, from pkg import util, attribute access through the package
import pkg.sub as s
print("after import pkg.sub as s")
from pkg import util
import pkg
import pkg.sub

print(s.f(21), util.shout("hey"), pkg.VERSION)
print(pkg.sub is s, pkg.util is util, pkg.sub.f(1))
print(s.__name__, util.__name__, pkg.__name__)
print(s.Thing(), type(s.Thing()).__module__, s.Thing.__qualname__)
from pkg.sub import f as double, Thing
print(double(5), Thing)
print(sorted(n for n in vars(pkg) if not n.startswith("__")))
