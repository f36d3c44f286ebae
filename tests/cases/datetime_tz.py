from datetime import datetime, timedelta, timezone, tzinfo, time, date

tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 1, 12, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.astimezone(timezone.utc), timezone.utc, repr(timezone.utc))
print(repr(timezone(timedelta(hours=-3), "X")), str(timezone(timedelta(hours=-3, seconds=5))))
print(repr(timezone.min), timezone.max, timezone(timedelta(0)) is timezone.utc)
print(timezone.utc.utcoffset(None), timezone.utc.tzname(None), timezone(timedelta(hours=1)).tzname(None))
print(timezone.utc.dst(None), tz.tzname(a), a.tzname(), a.dst())
print(datetime(2020, 1, 1, tzinfo=timezone.utc) == datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))))
print(datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(1e9, timezone.utc))
print(datetime.utcfromtimestamp(1e9), datetime(2020, 1, 1, tzinfo=timezone.utc).utctimetuple())
print(a.timetz(), a.time(), a.replace(tzinfo=None), a - datetime(2024, 1, 1, tzinfo=timezone.utc))
print(a.isoformat(), time(1, 2, tzinfo=tz).isoformat(), a.strftime("%Z %z"))
print(datetime(2020, 3, 8, 1, 30, tzinfo=timezone(timedelta(hours=-5), "EST")).strftime("%Z %z"))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._off = timedelta(minutes=minutes)
        self._name = name

    def utcoffset(self, dt):
        return self._off

    def tzname(self, dt):
        return self._name

    def dst(self, dt):
        return timedelta(0)


b = datetime(2021, 6, 1, 8, 0, tzinfo=Fixed(-240, "EDT"))
print(b, b.tzname(), b.utcoffset(), b.astimezone(timezone.utc), b.strftime("%H:%M %Z%z"))
print(b.astimezone(tz), b == b.astimezone(tz))
for bad in [
    lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
    lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc),
    lambda: timezone(timedelta(hours=24)),
    lambda: timezone(5),
    lambda: timezone(timedelta(0), 5),
    lambda: time(1, 2) < time(1, 2, tzinfo=timezone.utc),
    lambda: tzinfo().utcoffset(None),
    lambda: datetime(2020, 1, 1).astimezone(5),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
