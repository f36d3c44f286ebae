# A Money value type: integer cents, currency checks, exact allocation, exchange and formatting
class CurrencyMismatch(TypeError):
    pass

class Money:
    __slots__ = ("cents", "currency")
    SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

    def __init__(self, amount, currency="USD"):
        if isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            sign = -1 if whole.startswith("-") else 1
            cents = abs(int(whole or "0")) * 100 + int((frac + "00")[:2])
            amount_cents = sign * cents
        elif isinstance(amount, int):
            amount_cents = amount * 100
        else:
            raise TypeError("use int or str amounts, not " + type(amount).__name__)
        object.__setattr__(self, "cents", amount_cents)
        object.__setattr__(self, "currency", currency)

    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        object.__setattr__(m, "cents", cents)
        return m
    def __setattr__(self, name, value):
        raise AttributeError("Money is immutable")
    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"cannot combine {self.currency} and {other.currency}")
        return True
    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents + other.cents, self.currency)
    __radd__ = __add__
    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents - other.cents, self.currency)
    def __neg__(self):
        return Money.from_cents(-self.cents, self.currency)
    def __mul__(self, k):
        if isinstance(k, Money):
            return NotImplemented
        return Money.from_cents(round(self.cents * k), self.currency)
    __rmul__ = __mul__
    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents
    def __bool__(self):
        return self.cents != 0
    def allocate(self, ratios):
        total = sum(ratios)
        shares = [self.cents * r // total for r in ratios]
        remainder = self.cents - sum(shares)
        for i in range(remainder):
            shares[i] += 1
        return [Money.from_cents(s, self.currency) for s in shares]
    def convert(self, rate, currency):
        return Money.from_cents(round(self.cents * rate), currency)
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}{self.SYMBOLS.get(self.currency, self.currency + ' ')}{c // 100:,}.{c % 100:02d}"
    def __repr__(self):
        return f"Money('{self.cents / 100:.2f}', {self.currency!r})"

a = Money("19.99")
b = Money(5)
print(a, b, repr(a), a + b, a - b, b - a, -a, a * 3, 0.15 * a)
print(sum([a, b, Money("0.02")]), sum([], Money(0)) == 0, bool(Money(0)), bool(a))
print(sorted([a, b, Money("7.5"), Money("-1.25")]))
print(Money("1234567.8"), Money("-0.05"), Money(".5"), Money("3."), Money(100, "JPY"), Money(2, "CHF"))
bill = Money("100.00")
for ratios in ([1, 1, 1], [70, 20, 10], [1, 2]):
    parts = bill.allocate(ratios)
    print(ratios, [str(p) for p in parts], sum(parts) == bill)
euros = a.convert(0.9137, "EUR")
print(euros, repr(euros))
for bad in (lambda: a + euros, lambda: a < euros, lambda: a + 1, lambda: Money(1.5), lambda: a * b):
    try:
        bad()
    except CurrencyMismatch as e:
        print("CurrencyMismatch:", e, isinstance(e, TypeError))
    except TypeError as e:
        print("TypeError:", e)
try:
    a.cents = 1
except AttributeError as e:
    print("AttributeError:", e)
ledger = {}
for who, amt in [("ann", "12.50"), ("bob", "3.10"), ("ann", "7.50"), ("cy", "0.99"), ("bob", "-1.10")]:
    ledger[who] = ledger.get(who, Money(0)) + Money(amt)
print({k: str(v) for k, v in sorted(ledger.items())}, len({Money(1), Money("1.00"), Money(1, "EUR")}))
