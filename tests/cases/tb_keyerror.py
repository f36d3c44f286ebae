# Uncaught KeyError from a dict lookup inside nested calls
inventory = {"apple": 3, "pear": 0, "plum": 12}

def take(item, n):
    have = inventory[item]
    if have < n:
        print(f"not enough {item}: {have} < {n}")
        return 0
    inventory[item] = have - n
    return n

def shop(order):
    got = {}
    for item, n in order:
        got[item] = take(item, n)
        print("took", got[item], item)
    return got

print(shop([("apple", 2), ("pear", 1)]))
print(inventory)
print(shop([("plum", 5), ("kiwi", 1), ("apple", 1)]))
