from datetime import timedelta

td = timedelta(days=3, hours=5, minutes=7, seconds=9.5)
print(td, repr(td), td.total_seconds(), -td, td * 2, td / 3, td // timedelta(hours=1))
print(td.days, td.seconds, td.microseconds)
print(timedelta(1.5).seconds, timedelta(milliseconds=1.5).microseconds, timedelta(weeks=1))
print(abs(timedelta(-1)), +timedelta(1), bool(timedelta(0)), timedelta(1) == timedelta(hours=24))
print(timedelta(hours=25) // 2, timedelta(hours=25) % timedelta(hours=7))
print(divmod(timedelta(hours=25), timedelta(hours=7)))
print(timedelta(1) / timedelta(hours=5), 2 * timedelta(seconds=1.25), timedelta(seconds=10) * 0.33)
print(timedelta(microseconds=1) / 3, timedelta(microseconds=2) / 3, timedelta(microseconds=-5) // 2)
print(str(timedelta(microseconds=-1)), repr(timedelta(0)), repr(timedelta(days=-1, seconds=5)))
print(repr(timedelta(minutes=1)), repr(timedelta(microseconds=7)), timedelta(days=-3, hours=-2))
print(sorted([timedelta(1), timedelta(-1), timedelta(0)]))
print(sum([timedelta(minutes=30)] * 5, timedelta()))
print(timedelta(hours=1) < timedelta(minutes=61), timedelta(hours=1) == timedelta(minutes=60))
print(format(timedelta(1)), f"{timedelta(seconds=3725)}", str(timedelta(days=400, seconds=1)))
for bad in [lambda: timedelta(days=1000000000), lambda: timedelta(1) / 0,
            lambda: timedelta(1) // 0, lambda: timedelta(1) % timedelta(0),
            lambda: timedelta(1) * 'x', lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8),
            lambda: timedelta(foo=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
# Elapsed-time arithmetic as programs typically do it.
total = timedelta()
for mins in (15, 45, 90, 5):
    total += timedelta(minutes=mins)
hours, rem = divmod(total.seconds, 3600)
print(total, hours, rem // 60, total.total_seconds() / 60)
