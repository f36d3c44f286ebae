# @staticmethod: no self/cls, callable on class and instance
class MathUtil:
    PI = 3.14159
    @staticmethod
    def clamp(x, lo, hi):
        return max(lo, min(hi, x))
    @staticmethod
    def is_prime(n):
        if n < 2:
            return False
        i = 2
        while i * i <= n:
            if n % i == 0:
                return False
            i += 1
        return True
    @staticmethod
    def circle_area(r):
        return MathUtil.PI * r * r
    def primes_below(self, n):
        return [k for k in range(n) if self.is_prime(k)]

print(MathUtil.clamp(15, 0, 10), MathUtil.clamp(-5, 0, 10), MathUtil().clamp(5, 0, 10))
print(MathUtil.is_prime(97), MathUtil().is_prime(91))
print(MathUtil().primes_below(30))
print(round(MathUtil.circle_area(2), 3))
f = MathUtil.clamp
print(f(3, 4, 5), type(f).__name__, type(MathUtil.__dict__["clamp"]).__name__)
print(MathUtil.__dict__["clamp"].__func__ is f)
g = MathUtil().is_prime
print(g(7), type(g).__name__)
try:
    MathUtil.clamp(1, 2)
except TypeError as e:
    print("TypeError:", e)

class Parser:
    @staticmethod
    def _tokenize(s):
        return s.replace("(", " ( ").replace(")", " ) ").split()
    def parse(self, s):
        return self._tokenize(s)
class LoudParser(Parser):
    @staticmethod
    def _tokenize(s):
        return [t.upper() for t in Parser._tokenize(s)]
print(Parser().parse("(add 1 (mul x y))"))
print(LoudParser().parse("(add 1 (mul x y))"))
sm = staticmethod(len)
class Holder:
    size = sm
print(Holder.size("abc"), Holder().size([1, 2]))
