# match with literal patterns: ints, strings, None, True/False, negative numbers, floats
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "nothing"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return f"other: {x!r}"

for v in [0, 1, 3, -1, 2.5, "hello", "", None, True, False, 4, "Hello", 0.0, 1.0, [], (0,)]:
    print(repr(v), "->", describe(v))

def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 400:
            return "bad request"
        case 404:
            return "not found"
        case 418:
            return "I'm a teapot"
        case 500 | 502 | 503:
            return "server error"
        case _:
            return "unknown"
print([http_status(c) for c in (200, 204, 302, 404, 418, 503, 299)])

def complex_literal(x):
    match x:
        case 1e3:
            return "thousand (float literal)"
        case 0x10:
            return "sixteen (hex literal)"
        case 0b101:
            return "five (binary literal)"
        case "multi" "part":
            return "concatenated string literal"
    return "no match"
print([complex_literal(v) for v in (1000, 1000.0, 16, 5, "multipart", "multi")])
