# re.Scanner (lexicon of pattern/action pairs) and Pattern.scanner for a
# calculator with operator precedence.
import re

scanner = re.Scanner([
    (r"\d+\.\d*|\d+", lambda s, tok: ("NUM", float(tok) if "." in tok else int(tok))),
    (r"[-+*/()^]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
tokens, rest = scanner.scan("3 + 4 * (2 - 1.5) ^ 2 / 8 ?")
print(tokens, repr(rest))

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

def to_rpn(tokens):
    out, stack = [], []
    for kind, val in tokens:
        if kind == "NUM":
            out.append(val)
        elif val == "(":
            stack.append(val)
        elif val == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            while stack and stack[-1] != "(" and (PREC[stack[-1]] > PREC[val] or (PREC[stack[-1]] == PREC[val] and val != "^")):
                out.append(stack.pop())
            stack.append(val)
    while stack:
        out.append(stack.pop())
    return out

def evaluate(rpn):
    st = []
    for t in rpn:
        if isinstance(t, str):
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[t])
        else:
            st.append(t)
    return st[0]

rpn = to_rpn(tokens)
print(rpn, evaluate(rpn))

sc = re.compile(r"(?P<word>[a-z]+)|(?P<num>\d+)|(?P<sp>\s+)").scanner("abc 12 de!")
while True:
    m = sc.match()
    if m is None:
        break
    print(m.lastgroup, repr(m.group()), m.span())
sc = re.compile(r"\d+").scanner("a1bb22ccc333")
print(sc.search(), sc.search().group(), sc.search().span(), sc.search())
