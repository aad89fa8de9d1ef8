"""Line endings sample — every line ends with CRLF."""
import os


def greet(name):
    """Return a greeting → name."""
    return "Bonjour, " + name + "!"


print(greet(os.environ.get("USER", "café")))
