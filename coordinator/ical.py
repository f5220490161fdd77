"""iCalendar (.ics) export and import with the ``icalendar`` library.

Export writes events with their time zone (a VTIMEZONE block for
Asia/Ho_Chi_Minh), repeating rules, skipped dates and attendees, which Outlook,
Google Calendar and Thunderbird read.

Import reads what those programs write: VTIMEZONE blocks, Windows zone names,
UTC times with X-WR-TIMEZONE, floating times, all-day events, RRULE with EXDATE
and changed occurrences (RECURRENCE-ID). A file imports in one transaction:
wholly, or, when it cannot be read or the import is stopped, not at all. Events
are matched by UID, so importing the same file twice changes nothing.

The file is split into its events before icalendar reads them, and each is read
alone, so the import reports progress and can be stopped from its first second
(icalendar reads a 20 MB file in one call of many seconds). An event that cannot
be imported (a date outside 1900–2200, a rule that matches no date) is skipped
with its reason; the rest imports. Text loses its control characters on the way
in, as all text entering the store does.
"""

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coordinator import __version__
from coordinator.db import models as m
from coordinator.db.backups import make_backup
from coordinator.db.errors import StoreError
from coordinator.db.queries.event_input import EventInput
from coordinator.db.queries.events import EventFilter, scoped, write_event
from coordinator.db.queries.rooms import RoomChoice, live_rooms, match_room
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, EventStatus, PersonRole
from coordinator.domain.recurrence import RuleError, format_dates, occurrences, parse_dates
from coordinator.domain.text import clean_text, fold
from coordinator.domain.timezone import LOCAL_TZ, LOCAL_TZ_NAME, to_local

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 50 * 1024 * 1024
FLUSH_EVERY = 500  # events written per flush during an import
PRODID = f"-//Coordinator//Coordinator {__version__}//VI"
TELL_EVERY = 20  # events between two calls of the progress callback, at most…
TELL_AFTER = 0.2  # …and seconds

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years an event may have, as the window's fields take


class Problem(StrEnum):
    """Why a file, or one event of it, cannot be imported; the UI words each."""

    TOO_LARGE = "too_large"
    NOT_UTF8 = "not_utf8"
    NOT_ICALENDAR = "not_icalendar"
    UNREADABLE = "unreadable"
    NO_CALENDAR = "no_calendar"
    NOT_OPENED = "not_opened"
    NOT_EVENT = "not_event"
    NO_UID = "no_uid"
    BAD_START = "bad_start"
    BAD_END = "bad_end"
    END_BEFORE_START = "end_before_start"
    EMPTY_RULE = "empty_rule"  # every date of the series is skipped (EXDATE)
    NO_DATE = "no_date"  # the rule matches no date in the years after the start
    OUT_OF_RANGE = "out_of_range"
    BAD_RULE = "bad_rule"
    NO_BACKUP = "no_backup"
    BROKEN = "broken"


class IcsError(Exception):
    """A file that cannot be imported at all; ``problem`` says why, the message in English."""

    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class ImportCancelledError(Exception):
    pass


# Why an event was skipped, in English for the log and the tests; the window and the
# command line word each problem in the user's language (text/errors.ics_problem).
REASONS = {
    Problem.NOT_EVENT: "it is not an event",
    Problem.NO_UID: "it has no UID",
    Problem.BAD_START: "its start (DTSTART) is missing or unreadable",
    Problem.BAD_END: "its end (DTEND) is not a time",
    Problem.END_BEFORE_START: "it ends before it starts",
    Problem.EMPTY_RULE: "its repetition leaves no date",
    Problem.NO_DATE: "its repetition rule matches no date in the five years after its start",
    Problem.OUT_OF_RANGE: "its date is outside the years 1900–2200",
    Problem.BAD_RULE: "its repetition rule (RRULE) cannot be read",
    Problem.BROKEN: "it cannot be read",
}


@dataclass(frozen=True)
class Skipped:
    uid: str
    summary: str
    reason: str  # an English sentence (REASONS), never an exception's words
    problem: Problem = Problem.BROKEN


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0  # stored events whose values the file changed
    unchanged: int = 0  # stored events the file holds as they are (the same file twice)
    people_added: int = 0
    skipped: list[Skipped] = field(default_factory=list)


# ---------------------------------------------------------------- export


