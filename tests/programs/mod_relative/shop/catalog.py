_ITEMS = {
    "A1": {"name": "apple", "price": 40},
    "B2": {"name": "bread", "price": 250},
    "C3": {"name": "cheese", "price": 699},
}

def lookup(sku):
    try:
        return _ITEMS[sku]
    except KeyError:
        raise KeyError(f"unknown sku {sku}") from None
