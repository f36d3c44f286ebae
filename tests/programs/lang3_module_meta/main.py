"""Main docstring."""
import sys
import helper
import pkg
import pkg.leaf as leaf
print(helper.where(), helper.NAME, helper.__doc__, __file__.rsplit("/", 1)[-1])
print(helper.__file__.endswith("helper.py"), __doc__, pkg.__doc__, leaf.__doc__)
print(type(helper), repr(helper).split(" from ")[0], repr(helper).endswith("helper.py'>"), __name__)
print(repr(pkg).endswith("__init__.py'>"), leaf.where(), leaf.NAME, pkg.leaf is leaf)
print(sys, type(sys).__name__, sys.modules["helper"] is helper)
print(sorted(k for k in ("__name__", "__doc__", "__file__") if k in vars(helper)))
