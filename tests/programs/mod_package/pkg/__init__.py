print("pkg/__init__: running, __name__ =", __name__)
VERSION = "1.2"
