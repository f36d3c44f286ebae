# pyaot: full-stderr
# Uncaught RecursionError: the traceback collapses repeated lines.
def walk(node, depth=0):
    return walk(node, depth + 1)


def start():
    return walk("root")


print("starting")
start()
