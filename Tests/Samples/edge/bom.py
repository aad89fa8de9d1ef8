"""File that starts with a UTF-8 byte order mark."""

GREETING = "Grüß Gott → café"


class Greeter:
    def greet(self, name):
        return f"{GREETING}, {name}"


print(Greeter().greet("Zoë"))
