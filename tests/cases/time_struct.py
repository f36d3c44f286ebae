import time
t = time.gmtime(86400 * 365)
print(t, t.tm_year, t.tm_zone, t.tm_gmtoff, len(t), t[:3], type(t).__name__)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.strftime("%Y-%m-%d", t), time.tzname, time.timezone, time.daylight)
print(isinstance(t, time.struct_time), isinstance(t, tuple))
print(time.localtime(0).tm_zone)
