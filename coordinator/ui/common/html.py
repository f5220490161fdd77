"""Building the rich-text detail panes: user text is always escaped."""

from collections.abc import Iterable, Sequence
from html import escape


def esc(value: object) -> str:
    return "" if value is None else escape(str(value))


def heading(text: str, level: int = 3) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    if not body:
        return note(empty)
    head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' border='1' "
        f"style='border-collapse: collapse; border-color: #ccc;'><tr>{head}</tr>{body}</table>"
    )


def note(text: str) -> str:
    """A quiet line in italics, for "nothing here yet"."""
    return f"<p><i>{esc(text)}</i></p>"


def link(href: str, text: str) -> str:
    return f"<a href='{esc(href)}'>{esc(text)}</a>"


def fields(pairs: Iterable[tuple[str, object]]) -> str:
    rows = "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in pairs if v)
    return f"<table cellpadding='2'>{rows}</table>"
