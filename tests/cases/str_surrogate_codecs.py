# pyaot: full-stderr
print('start')
x = '\udcff'
print(x.encode('latin-1', 'surrogateescape'), x.encode('ascii', 'surrogateescape'))
print(repr(b'a\xff'.decode('ascii', 'surrogateescape')))
for b, e in [(b'\x3d\xd8', 'utf-16-le'), (b'\x3d\xd8\x41\x00', 'utf-16-le'), (b'\x00\xdc\x41\x00', 'utf-16-le'),
             (b'\x41\x00\x42', 'utf-16-le'), (b'\x41', 'utf-16'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
             (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\xff\xfe\x3d\xd8', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'),
             (b'\xff\xfe\x00\x00\x00\xd8\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32')]:
    try:
        print(ascii(b.decode(e)))
    except UnicodeDecodeError as x:
        print(x)
    for h in ['replace', 'surrogatepass', 'surrogateescape', 'backslashreplace', 'ignore']:
        try:
            print(' ', h, ascii(b.decode(e, h)))
        except UnicodeDecodeError as x:
            print(' ', h, x)
for e in ['utf-16', 'utf-32', 'utf-16-be', 'utf-32-le']:
    for h in ['strict', 'surrogatepass', 'surrogateescape', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore']:
        try:
            print(e, h, 'a\ud83d\ude00\udcffb\U0001f600'.encode(e, h))
        except UnicodeEncodeError as x:
            print(e, h, x)
print('héllo😀'.encode('utf-32').decode('utf-32'), 'héllo😀'.encode('utf-16-be').decode('utf-16-be'))
import sys
sys.stdout.write('ok\n')
try:
    sys.stdout.write('\ud800')
except UnicodeEncodeError as e:
    print('write:', e)
print('a', '\ud83d', 'b')
