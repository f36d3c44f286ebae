# Class attributes vs instance attributes, shadowing and lookup order
class Dog:
    species = "canis familiaris"
    legs = 4
    tricks_total = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def describe(self):
        return f"{self.name} is {self.age} years old ({self.species})"

    def birthday(self):
        self.age += 1
        return self.age


rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe())
print(fido.describe())
print(rex.species, fido.species, Dog.species)
print("legs", rex.legs, Dog.legs)

# assigning through the class changes what every instance without its own value sees
Dog.species = "dog"
print(rex.species, fido.species)

# assigning through an instance creates an instance attribute that shadows the class one
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
print("rex has own species:", "species" in rex.__dict__, "fido:", "species" in fido.__dict__)
del rex.species
print("after del:", rex.species)

print("birthday ->", rex.birthday(), rex.birthday())
print(rex.describe())

# augmented assignment through instance reads class value, writes instance value
fido.tricks_total += 2
print("fido", fido.tricks_total, "class", Dog.tricks_total, "rex", rex.tricks_total)
Dog.tricks_total += 10
print("fido", fido.tricks_total, "class", Dog.tricks_total, "rex", rex.tricks_total)

# attributes can be added after creation
fido.owner = "Sam"
print(fido.owner, hasattr(fido, "owner"), hasattr(rex, "owner"))
print(sorted(vars(fido).items()))
print(sorted(vars(rex).items()))

# method objects looked up through class vs instance
f = Dog.describe
print(f(fido))
g = rex.describe
print(g())
print(type(f).__name__, type(g).__name__)
print(g.__func__ is Dog.describe, g.__self__ is rex)
