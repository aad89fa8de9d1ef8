BANNER = "héllo 👋 → wörld"; TIMEOUT = 5


def banner():
    return BANNER
