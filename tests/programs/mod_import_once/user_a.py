import counter
print("user_a: imported counter, loads =", counter.loads)
counter.record("from user_a")
