# f-strings: expressions, nesting, conversions
name = 'World'
n = 7
items = [1, 2, 3]
d = {'key': 'val'}
print(f'Hello, {name}!', f'{n} * 2 = {n * 2}', f'{items}', f'{d["key"]}', f'{items[-1]}')
print(f'{name!r}', f'{name!s}', f'{name.upper()}', f'{len(name)}', f'{"nested"}', f"{'q'}")
print(f'{n if n > 5 else 0}', f'{[x * x for x in items]}', f'{ {"a": 1}["a"] }')
print(f'{{braces}}', f'{{{n}}}', f'{n}{n}', f'')
print(f'{3.0}', f'{1/3}', f'{None}', f'{True}', f'{(1, 2)}', f'{-0.0}')
print(f'{n=}', f'{name=}', f'{n + 1 = }')
x = 'héllo'
print(f'{x:>8}|{x:<8}|{x:^9}|{x!r:>10}|')
print(f'multi {n} ' f'part {name}')
print(f'''triple {n}
quoted {name}''')
width = 10
for i in range(3):
    print(f'{i:>{width}}|{i * 1.5:<{width}.2f}|')
