# ASCII Mandelbrot: float arithmetic in tight loops
chars = ' .:-=+*#%@'
for row in range(24):
    y = -1.2 + row * 0.1
    line = ''
    for col in range(64):
        x = -2.1 + col * 0.05
        zr = zi = 0.0
        n = 0
        while n < 50 and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + x, 2 * zr * zi + y
            n += 1
        line += chars[n * (len(chars) - 1) // 50]
    print(line.rstrip())
total = 0.0
for i in range(1, 1001):
    total += 1.0 / (i * i)
print(total, (6 * total) ** 0.5)
