# Formatted report with alignment, totals and percentages
rows = [
    ('Widgets', 1234, 2.5),
    ('Gadgets', 87, 19.99),
    ('Doohickeys', 15000, 0.35),
    ('Thingamajigs', 3, 1250.0),
    ('Whatchamacallits', 420, 7.125),
]
total = sum([q * p for _, q, p in rows])
w = max([len(r[0]) for r in rows])
print(f'{"Item":<{w}} | {"Qty":>7} | {"Price":>9} | {"Amount":>12} | {"Share":>6}')
print('-' * (w + 47))
for name, q, p in rows:
    amt = q * p
    print(f'{name:<{w}} | {q:>7,} | {p:>9.2f} | {amt:>12,.2f} | {amt / total:>6.1%}')
print('-' * (w + 47))
print(f'{"TOTAL":<{w}} | {sum([r[1] for r in rows]):>7,} | {"":>9} | {total:>12,.2f} | {1:>6.1%}')
print('%-10s|%10s|' % ('left', 'right'))
print('{:=^40}'.format(' END '))
