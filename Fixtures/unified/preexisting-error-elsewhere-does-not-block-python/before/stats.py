import statistics


def describe(values):
    return {"mean": mean(values), "spread": spread(values)}


def mean(values):
    return statistics.fmean(values)


def spread(values):
    return max(values) - min(values
