LIMIT = 100


def allowed(v):
    return -LIMIT <= v <= LIMIT
