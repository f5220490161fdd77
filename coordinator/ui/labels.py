"""Words shown for the domain's stored values, in the interface language."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from coordinator.domain.enums import EventKind, EventStatus, OrgKind, ProjectStatus, TaskStatus
from coordinator.domain.validation import Problem


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def org_kind(value: str) -> str:
    return {
        OrgKind.GOVERNMENT: _t("Government body"),
        OrgKind.ENTERPRISE: _t("Enterprise"),
        OrgKind.ACADEMIA: _t("Academia"),
        OrgKind.ASSOCIATION: _t("Association"),
        OrgKind.INTERNATIONAL: _t("International organisation"),
    }.get(value, value)  # type: ignore[call-overload]


def project_status(value: str) -> str:
    return {
        ProjectStatus.PROPOSED: _t("Proposed"),
        ProjectStatus.PLANNED: _t("Planned"),
        ProjectStatus.ACTIVE: _t("In progress"),
        ProjectStatus.ON_HOLD: _t("On hold"),
        ProjectStatus.COMPLETED: _t("Completed"),
        ProjectStatus.CANCELLED: _t("Cancelled"),
    }.get(value, value)  # type: ignore[call-overload]


def event_kind(value: str) -> str:
    return {
        EventKind.CONSULTATION: _t("Consultation"),
        EventKind.MEETING: _t("Meeting"),
        EventKind.WORKSHOP: _t("Workshop"),
        EventKind.CONFERENCE: _t("Conference"),
        EventKind.ONLINE_CONFERENCE: _t("Online conference"),
        EventKind.SIGNING: _t("Signing ceremony"),
        EventKind.VISIT: _t("Visit"),
    }.get(value, value)  # type: ignore[call-overload]


def event_status(value: str) -> str:
    return {
        EventStatus.PLANNED: _t("Planned"),
        EventStatus.CONFIRMED: _t("Confirmed"),
        EventStatus.HELD: _t("Held"),
        EventStatus.CANCELLED: _t("Cancelled"),
    }.get(value, value)  # type: ignore[call-overload]


def task_status(value: str) -> str:
    return {
        TaskStatus.OPEN: _t("Open"),
        TaskStatus.IN_PROGRESS: _t("In progress"),
        TaskStatus.DONE: _t("Done"),
        TaskStatus.CANCELLED: _t("Cancelled"),
    }.get(value, value)  # type: ignore[call-overload]


def problem(value: Problem) -> str:
    return {
        Problem.REQUIRED: _t("This field is required."),
        Problem.TOO_LONG: _t("This text is too long."),
        Problem.EMAIL: _t("This is not an e-mail address (name@domain.vn)."),
        Problem.PHONE: _t("This is not a phone number."),
        Problem.END_BEFORE_START: _t("The end must come after the start."),
        Problem.DUPLICATE: _t("This code is already used by another record."),
    }[value]


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def fmt_period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return f"{fmt_date(start)} – {fmt_date(end)}"
