def report(rows):
    total = sum(rows)
    return total
