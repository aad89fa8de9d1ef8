import functools


class Pipeline:
    class Step:

        @functools.lru_cache(maxsize=None)
        def run(self, value):
            return self.fn(value)

    def __init__(self):
        self.steps = []

    def add(self, fn):
        self.steps.append(Pipeline.Step(fn))
        return self
