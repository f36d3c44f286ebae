from datetime import date, time, datetime, timedelta

cases = [
    lambda: date(2020, 13, 1),
    lambda: date(2020, 2, 30),
    lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1),
    lambda: time(24, 0),
    lambda: time(1, 60),
    lambda: time(1, 1, 60),
    lambda: time(1, 1, 1, 1000000),
    lambda: datetime(2020, 1, 1, 25),
    lambda: date("2020", 1, 1),
    lambda: date(2020.0, 1, 1),
    lambda: date.max + timedelta(1),
    lambda: date.min - timedelta(1),
    lambda: datetime.max + timedelta(1),
    lambda: date(2020, 1, 1).replace(month=13),
    lambda: date.fromordinal(0),
    lambda: date.fromisocalendar(2020, 54, 1),
    lambda: date.fromisocalendar(2020, 1, 8),
    lambda: datetime.fromtimestamp(1e20),
    lambda: datetime(2020, 1, 1) < date(2020, 1, 1),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


# Subclasses keep their type through arithmetic that CPython preserves.
class MyDate(date):
    def describe(self):
        return f"<{self.isoformat()}>"


m = MyDate(2020, 5, 5)
print(m.describe(), type(m + timedelta(1)).__name__, repr(m), MyDate.today() > m)
print(type(MyDate.fromisoformat("2021-01-01")).__name__)
