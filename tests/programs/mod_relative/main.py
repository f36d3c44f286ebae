# relative imports inside a package: from . import x, from .mod import f
import shop
from shop import Cart, fmt

cart = Cart().add("A1", 3).add("B2").add("C3", 2)
print(cart.receipt())
print(fmt(12345), shop.pricing.TAX_RATE)
try:
    cart.add("Z9")
except KeyError as e:
    print("KeyError:", e)
print(shop.cart.Cart is Cart, shop.__all__)
print(sorted(n for n in vars(shop) if not n.startswith("__")))
