# -*- coding: latin-1 -*-
# Legacy module saved as Latin-1: café au lait

NAME = "café"


def describe(drink=NAME):
    # the byte above is 0xE9, not valid UTF-8
    return "Order: " + drink


print(describe())
