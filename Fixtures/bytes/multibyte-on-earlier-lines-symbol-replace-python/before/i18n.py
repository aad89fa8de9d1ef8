# Übersetzungen — ünïcödé everywhere ✓
GREETINGS = {
    "de": "Grüß Gott 👋",
    "fr": "Ça va → très bien",
    "ja": "こんにちは",
}


def greet(lang):
    return GREETINGS.get(lang, "hello")
