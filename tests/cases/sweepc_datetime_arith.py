from datetime import date, datetime, timedelta, time, timezone

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%A %d %B %Y"), d.replace(year=2023) + timedelta(1), date.fromisoformat("2023-12-31").toordinal())
dt = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(dt, dt.isoformat(), dt.date(), dt.time(), dt.timestamp() if False else "", dt.strftime("%Y/%m/%d %I:%M %p %j"))
delta = datetime(2024, 12, 25) - dt
print(delta, delta.days, delta.seconds, delta.total_seconds())
print(timedelta(hours=25, minutes=61), timedelta(days=-1, seconds=5), -timedelta(hours=1), timedelta(weeks=1) / 7)
print(timedelta(minutes=90) // timedelta(hours=1), timedelta(minutes=90) % timedelta(hours=1), abs(timedelta(-3)))
print(datetime.strptime("2023-07-04 09:05", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2021-05-06T07:08:09"))
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), est.utcoffset(None), repr(timezone.utc))
print(time(9, 5), time(23, 59, 59, 999), time(7, 30).strftime("%H-%M"), time.fromisoformat("10:11:12").hour)
print(date(2024, 1, 31) < date(2024, 2, 1), max(date(2020, 1, 1), date(2019, 12, 31)), date.min, date.max)
days = [date(2024, 1, 1) + timedelta(days=i * 10) for i in range(5)]
print([f"{x:%b %d}" for x in days])
print(f"{dt:%H:%M:%S.%f}", format(d, "%d/%m/%y"), repr(dt), repr(timedelta(days=1, seconds=3)))
bday = date(1990, 6, 15)
today = date(2024, 6, 14)
age = today.year - bday.year - ((today.month, today.day) < (bday.month, bday.day))
print("age", age, (today - bday).days)
print(datetime.combine(date(2000, 1, 1), time(12)), datetime(2024, 1, 1).replace(hour=5, minute=6))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(sorted([datetime(2024, 1, 2), datetime(2023, 5, 5), datetime(2024, 1, 1, 23)]))
print(timedelta(seconds=3661).__str__(), str(timedelta(microseconds=1500)), timedelta(days=400) > timedelta(weeks=57))
print(date(2024, 3, 31).replace(day=1) - timedelta(days=1), dt.ctime(), dt.weekday())
