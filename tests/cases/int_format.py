# Formatting integers: format(), f-string specs, %-formatting
vals = [0, 7, -7, 42, 255, -255, 1000000, -1234567, 2**64, -(2**70)]
for v in vals:
    print(repr(format(v, 'd')), repr(format(v, '10d')), repr(format(v, '<10')), repr(format(v, '^11')))
    print(repr(format(v, 'x')), repr(format(v, 'X')), repr(format(v, 'o')), repr(format(v, 'b')) if abs(v) < 2**20 else '-')
    print(repr(format(v, ',')), repr(format(v, '_')), repr(format(v, '+')), repr(format(v, ' ')))
    print(repr(f"{v:#x}"), repr(f"{v:#o}"), repr(f"{v:08d}"), repr(f"{v:+08d}"), repr(f"{v:=+12,}"))
print(f"{255:#010b}", f"{255:#06x}", f"{-255:#06x}")
print(f"{12:e}", f"{12:.2f}", f"{12:%}", f"{7:g}")
print("%d|%5d|%-5d|%05d|%x|%X|%o|%+d" % (42, 42, 42, 42, 255, 255, 8, 5))
print("%i %u" % (3, 4))
print("{:*>8}|{:*<8}|{:*^8}".format(123, 123, 123))
print(format(1234567890123456789012345678901234567890, ','))
print(str(10**40), repr(-(10**40)))
print(f"{10**20:x}", f"{-10**20:b}")
print(format(5), format(-5, ''), format(True, 'd'))
