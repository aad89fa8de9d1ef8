VAT = {
    "DE": 0.19,
    "FR": 0.20,
    "NL": 0.21,
}


def gross(net: float, country: str) -> float:
    return net * (1 + VAT[country])