"""Keeps each event's rows in ``event_occurrence`` in step with its times and rule."""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import event, func, inspect, select
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


_LENGTH = func.julianday(m.EventOccurrence.ends_at) - func.julianday(m.EventOccurrence.starts_at)


def overlapping(s: Session, lo: datetime, hi: datetime) -> list[Any]:
    """Conditions for occurrences overlapping UTC ``lo``..``hi``, bounded on both sides.

    "Starts before ``hi`` and ends after ``lo``" lets the span index bound only the
    start from above, so a month of the tenth year would read the nine before it.
    No occurrence lasts longer than the longest one (read in one step from its
    index, migration 0005), so it starts no earlier than ``lo`` minus that length.
    """
    occ = m.EventOccurrence
    longest = s.scalar(select(func.max(_LENGTH)))
    out: list[Any] = [occ.starts_at < hi, occ.ends_at > lo]
    if longest is not None:
        out.append(occ.starts_at >= lo - timedelta(days=float(longest), seconds=1))
    return out
