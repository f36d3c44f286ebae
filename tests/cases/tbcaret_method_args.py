# pyaot: full-stderr
text = "a,b,c"
parts = text.split(",")
print(parts)
joined = "-".join(parts) + text.upper().replace("A", 1)
