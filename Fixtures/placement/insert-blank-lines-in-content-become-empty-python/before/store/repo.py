class Repo:
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]
