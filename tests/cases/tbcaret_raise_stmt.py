# pyaot: full-stderr
def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    return v

def run():
    check(1); check(-2)

run()
