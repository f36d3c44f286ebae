# Simulated ledger with dicts, lists, formatting and error handling
accounts = {'alice': 100, 'bob': 50, 'carol': 0}
history = []
def transfer(src, dst, amount):
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if amount <= 0:
        raise ValueError('amount must be positive')
    if accounts[src] < amount:
        raise RuntimeError(f'{src} has only {accounts[src]}')
    accounts[src] -= amount
    accounts[dst] += amount
    history.append((src, dst, amount))
ops = [('alice', 'bob', 30), ('bob', 'carol', 100), ('carol', 'alice', 0), ('dave', 'bob', 5),
       ('bob', 'carol', 80), ('carol', 'alice', 40), ('alice', 'erin', 1), ('alice', 'carol', 110)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        status = 'ok'
    except KeyError as e:
        status = f'unknown account {e}'
    except (ValueError, RuntimeError) as e:
        status = f'{type(e).__name__}: {e}'
    print(f'{src:>6} -> {dst:<6} {amt:>5}  {status}')
print()
print(f'{"name":<8}{"balance":>10}')
for name, bal in sorted(accounts.items(), key=lambda kv: -kv[1]):
    print(f'{name:<8}{bal:>10,}')
print('total', sum(accounts.values()), 'transfers', len(history))
print(history)
