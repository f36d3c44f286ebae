import numbers
from decimal import Decimal
from fractions import Fraction

for v in (Decimal("1.5"), Fraction(1, 2), 3, 2.5, 1j):
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Real), isinstance(v, numbers.Integral))


def mean(xs):
    if not all(isinstance(x, numbers.Number) for x in xs):
        raise TypeError("numbers only")
    return sum(xs) / len(xs)


print(mean([Decimal("1.1"), Decimal("2.2"), Decimal("3.3")]), mean([1, 2, 4]))
print(Decimal(1) / Decimal(8), Decimal("0.125").as_integer_ratio(), Fraction(Decimal("0.125")))
print(Decimal(3).compare(Fraction(1, 2)) if False else Decimal("3") > 2, Decimal("1.0") == Fraction(1))
