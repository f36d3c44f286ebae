# Building strings in loops: triangles, tables
for i in range(1, 8):
    print(' ' * (7 - i) + '*' * (2 * i - 1))
for i in range(1, 10):
    line = ''
    for j in range(1, 10):
        line += f'{i * j:4}'
    print(line)
s = ''
for i in range(200):
    s += chr(ord('a') + i % 26)
print(s[:52], len(s), s.count('z'))
words = []
for i in range(12):
    words.append(str(i) * (i % 4))
print('|'.join(words))
