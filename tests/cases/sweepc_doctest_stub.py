"""Geometry helpers.

>>> area(2, 3)
6
"""
import doctest


def area(w, h):
    """Rectangle area.

    >>> area(3, 4)
    12
    >>> area(0, 5)
    0
    """
    return w * h


def greet(name):
    """
    >>> greet("bob")
    'Hello, Bob'
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    return "Hello, " + name.title()


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.pop()
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """>>> Stack().push(5)"""
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def top(self):
        """
        >>> Stack().top is None
        True
        """
        return self.items[-1] if self.items else None

    @staticmethod
    def helper():
        """
        >>> Stack.helper()
        'h'
        """
        return "h"


if __name__ == "__main__":
    print(area(2, 5), greet("ann"))
    result = doctest.testmod()
    print(result, result.failed, result.attempted)
    print(doctest.testmod(verbose=False).attempted)
