# pyaot: full-stderr
values = [1, 2, 0]
for v in values:
    print(10 // (v - 0) if v else 1)
ratio = values[0]  /  values[2]
