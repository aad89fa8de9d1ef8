class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w*self.h

    def scale(self, k):
        return Rect(self.w * k, self.h * k)
