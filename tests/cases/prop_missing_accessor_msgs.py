class C:
    x = property(lambda s: 1)
try:
    C().x = 2
except AttributeError as e:
    print(e)
C.y = property(lambda s: 1)
try:
    C().y = 2
except AttributeError as e:
    print(e)
try:
    del C().x
except AttributeError as e:
    print(e)
class D:
    @property
    def z(self): return 1
    @z.setter
    def z(self, v): pass
try:
    del D().z
except AttributeError as e:
    print(e)
