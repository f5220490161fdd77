"""What an event editor, an importer or the planner hands to the store to write: one
event with its series, participants and sites. Its own module so that ``events`` (which
writes it) and ``scheduling`` (which checks it) both import it without importing each
other."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from coordinator.domain.enums import EventStatus
from coordinator.domain.recurrence import occurrences
from coordinator.domain.timezone import LOCAL_TZ_NAME


@dataclass
class SiteInput:
    name: str
    location: str | None = None


@dataclass
class EventInput:
    kind: str
    title: str
    starts: datetime  # local wall time
    ends: datetime
    all_day: bool = False
    location: str | None = None
    room_id: int | None = None  # held in one of the rooms; ``location`` is then its name
    project_id: int | None = None
    partner_id: int | None = None
    host_unit_id: int | None = None
    status: str = EventStatus.PLANNED
    notes: str | None = None
    participant_ids: list[int] = field(default_factory=list)
    sites: list[SiteInput] = field(default_factory=list)
    rrule: str | None = None  # RFC 5545 RRULE value for a series
    skipped: list[date] = field(default_factory=list)
    override_reason: str | None = None
    series_id: int | None = None
    uid: str | None = None
    tz: str = LOCAL_TZ_NAME  # the zone of starts/ends; only imports use another
    id: int | None = None
    version: int | None = None  # as loaded; None for a new event

    def first_span(self) -> tuple[datetime, datetime]:
        """Local start and end as stored: all-day events as whole days, end exclusive."""
        if not self.all_day:
            return self.starts, self.ends
        day = datetime.combine(self.starts.date(), datetime.min.time())
        return day, datetime.combine(self.ends.date() + timedelta(days=1), datetime.min.time())

    def spans(self) -> list[tuple[datetime, datetime]]:
        """Local (start, end) of every occurrence."""
        starts, ends = self.first_span()
        if not self.rrule:
            return [(starts, ends)]
        return occurrences(self.rrule, starts, ends, self.skipped)
