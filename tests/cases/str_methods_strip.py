# strip, lstrip, rstrip with and without arguments
cases = ['  hi  ', '\t\n hi \r\n', 'xxhixx', 'hi', '', '   ', 'ab cd', '\u3000全角\u3000']
for c in cases:
    print(repr(c), repr(c.strip()), repr(c.lstrip()), repr(c.rstrip()), repr(c.strip('x')), repr(c.strip(' x')))
print('www.example.com'.strip('cmowz.'), 'abcXYZcba'.strip('abc'), '123abc321'.lstrip('0123456789'))
print('mississippi'.rstrip('ip'), 'aaa'.strip('a'), '--==--x--'.lstrip('-='))
print('héllo  '.rstrip() + '|', '..日本..'.strip('.'))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
