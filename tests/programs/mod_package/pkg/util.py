print("pkg/util: running, __name__ =", __name__)

def shout(s):
    return s.upper() + "!"
