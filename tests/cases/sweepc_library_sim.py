from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Optional


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1


@dataclass
class Loan:
    isbn: str
    member: str
    out: date
    due: date = field(init=False)
    returned: Optional[date] = None

    def __post_init__(self):
        self.due = self.out + timedelta(days=14)

    def fine(self, today):
        end = self.returned or today
        late = (end - self.due).days
        return max(0, late) * 0.25


class LibraryError(Exception):
    pass


class Library:
    def __init__(self):
        self.books = {}
        self.loans = []
        self.by_member = defaultdict(list)

    def add(self, *books):
        for b in books:
            if b.isbn in self.books:
                self.books[b.isbn].copies += b.copies
            else:
                self.books[b.isbn] = b

    def available(self, isbn):
        out = sum(1 for l in self.loans if l.isbn == isbn and l.returned is None)
        return self.books[isbn].copies - out

    def lend(self, isbn, member, when):
        if isbn not in self.books:
            raise LibraryError(f"unknown isbn {isbn}")
        if self.available(isbn) <= 0:
            raise LibraryError(f"no copies of {self.books[isbn].title!r} left")
        loan = Loan(isbn, member, when)
        self.loans.append(loan)
        self.by_member[member].append(loan)
        return loan

    def give_back(self, isbn, member, when):
        for l in self.by_member[member]:
            if l.isbn == isbn and l.returned is None:
                l.returned = when
                return l.fine(when)
        raise LibraryError(f"{member} has no open loan for {isbn}")

    def report(self, today):
        per_genre = defaultdict(int)
        for l in self.loans:
            per_genre[self.books[l.isbn].genre.value] += 1
        fines = {m: sum(l.fine(today) for l in ls) for m, ls in sorted(self.by_member.items())}
        return dict(sorted(per_genre.items())), fines


lib = Library()
lib.add(Book("1", "Dune", "Herbert", Genre.FICTION, 2), Book("2", "Cosmos", "Sagan", Genre.SCIENCE),
        Book("3", "SPQR", "Beard", Genre.HISTORY), Book("1", "Dune", "Herbert", Genre.FICTION))
d0 = date(2024, 1, 1)
ops = [("lend", "1", "ann", 0), ("lend", "1", "bob", 1), ("lend", "2", "ann", 2), ("lend", "2", "cy", 3),
       ("lend", "9", "cy", 3), ("back", "1", "ann", 20), ("back", "2", "bob", 21), ("lend", "3", "cy", 5),
       ("back", "2", "ann", 10)]
for op, isbn, who, day in ops:
    try:
        if op == "lend":
            l = lib.lend(isbn, who, d0 + timedelta(days=day))
            print(f"{who} borrows {lib.books[isbn].title}, due {l.due:%b %d}")
        else:
            print(f"{who} returns {isbn}, fine ${lib.give_back(isbn, who, d0 + timedelta(days=day)):.2f}")
    except LibraryError as e:
        print("error:", e)
print(lib.report(d0 + timedelta(days=30)))
print({isbn: lib.available(isbn) for isbn in lib.books})
print(lib.loans[0])
