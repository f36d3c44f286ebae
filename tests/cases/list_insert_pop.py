# Using lists as stacks and queues
stack = []
for i in range(6):
    stack.append(i)
    print('push', i, stack)
while stack:
    print('pop', stack.pop(), stack)
queue = list(range(5))
while queue:
    x = queue.pop(0)
    if x < 3:
        queue.append(x + 10)
    print('got', x, queue)
q = []
for i in range(5):
    q.insert(0, i)
print(q)
q.insert(2, 'mid')
q.insert(len(q) // 2, 'half')
print(q, q.pop(2), q)
