# A small n-body simulation of the Jovian planets orbiting the Sun.
# Prints the total energy of the system before and after simulating.
# Uses only functions, floats, lists, tuples, loops and the math module.
import math
import sys

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def make_body(x, y, z, vx, vy, vz, mass):
    # [x, y, z, vx, vy, vz, mass] with velocities in AU/year and mass in
    # units where G == 1
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
            mass * SOLAR_MASS]


def make_system():
    sun = make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = make_body(4.84143144246472090e+00, -1.16032004402742839e+00,
                        -1.03622044471123109e-01, 1.66007664274403694e-03,
                        7.69901118419740425e-03, -6.90460016972063023e-05,
                        9.54791938424326609e-04)
    saturn = make_body(8.34336671824457987e+00, 4.12479856412430479e+00,
                       -4.03523417114321381e-01, -2.76742510726862411e-03,
                       4.99852801234917238e-03, 2.30417297573763929e-05,
                       2.85885980666130812e-04)
    uranus = make_body(1.28943695621391310e+01, -1.51111514016986312e+01,
                       -2.23307578892655734e-01, 2.96460137564761618e-03,
                       2.37847173959480950e-03, -2.96589568540237556e-05,
                       4.36624404335156298e-05)
    neptune = make_body(1.53796971148509165e+01, -2.59193146099879641e+01,
                        1.79258772950371181e-01, 2.68067772490389322e-03,
                        1.62824170038242295e-03, -9.51592254519715870e-05,
                        5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def make_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies):
    px = 0.0
    py = 0.0
    pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= b1[6] * b2[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt):
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        dist2 = dx * dx + dy * dy + dz * dz
        mag = dt / (dist2 * math.sqrt(dist2))
        m1 = b1[6] * mag
        m2 = b2[6] * mag
        b1[3] -= dx * m2
        b1[4] -= dy * m2
        b1[5] -= dz * m2
        b2[3] += dx * m1
        b2[4] += dy * m1
        b2[5] += dz * m1
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]


def main():
    steps = 5000
    if len(sys.argv) > 1:
        steps = int(sys.argv[1])
    bodies = make_system()
    pairs = make_pairs(bodies)
    offset_momentum(bodies)
    print(f"energy before: {energy(bodies, pairs):.9f}")
    for _ in range(steps):
        advance(bodies, pairs, 0.01)
    print(f"energy after {steps} steps: {energy(bodies, pairs):.9f}")
    names = ["sun", "jupiter", "saturn", "uranus", "neptune"]
    for i in range(len(bodies)):
        b = bodies[i]
        r = math.sqrt(b[0] * b[0] + b[1] * b[1] + b[2] * b[2])
        print(f"{names[i]:>8}: r = {r:8.4f} AU")


main()
