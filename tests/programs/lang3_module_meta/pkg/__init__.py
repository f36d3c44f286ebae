"""A package."""
from . import leaf
