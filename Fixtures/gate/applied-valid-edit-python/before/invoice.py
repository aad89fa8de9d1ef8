"""Invoice helpers."""

from decimal import Decimal


def subtotal(lines):
    return sum(line.price * line.qty for line in lines)


def total(lines, tax_rate):
    base = subtotal(lines)
    return (base * (1 + tax_rate)).quantize(Decimal("0.01"))
