BANNER = "héllo 👋 → wörld"; TIMEOUT = 30


def banner():
    return BANNER
