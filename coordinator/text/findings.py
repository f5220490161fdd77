"""Scheduling findings in words: what clashes with what, and why a time is a poor choice.

Used by the event editor, the planner and ``coordinator conflicts``; QtCore only.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from coordinator.domain.scheduling import (
    Conflict,
    ConflictKind,
    OfficeHours,
    ScheduleWarning,
    WarningKind,
)
from coordinator.text.formats import arg, fmt_date, fmt_span


@dataclass
class Names:
    """Display names of the people and host units the findings refer to by id."""

    people: dict[int, str] = field(default_factory=dict)
    units: dict[int, str] = field(default_factory=dict)
    office: OfficeHours = OfficeHours()

    def person(self, pid: int | None) -> str:
        return self.people.get(pid or 0, "?")


def conflict_text(c: Conflict, names: Names) -> str:
    other = c.other
    when = fmt_span(other.starts, other.ends, other.all_day)
    if c.kind is ConflictKind.PERSON:
        text = QCoreApplication.translate("Findings", "%1 is already booked for “%2” (%3).")
        return arg(text, names.person(c.person_id), other.title, when)
    if c.kind is ConflictKind.HOST_UNIT:
        unit = names.units.get(c.booking.host_unit or 0, "?")
        return arg(
            QCoreApplication.translate("Findings", "%1 already receives “%2” (%3)."),
            unit,
            other.title,
            when,
        )
    return arg(
        QCoreApplication.translate("Findings", "%1 is already taken by “%2” (%3)."),
        c.booking.place or "",
        other.title,
        when,
    )


def warning_text(w: ScheduleWarning, names: Names) -> str:
    day = fmt_date(w.day)
    if w.kind is WarningKind.HOLIDAY:
        return arg(
            QCoreApplication.translate("Findings", "%1 is a public holiday: %2."),
            day,
            w.holiday or "",
        )
    if w.kind is WarningKind.WEEKEND:
        return arg(QCoreApplication.translate("Findings", "%1 falls on a weekend."), day)
    if w.kind is WarningKind.OFF_HOURS:
        return arg(
            QCoreApplication.translate("Findings", "Outside office hours (%1)."),
            names.office.to_text(),
        )
    return arg(
        QCoreApplication.translate(
            "Findings", "%1 is not in the province then (outside the stay)."
        ),
        names.person(w.person_id),
    )
