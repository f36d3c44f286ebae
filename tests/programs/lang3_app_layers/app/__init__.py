"""Application package."""
from .core.engine import Engine

__version__ = "0.3"
