eg = ExceptionGroup("top", [ValueError(1), TypeError(2),
                            ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
print(eg.split((TypeError, KeyError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
m, r = eg.split(Exception)
print(m is eg, r)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

meg = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(meg.split(ValueError)))
print(type(meg.subgroup(TypeError)).__name__)
try:
    eg.split(5)
except TypeError as e:
    print(e)
eg.__notes__ = ["a note"]
print(eg.subgroup(ValueError).__notes__)
