def größe(breite, höhe):
    """Fläche in m²."""
    return breite * höhe


def umfang(breite, höhe):
    return 2 * (breite + höhe)
