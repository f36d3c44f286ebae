import datetime as dt
from collections import defaultdict

events = [
    ("2024-03-01 09:00", "standup"), ("2024-03-01 13:30", "review"),
    ("2024-03-04 09:00", "standup"), ("2024-03-05 16:45", "retro"),
]
by_day = defaultdict(list)
for stamp, name in events:
    when = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    by_day[when.date()].append((when.time(), name))
for day in sorted(by_day):
    print(day.strftime("%A %d %B"), [f"{t:%H:%M} {n}" for t, n in by_day[day]])
start = dt.date(2024, 1, 1)
print([(start + dt.timedelta(weeks=w)).isoformat() for w in range(4)])
age = dt.date(2024, 6, 1) - dt.date(1990, 7, 15)
print(age.days // 365, age)
deadline = dt.datetime(2024, 12, 31, 23, 59, 59)
now = dt.datetime(2024, 12, 25, 8, 0)
left = deadline - now
print(f"{left.days} days, {left.seconds // 3600} hours left", left > dt.timedelta(days=6))
print(dt.datetime(2024, 1, 1).timestamp(), dt.datetime.fromtimestamp(0), dt.date.fromtimestamp(86400 * 365))
print(dt.datetime(2024, 5, 5, 12, tzinfo=dt.timezone.utc).astimezone(dt.timezone(dt.timedelta(hours=-4))).isoformat())
print(dt.datetime.min, dt.date(2024, 1, 1).timetuple().tm_yday, dt.datetime(2024, 2, 3).isocalendar())
class Stamp(dt.datetime):
    def label(self):
        return self.strftime("[%H:%M]")
s = Stamp(2024, 1, 1, 10, 30)
print(s.label(), repr(s), type(s + dt.timedelta(1)).__name__, s.date())
print(dt.datetime.utcfromtimestamp(1700000000), dt.UTC, dt.datetime.now(dt.timezone.utc).tzinfo)
print(dt.date(2024, 1, 1).__reduce__() if False else "", hash(dt.timedelta(0)) == hash(dt.timedelta()))
print(str(dt.datetime(2024, 1, 1, 1, 2, 3, 500)), dt.time(23, 59, 59, 999999).isoformat())
print(dt.datetime.combine(dt.date(2024, 1, 1), dt.time.min) == dt.datetime(2024, 1, 1))
print(dt.datetime(2024, 3, 10, 14, 5).strftime("%I:%M %p on %b %d, %Y (%a)"), dt.date.today().year >= 2024)
