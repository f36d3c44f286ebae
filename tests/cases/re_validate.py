# Validation of emails, phone numbers, dates and identifiers with
# fullmatch, compiled patterns and flags.
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
PHONE = re.compile(r"(?:\+1[ -]?)?\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})")
DATE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
IDENT = re.compile(r"(?!\d)\w+", re.ASCII)

emails = ["john.doe@example.com", "a@b.co", "bad@", "@bad.com", "x@y", "first+tag@sub.domain.org",
          "spaces in@x.com", "UPPER@CASE.COM"]
for e in emails:
    print(f"{e!r:28} {'valid' if EMAIL.fullmatch(e) else 'invalid'}")

phones = ["555-123-4567", "(555) 123 4567", "+1 555.123.4567", "5551234567", "55-123-4567", "555-1234-567"]
for p in phones:
    m = PHONE.fullmatch(p)
    print(f"{p!r:20}", m.groups() if m else None, "-".join(m.groups()) if m else "")

for d in ["2024-02-29", "2024-13-01", "1999-12-31", "2024-00-10", "2024-1-1", "2024-06-31x"]:
    m = DATE.fullmatch(d)
    print(d, "->", (int(m[1]), int(m[2]), int(m[3])) if m else "no")

for s in ["abc", "_x1", "1abc", "héllo", "a-b", ""]:
    print(repr(s), bool(IDENT.fullmatch(s)), bool(re.fullmatch(r"(?!\d)\w+", s)))
