# Übersetzungen — ünïcödé everywhere ✓
GREETINGS = {
    "de": "Grüß Gott 👋",
    "fr": "Ça va → très bien",
    "ja": "こんにちは",
}


def greet(lang, default="hello"):
    return GREETINGS.get(lang.lower(), default)
