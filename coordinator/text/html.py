"""Building the rich-text detail panes: user text is always escaped."""

import re
from collections.abc import Iterable, Sequence
from html import escape

# A joiner after each "-" and "/" of an e-mail or a web address keeps it on one line:
# lines may break at a hyphen, and "so-thong-tin@…" must not. Copying strips it again.
WORD_JOINER = "\u2060"
_UNBREAKABLE = re.compile(r"\S+@\S+|\w+://\S+|www\.\S+")


def esc(value: object) -> str:
    """``value`` as HTML text, its e-mails and web addresses kept whole."""
    if value is None:
        return ""
    text = _UNBREAKABLE.sub(lambda m: re.sub(r"([-/])", "\\1" + WORD_JOINER, m[0]), str(value))
    return escape(text)


def whole(value: object) -> str:
    """``value`` as HTML text that breaks between its words only, never at a hyphen
    ("E-mail")."""
    return re.sub(r"([-/])", "\\1" + WORD_JOINER, esc(value))


def heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        return note(empty)
    head = "".join(f"<th align='left'>{whole(h)}</th>" for h in headers)
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
        f"style='border-collapse: collapse; border-color: #ccc;'><tr>{head}</tr>{body}</table>"
    )


def entries(rows: Iterable[Sequence[object]], empty: str) -> str:
    """One short paragraph per row, for a narrow pane where a table's columns would be
    too thin: the first value in bold, the second after a dash, the rest on a line below."""
    out = []
    for first, *rest in rows:
        head = f"<b>{esc(first)}</b>"
        if rest and rest[0]:
            head += f" – {esc(rest[0])}"
        more = " · ".join(esc(v) for v in rest[1:] if v)
        out.append(
            f"<p style='margin: 2px 0 6px 0'>{head}" + (f"<br>{more}" if more else "") + "</p>"
        )
    return "".join(out) if out else note(empty)


def note(text: str) -> str:
    """A quiet line in italics, for "nothing here yet"."""
    return f"<p><i>{esc(text)}</i></p>"


def link(href: str, text: str) -> str:
    return f"<a href='{escape(href)}'>{esc(text)}</a>"


def fields(pairs: Iterable[tuple[str, object]]) -> str:
    rows = "".join(f"<tr><td><b>{whole(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in pairs if v)
    return f"<table cellpadding='2'>{rows}</table>"
