# str.join in many forms
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ' - '.join(('1', '2', '3')), '|'.join([]))
print('.'.join('abc'), ', '.join([str(i) for i in range(5)]), '日'.join(['a', 'b']))
print('\n'.join(['line1', 'line2']))
print(''.join(reversed('hello')), '-'.join(sorted('banana')))
print(''.join(map(str, [1, 2, 3])), ':'.join({'k1': 1, 'k2': 2}))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    ','.join(['a', None])
except TypeError as e:
    print('TypeError:', e)
parts = []
for i in range(10):
    parts.append(chr(ord('a') + i) * i)
print('/'.join(parts))
print(len(''.join(['ab'] * 1000)))
