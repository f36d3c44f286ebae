# Raising builtin exceptions with messages from functions
def withdraw(balance, amount):
    if not isinstance(amount, (int, float)):
        raise TypeError('amount must be a number, not ' + type(amount).__name__)
    if amount <= 0:
        raise ValueError('amount must be positive')
    if amount > balance:
        raise RuntimeError(f'insufficient funds: {balance} < {amount}')
    return balance - amount
for amt in [10, -5, 'ten', 500, 99.5]:
    try:
        print('new balance', withdraw(100, amt))
    except (TypeError, ValueError) as e:
        print('bad input:', type(e).__name__, e)
    except RuntimeError as e:
        print('refused:', e)
def get_item(d, k):
    if k not in d:
        raise KeyError(k)
    return d[k]
try:
    get_item({'a': 1}, 'b')
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    raise IndexError
except IndexError as e:
    print('class raised', repr(e))
try:
    raise StopIteration('done')
except StopIteration as e:
    print('StopIteration', e)
try:
    raise OverflowError('too big')
except ArithmeticError as e:
    print('ArithmeticError base caught', type(e).__name__, e)