def export_calendar(store: Store, scope: EventFilter | None = None, name: str = "") -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-timezone", LOCAL_TZ_NAME)
    if name:
        cal.add("x-wr-calname", name)
    stamp = datetime.now(UTC)
    stmt = (
        select(m.Event)
        .where(m.Event.deleted_at.is_(None))
        .options(selectinload(m.Event.participants).selectinload(m.EventParticipant.person))
        .order_by(m.Event.starts_at, m.Event.id)
    )
    if scope is not None:
        stmt = scoped(stmt, scope)
    with store.reading() as s:
        for e in s.scalars(stmt):
            cal.add_component(_vevent(e, stamp))
    cal.add_missing_timezones()
    log.info("calendar of %s exported: %d events", store.path, len(cal.walk("VEVENT")))
    return cal.to_ical()


def _vevent(e: m.Event, stamp: datetime) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", e.uid or f"coordinator-event-{e.id}@coordinator")
    ev.add("dtstamp", stamp)
    ev.add("summary", e.title)
    zone = ZoneInfo(e.tz or LOCAL_TZ_NAME)
    start = to_local(e.starts_at, zone.key)
    end = to_local(e.ends_at, zone.key)
    if e.all_day:
        ev.add("dtstart", start.date())
        ev.add("dtend", end.date())
    else:
        ev.add("dtstart", start.replace(tzinfo=zone))
        ev.add("dtend", end.replace(tzinfo=zone))
    if e.location:
        ev.add("location", e.location)
    if e.notes:
        ev.add("description", e.notes)
    ev.add("categories", [e.kind])
    status = {EventStatus.CANCELLED: "CANCELLED", EventStatus.PLANNED: "TENTATIVE"}
    ev.add("status", status.get(EventStatus(e.status), "CONFIRMED"))
    if e.rrule:
        ev.add("rrule", icalendar.vRecur.from_ical(e.rrule))
        skipped = parse_dates(e.exdates)
        if skipped:
            ev.add("exdate", [_on(d, start, zone, e.all_day) for d in skipped])
    for p in e.participants:
        person = p.person
        if person.email:
            who = icalendar.vCalAddress(f"mailto:{person.email}")
            who.params["cn"] = person.full_name
            who.params["role"] = "REQ-PARTICIPANT"
            ev.add("attendee", who, encode=False)
    return ev


def _on(day: date, start: datetime, zone: ZoneInfo, all_day: bool) -> date | datetime:
    if all_day:
        return day
    return datetime.combine(day, start.time()).replace(tzinfo=zone)


# ---------------------------------------------------------------- import


