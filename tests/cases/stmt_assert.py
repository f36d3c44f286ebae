# assert statements: passing ones and a caught failing one
assert True
assert 1 == 1, 'never shown'
assert [1], 'non-empty list is truthy'
for i in range(5):
    assert i < 5, i
print('passing asserts ok')
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError caught', repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print('AssertionError:', e)
try:
    x = 3
    assert x % 2 == 0, f'x={x} is odd'
except AssertionError as e:
    print('AssertionError:', e, type(e).__name__)
def check(v):
    assert v > 0, ('bad value', v)
    return v * 2
print(check(4))
try:
    check(-1)
except AssertionError as e:
    print('caught', e.args)
