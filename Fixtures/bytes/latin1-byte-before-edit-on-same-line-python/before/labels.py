# -*- coding: latin-1 -*-
LABEL = "Entrée"; LIMIT = 5


def label():
    return LABEL
