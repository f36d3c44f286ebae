import array
a = array.array('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:4], a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a.index(3), a.count(2), 3 in a, list(a))
a.remove(2); a.reverse(); print(a, a.tolist(), sum(a), max(a))
b = array.array('d', [1.5, 2.25])
print(b, b * 2, b + b, b == array.array('d', [1.5, 2.25]), b.tobytes())
print(array.array('f', [0.1, 1/3]), array.array('u', 'hello'), array.array('b'))
c = array.array('h', [1, -2])
print(c.tobytes(), array.array('h', c.tobytes()))
d = array.array('B'); d.frombytes(b'\x01\x02\xff'); print(d)
for tc, v in [('b', 200), ('B', -1), ('h', 70000), ('H', -5), ('i', 2**31), ('I', -1), ('q', 2**63), ('Q', -1)]:
    try:
        array.array(tc, [v])
    except OverflowError as e:
        print(tc, "OverflowError", e)
try: array.array('i', [1.5])
except TypeError as e: print(e)
try: array.array('z')
except ValueError as e: print(e)
try: a + b
except TypeError as e: print(e)
try: a.index(99)
except ValueError as e: print(e)
try: array.array('i').pop()
except IndexError as e: print(e)
try: a[50]
except IndexError as e: print(e)
a[0] = 42; a[1:3] = array.array('i', [7, 8, 9]); del a[-1]; print(a)
print(sorted(array.array('i', [3, 1, 2])), array.typecodes, a < array.array('i', [43]))
e = array.array('i', [1, 2]); e += array.array('i', [3]); e *= 2; print(e)
s = array.array('i', [1, 0x01020304]); s.byteswap(); print(s)
