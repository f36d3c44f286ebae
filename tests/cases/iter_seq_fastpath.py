l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print(x)
it = iter([1, 2])
for x in it: print("a", x)
for x in it: print("b", x)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
class L(list): pass
for x in L([5, 6]): print(x)
for x in (7, 8, 9): print(x)
class T(tuple): pass
for x in T((1, 2)): print(x)
it = iter([1, 2, 3])
next(it)
for x in it: print("c", x)
l2 = [1]
it = iter(l2)
for x in it: pass
l2.append(5)
print(list(it))
print([y * 2 for y in (1, 2, 3)], sum(x for x in [1, 2, 3]))
