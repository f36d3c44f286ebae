# Negative zero behaviour
import math
z = -0.0
print(z, repr(z), str(z), 0.0 == -0.0, z < 0.0, z == 0)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 * -1, 0.0 / -5, -1e-320 * 1e-10)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(3, z))
print(abs(-0.0), -(0.0), -(-0.0), round(-0.4), round(-0.4, 1), int(-0.0))
print(f"{-0.0:.2f}", f"{-0.0}", "%f" % -0.0, format(-0.0, 'g'), f"{-0.001:.1f}")
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.9))
print([-0.0], (-0.0, 0.0), {0.0: 'a', -0.0: 'b'})
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), min(-0.0, 0.0))
print(-0.0 % 5, 0.0 % -5, divmod(-0.0, 1), -0.0 // 1)
print(math.sqrt(-0.0), math.atan2(-0.0, 1), math.atan2(0.0, -1), math.atan2(-0.0, -1))
print(float('-0'), float('-0.0'), -0.0 ** 2, (-0.0) ** 2, (-0.0) ** 3)
