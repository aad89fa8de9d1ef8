class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        product = self.x * other.x + self.y * other.y
        assert product == product, "NaN"
        return product
