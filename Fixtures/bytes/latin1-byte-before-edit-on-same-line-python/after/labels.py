# -*- coding: latin-1 -*-
LABEL = "Entrée"; LIMIT = 50


def label():
    return LABEL
