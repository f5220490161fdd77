"""The first step of an import: the file, what it lists, its sheet and its header row."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator.sheets.fields import ListKind, find_header, guess_kind
from coordinator.sheets.reading import Grid, ReadCancelledError, SheetError, read_grid
from coordinator.text.formats import arg
from coordinator.text.sheets import column_letter, list_kind, sheet_problem
from coordinator.ui.common.operation import Operation
from coordinator.ui.common.views import ElidedLabel, error_line, one_line
from coordinator.ui.sheets.preview import cell_text

FIRST_ROWS = 8  # rows of the file shown, to see where its header is
FIRST_COLUMNS = 12


class FileStep(QWidget):
    """Reads the chosen file in the background; ``grid`` is None until a file reads."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.grid: Grid | None = None
        self._reading: Operation[Grid] | None = None
        self.header_index = 0
        intro = QLabel(
            self.tr(
                "Choose the Excel workbook or CSV file and say what it lists. Nothing is "
                "written until you press Import after the preview."
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_error = error_line("file_error")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_box = QVBoxLayout()
        file_box.setSpacing(2)
        file_box.addLayout(file_row)
        file_box.addWidget(self.file_error)

        self.kind_combo = QComboBox()
        for kind in ListKind:
            self.kind_combo.addItem(list_kind(kind), kind.value)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._find_header())
        self._kind_by_hand = False  # the user chose the kind: a new sheet does not change it
        self.kind_combo.activated.connect(lambda _i: setattr(self, "_kind_by_hand", True))
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._sheet_chosen())
        self.header_spin = QSpinBox()
        self.header_spin.setMinimumWidth(80)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.header_text = ElidedLabel()
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_spin)
        header_row.addWidget(self.header_text, 1)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&File:"), file_box)
        self.form.addRow(self.tr("&Kind of list:"), self.kind_combo)
        self.form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        self.form.addRow(self.tr("&Header row:"), header_row)
        for label, field in (
            (self.form.labelForField(file_box), self.choose_button),
            (self.form.labelForField(self.kind_combo), self.kind_combo),
            (self.form.labelForField(self.sheet_combo), self.sheet_combo),
            (self.form.labelForField(header_row), self.header_spin),
        ):
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.form.setRowVisible(self.sheet_combo, False)
        self.form.setRowVisible(header_row, False)
        self._header_row = header_row

        self.first_rows_label = QLabel(self.tr("The first rows of the file (the header in bold):"))
        self.first_rows = QTableWidget()
        self.first_rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.first_rows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        one_line(self.first_rows)
        self.first_rows_label.hide()
        self.first_rows.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.first_rows_label)
        layout.addWidget(self.first_rows, 1)
        layout.addStretch(0)

    # --- what the user chose ---------------------------------------------------------
    def kind(self) -> ListKind:
        return ListKind(self.kind_combo.currentData())

    def set_kind(self, kind: ListKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a list"),
            str(self.path.parent if self.path else Path.home()),
            self.tr("Excel workbooks and CSV files (*.xlsx *.csv)"),
        )
        if chosen:
            self._kind_by_hand = False
            self.load(Path(chosen))

    def load(self, path: Path, sheet: str | None = None) -> Operation[Grid]:
        """Read ``path`` (its ``sheet``, the first when None) in the background; ``changed``
        says when it is read or refused. A file chosen again drops the one being read."""
        self.file_edit.setText(str(path))

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ReadCancelledError):
                self._refuse(self.tr("Reading was stopped; choose the file again to read it."))
            elif isinstance(exc, SheetError):
                self._refuse(
                    arg(self.tr("%1 cannot be imported: %2."), path.name, sheet_problem(exc))
                )
            else:
                raise exc

        if self._reading is not None:
            self._reading.cancel()
        self._reading = (
            Operation(self, lambda progress: read_grid(path, sheet, progress))
            .with_progress(arg(self.tr("Reading %1…"), path.name), self.tr("Stop"))
            .success(lambda grid: self._read(path, grid))
            .failure(refused)
            .run()
        )
        self.changed.emit()  # Next waits for the file
        return self._reading

    def reading(self) -> bool:
        """Whether a file is being read (Next waits for it)."""
        return self._reading is not None and not self._reading.done

    def _read(self, path: Path, grid: Grid) -> None:
        self.path, self.grid = path, grid
        self.file_error.hide()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(grid.sheets)
        if grid.sheet in grid.sheets:
            self.sheet_combo.setCurrentIndex(grid.sheets.index(grid.sheet))
        self.sheet_combo.blockSignals(False)
        self.form.setRowVisible(self.sheet_combo, bool(grid.sheets))
        self.form.setRowVisible(self._header_row, True)
        if not self._kind_by_hand:
            self.kind_combo.blockSignals(True)
            self.set_kind(guess_kind(grid.rows, self.kind()))
            self.kind_combo.blockSignals(False)
        self._find_header()

    def _refuse(self, text: str) -> None:
        self.grid = None
        self.file_error.setText(text)
        self.file_error.show()
        self.form.setRowVisible(self.sheet_combo, False)
        self.form.setRowVisible(self._header_row, False)
        self.first_rows_label.hide()
        self.first_rows.hide()
        self.changed.emit()

    def _sheet_chosen(self) -> None:
        if self.path is not None and self.grid is not None:
            name = self.sheet_combo.currentText()
            if name and (name != self.grid.sheet or self.reading()):
                self.load(self.path, name)  # a sheet being read meanwhile is dropped

    # --- the header row --------------------------------------------------------------
    def _find_header(self) -> None:
        if self.grid is None:
            self.changed.emit()
            return
        rows = self.grid.rows
        self.header_index = find_header(self.kind(), rows)
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(rows[0][0], rows[-1][0])
        self.header_spin.setValue(rows[self.header_index][0])
        self.header_spin.blockSignals(False)
        self._show_header()

    def _header_chosen(self, number: int) -> None:
        """The file's row ``number``, or the next row with something in it."""
        if self.grid is None:
            return
        rows = self.grid.rows
        index = next((i for i, (n, _) in enumerate(rows) if n >= number), len(rows) - 1)
        self.header_index = index
        if rows[index][0] != number:
            self.header_spin.blockSignals(True)
            self.header_spin.setValue(rows[index][0])
            self.header_spin.blockSignals(False)
        self._show_header()

    def header_cells(self) -> list[str]:
        assert self.grid is not None
        cells = [cell_text(c).strip() for c in self.grid.rows[self.header_index][1]]
        return cells + [""] * (self.grid.width - len(cells))

    def _show_header(self) -> None:
        assert self.grid is not None
        self.header_text.setText(" · ".join(c for c in self.header_cells() if c))
        shown = self.grid.rows[: max(FIRST_ROWS, self.header_index + 3)]
        width = min(self.grid.width, FIRST_COLUMNS)
        table = self.first_rows
        table.clear()
        table.setRowCount(len(shown))
        table.setColumnCount(width)
        table.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        table.setVerticalHeaderLabels([str(n) for n, _ in shown])
        bold = QFont(table.font())
        bold.setBold(True)
        for r, (_, cells) in enumerate(shown):
            for c in range(min(width, len(cells))):
                item = QTableWidgetItem(cell_text(cells[c]))
                if r == self.header_index:
                    item.setFont(bold)
                table.setItem(r, c, item)
        for c in range(width):
            table.setColumnWidth(c, 140)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        self.first_rows_label.show()
        table.show()
        self.changed.emit()
