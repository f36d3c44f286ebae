# Ends with an explicitly raised ValueError with a message
def parse_age(s):
    n = int(s)
    if n < 0:
        raise ValueError(f'age must be non-negative, got {n}')
    return n
for s in ['5', '42', '0']:
    print(s, parse_age(s))
print(parse_age('-3'))
