import cmath
vals = [1+2j, -3+0.5j, 0.25-4j, 2, -1.5, 0.5j, 1e-3+1e-3j, 10-7j]
for z in vals:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.log10(z))
    print(cmath.phase(z), cmath.polar(z), cmath.sin(z), cmath.cos(z), cmath.tan(z))
    print(cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))
    print(cmath.asin(z), cmath.acos(z), cmath.atan(z))
    print(cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))
print(cmath.rect(2, cmath.pi / 3), cmath.log(8, 2), cmath.isclose(1+1j, 1+1.0000000001j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
a, b, c = 1, 2, 5
d = cmath.sqrt(b * b - 4 * a * c)
print((-b + d) / (2 * a), (-b - d) / (2 * a))
print(cmath.sqrt(-4), cmath.sqrt(-0.0), cmath.sqrt(4))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
