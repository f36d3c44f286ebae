# Tokenizer + RPN evaluator with a shunting-yard
import operator
OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv), "^": (3, operator.pow)}
def tokens(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            yield float(s[i:j]) if "." in s[i:j] else int(s[i:j])
            i = j
        elif c in OPS or c in "()":
            yield c
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")
def to_rpn(toks):
    out, st = [], []
    for t in toks:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            st.append(t)
        elif t == ")":
            while st[-1] != "(":
                out.append(st.pop())
            st.pop()
        else:
            while st and st[-1] != "(" and (OPS[st[-1]][0] > OPS[t][0] or (OPS[st[-1]][0] == OPS[t][0] and t != "^")):
                out.append(st.pop())
            st.append(t)
    while st:
        out.append(st.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
        else:
            st.append(t)
    return st[0]
for e in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(1 + 2) * (3 + 4)", "10 / 4", "7 - 2 - 1", "1.5 * 4", "2 $ 3"]:
    try:
        r = to_rpn(tokens(e))
        print(f"{e:<32} {' '.join(map(str, r)):<28} = {eval_rpn(r)}")
    except SyntaxError as ex:
        print("error:", ex)
