TAX_RATE = 0.25

def with_tax(cents):
    return round(cents * (1 + TAX_RATE))

def format_price(cents):
    return f"${cents // 100}.{cents % 100:02d}"
