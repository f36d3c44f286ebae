"""Leaf module."""


def where():
    return __file__.rsplit("/", 2)[-2:]


NAME = __name__
