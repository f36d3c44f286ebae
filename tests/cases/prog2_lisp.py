# A tiny Scheme interpreter: reader, environments with outer scopes, closures, recursion
class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol {name}")

class Lambda:
    def __init__(self, params, body, env, name="lambda"):
        self.params, self.body, self.env, self.name = params, body, env, name
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"{self.name} expects {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<procedure {self.name}>"

def standard_env():
    env = Env()
    import math
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda *a: math.prod(a), "/": lambda a, b: a / b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b,
        "<=": lambda a, b: a <= b, "car": lambda x: x[0], "cdr": lambda x: x[1:],
        "cons": lambda a, b: [a] + b, "list": lambda *a: list(a), "null?": lambda x: x == [],
        "length": len, "abs": abs, "sqrt": math.sqrt, "modulo": lambda a, b: a % b,
        "map": lambda f, xs: [f(x) for x in xs], "filter": lambda f, xs: [x for x in xs if f(x)],
        "apply": lambda f, xs: f(*xs), "not": lambda x: x is False,
    })
    return env

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue                       # tail call: loop instead of recursing
        if op == "define":
            target, *body = args
            if isinstance(target, list):
                name, *params = target
                env[name] = Lambda(params, body[0], env, name)
            else:
                env[target] = evaluate(body[0], env)
            return None
        if op == "set!":
            env.find(args[0])[args[0]] = evaluate(args[1], env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        if op == "let":
            bindings, body = args
            names = [b[0] for b in bindings]
            vals = [evaluate(b[1], env) for b in bindings]
            x, env = body, Env(names, vals, env)
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Lambda):
            if len(vals) != len(proc.params):
                raise LispError(f"{proc.name} expects {len(proc.params)} args, got {len(vals)}")
            x, env = proc.body, Env(proc.params, vals, proc.env)
            continue
        if not callable(proc):
            raise LispError(f"not a procedure: {to_str(proc)}")
        return proc(*vals)

def to_str(v):
    if v is True: return "#t"
    if v is False: return "#f"
    if isinstance(v, list): return "(" + " ".join(map(to_str, v)) + ")"
    return str(v)

env = standard_env()
env["#t"], env["#f"] = True, False
program = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(fact 20)
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(map fib '(0 1 2 3 4 5 6 7 8 9 10))
(define (make-counter) (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n))))
(define c1 (make-counter))
(define c2 (make-counter))
(list (c1) (c1) (c1) (c2))
(define (loop i acc) (if (= i 0) acc (loop (- i 1) (+ acc i))))
(loop 5000 0)
(filter (lambda (x) (= (modulo x 3) 0)) (list 1 2 3 4 5 6 7 8 9))
(define compose (lambda (f g) (lambda (x) (f (g x)))))
((compose (lambda (x) (* x x)) (lambda (x) (+ x 1))) 4)
(cons 1 (cdr '(9 2 3)))
(apply + (list 1 2 3 4))
(sqrt 2)
(undefined-thing 1)
(fact 1 2)
(5 3)
(car '())
(+ 1 (* 2 3)
fact
"""
for line in program.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(f"{line[:40]:<42}=> {to_str(result)}")
    except LispError as e:
        print(f"{line[:40]:<42}!! LispError: {e}")
    except (IndexError, TypeError) as e:
        print(f"{line[:40]:<42}!! {type(e).__name__}: {e}")
