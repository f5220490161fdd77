"""Repeating events: the rule a coordinator sets, and the occurrences it makes.

A series is stored as an RFC 5545 RRULE value (what .ics files carry) plus the
skipped dates, and expanded here with dateutil in local wall time. A series with
no end is expanded ``OPEN_HORIZON`` ahead of its first start.
"""

from calendar import isleap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from dateutil.rrule import rrule, rruleset, rrulestr

OPEN_HORIZON = timedelta(days=5 * 366)
MAX_OCCURRENCES = 5000
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


class RuleError(ValueError):
    """A recurrence rule that cannot be read."""


@dataclass(frozen=True)
class Recurrence:
    """The rules the event editor offers: every N days, weeks on chosen days, or months."""

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # Monday = 0; weekly only
    until: date | None = None
    count: int | None = None

    def to_rrule(self) -> str:
        parts = [f"FREQ={self.frequency}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.frequency is Frequency.WEEKLY and self.weekdays:
            parts.append("BYDAY=" + ",".join(_DAYS[d] for d in sorted(set(self.weekdays))))
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        elif self.count is not None:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)

    @classmethod
    def from_rrule(cls, text: str) -> "Recurrence | None":
        """The editor's form of a rule, or None when the rule says more than the editor shows."""
        fields: dict[str, str] = {}
        for part in text.strip().removeprefix("RRULE:").split(";"):
            key, sep, value = part.partition("=")
            if not sep:
                return None
            fields[key.upper()] = value.upper()
        try:
            frequency = Frequency(fields.pop("FREQ", ""))
            interval = int(fields.pop("INTERVAL", "1"))
            weekdays = tuple(_DAYS.index(d) for d in fields.pop("BYDAY", "").split(",") if d)
            count = int(fields["COUNT"]) if "COUNT" in fields else None
            until = _until_date(fields["UNTIL"]) if "UNTIL" in fields else None
        except ValueError:
            return None
        fields.pop("COUNT", None)
        fields.pop("UNTIL", None)
        fields.pop("WKST", None)
        if fields or (weekdays and frequency is not Frequency.WEEKLY):
            return None
        return cls(frequency, interval, weekdays, until, count)


def _until_date(value: str) -> date:
    return datetime.strptime(value[:8], "%Y%m%d").date()


def parse_dates(text: str | None) -> list[date]:
    """Skipped dates as stored: ISO dates separated by commas."""
    if not text:
        return []
    return [date.fromisoformat(x) for x in text.split(",") if x.strip()]


def format_dates(days: Iterable[date]) -> str | None:
    out = ",".join(d.isoformat() for d in sorted(set(days)))
    return out or None


def occurrences(
    rule: str, start: datetime, end: datetime, skipped: Iterable[date] = ()
) -> list[tuple[datetime, datetime]]:
    """Every (start, end) of a series whose first occurrence is ``start``..``end``.

    Raises RuleError for a rule dateutil cannot read. A rule that matches no day
    (30 February, every day of February that is a 30th) costs a fraction of a second:
    see ``_bounded``.
    """
    duration = end - start
    text = rule.strip().removeprefix("RRULE:")
    try:
        rr = rrulestr(text, dtstart=start, ignoretz=True)
    except (ValueError, TypeError, OverflowError) as exc:
        raise RuleError(str(exc)) from exc
    if _no_such_day(text):
        return []
    skip = set(skipped)
    horizon = start + OPEN_HORIZON
    out: list[tuple[datetime, datetime]] = []
    for s in _bounded(rr, text, start, horizon):
        if s > horizon or len(out) >= MAX_OCCURRENCES:
            break
        if s.date() not in skip:
            out.append((s, s + duration))
    return out


def _same_years(first: int, last: int, years: int) -> bool:
    """Whether the years ``first``..``last`` and those ``years`` later have the same
    calendar: leap years alike, and each begins on the same weekday."""
    return all(
        isleap(y) == isleap(y + years)
        and date(y, 1, 1).weekday() == date(y + years, 1, 1).weekday()
        for y in range(first, last + 1)
    )


def _bounded(
    rr: rrule | rruleset, text: str, start: datetime, horizon: datetime
) -> Iterator[datetime]:
    """The rule's occurrences up to ``horizon``, found in a copy moved to the 99th century.

    dateutil looks for a rule's next match until the year 9999, day by day: a rule
    that never matches took seconds to minutes, and nothing could stop it. Years
    repeat (the same leap years, each beginning on the same weekday, so the same
    weekdays, month lengths and week numbers), so the rule moved to the latest years
    that repeat its own makes the same dates there, moved; dateutil then gives up a
    few decades after the horizon instead of 8,000 years. Comparisons with UNTIL are
    unchanged by the move. Easter does not repeat so: a rule by Easter (dateutil's own
    extension) is expanded where it is.
    """
    if not isinstance(rr, rrule) or "BYEASTER" in text.upper():
        yield from rr
        return
    first, last = start.year - 1, horizon.year + 1  # a week of a year may lie in the next
    years = datetime.max.year - last
    while years > 0 and not _same_years(first, last, years):
        years -= 1
    if years <= 0:
        yield from rr
        return
    shift = date(start.year + years, 1, 1) - date(start.year, 1, 1)
    until: datetime | None = getattr(rr, "_until", None)  # the parsed UNTIL is kept only here
    try:
        moved_until = until + shift if until is not None else None
    except OverflowError:  # past the year 9999 once moved: no end before dateutil's own
        moved_until = None
    moved = rr.replace(dtstart=start + shift, until=moved_until)
    for s in moved:
        yield s - shift


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _no_such_day(text: str) -> bool:
    """Whether the rule's months have none of its days of the month (30 February)."""
    parts = {}
    for part in text.upper().split(";"):
        key, _, value = part.partition("=")
        parts[key.strip()] = value.strip()
    try:
        months = [int(v) for v in parts["BYMONTH"].split(",") if v]
        days = [int(v) for v in parts["BYMONTHDAY"].split(",") if v]
    except (KeyError, ValueError):
        return False
    if not months or not days or any(not 1 <= mo <= 12 for mo in months):
        return False
    return all(abs(d) > _MONTH_DAYS[mo - 1] for mo in months for d in days)
