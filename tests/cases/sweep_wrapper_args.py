for call in [lambda: "abc".__getattribute__(), lambda: "abc".__getattribute__(1), lambda: "abc".__ne__(), lambda: object().__eq__(),
             lambda: object().__setattr__("x"), lambda: object().__delattr__(), lambda: (5).__getattribute__("real"),
             lambda: object.__getattribute__([], "append").__name__, lambda: "abc".__ne__("abd")]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
