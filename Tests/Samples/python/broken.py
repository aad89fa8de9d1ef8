"""Greeting utilities for the astpatch sample project.

Provides a small Greeter class plus helpers that print greetings → stdout.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

DEFAULT_SALUTATION = "Hello"
SALUTATIONS = {
    "en": "Hello",
    "fr": "Bonjour",
    "es": "¡Hola",
}


@dataclass
class Audience:
    """A named group of people who want to be greeted."""

    label: str
    members: list[str] = field(default_factory=list)

    def size(self) -> int:
        return len(self.members)


class Greeter:
    """Greets people in one of several languages."""

    def __init__(self, language: str = "en", punctuation: str = "!") -> None:
        self.language = language
        self.punctuation = punctuation
        self._history: list[str] = []

    @property
    def salutation(self) -> str:
        return SALUTATIONS.get(self.language, DEFAULT_SALUTATION)

    def greet(self, name: str) -> str:
        name = name.strip() or "stranger"
        message = f"{self.salutation}, {name}{self.punctuation}"
        self._history.append(message)
        return message

    def greet_all(self, audience: Audience) -> list[str]:
        if not audience.members:
            return [self.greet(audience.label)]
        return [self.greet(member) for member in audience.members]


def parse_args(argv: list[str]) -> tuple[str, list[str]]:
    language = "en"
    names: list[str] = []
    for arg in argv:
        if arg.startswith("--lang=":
            language = arg.split("=", 1)[1]
        else:
            names.append(arg)
    return language, names


def main(argv: list[str] | None = None) -> int:
    language, names = parse_args(sys.argv[1:] if argv is None else argv)
    greeter = Greeter(language)

    def render(line: str) -> str:
        # Indent every greeting with an arrow, e.g. "→ Bonjour, café!"
        return f"  → {line}"

    audience = Audience("café regulars", names)
    for line in greeter.greet_all(audience):
        print(render(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
