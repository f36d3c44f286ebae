# Library lending system: books, members, loans with due days, fines, and exceptions
class LibraryError(Exception):
    pass
class NotAvailable(LibraryError):
    pass
class LimitReached(LibraryError):
    pass
class UnknownItem(LibraryError, LookupError):
    pass

class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.on_loan = 0
    @property
    def available(self):
        return self.copies - self.on_loan
    def __repr__(self):
        return f"<{self.title} by {self.author}: {self.available}/{self.copies}>"

class Member:
    max_loans = 2
    loan_days = 14
    fine_per_day = 25
    def __init__(self, name):
        self.name = name
        self.loans = {}     # isbn -> due day
        self.fines = 0
    def __repr__(self):
        return f"{type(self).__name__}({self.name}, loans={sorted(self.loans)}, fines={self.fines})"

class Student(Member):
    max_loans = 3
    fine_per_day = 10

class Staff(Member):
    max_loans = 5
    loan_days = 28
    fine_per_day = 0

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.today = 0
        self.log = []
    def add_book(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book
    def join(self, member):
        self.members[member.name] = member
        return member
    def _book(self, isbn):
        try:
            return self.books[isbn]
        except KeyError:
            raise UnknownItem(f"no book with isbn {isbn}") from None
    def lend(self, name, isbn):
        m, b = self.members[name], self._book(isbn)
        if m.fines > 100:
            raise LibraryError(f"{name} owes {m.fines} cents")
        if len(m.loans) >= m.max_loans:
            raise LimitReached(f"{name} already has {len(m.loans)} loans")
        if isbn in m.loans:
            raise LibraryError(f"{name} already borrowed {b.title!r}")
        if b.available == 0:
            raise NotAvailable(f"{b.title!r} is not available")
        b.on_loan += 1
        m.loans[isbn] = self.today + m.loan_days
        self.log.append((self.today, "lend", name, isbn))
    def give_back(self, name, isbn):
        m, b = self.members[name], self._book(isbn)
        due = m.loans.pop(isbn)
        b.on_loan -= 1
        late = max(0, self.today - due)
        m.fines += late * m.fine_per_day
        self.log.append((self.today, "return", name, isbn))
        return late
    def advance(self, days):
        self.today += days
    def overdue(self):
        return sorted((m.name, isbn, self.today - due) for m in self.members.values()
                      for isbn, due in m.loans.items() if due < self.today)

lib = Library()
for b in [Book("111", "Dune", "Herbert", 2), Book("222", "Emma", "Austen"), Book("333", "Ulysses", "Joyce"),
          Book("111", "Dune", "Herbert", 1)]:
    lib.add_book(b)
ann = lib.join(Member("ann"))
bob = lib.join(Student("bob"))
cy = lib.join(Staff("cy"))
actions = [(0, "lend", "ann", "111"), (0, "lend", "ann", "222"), (0, "lend", "ann", "333"),
           (1, "lend", "bob", "222"), (1, "lend", "bob", "111"), (1, "lend", "bob", "111"),
           (2, "lend", "cy", "111"), (2, "lend", "cy", "111"), (3, "lend", "cy", "999"),
           (20, "return", "ann", "111"), (20, "return", "ann", "222"), (0, "lend", "bob", "222"),
           (10, "return", "bob", "111"), (0, "lend", "ann", "333"), (25, "return", "cy", "111"),
           (0, "lend", "ann", "111")]
for days, act, name, isbn in actions:
    lib.advance(days)
    try:
        if act == "lend":
            lib.lend(name, isbn)
            print(f"day {lib.today:>2}: {name} borrows {lib.books[isbn].title}")
        else:
            late = lib.give_back(name, isbn)
            print(f"day {lib.today:>2}: {name} returns {lib.books[isbn].title}, {late} days late")
    except LibraryError as e:
        print(f"day {lib.today:>2}: {type(e).__name__}: {e}")
print("overdue:", lib.overdue())
for m in lib.members.values():
    print(m)
print(sorted(lib.books.values(), key=lambda b: b.title))
print(len(lib.log), "log entries;", sum(1 for e in lib.log if e[1] == "lend"), "loans")
