def version():
    return "1.4.1"
