# Sort stability with keys and reverse
recs = [(i % 4, i) for i in range(20)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg', 'h']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
data = [('x', 3), ('y', 1), ('z', 3), ('w', 2), ('v', 1)]
step1 = sorted(data, key=lambda t: t[0])
step2 = sorted(step1, key=lambda t: t[1])
print(step1)
print(step2)
lst = [5, 3, 5.0, 3.0, 5, 3]
print(sorted(lst), [type(x).__name__ for x in sorted(lst)])
print(sorted(lst, reverse=True), [type(x).__name__ for x in sorted(lst, reverse=True)])
flags = [True, 1, False, 0, 1.0, 0.0]
print(sorted(flags), sorted(flags, reverse=True))
