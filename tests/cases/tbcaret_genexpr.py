# pyaot: full-stderr
words = ["apple", "kiwi", None, "fig"]
total = sum(len(w) for w in words)
