# A module body and a function of over 3000 IR instructions: compiled
# natively with the cheap code-generation settings and pooled variables
# (conditional expressions, comprehensions, try/except and loops).

x = 0
d = {}
log = []

x = x + 0
d['k1'] = x * 2 if x % 3 else -x
y = [x, 2, 'a2', (x > 6) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '5')
x = x + 6
d['k0'] = x * 2 if x % 3 else -x
y = [x, 8, 'a8', (x > 24) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '11')
x = x + 12
d['k6'] = x * 2 if x % 3 else -x
y = [x, 14, 'a14', (x > 42) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '17')
x = x + 18
d['k5'] = x * 2 if x % 3 else -x
y = [x, 20, 'a20', (x > 60) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '23')
x = x + 24
d['k4'] = x * 2 if x % 3 else -x
y = [x, 26, 'a26', (x > 78) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '29')
x = x + 30
d['k3'] = x * 2 if x % 3 else -x
y = [x, 32, 'a32', (x > 96) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '35')
x = x + 36
d['k2'] = x * 2 if x % 3 else -x
y = [x, 38, 'a38', (x > 114) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '41')
x = x + 42
d['k1'] = x * 2 if x % 3 else -x
y = [x, 44, 'a44', (x > 132) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '47')
x = x + 48
d['k0'] = x * 2 if x % 3 else -x
y = [x, 50, 'a50', (x > 150) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '53')
x = x + 54
d['k6'] = x * 2 if x % 3 else -x
y = [x, 56, 'a56', (x > 168) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '59')
x = x + 60
d['k5'] = x * 2 if x % 3 else -x
y = [x, 62, 'a62', (x > 186) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '65')
x = x + 66
d['k4'] = x * 2 if x % 3 else -x
y = [x, 68, 'a68', (x > 204) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '71')
x = x + 72
d['k3'] = x * 2 if x % 3 else -x
y = [x, 74, 'a74', (x > 222) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '77')
x = x + 78
d['k2'] = x * 2 if x % 3 else -x
y = [x, 80, 'a80', (x > 240) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '83')
x = x + 84
d['k1'] = x * 2 if x % 3 else -x
y = [x, 86, 'a86', (x > 258) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '89')
x = x + 90
d['k0'] = x * 2 if x % 3 else -x
y = [x, 92, 'a92', (x > 276) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '95')
x = x + 96
d['k6'] = x * 2 if x % 3 else -x
y = [x, 98, 'a98', (x > 294) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '101')
x = x + 102
d['k5'] = x * 2 if x % 3 else -x
y = [x, 104, 'a104', (x > 312) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '107')
x = x + 108
d['k4'] = x * 2 if x % 3 else -x
y = [x, 110, 'a110', (x > 330) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '113')
x = x + 114
d['k3'] = x * 2 if x % 3 else -x
y = [x, 116, 'a116', (x > 348) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '119')
x = x + 120
d['k2'] = x * 2 if x % 3 else -x
y = [x, 122, 'a122', (x > 366) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '125')
x = x + 126
d['k1'] = x * 2 if x % 3 else -x
y = [x, 128, 'a128', (x > 384) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '131')
x = x + 132
d['k0'] = x * 2 if x % 3 else -x
y = [x, 134, 'a134', (x > 402) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '137')
x = x + 138
d['k6'] = x * 2 if x % 3 else -x
y = [x, 140, 'a140', (x > 420) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '143')
x = x + 144
d['k5'] = x * 2 if x % 3 else -x
y = [x, 146, 'a146', (x > 438) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '149')
x = x + 150
d['k4'] = x * 2 if x % 3 else -x
y = [x, 152, 'a152', (x > 456) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '155')
x = x + 156
d['k3'] = x * 2 if x % 3 else -x
y = [x, 158, 'a158', (x > 474) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '161')
x = x + 162
d['k2'] = x * 2 if x % 3 else -x
y = [x, 164, 'a164', (x > 492) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '167')
x = x + 168
d['k1'] = x * 2 if x % 3 else -x
y = [x, 170, 'a170', (x > 510) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '173')
x = x + 174
d['k0'] = x * 2 if x % 3 else -x
y = [x, 176, 'a176', (x > 528) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '179')
x = x + 180
d['k6'] = x * 2 if x % 3 else -x
y = [x, 182, 'a182', (x > 546) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '185')
x = x + 186
d['k5'] = x * 2 if x % 3 else -x
y = [x, 188, 'a188', (x > 564) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '191')
x = x + 192
d['k4'] = x * 2 if x % 3 else -x
y = [x, 194, 'a194', (x > 582) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '197')
x = x + 198
d['k3'] = x * 2 if x % 3 else -x
y = [x, 200, 'a200', (x > 600) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '203')
x = x + 204
d['k2'] = x * 2 if x % 3 else -x
y = [x, 206, 'a206', (x > 618) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '209')
x = x + 210
d['k1'] = x * 2 if x % 3 else -x
y = [x, 212, 'a212', (x > 636) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '215')
x = x + 216
d['k0'] = x * 2 if x % 3 else -x
y = [x, 218, 'a218', (x > 654) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '221')
x = x + 222
d['k6'] = x * 2 if x % 3 else -x
y = [x, 224, 'a224', (x > 672) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '227')
x = x + 228
d['k5'] = x * 2 if x % 3 else -x
y = [x, 230, 'a230', (x > 690) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '233')
x = x + 234
d['k4'] = x * 2 if x % 3 else -x
y = [x, 236, 'a236', (x > 708) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '239')
x = x + 240
d['k3'] = x * 2 if x % 3 else -x
y = [x, 242, 'a242', (x > 726) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '245')
x = x + 246
d['k2'] = x * 2 if x % 3 else -x
y = [x, 248, 'a248', (x > 744) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '251')
x = x + 252
d['k1'] = x * 2 if x % 3 else -x
y = [x, 254, 'a254', (x > 762) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '257')
x = x + 258
d['k0'] = x * 2 if x % 3 else -x
y = [x, 260, 'a260', (x > 780) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 3 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '263')
x = x + 264
d['k6'] = x * 2 if x % 3 else -x
y = [x, 266, 'a266', (x > 798) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 2 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '269')
x = x + 270
d['k5'] = x * 2 if x % 3 else -x
y = [x, 272, 'a272', (x > 816) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(3))) % 1000003
log.append(x) if x % 7 == 1 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '275')
x = x + 276
d['k4'] = x * 2 if x % 3 else -x
y = [x, 278, 'a278', (x > 834) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(4))) % 1000003
log.append(x) if x % 7 == 0 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '281')
x = x + 282
d['k3'] = x * 2 if x % 3 else -x
y = [x, 284, 'a284', (x > 852) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(0))) % 1000003
log.append(x) if x % 7 == 6 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '287')
x = x + 288
d['k2'] = x * 2 if x % 3 else -x
y = [x, 290, 'a290', (x > 870) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(1))) % 1000003
log.append(x) if x % 7 == 5 else None
try:
    x = x // (1 - 1) if 1 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '293')
