print("beta: start")
import alpha

print("beta: alpha has NAME yet?", hasattr(alpha, "NAME"))
NAME = "beta"

def pong(n):
    # attributes of alpha are looked up at call time, so this works
    if n == 0:
        return "beta done"
    return alpha.ping(n - 1)

def hello():
    return f"beta says hi, alpha's name is {alpha.NAME}"

print("beta: end")
