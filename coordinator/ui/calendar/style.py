"""Colours and words shared by the calendar's views."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from coordinator.domain.enums import EventKind, EventStatus

KIND_COLOURS = {
    EventKind.CONSULTATION: "#1e88e5",
    EventKind.MEETING: "#43a047",
    EventKind.WORKSHOP: "#fb8c00",
    EventKind.CONFERENCE: "#8e24aa",
    EventKind.ONLINE_CONFERENCE: "#00897b",
    EventKind.SIGNING: "#c62828",
    EventKind.VISIT: "#6d4c41",
}


def kind_colour(kind: str, status: str) -> QColor:
    colour = QColor(KIND_COLOURS.get(kind, "#607d8b"))  # type: ignore[call-overload]
    if status == EventStatus.CANCELLED:
        colour.setAlpha(90)
    return colour


def weekday_short(day: date) -> str:
    names = [
        QCoreApplication.translate("Calendar", "Mon"),
        QCoreApplication.translate("Calendar", "Tue"),
        QCoreApplication.translate("Calendar", "Wed"),
        QCoreApplication.translate("Calendar", "Thu"),
        QCoreApplication.translate("Calendar", "Fri"),
        QCoreApplication.translate("Calendar", "Sat"),
        QCoreApplication.translate("Calendar", "Sun"),
    ]
    return names[day.weekday()]


def holiday_language() -> str:
    """The language the holidays package should name holidays in: the app's locale."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en_US"
