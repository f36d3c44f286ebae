# sin, cos, tan, atan2, hypot, degrees, radians
import math
for deg in range(0, 361, 30):
    r = math.radians(deg)
    print(deg, round(r, 12), round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
for v in [0, 0.5, 1, -1, math.pi / 4, math.pi / 6, 1e-8, 3]:
    print(v, math.sin(v), math.cos(v), math.tan(v))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, 1), (0, -1), (1, 0), (-1, 0), (0, 0)]:
    print(y, x, math.atan2(y, x))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(1e200, 1e200), math.hypot(3, 4, 12), math.hypot())
print(math.atan2(1, 1) * 4, math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-90))
