"""Every cooperation agreement (Thỏa thuận hợp tác): in force, ending soon, ended or all,
filtered by words, sorted and read page by page; opened, created, renewed and deleted."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.agreements import (
    AgreementFilter,
    AgreementRow,
    Standing,
    count_agreements,
    list_agreements,
)
from coordinator.db.queries.common import Sort
from coordinator.db.queries.settings import get_alert_days
from coordinator.db.store import Store
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.agreements.flow import AgreementFlow
from coordinator.ui.common.guard import refuse_writing
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.views import one_line, select_row

ENDING_COLOUR = QColor("#b00020")


def standing_text(row: AgreementRow, today: date, days: int) -> str:
    match row.standing(today, days):
        case "ended":
            return QCoreApplication.translate("Agreements", "Ended")
        case "future":
            return QCoreApplication.translate("Agreements", "Not yet in force")
        case "renewed":
            return QCoreApplication.translate("Agreements", "Renewed")
        case "ending":
            assert row.ends_on is not None
            return labels.arg(
                QCoreApplication.translate("Agreements", "Ending soon (%1 days left)"),
                (row.ends_on - today).days,
            )
    return QCoreApplication.translate("Agreements", "In force")


class AgreementsDialog(QDialog):
    """A window of its own beside the main one; Ctrl+Z undoes here as there."""

    def __init__(self, store: Store, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._undo = store, undo
        self.setWindowTitle(self.tr("Cooperation agreements"))
        self.resize(1100, 620)
        self.flow = AgreementFlow(store, undo, self)
        self.flow.changed.connect(self._after_change)
        self.flow.message.connect(self._say)
        self._today = today_local()
        self._days = get_alert_days(store)
        self._filter = AgreementFilter(today=self._today, days=self._days)

        self.standing = QComboBox()
        for value, text in (
            (Standing.IN_FORCE, self.tr("In force")),
            (Standing.ENDING, self.tr("Ending soon")),
            (Standing.ENDED, self.tr("Ended")),
            (Standing.ALL, self.tr("All")),
        ):
            self.standing.addItem(text, value.value)
        self.standing.setCurrentIndex(self.standing.findData(Standing.ALL.value))
        self.standing.setToolTip(
            labels.arg(self.tr("Ending soon: within %1 days (Edit → Preferences)"), self._days)
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Filter by title, number, field or party, e.g. “vnpt” or “dao tao”")
        )
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.standing.currentIndexChanged.connect(lambda _i: self.apply_filter())

        columns: list[Column[AgreementRow]] = [
            Column(lambda: self.tr("Number"), lambda r: r.number or "", "number"),
            Column(lambda: self.tr("Title"), lambda r: r.title, "title"),
            Column(lambda: self.tr("Parties"), lambda r: r.parties, "parties"),
            Column(lambda: self.tr("Signed"), lambda r: labels.fmt_date(r.signed_on), "signed"),
            Column(lambda: self.tr("Ends"), lambda r: labels.fmt_date(r.ends_on), "ends"),
            Column(lambda: self.tr("Status"), lambda r: standing_text(r, self._today, self._days)),
        ]
        self.model: LazyTableModel[AgreementRow] = LazyTableModel(
            columns,
            lambda: count_agreements(self._store, self._filter),
            lambda sort, off, lim: list_agreements(self._store, self._filter, sort, off, lim),
            Sort("ends"),
            emphasis=lambda r: (
                ENDING_COLOUR if r.standing(self._today, self._days) == "ending" else None
            ),
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 260), (3, 90), (4, 90), (5, 170)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _i: self.open_selected())  # Enter, double-click
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.clicked.connect(self.new_agreement)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.clicked.connect(self.open_selected)
        self.renew_button = QPushButton(self.tr("&Renew…"))
        self.renew_button.setToolTip(self.tr("Draft the follow-on agreement of the selected one"))
        self.renew_button.clicked.connect(self.renew_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.open_button, self.renew_button, self.delete_button):
            b.setAutoDefault(False)
        if store.read_only:
            refuse_writing(self.new_button, self.renew_button, self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_agreement)
        QShortcut(QKeySequence.StandardKey.Undo, self, self._undo.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self._undo.redo)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.standing)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch()
        for b in (self.new_button, self.open_button, self.renew_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.apply_filter()

    # --- filter -------------------------------------------------------------------------
    def show_standing(self, standing: Standing) -> None:
        self.standing.setCurrentIndex(self.standing.findData(standing.value))

    def apply_filter(self) -> None:
        self._today = today_local()
        self._days = get_alert_days(self._store)
        self._filter = AgreementFilter(
            Standing(self.standing.currentData()), self.search.text(), self._today, self._days
        )
        self.model.reload()
        if self.model.rowCount():
            select_row(self.table, 0)
        self.count_label.setText(
            labels.arg(self.tr("%1 agreements"), labels.fmt_count(self.model.total()))
        )

    def _after_change(self, agreement_id: int) -> None:
        self.model.reload()
        row = self.model.find_row(lambda r: r.id == agreement_id)
        if row >= 0:
            select_row(self.table, row)
        elif self.model.rowCount():
            select_row(self.table, 0)
        self.count_label.setText(
            labels.arg(self.tr("%1 agreements"), labels.fmt_count(self.model.total()))
        )

    def _say(self, text: str) -> None:
        self.count_label.setText(text)

    # --- actions ------------------------------------------------------------------------
    def current(self) -> AgreementRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def select(self, agreement_id: int) -> bool:
        row = self.model.find_row(lambda r: r.id == agreement_id)
        if row >= 0:
            select_row(self.table, row)
        return row >= 0

    def new_agreement(self) -> int | None:
        if self._store.read_only:
            return None
        return self.flow.new(parent=self)

    def open_selected(self) -> int | None:
        row = self.current()
        return None if row is None else self.flow.edit(row.id, self)

    def renew_selected(self) -> int | None:
        row = self.current()
        if row is None or self._store.read_only:
            return None
        return self.flow.renew(row.id, self)

    def delete_selected(self) -> None:
        row = self.current()
        if row is not None and not self._store.read_only:
            self.flow.delete(row.id, row.title)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        writable = not self._store.read_only
        menu.addAction(self.tr("&New agreement…"), self.new_agreement).setEnabled(writable)
        if self.current() is not None:
            menu.addAction(self.tr("&Open…"), self.open_selected)
            menu.addAction(self.tr("&Renew…"), self.renew_selected).setEnabled(writable)
            menu.addSeparator()
            menu.addAction(self.tr("&Delete"), self.delete_selected).setEnabled(writable)
        menu.exec(self.table.viewport().mapToGlobal(pos))
