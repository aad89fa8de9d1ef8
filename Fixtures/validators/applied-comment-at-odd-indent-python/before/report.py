def summarize(rows):
    if not rows:
        return None
    count = len(rows)
    total = sum(rows)
    return total / count
