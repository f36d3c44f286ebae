# Hotel booking: rooms, interval overlap checks, cancellations, invoices and occupancy reports
class BookingError(Exception):
    pass

class Booking:
    _next = 1
    def __init__(self, guest, room, start, end):
        if end <= start:
            raise BookingError(f"invalid stay {start}..{end}")
        self.id = Booking._next
        Booking._next += 1
        self.guest, self.room, self.start, self.end = guest, room, start, end
    def nights(self):
        return self.end - self.start
    def overlaps(self, start, end):
        return self.start < end and start < self.end
    def __repr__(self):
        return f"#{self.id} {self.guest} room {self.room.number} nights {self.start}-{self.end}"

class Room:
    def __init__(self, number, kind, rate):
        self.number, self.kind, self.rate = number, kind, rate
        self.bookings = []
    def is_free(self, start, end):
        return not any(b.overlaps(start, end) for b in self.bookings)

class Hotel:
    WEEKEND = {5, 6}         # nights 5 and 6 of each week cost extra
    def __init__(self, rooms):
        self.rooms = {r.number: r for r in rooms}
        self.by_id = {}
    def book(self, guest, kind, start, end):
        for room in sorted(self.rooms.values(), key=lambda r: r.number):
            if room.kind == kind and room.is_free(start, end):
                b = Booking(guest, room, start, end)
                room.bookings.append(b)
                self.by_id[b.id] = b
                return b
        raise BookingError(f"no {kind} room free for nights {start}-{end}")
    def cancel(self, booking_id):
        b = self.by_id.pop(booking_id, None)
        if b is None:
            raise BookingError(f"unknown booking {booking_id}")
        b.room.bookings.remove(b)
        return b
    def invoice(self, booking_id):
        b = self.by_id[booking_id]
        total = 0
        lines = []
        for night in range(b.start, b.end):
            price = b.room.rate * (125 if night % 7 in self.WEEKEND else 100) // 100
            total += price
            lines.append(price)
        if b.nights() >= 5:
            total = total * 90 // 100
        return lines, total
    def occupancy(self, first, last):
        out = []
        for night in range(first, last):
            used = sum(1 for r in self.rooms.values() for b in r.bookings if b.start <= night < b.end)
            out.append(used)
        return out

hotel = Hotel([Room(101, "single", 80), Room(102, "single", 80), Room(201, "double", 120), Room(301, "suite", 300)])
requests = [("ann", "single", 0, 3), ("bob", "single", 1, 4), ("cy", "single", 2, 5), ("dee", "double", 0, 7),
            ("eve", "suite", 4, 6), ("fay", "double", 6, 8), ("gus", "single", 3, 3), ("hal", "single", 3, 9)]
for guest, kind, s, e in requests:
    try:
        print("booked ", hotel.book(guest, kind, s, e))
    except BookingError as err:
        print("refused", guest, "-", err)
for bid in (2, 42):
    try:
        print("cancelled", hotel.cancel(bid))
    except BookingError as err:
        print("cancel failed:", err)
print("retry   ", hotel.book("cy", "single", 2, 5))
for bid in sorted(hotel.by_id):
    lines, total = hotel.invoice(bid)
    print(f"invoice #{bid} {hotel.by_id[bid].guest:<4} {lines} total {total}")
print("occupancy nights 0-9:", hotel.occupancy(0, 10))
print({r.number: [b.guest for b in sorted(r.bookings, key=lambda b: b.start)] for r in hotel.rooms.values()})
