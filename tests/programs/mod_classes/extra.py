from shapes import Shape, Square

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Cube(Square):
    def volume(self):
        return self.s ** 3
