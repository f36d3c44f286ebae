# Deeply nested documents: decoding and encoding stop with RecursionError
# and CPython's messages.
import json
for n in (10, 500, 5000):
    try:
        v = json.loads("[" * n + "]" * n)
        print(n, "ok")
    except RecursionError as e:
        print(n, "RecursionError", e)
    try:
        v = json.loads('{"a":' * n + '1' + '}' * n)
        print(n, "ok")
    except RecursionError as e:
        print(n, "RecursionError", e)
a = []
for i in range(3000):
    a = [a]
try:
    json.dumps(a)
    print("ok")
except RecursionError as e:
    print("RecursionError", e)
l = []; l.append(l)
try:
    json.dumps(l, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)
