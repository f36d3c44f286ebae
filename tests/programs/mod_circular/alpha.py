print("alpha: start")
import beta   # beta imports alpha while alpha is only partially initialised

NAME = "alpha"

def hello():
    return f"alpha says hi, beta's name is {beta.NAME}"

def ping(n):
    if n == 0:
        return "alpha done"
    return beta.pong(n - 1)

print("alpha: end")
