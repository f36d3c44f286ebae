class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop() if self.items else self.items[-1]


def scale(xs, k):
    return [x * k for x in xs]
