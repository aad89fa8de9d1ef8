class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.dot(self) ** 0.5

    def dot(self, other):
        return self.x * other.x + self.y * other.y
