# pass in various positions, empty bodies
def nothing():
    pass
for i in range(3):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print(nothing(), i)
def with_doc():
    "only a docstring"
print(with_doc())
x = 1; y = 2; z = x + y
print(x, y, z)