_FIRST_LINE = re.compile(r"\s*BEGIN:VCALENDAR", re.IGNORECASE)
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# A component's first or last line, with the line break before it (the text searched
# begins with one): what the import splits a file at. Anchored on "\n" rather than "^",
# it finds the 126,000 of a 20 MB file five times faster.
_BOUNDARY = re.compile(r"\n(BEGIN|END):([A-Za-z0-9-]+)[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)


@dataclass
class Split:
    """A file cut at its events: its calendars without them, read at once (small: time
    zones and names), and each event's lines, read one by one as the import goes."""

    calendars: list[icalendar.Calendar]
    events: list[tuple[int, str]]  # (its calendar's index, its lines)
    nested: list[tuple[int, icalendar.Component]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.events) + len(self.nested)


def _decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise IcsError(
            Problem.TOO_LARGE, f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IcsError(Problem.NOT_UTF8, f"the file is not UTF-8 text (byte {exc.start})") from exc
    if not _FIRST_LINE.match(text):  # not text.upper(): a copy of 20 MB
        raise IcsError(
            Problem.NOT_ICALENDAR,
            "the file is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)",
        )
    # iCalendar writes a line break in a text as "\n"; a raw control character means
    # nothing, and icalendar drops a whole line (an attendee) that has one.
    return _RAW_CONTROL.sub("", text)


def split_calendar(data: bytes) -> Split:
    """Cut an .ics file's bytes at its events; IcsError names what is wrong with it.

    An event is a VEVENT directly inside a VCALENDAR: from its BEGIN line to the END
    that closes it (its alarms inside). Everything else stays in the calendars, whose
    time zones icalendar keeps for the events read after them.
    """
    text = "\n" + _decode(data)
    events: list[tuple[int, int, int]] = []  # (calendar, first char, past last char)
    stack: list[str] = []
    calendar = -1
    began = 0
    for match in _BOUNDARY.finditer(text):
        name = match.group(2).upper()
        if len(match.group(1)) == len("BEGIN"):
            if not stack and name == "VCALENDAR":
                calendar += 1
            elif stack == ["VCALENDAR"] and name == "VEVENT":
                began = match.start() + 1
            stack.append(name)
        elif name in stack:
            while stack.pop() != name:  # an END that closes what was left open too
                pass
            if stack == ["VCALENDAR"] and name == "VEVENT":
                events.append((calendar, began, match.end()))
    if stack and stack[-1] == "VEVENT" and stack[:-1] == ["VCALENDAR"]:
        events.append((calendar, began, len(text)))  # cut off: read what is there
    rest: list[str] = []
    at = 1
    for _cal, first, last in events:
        rest.append(text[at:first])
        at = last
    rest.append(text[at:])
    try:
        cals = list(icalendar.Calendar.from_ical("".join(rest), multiple=True))
    except (ValueError, KeyError, IndexError) as exc:
        raise IcsError(Problem.UNREADABLE, f"the calendar cannot be read: {exc}") from exc
    if not cals:
        raise IcsError(Problem.NO_CALENDAR, "the file holds no calendar")
    last_cal = len(cals) - 1
    nested = [(i, ev) for i, cal in enumerate(cals) for ev in cal.walk("VEVENT")]
    return Split(cals, [(min(c, last_cal), text[a:b]) for c, a, b in events], nested)


@dataclass
class _Parsed:
    uid: str
    data: EventInput
    attendees: list[tuple[str | None, str | None]]  # (email, name)
    recurrence_day: date | None = None


class _RejectedError(Exception):
    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def _zone(cal: icalendar.Calendar) -> tzinfo:
    name = str(cal.get("X-WR-TIMEZONE", "") or "")
    try:
        return ZoneInfo(name) if name else LOCAL_TZ
    except (ValueError, KeyError):
        return LOCAL_TZ


def _wall(value: datetime, floating: tzinfo) -> datetime:
    """An aware or floating time as naive wall time in Asia/Ho_Chi_Minh."""
    aware = value if value.tzinfo else value.replace(tzinfo=floating)
    return aware.astimezone(LOCAL_TZ).replace(tzinfo=None)


def _iana(value: datetime) -> str | None:
    key = getattr(value.tzinfo, "key", None)
    return key if isinstance(key, str) else None


def _kind(ev: icalendar.Component) -> str:
    for cat in _categories(ev):
        if cat.lower() in set(EventKind):
            return cat.lower()
    return EventKind.MEETING


def _categories(ev: icalendar.Component) -> list[str]:
    raw = ev.get("CATEGORIES")
    out: list[str] = []
    for item in raw if isinstance(raw, list) else [raw] if raw is not None else []:
        out.extend(str(c) for c in getattr(item, "cats", [item]))
    return out


def _text(ev: icalendar.Component, key: str) -> str | None:
    value = ev.get(key)
    if isinstance(value, list):  # a property written twice: the first
        value = value[0] if value else None
    return clean_text(str(value)).strip() or None if value is not None else None


def _address(value: Any) -> tuple[str | None, str | None]:
    email = clean_text(str(value)).strip()
    email = email[7:] if email.lower().startswith("mailto:") else ""
    name = getattr(value, "params", {}).get("CN")
    name = clean_text(str(name)).strip() if name else None
    return (email.strip().lower() or None, name or None)


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _dates(ev: icalendar.Component) -> Iterator[Any]:
    """Every date or time the event gives, its series' end and skipped days among them."""
    for key in ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID"):
        for prop in _listed(ev.get(key)):
            yield getattr(prop, "dt", None)
    for key in ("RDATE", "EXDATE"):
        for prop in _listed(ev.get(key)):
            for one in getattr(prop, "dts", []):
                yield getattr(one, "dt", None)
    for rr in _listed(ev.get("RRULE")):
        if isinstance(rr, dict):
            yield from _listed(rr.get("UNTIL"))


def _in_range(value: Any) -> bool:
    """A date or time of the years an event may have (a period: both its ends)."""
    if isinstance(value, tuple):  # RDATE;VALUE=PERIOD: (start, end or duration)
        return all(_in_range(v) for v in value)
    if isinstance(value, date):  # a datetime too
        return FIRST_YEAR <= value.year <= LAST_YEAR
    return True


def _first_rule(ev: icalendar.Component) -> icalendar.vRecur | None:
    """The event's repetition rule; None for none, and for an empty ``RRULE:`` line
    (a holiday calendar writes one on each of its single days)."""
    for rr in _listed(ev.get("RRULE")):
        if rr:
            return rr
    return None


def _reject(problem: Problem) -> "_RejectedError":
    return _RejectedError(problem, REASONS[problem])


def _parse(ev: icalendar.Component, floating: tzinfo) -> _Parsed:
    uid = _text(ev, "UID")
    summary = _text(ev, "SUMMARY") or ""
    if not isinstance(ev, icalendar.Event):
        raise _reject(Problem.NOT_EVENT)
    if not uid:
        raise _reject(Problem.NO_UID)
    if not all(_in_range(d) for d in _dates(ev)):
        # Year 0001 or 9999 is a slip, and past the range the clock's arithmetic works in.
        raise _reject(Problem.OUT_OF_RANGE)
    try:
        start = ev.start
    except (ValueError, KeyError, TypeError) as exc:
        raise _reject(Problem.BAD_START) from exc
    try:
        end = ev.end
    except OverflowError as exc:  # a DURATION of a million days
        raise _reject(Problem.OUT_OF_RANGE) from exc
    except (ValueError, KeyError, TypeError):
        end = start
    tz = LOCAL_TZ_NAME
    all_day = not isinstance(start, datetime)
    if isinstance(start, datetime):
        if not isinstance(end, datetime):
            raise _reject(Problem.BAD_END)
        if end < start:
            raise _reject(Problem.END_BEFORE_START)
        if end == start:
            end = start + timedelta(minutes=30)
        starts, ends = _wall(start, floating), _wall(end, floating)
    else:
        exclusive = isinstance(end, date) and not isinstance(end, datetime) and end > start
        last = end - timedelta(days=1) if exclusive else start
        starts = datetime.combine(start, datetime.min.time())
        ends = datetime.combine(last, datetime.min.time())
    if not (FIRST_YEAR <= starts.year <= LAST_YEAR and FIRST_YEAR <= ends.year <= LAST_YEAR):
        raise _reject(Problem.OUT_OF_RANGE)
    rule = None
    skipped: list[date] = []
    rr = _first_rule(ev)
    if rr is not None:
        source = _iana(start) if isinstance(start, datetime) else None
        if source and source != LOCAL_TZ_NAME:  # expand in the source zone (summer time)
            tz = source
            assert isinstance(start, datetime) and isinstance(end, datetime)
            starts, ends = start.replace(tzinfo=None), end.replace(tzinfo=None)
        rule = _rule(rr, tz, floating)
        skipped = [_day(d, tz, floating) for d in _exdates(ev)]
        try:
            # Bounded: a rule that never matches (30 February) costs under a second.
            dates = occurrences(rule, starts, starts + timedelta(hours=1))
        except RuleError as exc:
            raise _reject(Problem.BAD_RULE) from exc
        if not dates:
            raise _reject(Problem.NO_DATE)
        if {s.date() for s, _ in dates} <= set(skipped):
            raise _reject(Problem.EMPTY_RULE)
    recurrence_day = None
    if ev.get("RECURRENCE-ID") is not None:
        rid = _listed(ev.get("RECURRENCE-ID"))[0].dt
        recurrence_day = _day(rid, LOCAL_TZ_NAME, floating)
    status = _text(ev, "STATUS") or ""
    data = EventInput(
        kind=_kind(ev),
        title=summary or "(không có tiêu đề)",
        starts=starts,
        ends=ends,
        all_day=all_day,
        location=_text(ev, "LOCATION"),
        status=EventStatus.CANCELLED if status.upper() == "CANCELLED" else EventStatus.PLANNED,
        notes=_text(ev, "DESCRIPTION"),
        rrule=rule,
        skipped=skipped,
        uid=uid if recurrence_day is None else f"{uid}#{recurrence_day.isoformat()}",
        tz=tz,
    )
    people = []
    if ev.get("ORGANIZER") is not None:
        people.append(_address(_listed(ev.get("ORGANIZER"))[0]))
    for a in _listed(ev.get("ATTENDEE")):
        people.append(_address(a))
    return _Parsed(uid, data, [p for p in people if p[0] or p[1]], recurrence_day)


def _exdates(ev: icalendar.Component) -> Iterable[date | datetime]:
    raw = ev.get("EXDATE")
    for item in raw if isinstance(raw, list) else [raw] if raw is not None else []:
        for d in item.dts:
            yield d.dt


def _day(value: date | datetime, tz: str, floating: tzinfo) -> date:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=floating)
        return aware.astimezone(ZoneInfo(tz)).date()
    return value


def _rule(rr: icalendar.vRecur, tz: str, floating: tzinfo) -> str:
    """The rule as stored: UNTIL as wall time in the series' zone, without 'Z'."""
    rule = icalendar.vRecur(rr)
    until = rule.get("UNTIL")
    if until:
        value = until[0]
        if isinstance(value, datetime):
            aware = value if value.tzinfo else value.replace(tzinfo=floating)
            rule["UNTIL"] = [aware.astimezone(ZoneInfo(tz)).replace(tzinfo=None)]
        else:
            rule["UNTIL"] = [datetime.combine(value, datetime.max.time().replace(microsecond=0))]
    return rule.to_ical().decode()


class _People:
    """Finds attendees among known people by e-mail, then by name, else adds them."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.by_email: dict[str, m.Person] = {}
        self.by_name: dict[str, m.Person] = {}
        self.added = 0
        for p in s.scalars(select(m.Person).where(m.Person.deleted_at.is_(None))):
            if p.email:
                self.by_email.setdefault(p.email.strip().lower(), p)
            self.by_name.setdefault(fold(p.full_name), p)

    def find(self, email: str | None, name: str | None) -> m.Person:
        found = (email and self.by_email.get(email)) or (name and self.by_name.get(fold(name)))
        if found:
            return found
        person = m.Person(full_name=name or email or "?", email=email, role=PersonRole.CONTACT)
        self.s.add(person)
        self.s.flush()
        self.added += 1
        if email:
            self.by_email[email] = person
        self.by_name[fold(person.full_name)] = person
        return person


def import_calendar(store: Store, path: Path, progress: Progress | None = None) -> ImportReport:
    """Import one .ics file in one transaction; IcsError or ImportCancelledError write nothing."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:  # refused before a byte is read
            raise IcsError(Problem.TOO_LARGE, f"the file is larger than {MAX_FILE_BYTES >> 20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise IcsError(Problem.NOT_OPENED, f"{path.name}: {exc.strerror or exc}") from exc
    log.info("importing the calendar %s (%d bytes) into %s", path, len(data), store.path)
    return import_bytes(store, data, progress)


class _Teller:
    """Calls the progress callback every few events or a fraction of a second, whichever
    comes first (each call crosses to the window's thread); a False answer stops."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.told = -TELL_EVERY
        self.at = 0.0

    def __call__(self, done: int) -> None:
        if self.progress is None:
            return
        now = time.monotonic()
        if done - self.told < TELL_EVERY and now - self.at < TELL_AFTER:
            return
        self.told, self.at = done, now
        if not self.progress(done, self.total):
            raise ImportCancelledError

    def end(self) -> None:
        if self.progress is not None and not self.progress(self.total, self.total):
            raise ImportCancelledError


_PEEK = {
    key: re.compile(rf"^{key}(?:;[^:\r\n]*)?:(.*?)\r?$", re.MULTILINE | re.IGNORECASE)
    for key in ("UID", "SUMMARY")
}


def _peek(lines: str, key: str) -> str:
    """A property of an event icalendar cannot read, to name it in the list of skipped."""
    found = _PEEK[key].search(lines)
    return clean_text(found.group(1)).strip() if found else ""


def _events(split: Split, tell: _Teller, report: ImportReport) -> Iterator[_Parsed]:
    """The file's events read one by one; those that cannot be imported are listed."""
    zones = [_zone(cal) for cal in split.calendars]
    for n, (cal, lines) in enumerate(split.events):
        tell(n)
        try:
            ev = icalendar.Event.from_ical(lines)
        except Exception:  # noqa: BLE001 - icalendar raises what it likes on broken lines
            log.info("an event that icalendar cannot read", exc_info=True)
            report.skipped.append(
                Skipped(_peek(lines, "UID"), _peek(lines, "SUMMARY"), REASONS[Problem.BROKEN])
            )
            continue
        parsed = _one(ev, zones[cal], report)
        if parsed is not None:
            yield parsed
    for n, (cal, ev) in enumerate(split.nested, start=len(split.events)):
        tell(n)
        parsed = _one(ev, zones[cal], report)
        if parsed is not None:
            yield parsed


def _one(ev: icalendar.Component, floating: tzinfo, report: ImportReport) -> _Parsed | None:
    try:
        return _parse(ev, floating)
    except _RejectedError as exc:
        problem, reason = exc.problem, str(exc)
    except Exception:  # noqa: BLE001 - one bad event must not stop the file
        log.exception("an event of an .ics file could not be read")
        problem, reason = Problem.BROKEN, REASONS[Problem.BROKEN]
    report.skipped.append(
        Skipped(_text(ev, "UID") or "", _text(ev, "SUMMARY") or "", reason, problem)
    )
    return None


def import_bytes(store: Store, data: bytes, progress: Progress | None = None) -> ImportReport:
    report = ImportReport()
    split = split_calendar(data)
    # Reading each event, then writing it: two steps per event.
    tell = _Teller(progress, 2 * len(split))
    parsed = list(_events(split, tell, report))
    # Series before their changed occurrences, so the master is there to skip the day.
    parsed.sort(key=lambda p: p.recurrence_day is not None)
    if parsed and not store.read_only:
        try:
            make_backup(store.path, "before-import")
        except (OSError, StoreError) as exc:
            raise IcsError(Problem.NO_BACKUP, f"no backup could be made first: {exc}") from exc
    with store.session() as s:
        people = _People(s)
        rooms = live_rooms(s)
        existing: dict[str, int] = {
            uid: eid for uid, eid in s.execute(select(m.Event.uid, m.Event.id)) if uid is not None
        }
        made: dict[str, m.Event] = {}  # written by this import, not flushed yet
        before: dict[str, tuple[object, ...]] = {}  # stored events as they were
        for n, item in enumerate(parsed):
            tell(len(split) + n)
            if n % FLUSH_EVERY == 0:
                s.flush()  # in batches: one flush per event made a large import crawl
            _store(s, item, existing, made, people, rooms, report, before)
        # Compared at the end: a changed occurrence puts its day back into its series.
        changed = sum(_values(made[uid]) != values for uid, values in before.items())
        report.updated, report.unchanged = changed, len(before) - changed
        tell.end()
        report.people_added = people.added
    log.info(
        "calendar imported: %d added, %d updated, %d unchanged, %d skipped, %d people added",
        report.added,
        report.updated,
        report.unchanged,
        len(report.skipped),
        report.people_added,
    )
    return report


_BOOKKEEPING = {"id", "search_text", "version", "created_at", "updated_at"}


def _values(e: m.Event) -> tuple[object, ...]:
    """What an event says (not its bookkeeping), to tell an update from the same again."""
    columns = tuple(
        getattr(e, c.key) for c in sa_inspect(m.Event).column_attrs if c.key not in _BOOKKEEPING
    )
    people = tuple(sorted(p.person_id for p in e.participants))
    sites = tuple((x.name, x.location) for x in e.sites)
    return (columns, people, sites)


def _store(
    s: Session,
    item: _Parsed,
    existing: dict[str, int],
    made: dict[str, m.Event],
    people: _People,
    rooms: list[RoomChoice],
    report: ImportReport,
    before: dict[str, tuple[object, ...]],
) -> None:
    data = item.data
    if item.recurrence_day is not None:
        master = made.get(item.uid)
        if master is None and item.uid in existing:
            master = s.get(m.Event, existing[item.uid])
        if master is not None and master.rrule:
            master.exdates = format_dates([*parse_dates(master.exdates), item.recurrence_day])
            if master.id is None:
                s.flush()  # the changed occurrence points at its series by id
            data.series_id = master.id
    data.participant_ids = [people.find(email, name).id for email, name in item.attendees]
    assert data.uid is not None
    data.id = existing.get(data.uid)
    e = made.get(data.uid)
    if e is None and data.id is not None:
        e = s.get(m.Event, data.id)
    if e is not None:  # keep what the file cannot say: links to projects and partners
        if data.id is not None:
            before.setdefault(data.uid, _values(e))
        e.deleted_at = None
        data.kind = e.kind
        data.project_id, data.partner_id = e.project_id, e.partner_id
        data.host_unit_id = e.host_unit_id
    else:
        report.added += 1
    room = match_room(rooms, data.location, data.host_unit_id)  # "phong hop so 2" is a room
    data.room_id = room.id if room is not None else None
    if room is not None:
        data.location = room.name
    made[data.uid] = write_event(s, data, into=e, flush=False)
