# A Date value class without the datetime module: validation, ordinals, arithmetic, weekdays
class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"month {m} out of range")
        if not 1 <= d <= Date.month_days(y, m):
            raise ValueError(f"day {d} out of range for {y}-{m:02d}")
        self.y, self.m, self.d = y, m, d

    @staticmethod
    def leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def month_days(y, m):
        return 29 if m == 2 and Date.leap(y) else Date.DAYS[m - 1]

    @classmethod
    def parse(cls, text):
        try:
            y, m, d = (int(p) for p in text.split("-"))
        except ValueError:
            raise ValueError(f"bad date string {text!r}") from None
        return cls(y, m, d)

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(Date.month_days(self.y, k) for k in range(1, self.m))
        return days + self.d

    @classmethod
    def from_ordinal(cls, n):
        y = n // 366 + 1
        while cls(y + 1, 1, 1).ordinal() <= n:
            y += 1
        m = 1
        n -= cls(y, 1, 1).ordinal() - 1
        while n > cls.month_days(y, m):
            n -= cls.month_days(y, m)
            m += 1
        return cls(y, m, n)

    def weekday(self):
        return Date.NAMES[(self.ordinal() - 1) % 7]

    def __add__(self, days):
        if not isinstance(days, int):
            return NotImplemented
        return Date.from_ordinal(self.ordinal() + days)
    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        if isinstance(other, int):
            return self + (-other)
        return NotImplemented

    def add_months(self, k):
        total = self.y * 12 + (self.m - 1) + k
        y, m = divmod(total, 12)
        return Date(y, m + 1, min(self.d, Date.month_days(y, m + 1)))

    def _key(self):
        return (self.y, self.m, self.d)
    def __eq__(self, o): return isinstance(o, Date) and self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __hash__(self): return hash(self._key())
    def __repr__(self): return f"Date({self.y}, {self.m}, {self.d})"
    def __str__(self): return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
    def __format__(self, spec):
        if spec == "long":
            return f"{self.weekday()} {self.d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][self.m - 1]} {self.y}"
        return format(str(self), spec)

d = Date(2024, 2, 28)
print(d, repr(d), d.weekday(), f"{d:long}", f"[{d:>12}]")
print(d + 1, d + 2, 1 + d, d - 59, Date(2024, 12, 31) + 1)
print(Date(2000, 1, 1).weekday(), Date(1970, 1, 1).weekday(), Date(2024, 7, 4).weekday())
print(Date.parse("2024-12-25") - Date.parse("2024-01-01"), Date(2001, 1, 1) - Date(2000, 1, 1))
print([str(Date(2024, 1, 31).add_months(k)) for k in range(5)])
print(Date(2023, 11, 30).add_months(3), Date(2020, 2, 29).add_months(12))
print([y for y in (1900, 2000, 2023, 2024, 2100) if Date.leap(y)])
for bad in ["2023-02-29", "2024-13-01", "2024-1", "yesterday"]:
    try:
        Date.parse(bad)
    except ValueError as e:
        print("ValueError:", e)
dates = [Date.parse(s) for s in ["2024-03-01", "2023-12-31", "2024-02-29", "2024-03-01"]]
print(sorted(dates), max(dates), len(set(dates)), dates[0] == dates[3], dates[1] < dates[2])
start = Date(2024, 1, 1)
fridays13 = [str(x) for x in (start + k for k in range(366)) if x.d == 13 and x.weekday() == "Friday"]
print("Friday 13ths in 2024:", fridays13)
print(all(Date.from_ordinal(Date(y, m, 15).ordinal()) == Date(y, m, 15) for y in (1, 1999, 2024) for m in range(1, 13)))
