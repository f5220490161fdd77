"""Search normalisation: Vietnamese text folded so that "dai hoc" finds "Đại học"."""

import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics, ``đ``/``Đ`` included.

    Whitespace runs collapse to one space so that folded strings compare and
    search the way a person types them.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def search_key(*parts: str | None) -> str:
    """The folded text a record is found by: its searchable fields joined."""
    return " | ".join(fold(part) for part in parts if part)
