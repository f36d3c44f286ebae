# Stack and Queue classes built on lists
class EmptyError(Exception):
    pass

class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self, items=()):
        self._in = list(items)
        self._out = []
    def put(self, item):
        self._in.append(item)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise EmptyError("get from empty queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
    def __repr__(self):
        return f"Queue({self._out[::-1] + self._in})"

s = Stack()
for ch in "abc":
    s.push(ch)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s, len(s))
s.pop()
try:
    s.pop()
except EmptyError as e:
    print("EmptyError:", e)
print(s.peek(), bool(s), len(s))

q = Queue([1, 2])
q.put(3)
print(q, len(q))
print(q.get(), q)
q.put(4)
q.put(5)
print(q)
print([q.get() for _ in range(len(q))])
try:
    q.get()
except EmptyError as e:
    print("EmptyError:", e)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(st) == 0

for t in ["()", "([]{})", "(]", "((", "())", "{[()()]}", ""]:
    print(repr(t), balanced(t))
