import statistics


def describe(values):
    if not values:
        return {}
    return {"mean": mean(values), "spread": spread(values)}


def mean(values):
    return statistics.fmean(values)


def spread(values):
    return max(values) - min(values
