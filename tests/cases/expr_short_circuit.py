# Short-circuit evaluation of and/or/conditional expressions
log = []
def t(x):
    log.append(x)
    return x
print(t(0) and t(1), log)
log.clear()
print(t(1) and t(2) and t(0) and t(3), log)
log.clear()
print(t(0) or t('') or t('found') or t('never'), log)
log.clear()
print(t(1) if t(True) else t(2), log)
log.clear()
print(t(1) if t(False) else t(2), log)
log.clear()
print(any([t(x) for x in [0, 0, 5, 0]]), log)
log.clear()
print(all([t(x) for x in [1, 1, 0, 1]]), log)
log.clear()
d = {}
print('k' in d and d['k'] > 0, d.get('k') is not None and d['k'])
lst = []
print(len(lst) > 0 and lst[0], lst and lst[0], not lst or lst[0])
x = None
print(x is not None and x.bit_length())
print(1 / 1 if True else 1 / 0, (False and 1 / 0), (True or 1 / 0))
