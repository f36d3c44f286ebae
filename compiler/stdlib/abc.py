"""abc for pyaot: ABCMeta, ABC and abstractmethod with CPython's
instantiation check."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return (getattr(value.fget, "__isabstractmethod__", False)
                or getattr(value.fset, "__isabstractmethod__", False))
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, key, None)
                if _is_abstract(value):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            s = "s" if len(names) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                + ", ".join(names)
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def abstractproperty(f):
    return property(abstractmethod(f))
