def total(lines, tax_rate):
    subtotal = sum(line.price * line.quantity for line in lines)
    # tax is added last
    tax = subtotal * tax_rate
    return round(subtotal + tax, 2)


def describe(lines):
    return ", ".join(line.name for line in lines)
