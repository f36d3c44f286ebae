# A small ray tracer: spheres and a checkered plane, point lights, shadows
# and reflections. Vectors, rays, materials and objects are classes with
# float attributes.
# Stresses: object allocation (many short-lived Vec objects), method calls,
# attribute access, float math, dynamic dispatch (Sphere vs Plane).
import math

WIDTH = 320
HEIGHT = 240
MAX_DEPTH = 3
EPSILON = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        n = self.length()
        if n == 0.0:
            return Vec(0.0, 0.0, 0.0)
        return self.scale(1.0 / n)

    def reflect(self, normal):
        return self.sub(normal.scale(2.0 * self.dot(normal)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def point_at(self, t):
        return self.origin.add(self.direction.scale(t))


class Material:
    def __init__(self, color, diffuse, specular, reflect, checker):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect
        self.checker = checker

    def color_at(self, p):
        if self.checker:
            ix = math.floor(p.x)
            iz = math.floor(p.z)
            if (ix + iz) % 2 == 0:
                return self.color
            return Vec(0.1, 0.1, 0.1)
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin.sub(self.center)
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        sq = math.sqrt(disc)
        t = -b - sq
        if t > EPSILON:
            return t
        t = -b + sq
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, p):
        return p.sub(self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return -1.0
        t = self.point.sub(ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return -1.0

    def normal_at(self, p):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vec(0.08, 0.08, 0.08)

    def nearest(self, ray):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, p, to_light, dist):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t > 0.0 and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.2, 0.3, 0.5).scale(k).add(Vec(0.05, 0.05, 0.05))
        p = ray.point_at(t)
        n = obj.normal_at(p)
        mat = obj.material
        base = mat.color_at(p)
        color = base.mul(self.ambient)
        for light in self.lights:
            lv = light.position.sub(p)
            dist = lv.length()
            ld = lv.scale(1.0 / dist)
            lambert = n.dot(ld)
            if lambert <= 0.0:
                continue
            if self.shadowed(p.add(n.scale(1e-4)), ld, dist):
                continue
            color = color.add(base.mul(light.color).scale(lambert * mat.diffuse))
            h = ld.sub(ray.direction).normalized()
            spec = n.dot(h)
            if spec > 0.0:
                color = color.add(light.color.scale(mat.specular * spec ** 32))
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            rd = ray.direction.reflect(n).normalized()
            rc = self.trace(Ray(p.add(n.scale(1e-4)), rd), depth + 1)
            color = color.add(rc.scale(mat.reflect))
        return color


def build_scene():
    s = Scene()
    s.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0,
                            Material(Vec(0.9, 0.2, 0.2), 0.8, 0.5, 0.3, False)))
    s.objects.append(Sphere(Vec(-2.2, 0.7, 6.0), 0.7,
                            Material(Vec(0.2, 0.9, 0.3), 0.9, 0.3, 0.2, False)))
    s.objects.append(Sphere(Vec(2.0, 1.2, 7.0), 1.2,
                            Material(Vec(0.3, 0.4, 0.95), 0.7, 0.8, 0.5, False)))
    s.objects.append(Sphere(Vec(0.8, 0.35, 3.4), 0.35,
                            Material(Vec(0.95, 0.9, 0.2), 0.9, 0.6, 0.1, False)))
    s.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                           Material(Vec(0.9, 0.9, 0.9), 0.9, 0.1, 0.25, True)))
    s.lights.append(Light(Vec(-4.0, 6.0, 1.0), Vec(0.8, 0.8, 0.8)))
    s.lights.append(Light(Vec(5.0, 4.0, 2.0), Vec(0.4, 0.35, 0.3)))
    return s


def clamp_byte(v):
    i = int(v * 255.0)
    if i < 0:
        return 0
    if i > 255:
        return 255
    return i


def render(scene, width, height):
    eye = Vec(0.0, 1.5, -1.0)
    aspect = width / height
    checksum = 0
    total = 0
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            d = Vec(x, y - 0.25, 1.5).normalized()
            c = scene.trace(Ray(eye, d), 0)
            r = clamp_byte(c.x)
            g = clamp_byte(c.y)
            b = clamp_byte(c.z)
            total += r + g + b
            checksum = (checksum * 16777619 + (r << 16 | g << 8 | b)) % 4294967291
    return total, checksum


def main():
    scene = build_scene()
    total, checksum = render(scene, WIDTH, HEIGHT)
    print(f"{WIDTH}x{HEIGHT} mean: {total / (WIDTH * HEIGHT * 3):.4f}")
    print(f"checksum: {checksum}")


main()
