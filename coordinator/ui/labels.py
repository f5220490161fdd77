"""Words shown for the domain's stored values, in the interface language."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from coordinator.domain.enums import (
    Attendance,
    EventKind,
    EventStatus,
    OrgKind,
    ProjectStatus,
    TaskStatus,
)
from coordinator.domain.validation import Problem
from coordinator.ical import Problem as IcsProblem


def org_kind(value: str) -> str:
    return {
        OrgKind.GOVERNMENT: QCoreApplication.translate("Labels", "Government body"),
        OrgKind.ENTERPRISE: QCoreApplication.translate("Labels", "Enterprise"),
        OrgKind.ACADEMIA: QCoreApplication.translate("Labels", "Academia"),
        OrgKind.ASSOCIATION: QCoreApplication.translate("Labels", "Association"),
        OrgKind.INTERNATIONAL: QCoreApplication.translate("Labels", "International organisation"),
    }.get(value, value)  # type: ignore[call-overload]


def project_status(value: str) -> str:
    return {
        ProjectStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed"),
        ProjectStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        ProjectStatus.ACTIVE: QCoreApplication.translate("Labels", "In progress"),
        ProjectStatus.ON_HOLD: QCoreApplication.translate("Labels", "On hold"),
        ProjectStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        ProjectStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)  # type: ignore[call-overload]


def event_kind(value: str) -> str:
    return {
        EventKind.CONSULTATION: QCoreApplication.translate("Labels", "Consultation"),
        EventKind.MEETING: QCoreApplication.translate("Labels", "Meeting"),
        EventKind.WORKSHOP: QCoreApplication.translate("Labels", "Workshop"),
        EventKind.CONFERENCE: QCoreApplication.translate("Labels", "Conference"),
        EventKind.ONLINE_CONFERENCE: QCoreApplication.translate("Labels", "Online conference"),
        EventKind.SIGNING: QCoreApplication.translate("Labels", "Signing ceremony"),
        EventKind.VISIT: QCoreApplication.translate("Labels", "Visit"),
    }.get(value, value)  # type: ignore[call-overload]


def event_status(value: str) -> str:
    return {
        EventStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        EventStatus.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        EventStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        EventStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)  # type: ignore[call-overload]


def task_status(value: str) -> str:
    return {
        TaskStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        TaskStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        TaskStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        TaskStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }.get(value, value)  # type: ignore[call-overload]


def attendance(value: str) -> str:
    return {
        Attendance.PRESENT: QCoreApplication.translate("Labels", "Present"),
        Attendance.ABSENT: QCoreApplication.translate("Labels", "Absent"),
        Attendance.REPRESENTED: QCoreApplication.translate("Labels", "Represented"),
        Attendance.INVITED: QCoreApplication.translate("Labels", "Not recorded"),
    }.get(value, value)  # type: ignore[call-overload]


def problem(value: Problem) -> str:
    return {
        Problem.REQUIRED: QCoreApplication.translate("Labels", "This field is required."),
        Problem.TOO_LONG: QCoreApplication.translate("Labels", "This text is too long."),
        Problem.EMAIL: QCoreApplication.translate(
            "Labels", "This is not an e-mail address (name@domain.vn)."
        ),
        Problem.PHONE: QCoreApplication.translate("Labels", "This is not a phone number."),
        Problem.END_BEFORE_START: QCoreApplication.translate(
            "Labels", "The end must come after the start."
        ),
        Problem.DUPLICATE: QCoreApplication.translate(
            "Labels", "This code is already used by another record."
        ),
        Problem.FORMAT: QCoreApplication.translate("Labels", "This value cannot be read."),
        Problem.EMPTY_SERIES: QCoreApplication.translate(
            "Labels", "This repetition leaves no date at all."
        ),
    }[value]


def ics_problem(value: IcsProblem) -> str:
    """Why a calendar file, or one event in it, was not imported."""
    t = {
        IcsProblem.TOO_LARGE: QCoreApplication.translate(
            "Labels", "the file is larger than 50 MB, too large for a calendar"
        ),
        IcsProblem.NOT_UTF8: QCoreApplication.translate(
            "Labels", "the file is not text (it may be a picture, a document or an archive)"
        ),
        IcsProblem.NOT_ICALENDAR: QCoreApplication.translate(
            "Labels", "the file is not a calendar (.ics): it does not begin with BEGIN:VCALENDAR"
        ),
        IcsProblem.UNREADABLE: QCoreApplication.translate(
            "Labels", "the calendar is damaged and cannot be read"
        ),
        IcsProblem.NO_CALENDAR: QCoreApplication.translate("Labels", "the file holds no calendar"),
        IcsProblem.NOT_OPENED: QCoreApplication.translate("Labels", "the file cannot be opened"),
        IcsProblem.NOT_EVENT: QCoreApplication.translate("Labels", "it is not an event"),
        IcsProblem.NO_UID: QCoreApplication.translate("Labels", "it has no identifier (UID)"),
        IcsProblem.BAD_START: QCoreApplication.translate(
            "Labels", "its start (DTSTART) is missing or cannot be read"
        ),
        IcsProblem.BAD_END: QCoreApplication.translate("Labels", "its end (DTEND) is not a time"),
        IcsProblem.END_BEFORE_START: QCoreApplication.translate(
            "Labels", "it ends before it starts"
        ),
        IcsProblem.EMPTY_RULE: QCoreApplication.translate(
            "Labels", "its repetition leaves no date"
        ),
        IcsProblem.BAD_RULE: QCoreApplication.translate(
            "Labels", "its repetition rule (RRULE) cannot be read"
        ),
        IcsProblem.NO_BACKUP: QCoreApplication.translate(
            "Labels", "no backup of the database could be made first"
        ),
        IcsProblem.BROKEN: QCoreApplication.translate("Labels", "it cannot be read"),
    }
    return t[value]


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def fmt_number(value: float | None) -> str:
    """12, 12.5 or 1234.5 without a trailing ".0"; empty for no value."""
    return "" if value is None else f"{value:g}"


def fmt_count(value: int) -> str:
    """A whole number with the language's thousands mark: 38.560, or 38,560 in English."""
    return QLocale().toString(value)


def fmt_period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return f"{fmt_date(start)} – {fmt_date(end)}"


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2``… in a translated text (highest first, so %1 ≠ %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def fmt_span(starts: datetime, ends: datetime, all_day: bool = False) -> str:
    """``07/04/2026 08:30–10:00``, or the days of an all-day event."""
    if all_day:
        last = (ends - timedelta(days=1)).date() if ends > starts else starts.date()
        return fmt_period(starts.date(), last) if last != starts.date() else fmt_date(last)
    if starts.date() == ends.date():
        return f"{fmt_datetime(starts)}–{ends:%H:%M}"
    return f"{fmt_datetime(starts)} – {fmt_datetime(ends)}"
