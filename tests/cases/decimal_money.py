from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


items = [("apple", "0.35", 7), ("bread", "2.49", 2), ("cheese", "7.999", 1), ("milk", "1.05", 3)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = money(Decimal(price) * qty)
    subtotal += line
    print(f"{name:<8}{qty:>3} x {Decimal(price):>6} = {line:>8}")
tax = money(subtotal * Decimal("0.0825"))
print(f"{'subtotal':<20}{subtotal:>10}")
print(f"{'tax':<20}{tax:>10}")
print(f"{'total':<20}{subtotal + tax:>10}")
# Split a bill three ways without losing a cent.
total = subtotal + tax
share = (total / 3).quantize(CENT, rounding="ROUND_DOWN")
shares = [share, share, total - 2 * share]
print(shares, sum(shares) == total)
# Compound interest with exact decimal arithmetic.
balance = Decimal("1000.00")
for year in range(1, 6):
    balance = money(balance * (1 + Decimal("0.035")))
    print(year, balance)
print(Decimal("19.99").compare_total(Decimal("19.990")), Decimal("1.10").quantize(Decimal("1.000")))
