# Polymorphism across a hierarchy with overridden and inherited behaviour
class Employee:
    raise_pct = 3
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
    def pay(self):
        return self.salary / 12
    def give_raise(self):
        self.salary = round(self.salary * (100 + self.raise_pct) / 100)
    def title(self):
        return type(self).__name__.lower()
    def __repr__(self):
        return f"{self.title()}:{self.name}:{self.salary}"

class Manager(Employee):
    raise_pct = 5
    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)
    def pay(self):
        return super().pay() + 100 * len(self.reports)

class Intern(Employee):
    raise_pct = 0
    def pay(self):
        return 1000
    def title(self):
        return "intern(" + super().title() + ")"

class Contractor(Employee):
    def __init__(self, name, rate, hours):
        super().__init__(name, 0)
        self.rate, self.hours = rate, hours
    def pay(self):
        return self.rate * self.hours
    def give_raise(self):
        self.rate += 5

dev1 = Employee("ann", 60000)
dev2 = Employee("bob", 54000)
boss = Manager("cy", 90000, [dev1, dev2])
staff = [dev1, dev2, boss, Intern("dee", 12000), Contractor("eve", 80, 100)]
for e in staff:
    print(f"{e!r:<28} monthly {e.pay():>9.2f}")
for e in staff:
    e.give_raise()
print(staff)
print("payroll", round(sum(e.pay() for e in staff), 2))
print([e.name for e in staff if isinstance(e, Employee) and type(e) is not Employee])
print({type(e).__name__: e.raise_pct for e in staff})
