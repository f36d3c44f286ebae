"""Geometry helpers.

Second line of the docstring.
"""
import math as _math

UNIT = "cm"

def circle_area(r):
    """Area of a circle."""
    return _math.pi * r * r

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
