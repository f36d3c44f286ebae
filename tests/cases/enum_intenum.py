# IntEnum and int mix-ins: arithmetic, comparisons, str/format as in 3.11.
from enum import Enum, IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", "%s|%d|%r" % (Priority.LOW, Priority.LOW, Priority.LOW))
print(format(Priority.MEDIUM, "03d"), f"{Priority.HIGH:>5}", "{:x}".format(Priority.HIGH))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MEDIUM // 2, -Priority.LOW, abs(Priority.LOW))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH > 7, 5 in [Priority.MEDIUM])
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), min(Priority))
print(Priority(5), Priority(10) is Priority.HIGH, isinstance(Priority.LOW, int), int(Priority.HIGH))
print({1: "one", 10: "ten"}[Priority.HIGH], {Priority.LOW: "low"}[1])
print(list(range(Priority.MEDIUM)), ["a", "b", "c"][Priority.LOW])
print(hash(Priority.MEDIUM) == hash(5), Priority.LOW.value, type(Priority.LOW.value).__name__)
try:
    Priority(3)
except ValueError as e:
    print("ValueError:", e)


class Num(int, Enum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), f"{Num.TWO}", Num.ONE + Num.TWO, Num.TWO == 2)


class HttpStatus(IntEnum):
    OK = 200
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400

    def describe(self):
        return f"{self.value} {self.name.replace('_', ' ').title()}"


for s in HttpStatus:
    print(s.describe(), s.is_error)
print(HttpStatus(404).describe(), sum(HttpStatus))
