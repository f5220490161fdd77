"""Search normalisation: Vietnamese text folded so that "dai hoc" finds "Đại học"."""

import dataclasses
import re
import unicodedata
from typing import Any, TypeVar

# Letters that Unicode does not decompose into a base letter plus a mark.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"})


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its diacritics, ``đ``/``Đ`` included.

    Whitespace runs collapse to one space so that folded strings compare and
    search the way a person types them.
    """
    # Case first: an upper-case letter may fold to one that needs the extra table.
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().translate(_EXTRA).split())


def search_key(*parts: str | None) -> str:
    """The folded text a record is found by: its searchable fields joined."""
    return " | ".join(fold(part) for part in parts if part)


_LINE_BREAKS = str.maketrans("\n\r\t", "   ")


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch.casefold().translate(_EXTRA))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_EXTRA)


def words(query: str) -> list[str]:
    """The folded words of what a person typed into a search box."""
    return [w for w in re.split(r"\W+", fold(query)) if w]


def in_context(text: str, query_words: list[str], width: int = 40) -> tuple[str, str, str] | None:
    """Where the first of ``query_words`` starts a word of ``text``, with text around it.

    Returns (before, match, after) cut from the original text, diacritics and case
    kept, ``width`` characters either side at most; None if no word matches.
    """
    text = text.translate(_LINE_BREAKS)
    folded: list[str] = []
    origin: list[int] = []  # index into text of each folded character
    for i, ch in enumerate(text):
        for f in _fold_char(ch):
            folded.append(f)
            origin.append(i)
    flat = "".join(folded)
    # The words together as typed first, then each alone; a match runs to its word's end.
    patterns = [r"\W+".join(map(re.escape, query_words))] if len(query_words) > 1 else []
    patterns += [re.escape(word) for word in query_words]
    for pattern in patterns:
        found = re.search(r"(?<!\w)" + pattern + r"\w*", flat)
        if found is None:
            continue
        start = origin[found.start()]
        end = origin[found.end() - 1] + 1
        lo = max(0, start - width)
        hi = min(len(text), end + width)
        before = ("…" if lo > 0 else "") + text[lo:start]
        after = text[end:hi] + ("…" if hi < len(text) else "")
        return before, text[start:end], after
    return None


# Control characters: XML (so .xlsx and .docx) cannot hold them, and no one types them
# on purpose. Line breaks of other systems become "\n"; the rest are removed. Tab and
# newline stay. Also the two non-characters and lone surrogates, which neither XML nor
# SQLite's UTF-8 can carry.
_LINE_ENDS = re.compile("\r\n?|[\x0b\x0c\x85]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control characters other than tab and newline.

    The one cleaning every text gets on its way in (forms, imports, spreadsheets, the
    store's flush) and on its way out to Office files, so what one lets in the other
    can write.
    """
    if text.isprintable():  # the common case, in one C loop
        return text
    return _CONTROL.sub("", _LINE_ENDS.sub("\n", text))


T = TypeVar("T")


def clean_strings(value: T) -> T:
    """``value`` with clean_text applied to every string in it: through dataclasses
    (frozen ones too), lists and tuples. For a document gathered from stored text that
    an older version let in unclean, on its way to a file format that refuses it."""
    cleaned: Any
    if isinstance(value, str):
        cleaned = clean_text(value)
    elif isinstance(value, list):
        cleaned = [clean_strings(v) for v in value]
    elif isinstance(value, tuple):
        cleaned = tuple(clean_strings(v) for v in value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: clean_strings(getattr(value, f.name)) for f in dataclasses.fields(value)}
        cleaned = dataclasses.replace(value, **changes)
    else:
        cleaned = value
    return cleaned
