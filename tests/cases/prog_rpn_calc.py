# Reverse-Polish calculator reading expressions from stdin
import sys
def evaluate(tokens):
    stack = []
    for tok in tokens:
        if tok in ('+', '-', '*', '/', '//', '%', '**'):
            if len(stack) < 2:
                raise ValueError('stack underflow at ' + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            elif tok == '/':
                stack.append(a / b)
            elif tok == '//':
                stack.append(a // b)
            elif tok == '%':
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(float(tok) if '.' in tok else int(tok))
    if len(stack) != 1:
        raise ValueError('bad expression, stack=' + repr(stack))
    return stack[0]
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    try:
        print(f'{lineno}: {line} => {evaluate(line.split())!r}')
    except (ValueError, ZeroDivisionError) as e:
        print(f'{lineno}: {line} => error {type(e).__name__}: {e}')
