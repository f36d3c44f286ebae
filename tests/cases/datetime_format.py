from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2020, 3, 8, 1, 30, 5, 42)
print(dt.strftime("%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %% %G %u %V"))
print(dt.strftime("%Y-%m-%d %H:%M:%S"), date(2021, 12, 25).strftime("%d/%m/%Y (%A)"))
print(format(date(2020, 1, 1), "%d.%m"), "{:%Y}".format(datetime(1999, 1, 1)), f"{time(5, 6):%H-%M}")
print(f"{dt:%B %d, %Y}", f"{dt}", f"{dt!r}", format(dt, ""), str(dt))
print(datetime.strptime("2023-07-04 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("Mon Mar 02 2020 10PM", "%a %b %d %Y %I%p"))
print(datetime.strptime("2020-03-02T10:11:12.5+0130", "%Y-%m-%dT%H:%M:%S.%f%z"))
print(datetime.strptime("31/12/99", "%d/%m/%y").date(), datetime.strptime("2021 5", "%Y %j"))
print(datetime.strptime("March 5 2021", "%B %d %Y"), datetime.strptime("12:30", "%H:%M"))
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"), datetime.fromisoformat("2020-01-01"))
print(datetime.fromisoformat("2020-01-01T10:20:30.123"), datetime.fromisoformat("2020-01-01 10:20Z"))
print(time.fromisoformat("10:20:30.5"), date.fromisoformat("20200102"), date.fromisoformat("2021-12-31"))
print(datetime.fromisoformat("2011-W01-2T00:05:23.283"), repr(date(2020, 1, 1).isocalendar()))
for bad in [
    lambda: datetime.strptime("2020", "%Y-%m"),
    lambda: datetime.strptime("2020-01-01 junk", "%Y-%m-%d"),
    lambda: datetime.strptime("x", 5),
    lambda: datetime.strptime("2020-13-01", "%Y-%m-%d"),
    lambda: date.fromisoformat("2020-1-1"),
    lambda: datetime.fromisoformat("bad"),
    lambda: dt.strftime(5),
    lambda: date(2020, 1, 1).__format__(5),
    lambda: dt.isoformat(timespec="bad"),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# Parse a small log and compute durations.
log = ["2024-01-01 08:00:00 start", "2024-01-01 09:15:30 step", "2024-01-02 00:00:01 end"]
stamps = [datetime.strptime(line[:19], "%Y-%m-%d %H:%M:%S") for line in log]
for a, b in zip(stamps, stamps[1:]):
    print(b - a, (b - a).total_seconds())
