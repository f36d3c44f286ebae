# no __all__: star-import exports every name that does not start with an underscore
WIDTH = 20

def center(s):
    return s.center(WIDTH, ".")

def _secret():
    return "hidden"

_private_value = 1
