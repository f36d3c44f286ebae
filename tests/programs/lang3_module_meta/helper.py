"""Helper docstring."""
def where():
    return __file__.rsplit("/", 1)[-1]
NAME = __name__
