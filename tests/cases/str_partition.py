# partition, rpartition
for s in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', '', '日本=語']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
try:
    'abc'.partition('')
except ValueError as e:
    print('ValueError:', e)
url = 'https://example.com/path/to/page'
scheme, _, rest = url.partition('://')
host, _, path = rest.partition('/')
print(scheme, host, path, path.rpartition('/')[2])
