import os, sys, json
s = 'ab\ud800cd\udfffef'
print(s.find('\ud800'), s.index('\udfff'), s.count('\ud800'), repr(s.replace('\ud800', '-')))
print(s.startswith('ab\ud800'), s.endswith('\udfffef'), repr(s.split('\ud800')), repr(s.partition('\udfff')))
print(repr(s.upper()), repr(s.center(12, '*')), repr(s[2:5]), repr(s[::2]), repr(s[::-1]))
print(repr('{:>5}|{!a}|{!r}'.format('\ud800', '\ud800', '\udc00')), repr(f'{s!a}'))
print(repr('%s %a' % ('\ud800', '\ud800')), len(s), s.isascii(), s.isprintable())
print(sys.getsizeof('\ud800'), sys.getsizeof('a\ud800b'))
print(repr(os.fsdecode(b'caf\xe9')), os.fsencode('caf\udce9'), os.fsencode(os.fsdecode(b'\xff\xfe')))
d = {'\ud800': 1, '\udc00': 2}
print(d['\ud800'], '\udc00' in d, '\ud800\udc00' in d, sorted(d), len({'\ud800', '\ud800', '\udc00'}))
print(repr(json.loads('["\\ud800", "\\udc00x", "\\ud83d\\ude00"]')), json.dumps(['\ud800', '😀']))
print(repr(json.dumps('\udc00', ensure_ascii=False)))
print(repr(str(b'\xed\xa0\x80', 'utf-8', 'surrogatepass')), repr(b'\xed\xa0\x80'.decode('utf-8', 'replace')))
try:
    b'\xed\xa0\x80'.decode()
except UnicodeDecodeError as e:
    print(e)
print(repr(chr(0xd800) + chr(0xdc00)), (chr(0xd800) + chr(0xdc00)).encode('utf-16-be', 'surrogatepass'))
print(ascii(list('x\ud800')), repr(''.join(['\ud83d', '\ude00'])), ['\ud83d'] == ['\ud83d'])
print(repr('\ud800'.encode('utf-8', 'backslashreplace')), repr('\ud800'.encode('ascii', 'replace')))
print(repr('\U0001F600\ud800'.encode('utf-16', 'surrogatepass').decode('utf-16', 'surrogatepass')))
print(ord('\udbff'), hex(ord(max('\ud800', '\ud7ff'))), '\ud800'.lower() == '\ud800')
x = 'abc'
x += '\ud800'
print(repr(x * 2), repr(x.strip('\ud800')), repr(x.rjust(6)), repr(x.zfill(6)))
