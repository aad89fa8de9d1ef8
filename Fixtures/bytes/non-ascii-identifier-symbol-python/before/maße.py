def größe(breite, höhe):
    return breite * höhe


def umfang(breite, höhe):
    return 2 * (breite + höhe)
