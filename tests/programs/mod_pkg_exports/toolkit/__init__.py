"""toolkit: re-exports a small public API from its submodules."""
from .strings import slugify, words
from .numbers import clamp, mean
from . import numbers as num

__all__ = ["slugify", "words", "clamp", "mean"]
__version__ = "0.3.1"
print("toolkit initialised")
