import math
from .base import Shape


class Circle(Shape, kind="circle"):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2
