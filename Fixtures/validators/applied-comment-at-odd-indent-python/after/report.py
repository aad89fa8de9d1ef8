def summarize(rows):
    if not rows:
        return None
    count = len(rows)
  # the mean, not the median
    total = sum(rows)
    return total / count
