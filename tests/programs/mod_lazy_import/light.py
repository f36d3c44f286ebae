print("light: loading")
def ping():
    return "pong"
