# try / except / else / finally ordering
def run(x):
    log = []
    try:
        log.append('try')
        r = 10 // x
        log.append('computed %d' % r)
    except ZeroDivisionError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(run(2))
print(run(0))
def ret_in_try():
    try:
        return 'from try'
    finally:
        print('finally runs before return')
print(ret_in_try())
def ret_in_finally():
    try:
        return 'from try'
    finally:
        return 'from finally'
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(finally_swallows())
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
print(loop_with_finally())
def nested_finally():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested_finally()
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print('iteration', count)
print('done', count)
