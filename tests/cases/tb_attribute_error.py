# Uncaught AttributeError on a user object
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def walk(node, steps):
    for _ in range(steps):
        print("at", node.value)
        node = node.next
    return node.value

head = Node(1, Node(2, Node(3)))
print("walk 2 ->", walk(head, 2))
print("walk 5 ->", walk(head, 5))
