from . import pricing
from .cart import Cart
from .pricing import format_price as fmt

__all__ = ["Cart", "pricing", "fmt"]
print("shop package ready:", __name__)
