"""Words shown for the domain's stored values, in the interface language.

The formats and error words the command line shares live in ``coordinator.text``; they
are named here too, so the widgets keep one place to take their words from.
"""

from PySide6.QtCore import QCoreApplication

from coordinator.domain.enums import (
    Attendance,
    EventKind,
    EventStatus,
    OrgKind,
    ProjectStatus,
    TaskStatus,
)
from coordinator.domain.validation import Problem
from coordinator.text.errors import ics_problem as ics_problem
from coordinator.text.formats import arg as arg
from coordinator.text.formats import fmt_count as fmt_count
from coordinator.text.formats import fmt_date as fmt_date
from coordinator.text.formats import fmt_datetime as fmt_datetime
from coordinator.text.formats import fmt_number as fmt_number
from coordinator.text.formats import fmt_period as fmt_period
from coordinator.text.formats import fmt_span as fmt_span
from coordinator.text.formats import number_marks as number_marks


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
        Problem.FUTURE_DATE: QCoreApplication.translate("Labels", "This date is after today."),
    }[value]
