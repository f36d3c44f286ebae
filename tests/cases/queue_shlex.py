import queue
import shlex

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait())
q.task_done()
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("Empty")
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.get(), sq.qsize(), sq.empty())
print(shlex.split('a "b c" d\\ e \'f g\' # not a comment'))
print(shlex.split('x # comment', comments=True), shlex.split("it's", posix=False) if False else None)
print(shlex.quote("hello world"), shlex.quote("safe"), shlex.quote(""), shlex.quote("it's"))
print(shlex.join(["ls", "-l", "my file"]))
lex = shlex.shlex("a=1, b='two'", posix=True)
lex.whitespace_split = False
print(list(lex))
try:
    shlex.split('"unterminated')
except ValueError as e:
    print("ValueError:", e)
