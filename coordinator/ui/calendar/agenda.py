"""The agenda: every event from a day on, as a lazily filled list."""

from PySide6.QtCore import QCoreApplication

from coordinator.db.queries.events import EventRow
from coordinator.ui import labels
from coordinator.ui.common.lazy_model import Column


def _t(text: str) -> str:
    return QCoreApplication.translate("Agenda", text)


def _when(e: EventRow) -> str:
    if e.all_day:
        return _t("All day")
    return f"{e.starts:%H:%M} – {e.ends:%H:%M}"


AGENDA_COLUMNS: list[Column[EventRow]] = [
    Column(lambda: _t("Date"), lambda e: labels.fmt_date(e.starts.date())),
    Column(lambda: _t("Time"), _when),
    Column(lambda: _t("Kind"), lambda e: labels.event_kind(e.kind)),
    Column(lambda: _t("Title"), lambda e: e.title),
    Column(lambda: _t("Location"), lambda e: e.location),
    Column(lambda: _t("Project"), lambda e: e.project),
    Column(lambda: _t("Partner"), lambda e: e.partner),
    Column(lambda: _t("Status"), lambda e: labels.event_status(e.status)),
]
