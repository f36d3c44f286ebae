from dataclasses import dataclass, field, InitVar, fields, KW_ONLY, is_dataclass
from enum import StrEnum, auto


class Status(StrEnum):
    ACTIVE = auto()
    SUSPENDED = auto()


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x ** 2 + self.y ** 2


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class User:
    name: str
    _: KW_ONLY
    status: Status = Status.ACTIVE
    password: InitVar[str] = ""
    pw_hash: int = field(init=False, repr=False, default=0)
    roles: list = field(default_factory=lambda: ["user"])

    def __post_init__(self, password):
        self.pw_hash = sum(map(ord, password)) % 1000


p = Point(3, 4)
print(p, p.dist2(), hasattr(p, "__dict__"), Point.__slots__)
print(Options(level=3), Options())
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
u = User("ann", password="s3cret", roles=["admin"])
print(u, u.pw_hash, u.status, repr(u.status), u.status == "active", Status("suspended").name)
print([f.name for f in fields(User)], is_dataclass(u), is_dataclass(User), is_dataclass(1))
print(list(Status), Status.ACTIVE.upper(), f"{Status.SUSPENDED}", str(Status.ACTIVE))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = sorted(Version.parse(s) for s in ["1.2.3", "1.10.0", "0.9.9", "1.2"])
print([str(v) for v in vs], max(vs), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 5
except Exception as e:
    print(type(e).__name__, e)
