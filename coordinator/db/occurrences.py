"""Keeps each event's rows in ``event_occurrence`` in step with its times and rule."""

from datetime import datetime

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from coordinator.db import models as m
from coordinator.domain.recurrence import RuleError, occurrences, parse_dates
from coordinator.domain.timezone import to_local, to_utc

_SHAPE = ("starts_at", "ends_at", "rrule", "exdates", "tz")


def expand(e: m.Event) -> list[tuple[datetime, datetime]]:
    """The stored (UTC) spans of an event: one, or one per occurrence of its series."""
    if not e.rrule:
        return [(e.starts_at, e.ends_at)]
    tz = e.tz or "Asia/Ho_Chi_Minh"
    start, end = to_local(e.starts_at, tz), to_local(e.ends_at, tz)
    try:
        spans = occurrences(e.rrule, start, end, parse_dates(e.exdates))
    except RuleError:
        return [(e.starts_at, e.ends_at)]
    return [(to_utc(s, tz), to_utc(t, tz)) for s, t in spans]


def _changed(e: m.Event) -> bool:
    state = inspect(e)
    if state.transient or state.pending:
        return True
    return any(state.attrs[k].history.has_changes() for k in _SHAPE)


@event.listens_for(Session, "before_flush")
def _refresh(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, m.Event) and obj.starts_at is not None and _changed(obj):
            obj.occurrences = [m.EventOccurrence(starts_at=s, ends_at=t) for s, t in expand(obj)]
