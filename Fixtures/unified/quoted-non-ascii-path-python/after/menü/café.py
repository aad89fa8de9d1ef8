MENU = {
    "espresso": 2.20,
    "cortado": 2.80,
    "flat white": 3.40,
    "café au lait": 3.10,
}


def price(drink: str, size: str = "regular") -> float:
    base = MENU[drink]
    return round(base * 1.25, 2) if size == "large" else base