x = x + 294
d['k1'] = x * 2 if x % 3 else -x
y = [x, 296, 'a296', (x > 888) and 'big' or 'small']
x = (x + len(y) + sum(v for v in range(2))) % 1000003
log.append(x) if x % 7 == 4 else None
try:
    x = x // (3 - 1) if 3 != 1 else x // 0
except ZeroDivisionError as e:
    log.append(str(e)[:8] + '299')


def body(n):
    t = 0
    u = None
    t = t + n * 0 if t < 10 ** 6 else t - 0
    u = [t % 3, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 3
    t = t % 99991 + len(str(t))
    t = t + n * 5 if t < 10 ** 6 else t - 5
    u = [t % 8, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 8
    t = t % 99991 + len(str(t))
    t = t + n * 10 if t < 10 ** 6 else t - 10
    u = [t % 13, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 13
    t = t % 99991 + len(str(t))
    t = t + n * 15 if t < 10 ** 6 else t - 15
    u = [t % 18, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 18
    t = t % 99991 + len(str(t))
    t = t + n * 20 if t < 10 ** 6 else t - 20
    u = [t % 23, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 23
    t = t % 99991 + len(str(t))
    t = t + n * 25 if t < 10 ** 6 else t - 25
    u = [t % 28, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 28
    t = t % 99991 + len(str(t))
    t = t + n * 30 if t < 10 ** 6 else t - 30
    u = [t % 33, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 33
    t = t % 99991 + len(str(t))
    t = t + n * 35 if t < 10 ** 6 else t - 35
    u = [t % 38, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 38
    t = t % 99991 + len(str(t))
    t = t + n * 40 if t < 10 ** 6 else t - 40
    u = [t % 43, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 43
    t = t % 99991 + len(str(t))
    t = t + n * 45 if t < 10 ** 6 else t - 45
    u = [t % 48, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 48
    t = t % 99991 + len(str(t))
    t = t + n * 50 if t < 10 ** 6 else t - 50
    u = [t % 53, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 53
    t = t % 99991 + len(str(t))
    t = t + n * 55 if t < 10 ** 6 else t - 55
    u = [t % 58, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 58
    t = t % 99991 + len(str(t))
    t = t + n * 60 if t < 10 ** 6 else t - 60
    u = [t % 63, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 63
    t = t % 99991 + len(str(t))
    t = t + n * 65 if t < 10 ** 6 else t - 65
    u = [t % 68, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 68
    t = t % 99991 + len(str(t))
    t = t + n * 70 if t < 10 ** 6 else t - 70
    u = [t % 73, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 73
    t = t % 99991 + len(str(t))
    t = t + n * 75 if t < 10 ** 6 else t - 75
    u = [t % 78, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 78
    t = t % 99991 + len(str(t))
    t = t + n * 80 if t < 10 ** 6 else t - 80
    u = [t % 83, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 83
    t = t % 99991 + len(str(t))
    t = t + n * 85 if t < 10 ** 6 else t - 85
    u = [t % 88, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 88
    t = t % 99991 + len(str(t))
    t = t + n * 90 if t < 10 ** 6 else t - 90
    u = [t % 93, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 93
    t = t % 99991 + len(str(t))
    t = t + n * 95 if t < 10 ** 6 else t - 95
    u = [t % 98, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 98
    t = t % 99991 + len(str(t))
    t = t + n * 100 if t < 10 ** 6 else t - 100
    u = [t % 103, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 103
    t = t % 99991 + len(str(t))
    t = t + n * 105 if t < 10 ** 6 else t - 105
    u = [t % 108, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 108
    t = t % 99991 + len(str(t))
    t = t + n * 110 if t < 10 ** 6 else t - 110
    u = [t % 113, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 113
    t = t % 99991 + len(str(t))
    t = t + n * 115 if t < 10 ** 6 else t - 115
    u = [t % 118, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 118
    t = t % 99991 + len(str(t))
    t = t + n * 120 if t < 10 ** 6 else t - 120
    u = [t % 123, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 123
    t = t % 99991 + len(str(t))
    t = t + n * 125 if t < 10 ** 6 else t - 125
    u = [t % 128, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 128
    t = t % 99991 + len(str(t))
    t = t + n * 130 if t < 10 ** 6 else t - 130
    u = [t % 133, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 133
    t = t % 99991 + len(str(t))
    t = t + n * 135 if t < 10 ** 6 else t - 135
    u = [t % 138, u is None][0]
    for j in range(3):
        t += j * (u or 1)
    try:
        t = t // (n - 0)
    except ZeroDivisionError:
        t += 138
    t = t % 99991 + len(str(t))
    t = t + n * 140 if t < 10 ** 6 else t - 140
    u = [t % 143, u is None][0]
    for j in range(2):
        t += j * (u or 1)
    try:
        t = t // (n - 2)
    except ZeroDivisionError:
        t += 143
    t = t % 99991 + len(str(t))
    t = t + n * 145 if t < 10 ** 6 else t - 145
    u = [t % 148, u is None][0]
    for j in range(1):
        t += j * (u or 1)
    try:
        t = t // (n - 1)
    except ZeroDivisionError:
        t += 148
    t = t % 99991 + len(str(t))
    return t, u


print(x, sorted(d.items()), len(log), log[:6])
print([body(n) for n in range(4)])
