# hex, oct, bin, chr, ord
for v in [0, 1, -1, 7, 8, 255, -255, 256, 4095, 2**32, 2**64 - 1, -(2**64), 10**20]:
    print(v, hex(v), oct(v), bin(v) if abs(v) < 2**40 else len(bin(v)))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0))
print(hex(True), bin(False), oct(True))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    bin('1')
except TypeError as e:
    print('TypeError:', e)
print([chr(i) for i in range(97, 123, 5)], [ord(c) for c in 'AZaz09'])
