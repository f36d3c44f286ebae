# input() reading lines from stdin until EOF
name = input()
print('Hello,', name)
n = int(input())
nums = []
for _ in range(n):
    nums.append(int(input()))
print('sum', sum(nums), 'max', max(nums))
line = input('prompt> ')
print(repr(line))
words = input().split()
print(len(words), words[::-1])
for count in range(1, 5):
    s = input()
    print(count, repr(s), len(s))
