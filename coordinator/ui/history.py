"""A record's history on its page: who changed what, when, from which value to which."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.history import Change, record_history
from coordinator.db.store import Store
from coordinator.text import labels

_HIDDEN = {"id", "created_at", "tz", "uid", "search_text", "version", "position", "exdates"}


def _field(key: str) -> str:
    names = {
        "name": QCoreApplication.translate("History", "name"),
        "short_name": QCoreApplication.translate("History", "short name"),
        "kind": QCoreApplication.translate("History", "kind"),
        "is_internal": QCoreApplication.translate("History", "internal unit"),
        "country": QCoreApplication.translate("History", "country"),
        "address": QCoreApplication.translate("History", "address"),
        "website": QCoreApplication.translate("History", "website"),
        "email": QCoreApplication.translate("History", "e-mail"),
        "phone": QCoreApplication.translate("History", "phone"),
        "notes": QCoreApplication.translate("History", "notes"),
        "full_name": QCoreApplication.translate("History", "full name"),
        "title": QCoreApplication.translate("History", "title"),
        "role": QCoreApplication.translate("History", "role"),
        "nationality": QCoreApplication.translate("History", "nationality"),
        "expertise": QCoreApplication.translate("History", "expertise"),
        "organization_id": QCoreApplication.translate("History", "organisation"),
        "code": QCoreApplication.translate("History", "code"),
        "status": QCoreApplication.translate("History", "status"),
        "programme_id": QCoreApplication.translate("History", "programme"),
        "partner_id": QCoreApplication.translate("History", "partner"),
        "host_unit_id": QCoreApplication.translate("History", "host unit"),
        "project_id": QCoreApplication.translate("History", "project"),
        "starts_on": QCoreApplication.translate("History", "start"),
        "ends_on": QCoreApplication.translate("History", "end"),
        "starts_at": QCoreApplication.translate("History", "start"),
        "ends_at": QCoreApplication.translate("History", "end"),
        "objectives": QCoreApplication.translate("History", "objectives"),
        "due_on": QCoreApplication.translate("History", "due"),
        "done_on": QCoreApplication.translate("History", "done on"),
        "unit": QCoreApplication.translate("History", "unit"),
        "baseline": QCoreApplication.translate("History", "baseline"),
        "target": QCoreApplication.translate("History", "target"),
        "actual": QCoreApplication.translate("History", "actual"),
        "measured_on": QCoreApplication.translate("History", "measured on"),
        "location": QCoreApplication.translate("History", "place"),
        "all_day": QCoreApplication.translate("History", "all day"),
        "rrule": QCoreApplication.translate("History", "repetition"),
        "series_id": QCoreApplication.translate("History", "series"),
        "override_reason": QCoreApplication.translate("History", "reason for the clash"),
        "deleted_at": QCoreApplication.translate("History", "deleted"),
        "capacity": QCoreApplication.translate("History", "capacity"),
        "room_id": QCoreApplication.translate("History", "room"),
        # Issue 16, people, programmes and stays.
        "languages": QCoreApplication.translate("History", "languages"),
        "domain": QCoreApplication.translate("History", "domain"),
        "description": QCoreApplication.translate("History", "description"),
        "person_id": QCoreApplication.translate("History", "person"),
        "arrives_on": QCoreApplication.translate("History", "arrival"),
        "departs_on": QCoreApplication.translate("History", "departure"),
        # Agreements and their commitments.
        "number": QCoreApplication.translate("History", "number"),
        "signed_on": QCoreApplication.translate("History", "signed on"),
        "horizon_year": QCoreApplication.translate("History", "vision year"),
        "fields": QCoreApplication.translate("History", "fields"),
        "renews_id": QCoreApplication.translate("History", "renews"),
        "agreement_id": QCoreApplication.translate("History", "agreement"),
        "party_id": QCoreApplication.translate("History", "party"),
        "text": QCoreApplication.translate("History", "text"),
    }
    return names.get(key, key)


def _what(change: Change) -> str:
    entities = {
        "organization": QCoreApplication.translate("History", "Partner"),
        "person": QCoreApplication.translate("History", "Contact"),
        "project": QCoreApplication.translate("History", "Project"),
        "milestone": QCoreApplication.translate("History", "Milestone"),
        "indicator": QCoreApplication.translate("History", "Indicator"),
        "event": QCoreApplication.translate("History", "Event"),
        "room": QCoreApplication.translate("History", "Room"),
        "programme": QCoreApplication.translate("History", "Programme"),
        "assignment": QCoreApplication.translate("History", "Stay"),
        "agreement": QCoreApplication.translate("History", "Agreement"),
        "commitment": QCoreApplication.translate("History", "Commitment"),
    }
    actions = {
        "created": QCoreApplication.translate("History", "created"),
        "updated": QCoreApplication.translate("History", "changed"),
        "deleted": QCoreApplication.translate("History", "moved to the trash"),
        "restored": QCoreApplication.translate("History", "restored from the trash"),
        "purged": QCoreApplication.translate("History", "removed"),
    }
    return (
        f"{entities.get(change.entity, change.entity)} {actions.get(change.action, change.action)}"
    )


def _value(value: object) -> str:
    if value is None:
        return "∅"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":  # ISO date or time
        day = f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
        return day + (" " + text[11:16] if len(text) > 10 else "")
    return text if len(text) <= 80 else text[:79] + "…"


def change_text(change: Change) -> str:
    if change.action in ("deleted", "restored"):
        return ""
    return "; ".join(
        f"{_field(key)}: {_value(old)} → {_value(new)}"
        for key, (old, new) in change.changes.items()
        if key not in _HIDDEN
    )


class HistoryTable(QTableWidget):
    """Newest first: when, who (the computer's user name), what, and the values changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setWordWrap(False)

    def show_changes(self, changes: list[Change]) -> None:
        self.setRowCount(0)
        self.setRowCount(len(changes))
        for row, change in enumerate(changes):
            texts = (
                labels.fmt_datetime(change.at),
                change.user,
                _what(change),
                change_text(change),
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, col, item)
        self.resizeColumnsToContents()


class HistoryDialog(QDialog):
    def __init__(
        self, store: Store, entity: str, record_id: int, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(labels.arg(self.tr("History of %1"), title))
        self.resize(820, 420)
        self.table = HistoryTable(self)
        self.table.show_changes(record_history(store, entity, record_id))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
