import re

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case TEXT and join its words with dashes."""
    return _SLUG_RE.sub("-", text.lower()).strip("-")


def truncate(text: str, width: int, marker: str = "...") -> str:
    if len(text) <= width:
        return text
    return text[: max(0, width - len(marker))] + marker
