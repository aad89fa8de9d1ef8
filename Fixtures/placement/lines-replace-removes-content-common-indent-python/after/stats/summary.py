def summarize(values):
    if not values:
        return 0.0
    total = sum(values)
    return total / len(values)
