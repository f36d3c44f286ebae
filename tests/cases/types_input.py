# input() with and without a prompt, and EOF.
a = input()
b = input("prompt> ")
print(repr(a), repr(b))
n = int(input())
print(n * 2)
rest = []
try:
    while True:
        rest.append(input())
except EOFError as e:
    print("EOF", repr(str(e)))
print(rest)
