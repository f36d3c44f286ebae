from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape and any("area" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Duck:
    def area(self):
        return 0


class Plain:
    pass


print(isinstance(Square(2), Shape), isinstance(Duck(), Shape), isinstance(Plain(), Shape), issubclass(Duck, Shape))


class Serializer(metaclass=ABCMeta):
    pass


Serializer.register(dict)
Serializer.register(list)
print(isinstance({}, Serializer), isinstance([], Serializer), isinstance((), Serializer), issubclass(dict, Serializer))


class Sub(Serializer):
    pass


class Leaf(Sub):
    pass


Sub.register(tuple)
print(isinstance((), Serializer), isinstance((), Sub), isinstance(Leaf(), Serializer), issubclass(Leaf, Sub))
try:
    Serializer.register(5)
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
print(Serializer.register(set) is set)
