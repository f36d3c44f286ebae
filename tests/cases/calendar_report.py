import calendar
from datetime import date, timedelta


def business_days(year, month):
    _, ndays = calendar.monthrange(year, month)
    return sum(1 for d in range(1, ndays + 1) if calendar.weekday(year, month, d) < 5)


for m in range(1, 13):
    print(f"{calendar.month_name[m]:>10} {calendar.month_abbr[m]} {calendar.monthrange(2024, m)[1]:>2} days, {business_days(2024, m)} business")
print([y for y in range(1990, 2030) if calendar.isleap(y)])
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
for week in cal.monthdatescalendar(2024, 2):
    print(" ".join(d.strftime("%d") if d.month == 2 else "  " for d in week))
tc = calendar.TextCalendar(calendar.MONDAY)
print(tc.formatmonth(2024, 12, w=4))
d = date(2024, 1, 31)
print([calendar.day_name[(d + timedelta(days=i)).weekday()] for i in range(3)])
print(calendar.weekheader(2), "|", calendar.weekheader(9))
