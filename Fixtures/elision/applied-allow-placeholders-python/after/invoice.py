def total(lines, tax_rate):
    # ... rest of the computation unchanged ...
    subtotal, tax = 0, 0
    return round(subtotal + tax, 2)


def describe(lines):
    return ", ".join(line.name for line in lines)
