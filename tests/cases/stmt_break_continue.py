# break and continue in nested loops
result = []
for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
    result.append(i)
print(result)
found = None
for i in range(1, 20):
    for j in range(1, 20):
        if i * j == 42 and i < j:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 100:
    i += 1
    if i % 3 == 0:
        continue
    if i % 7 == 0:
        continue
    count += 1
    if count == 30:
        break
print(i, count)
out = []
for word in ['alpha', 'beta', 'stop', 'gamma']:
    if word == 'stop':
        break
    for ch in word:
        if ch in 'aeiou':
            continue
        out.append(ch)
print(''.join(out))
