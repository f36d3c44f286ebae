# Exceptions inside loops with continue/break, counting failures
inputs = ['1', '2', 'x', '4', '', '6', '7.5', '-8', ' 9 ', 'ten']
good = []
bad = []
for s in inputs:
    try:
        good.append(int(s))
    except ValueError as e:
        bad.append(str(e))
        continue
    finally:
        pass
print(good)
for b in bad:
    print(b)
data = [10, 5, 0, 2, 0, 1]
results = []
for d in data:
    try:
        results.append(100 // d)
    except ZeroDivisionError:
        results.append(None)
print(results)
i = 0
while True:
    try:
        v = [1, 2, 3][i]
        i += 1
    except IndexError:
        print('stopped at', i)
        break
d = {'a': 1, 'c': 3}
for k in 'abcd':
    try:
        print(k, d[k])
    except KeyError as e:
        print(k, 'missing', e)
