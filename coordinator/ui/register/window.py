"""File → Sổ văn bản đi: the register of outgoing documents, by year and type.

Each minutes and report issued with “Cấp số và lưu…” is a line: its number, date,
type, subject (trích yếu) and the file it was saved to, which a double-click opens.
The list sorts by any column and exports, as filtered and sorted, to Excel or CSV.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries import register
from coordinator.db.queries.register import IssuedNumber, RegisterFilter
from coordinator.db.queries.settings import get_letterhead
from coordinator.db.store import Store
from coordinator.domain.register import DocumentType, number_text
from coordinator.domain.timezone import today_local
from coordinator.text import labels
from coordinator.ui.common.export_list import action_text, described, export_model_list
from coordinator.ui.common.lazy_model import Column, LazyTableModel
from coordinator.ui.common.operation import Operation
from coordinator.ui.common.views import one_line, select_row

NUMBER, DAY, TYPE, SUBJECT, FILE = range(5)


def type_name(type_code: str) -> str:
    names = {
        DocumentType.MINUTES.value: QCoreApplication.translate("RegisterDialog", "Minutes"),
        DocumentType.REPORT.value: QCoreApplication.translate("RegisterDialog", "Report"),
    }
    return names.get(type_code, type_code)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class RegisterDialog(QDialog):
    """The register; stays open beside the window (non-modal), read again on each show."""

    said = Signal(str)  # a status-bar sentence (an export written)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._abbreviation = ""
        self.setWindowTitle(self.tr("Outgoing documents register"))
        self.resize(900, 480)

        self.year = QComboBox()
        self.year.setToolTip(self.tr("Numbers run per year, from 01 each year"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for t in DocumentType:
            self.kind.addItem(type_name(t.value), t.value)
        self.count_label = QLabel()

        columns: list[Column[IssuedNumber]] = [
            Column(
                lambda: self.tr("No."),
                lambda r: number_text(r.number, r.type_code, self._abbreviation),
                "number",
            ),
            Column(
                lambda: self.tr("Date"),
                lambda r: labels.fmt_date(r.issued_on),
                "issued_on",
                cell=lambda r: r.issued_on,
            ),
            Column(lambda: self.tr("Type"), lambda r: type_name(r.type_code), "type_code"),
            Column(lambda: self.tr("Subject"), lambda r: _one_line(r.subject), "subject"),
            Column(  # the exported book keeps the path as recorded
                lambda: self.tr("File"),
                self._file_text,
                "file_path",
                cell=lambda r: r.file_path or "",
            ),
        ]
        self.columns = columns
        self._filter = RegisterFilter()
        self.model: LazyTableModel[IssuedNumber] = LazyTableModel(
            columns,
            lambda: register.count_entries(self._store, self._filter),
            lambda sort, off, lim: register.list_entries(self._store, self._filter, sort, off, lim),
            register.ISSUE_ORDER,
        )
        self.table = QTableView()
        one_line(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 120), (DAY, 100), (TYPE, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_file())
        self.empty = QLabel()  # what an empty list means, set with the filter
        self.empty.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        self.open_button = QPushButton(self.tr("&Open file"))
        self.open_button.clicked.connect(self.open_file)
        self.export_button = QPushButton(action_text())
        self.export_button.setToolTip(
            self.tr("Write the register, as filtered and sorted, to .xlsx or .csv")
        )
        self.export_button.clicked.connect(lambda: self.export_list())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.open_button, self.export_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Year:"), self.year), (self.tr("&Type:"), self.kind)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch()
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.year.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.kind.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.reload(initial=True)

    # --- reading -------------------------------------------------------------
    def reload(self, initial: bool = False) -> None:
        """Read the register again (a number issued meanwhile); the year shown stays,
        and the first time it is this year when this year has numbers."""
        self._abbreviation = get_letterhead(self._store).abbreviation
        shown = self.year.currentData() if not initial else today_local().year
        years = register.years(self._store)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in years:
            self.year.addItem(f"{y:04d}", y)
        self.year.setCurrentIndex(max(0, self.year.findData(shown)) if shown in years else 0)
        self.year.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._filter = RegisterFilter(self.year.currentData(), self.kind.currentData())
        self.model.reload()
        if self.model.rowCount():
            select_row(self.table, 0)
        filtered = self._filter != RegisterFilter()
        self.empty.setText(
            self.tr("No document issued matches the filter.")
            if filtered
            else self.tr(
                "Nothing issued yet. “Issue number and save…” in the minutes or the status "
                "report gives a document its number and lists it here."
            )
        )
        self.empty.setVisible(self.model.total() == 0)
        self.count_label.setText(
            labels.arg(self.tr("%1 document(s)"), labels.fmt_count(self.model.total()))
        )
        self.open_button.setEnabled(self.model.total() > 0)
        self.export_button.setEnabled(self.model.total() > 0)

    def _file_text(self, entry: IssuedNumber) -> str:
        """The file's path, or what became of it: none saved, or no longer there."""
        if not entry.file_path:
            return self.tr("(no file saved)")
        if not Path(entry.file_path).is_file():
            return labels.arg(self.tr("%1 (file missing)"), entry.file_path)
        return entry.file_path

    def current(self) -> IssuedNumber | None:
        return self.model.row_at(self.table.currentIndex().row())

    # --- acting --------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_file(self) -> None:
        """Open the selected document's file in its program; say so when it is gone."""
        entry = self.current()
        if entry is None:
            return
        number = number_text(entry.number, entry.type_code, self._abbreviation)
        if not entry.file_path:
            self._say(labels.arg(self.tr("No file was recorded for No. %1."), number))
            return
        path = Path(entry.file_path)
        if not path.is_file():
            self._say(
                labels.arg(
                    self.tr(
                        "The file of No. %1 is no longer at %2: it was moved, renamed or "
                        "deleted. Issue the document again to save it anew; it keeps its "
                        "number."
                    ),
                    number,
                    str(path),
                )
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(labels.arg(self.tr("“%1” could not be opened."), str(path)))
            return
        self._say("")

    def export_list(self) -> Operation[int] | None:
        f, sort = self._filter, self.model.current_sort()
        name = self.windowTitle()
        title = described(
            name,
            [
                f"{f.year:04d}" if f.year is not None else "",
                type_name(f.type_code) if f.type_code else "",
            ],
        )

        def fetch(offset: int, limit: int) -> list[IssuedNumber]:
            return register.list_entries(self._store, f, sort, offset, limit)

        return export_model_list(
            self,
            name,
            title,
            self.columns,
            lambda: register.count_entries(self._store, f),
            fetch,
            self._exported,
        )

    def _exported(self, said: str) -> None:
        self.count_label.setText(said)
        self.said.emit(said)
