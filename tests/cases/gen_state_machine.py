# A tokenizer written as a generator-based state machine
def tokenize(text):
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            start = i
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            yield ("NUM", float(lexeme) if "." in lexeme else int(lexeme))
            continue
        if ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            yield ("KW" if word in ("let", "if", "else", "print") else "ID", word)
            continue
        if ch == '"':
            j = i + 1
            buf = []
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                    buf.append({"n": "\n", "t": "\t"}.get(text[j], text[j]))
                else:
                    buf.append(text[j])
                j += 1
            if j >= n:
                raise SyntaxError(f"unterminated string at {i}")
            yield ("STR", "".join(buf))
            i = j + 1
            continue
        two = text[i:i + 2]
        if two in ("==", "!=", "<=", ">="):
            yield ("OP", two)
            i += 2
            continue
        if ch in "+-*/=<>(){};":
            yield ("OP", ch)
            i += 1
            continue
        raise SyntaxError(f"bad character {ch!r} at {i}")

src = 'let x_1 = 3.5 * (y + 42);\nif x_1 >= 10 { print "big\\tvalue" } else { print "small" }'
for tok in tokenize(src):
    print(tok)
kinds = {}
for kind, _ in tokenize(src):
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds)
for bad in ['let s = "oops', "a = b # c"]:
    try:
        print(list(tokenize(bad)))
    except SyntaxError as e:
        print("SyntaxError:", e)
toks = tokenize("1 2 3 $")
print(next(toks), next(toks), next(toks))
try:
    next(toks)
except SyntaxError as e:
    print("lazy error only when reached:", e)
