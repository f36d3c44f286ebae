# chr and ord round trips
for c in 'aZ0 ~\n\té日€\U0001F40D':
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print(''.join([chr(i) for i in range(65, 91)]), ''.join([chr(i) for i in range(0x3b1, 0x3ca)]))
print([ord(c) - ord('a') for c in 'python'], chr(0), repr(chr(127)), chr(0x10FFFF) == '\U0010FFFF')
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
def rot13(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)
print(rot13('Hello, World!'), rot13(rot13('Hello, World!')))
