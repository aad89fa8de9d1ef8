import math


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def scale(self, k):
        return Circle(self.r * k)


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def scale(self, k):
        return Square(self.side * k)
