"""Agreements about to end, named one by one: the renewal alerts of Follow-up."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.agreements import EndingAgreement, ending_soon
from coordinator.db.queries.settings import get_alert_days
from coordinator.db.store import Store
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.common.views import one_line

SHOWN = 200  # more would not be an alert any more; the list of agreements has them all


class EndingAgreements(QGroupBox):
    """Hidden when nothing ends soon. Enter or a double-click opens the agreement."""

    open_requested = Signal(int)
    renew_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.rows: list[EndingAgreement] = []
        self.setStyleSheet("QGroupBox { font-weight: bold; color: #b00020; }")
        self.table = QTableWidget(0, 3)
        one_line(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ends on"), self.tr("Agreement"), self.tr("Parties")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(2, 320)
        self.table.setStyleSheet("font-weight: normal; color: palette(text);")
        self.table.activated.connect(lambda _i: self.open_current())
        self.open_button = QPushButton(self.tr("Open &agreement"))
        self.open_button.setStyleSheet("font-weight: normal;")
        self.open_button.clicked.connect(self.open_current)
        self.renew_button = QPushButton(self.tr("Re&new…"))
        self.renew_button.setStyleSheet("font-weight: normal;")
        self.renew_button.setToolTip(self.tr("Draft the follow-on agreement of the selected one"))
        self.renew_button.clicked.connect(self.renew_current)
        self.renew_button.setEnabled(not store.read_only)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.hide()

    def refresh(self) -> None:
        days = get_alert_days(self._store)
        self.rows = ending_soon(self._store, today_local(), days, SHOWN)
        self.setTitle(
            labels.arg(
                self.tr("Agreements ending within %1 days: %2"),
                days,
                labels.fmt_count(len(self.rows)),
            )
        )
        self.table.setRowCount(len(self.rows))
        for r, e in enumerate(self.rows):
            ends = labels.arg(
                self.tr("%1 (in %2 days)"),
                labels.fmt_date(e.ends_on),
                labels.fmt_count(e.days_left),
            )
            texts = (ends, self.line(e), "; ".join(e.parties))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.table.setItem(r, c, item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(min(len(self.rows), 4)))
            + 4
        )
        if self.rows and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 1)
        self.setVisible(bool(self.rows))

    def line(self, e: EndingAgreement) -> str:
        """ "Thỏa thuận … hết hạn ngày dd/mm/yyyy", as the alert names it."""
        return labels.arg(self.tr("Agreement “%1” ends on %2"), e.name, labels.fmt_date(e.ends_on))

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def open_current(self) -> None:
        agreement_id = self.current_id()
        if agreement_id is not None:
            self.open_requested.emit(agreement_id)

    def renew_current(self) -> None:
        agreement_id = self.current_id()
        if agreement_id is not None:
            self.renew_requested.emit(agreement_id)
