# printf-style % formatting
print('%s is %d years' % ('Bob', 42))
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%d %i %o %x %X %e %E %f %F %g %G %c %r %s %%' % (42, -42, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-7, 1e20, 65, 'r', 's'))
print('%c%c%c' % ('h', 105, '!'))
print('%(name)s has %(n)05d points' % {'name': 'Ann', 'n': 42})
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 3, 3.14159))
print('%+d %+d % d % d' % (5, -5, 5, -5))
print('%#x %#o %#X %08.3f %-8.2e|' % (255, 8, 255, -3.14159, 12345.678))
print('%s' % [1, 2], '%s' % ((1, 2),), '%r' % 'q', '%s %s' % (None, True))
print('%d' % 3.99, '%x' % 255, '%s' % 3.0, '%.3s' % 'abcdef', '%5.2f%%' % 12.345)
print('%s' % 'single', '%s' % ('tuple1',), 'no args %%' % ())
for v in [0, 1, -1, 123456789, 2**70]:
    print('%10d|%-10d|%010d|%x' % (v, v, v, v))
for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
