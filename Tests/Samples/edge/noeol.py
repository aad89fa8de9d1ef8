"""A file without a trailing newline."""


def answer():
    return 42


print(answer())