import functools


class Pipeline:
    class Step:
        def __init__(self, fn):
            self.fn = fn

        def run(self, value):
            result = self.fn(value)
            return result

    def __init__(self):
        self.steps = []

    def add(self, fn):
        self.steps.append(Pipeline.Step(fn))
        return self
