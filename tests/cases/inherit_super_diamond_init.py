# Each __init__ runs exactly once in a diamond when everyone uses super()
calls = []
class Base:
    def __init__(self):
        calls.append("Base")
        self.parts = ["base"]
class Left(Base):
    def __init__(self):
        calls.append("Left>")
        super().__init__()
        self.parts.append("left")
        calls.append("<Left")
class Right(Base):
    def __init__(self):
        calls.append("Right>")
        super().__init__()
        self.parts.append("right")
        calls.append("<Right")
class Bottom(Left, Right):
    def __init__(self):
        calls.append("Bottom>")
        super().__init__()
        self.parts.append("bottom")
        calls.append("<Bottom")

b = Bottom()
print(calls)
print(b.parts)

# without super(), explicit calls run Base twice
calls.clear()
class L2(Base):
    def __init__(self):
        Base.__init__(self)
        calls.append("L2")
class R2(Base):
    def __init__(self):
        Base.__init__(self)
        calls.append("R2")
class B2(L2, R2):
    def __init__(self):
        L2.__init__(self)
        R2.__init__(self)
B2()
print(calls)

# super() object inspection
class Top:
    def name(self):
        return "Top"
class Mid(Top):
    def name(self):
        return "Mid>" + super().name()
class Low(Mid):
    def name(self):
        return "Low>" + super().name()
    def skip(self):
        return super(Mid, self).name()
low = Low()
print(low.name(), low.skip())
print(Mid.name(low), Top.name(low))
