"""The store package: re-exports the public names of its submodules."""
from .items import Item, Perishable
from .inventory import Inventory, OutOfStock

__all__ = ["Item", "Perishable", "Inventory", "OutOfStock"]
VERSION = "1.2"
