# Single inheritance: overriding, extending with super(), attribute lookup
class Vehicle:
    wheels = 4
    def __init__(self, make, speed):
        self.make = make
        self.speed = speed
        print(f"  Vehicle.__init__({make!r}, {speed})")
    def describe(self):
        return f"{self.make} with {self.wheels} wheels at {self.speed} km/h"
    def honk(self):
        return "beep"
    def trip_time(self, km):
        return km / self.speed

class Bike(Vehicle):
    wheels = 2
    def __init__(self, make, speed, gears):
        print(f"  Bike.__init__ gears={gears}")
        super().__init__(make, speed)
        self.gears = gears
    def honk(self):
        return "ring ring"
    def describe(self):
        return super().describe() + f", {self.gears} gears"

class EBike(Bike):
    def __init__(self, make, speed, gears, battery):
        super().__init__(make, speed, gears)
        self.battery = battery
    def trip_time(self, km):
        base = super().trip_time(km)
        return round(base * 0.8, 3)

print("creating")
v = Vehicle("Volvo", 90)
b = Bike("Trek", 25, 21)
e = EBike("Cube", 25, 10, 500)
for x in (v, b, e):
    print(type(x).__name__, "|", x.describe(), "|", x.honk(), "|", x.trip_time(50))
print(sorted(vars(e).items()))
print(EBike.wheels, EBike.honk is Bike.honk, EBike.describe is Bike.describe)
print([k.__name__ for k in EBike.__mro__])

class Quiet(Bike):
    honk = None
try:
    Quiet("x", 1, 1).honk()
except TypeError as e:
    print("TypeError:", e)

class NoInit(Vehicle):
    def describe(self):
        return "NoInit: " + super().describe()
print(NoInit("Fiat", 60).describe())
