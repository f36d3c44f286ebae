# Payroll: employee hierarchy with properties, classmethods, validation and reports
class PayrollError(Exception):
    pass

class Employee:
    _registry = {}
    tax_rate = 0.20

    def __init__(self, emp_id, name, dept):
        if emp_id in Employee._registry:
            raise PayrollError(f"duplicate employee id {emp_id}")
        self.emp_id = emp_id
        self.name = name
        self.dept = dept
        Employee._registry[emp_id] = self

    @classmethod
    def from_record(cls, record):
        kind, emp_id, name, dept, *rest = record.split("|")
        kinds = {"S": Salaried, "H": Hourly, "C": Commissioned}
        if kind not in kinds:
            raise PayrollError(f"unknown employee kind {kind!r}")
        return kinds[kind](int(emp_id), name, dept, *map(float, rest))

    @classmethod
    def lookup(cls, emp_id):
        return cls._registry[emp_id]

    def gross(self):
        raise NotImplementedError

    @property
    def tax(self):
        return round(self.gross() * self.tax_rate, 2)

    @property
    def net(self):
        return round(self.gross() - self.tax, 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.emp_id}, {self.name!r})"

class Salaried(Employee):
    def __init__(self, emp_id, name, dept, annual):
        super().__init__(emp_id, name, dept)
        self.annual = annual
    def gross(self):
        return round(self.annual / 12, 2)

class Hourly(Employee):
    tax_rate = 0.15
    def __init__(self, emp_id, name, dept, rate, hours):
        super().__init__(emp_id, name, dept)
        self.rate, self.hours = rate, hours
    def gross(self):
        regular = min(self.hours, 160)
        overtime = max(0, self.hours - 160)
        return round(regular * self.rate + overtime * self.rate * 1.5, 2)

class Commissioned(Salaried):
    def __init__(self, emp_id, name, dept, annual, sales, pct):
        super().__init__(emp_id, name, dept, annual)
        self.sales, self.pct = sales, pct
    def gross(self):
        return round(super().gross() + self.sales * self.pct / 100, 2)

records = [
    "S|1|Ann|eng|96000",
    "H|2|Bob|ops|22.5|172",
    "C|3|Cy|sales|36000|84000|5",
    "H|4|Di|ops|30|120",
    "S|5|Ed|eng|120000",
    "X|6|Fay|hr|1",
    "S|1|Gus|eng|50000",
    "C|7|Hal|sales|30000|0|5",
]
staff = []
for r in records:
    try:
        staff.append(Employee.from_record(r))
    except PayrollError as e:
        print("skipped:", e)
print(f"{'id':>2} {'name':<4} {'type':<13} {'gross':>9} {'tax':>8} {'net':>9}")
for e in staff:
    print(f"{e.emp_id:>2} {e.name:<4} {type(e).__name__:<13} {e.gross():>9.2f} {e.tax:>8.2f} {e.net:>9.2f}")
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept in sorted(by_dept):
    people = by_dept[dept]
    total = round(sum(p.gross() for p in people), 2)
    print(f"{dept:<6} headcount={len(people)} gross={total:.2f} top={max(people, key=lambda p: p.gross()).name}")
print("total net:", round(sum(e.net for e in staff), 2))
print(Employee.lookup(3), Employee.lookup(3).sales, isinstance(Employee.lookup(3), Salaried))
Hourly.tax_rate = 0.18
print("after tax change:", Employee.lookup(2).tax, Employee.lookup(4).tax)
try:
    Employee.lookup(99)
except KeyError as e:
    print("KeyError:", e)
try:
    Employee(100, "Abstract", "none").gross()
except NotImplementedError:
    print("NotImplementedError for base Employee.gross")
