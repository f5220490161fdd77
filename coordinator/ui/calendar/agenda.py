"""The agenda: every event from a day on, as a lazily filled list."""

from PySide6.QtCore import QCoreApplication

from coordinator.db.queries.events import EventRow
from coordinator.text import labels
from coordinator.ui.common.lazy_model import Column


def _when(e: EventRow) -> str:
    if e.all_day:
        return QCoreApplication.translate("Agenda", "All day")
    return f"{e.starts:%H:%M} – {e.ends:%H:%M}"


AGENDA_COLUMNS: list[Column[EventRow]] = [
    Column(
        lambda: QCoreApplication.translate("Agenda", "Date"),
        lambda e: labels.fmt_date(e.starts.date()),
        cell=lambda e: e.starts.date(),
    ),
    Column(lambda: QCoreApplication.translate("Agenda", "Time"), _when),
    Column(
        lambda: QCoreApplication.translate("Agenda", "Kind"), lambda e: labels.event_kind(e.kind)
    ),
    Column(lambda: QCoreApplication.translate("Agenda", "Title"), lambda e: e.title),
    Column(lambda: QCoreApplication.translate("Agenda", "Location"), lambda e: e.location),
    Column(lambda: QCoreApplication.translate("Agenda", "Project"), lambda e: e.project),
    Column(lambda: QCoreApplication.translate("Agenda", "Partner"), lambda e: e.partner),
    Column(
        lambda: QCoreApplication.translate("Agenda", "Status"),
        lambda e: labels.event_status(e.status),
    ),
]
