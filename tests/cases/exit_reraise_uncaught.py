# A handler re-raises with bare raise; the exception ends the program
def risky(n):
    if n == 3:
        raise RuntimeError('n was three')
    return n
for i in range(5):
    try:
        print('ok', risky(i))
    except RuntimeError as e:
        print('logging:', e)
        raise
    finally:
        print('finally', i)
