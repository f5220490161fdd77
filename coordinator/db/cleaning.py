"""Text enters the store clean: a session hook removes control characters.

Every writer (a form, the CLI, an .ics or spreadsheet import, the demo) flushes
through a session, so the hook is the one place that sees all of them. A NUL in a
title would otherwise be kept, and every Excel or Word file written from it later
would fail. Forms and importers clean with the same function before they validate
(``blank_to_none``, ``Checker.required``), so a field of control characters alone
is refused as empty rather than saved empty.
"""

from functools import cache

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction

from coordinator.domain.text import clean_text


@cache
def _text_columns(mapper: Mapper[object]) -> tuple[str, ...]:
    """The attributes of a mapped class that hold text (String and Text columns)."""
    return tuple(
        prop.key
        for prop in mapper.column_attrs
        if any(isinstance(col.type, String) for col in prop.columns)
    )


def _clean(obj: object, keys: tuple[str, ...], changed_only: bool) -> None:
    state = inspect(obj)
    for key in keys:
        if changed_only and not state.attrs[key].history.has_changes():
            continue
        value = getattr(obj, key)
        if not isinstance(value, str):
            continue
        cleaned = clean_text(value)
        if cleaned != value:
            # A field that came stripped stays stripped: "\x00 Họp" is "Họp".
            setattr(obj, key, cleaned.strip() if value == value.strip() else cleaned)


def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in session.new:
        _clean(obj, _text_columns(inspect(obj).mapper), changed_only=False)
    for obj in session.dirty:
        _clean(obj, _text_columns(inspect(obj).mapper), changed_only=True)


# First among the flush hooks, so the search index and the history see clean text.
event.listen(Session, "before_flush", _before_flush, insert=True)
