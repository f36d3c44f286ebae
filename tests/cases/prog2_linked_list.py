# A doubly linked list implementing the sequence protocols
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value = value
        self.prev = self.next = None

class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for it in items:
            self.append(it)
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1
    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1
    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        if index < self.size // 2:
            node = self.head
            for _ in range(index):
                node = node.next
        else:
            node = self.tail
            for _ in range(self.size - 1 - index):
                node = node.prev
        return node
    def _unlink(self, node):
        if node.prev: node.prev.next = node.next
        else: self.head = node.next
        if node.next: node.next.prev = node.prev
        else: self.tail = node.prev
        self.size -= 1
        return node.value
    def pop(self, index=-1):
        return self._unlink(self._node_at(index))
    def remove(self, value):
        node = self.head
        while node:
            if node.value == value:
                self._unlink(node)
                return
            node = node.next
        raise ValueError(f"{value!r} not in list")
    def __len__(self): return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev
    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value
    def __setitem__(self, index, value):
        self._node_at(index).value = value
    def __delitem__(self, index):
        self.pop(index)
    def __contains__(self, value):
        return any(v == value for v in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList([*self, *other])
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def reverse(self):
        node = self.head
        while node:
            node.prev, node.next = node.next, node.prev
            node = node.prev
        self.head, self.tail = self.tail, self.head
    def sort(self):
        values = merge_sort(list(self))
        node = self.head
        for v in values:
            node.value = v
            node = node.next

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    return out + left[i:] + right[j:]

ll = LinkedList([5, 3, 8])
ll.append(1)
ll.appendleft(9)
print(ll, len(ll), ll[0], ll[-1], ll[2], ll[1:4])
print(list(reversed(ll)), 8 in ll, 7 in ll)
ll[1] = 30
del ll[0]
print(ll)
print(ll.pop(), ll)
ll.remove(30)
print(ll, len(ll))
try:
    ll.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    ll[5]
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(10)) + LinkedList("ab")
print(big, len(big))
nums = LinkedList([7, 2, 9, 4, 4, 1, 8])
nums.sort()
print(nums)
nums.reverse()
print(nums, nums[0], nums[-1], list(reversed(nums))[:3])
print(nums == LinkedList([9, 8, 7, 4, 4, 2, 1]), sum(nums), max(nums), sorted(nums)[:2])
empty = LinkedList()
print(empty, len(empty), list(empty), bool(empty))
for i, v in enumerate(LinkedList("xyz")):
    print(i, v, end="; ")
print()
