s = '\ud83d'
print(len(s), repr(s), ascii(s), ord(s))
t = '\ud83d\ude00'
print(len(t), repr(t), t == '😀', t != '😀')
print(repr(t[0]), repr(t[1]), repr(t[::-1]), repr(t[1:]))
u = '\ud83d' + '\ude00'
print(len(u), u == t, hash(u) == hash(t), u in 'x' + t + 'y', '\ude00' in t)
print(repr(chr(0xd800)), chr(0xdfff) == '\udfff', ord(chr(0xdbff)))
print(repr(b'\xff'.decode('utf-8', 'surrogateescape')))
print('\udcff'.encode('utf-8', 'surrogateescape'))
print(repr(b'a\xffb\xfe'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')))
print(t.encode('utf-8', 'surrogatepass'))
print(repr(t.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')))
print(t.encode('utf-16', 'surrogatepass').decode('utf-16') == '😀')
print('😀'.encode('utf-16'), '😀'.encode('utf-16-le'), '😀'.encode('utf-16-be'))
print(repr(t.encode('utf-16-le', 'surrogatepass').decode('utf-16-le')))
for h in ['strict', 'surrogateescape', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    try:
        print(h, 'a\ud83d\ude00\udcffb'.encode('utf-8', h))
    except UnicodeEncodeError as e:
        print(h, 'error', e)
try:
    '\ud83d\ude00'.encode()
except UnicodeEncodeError as e:
    print(e)
print(repr('%c' % 0xd800), repr('{:c}'.format(0xdc00)), repr(f'{0xdbff:c}'))
print(sorted(['\ud800', '\ue000', '\uffff', '😀', 'a']) == ['a', '\ud800', '\ue000', '\uffff', '😀'])
print(list(t), [ord(c) for c in t])
print(repr('x\ud800y'.upper()), repr('\ud800'.join(['a', 'b'])), repr('a\ud800b'.split('\ud800')))
print(repr(str(t)), repr('%s|%r' % (t, t)), repr(f'{t!r}'))
import json
print(repr(json.loads('"\\ud83d"')), repr(json.loads('"\\ud83d\\ude00"')), json.dumps('\ud83d'))
print(t.isprintable(), '\ud800'.isalpha())
print('\ud800' < '\ue000', '\ud800' > '\uffff')
print(repr(r'\ud800'), len(r'\ud800'))
print(repr('abc' '\ud800' "def"))
print(ascii("\N{EM DASH}\ud800" "x\\\ud800"), ascii("\ufffd\U0000dfff"), ascii('''\udc80
\ud800'''))
print(ascii(('\ud800',
             '\udc00')), ascii({'\ud800', '\ufffd'} == {'\ufffd', '\ud800'}))
