"""Which field each column of the file fills: one row per column, a list per row.

A list of at most a few hundred columns: a table of widgets is enough here. A field
chosen for a second column leaves the first one (one column per field).
"""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coordinator.sheets.fields import FIELDS, REQUIRED, Field, ListKind, Mapping
from coordinator.sheets.reading import Cell
from coordinator.text.sheets import column_letter, field_label
from coordinator.ui.common.views import one_line
from coordinator.ui.sheets.preview import cell_text

LETTER, HEADER, SAMPLES, FIELD = range(4)
SAMPLE_COUNT = 3


class MappingTable(QTableWidget):
    """The file's columns: letter, header, first values, and the field each fills."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the file"), self.tr("First values"),
             self.tr("Imported as")]
        )  # fmt: skip
        header = self.horizontalHeader()
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(LETTER, 70)
        self.setColumnWidth(HEADER, 220)
        self.setColumnWidth(FIELD, 260)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        one_line(self)
        self.kind = ListKind.PARTNERS
        self._combos: list[QComboBox] = []

    def show_columns(
        self,
        kind: ListKind,
        headers: Sequence[str],
        body: Sequence[Sequence[Cell]],
        mapping: Mapping,
    ) -> None:
        """One row per column of the file; ``body`` are the rows below the header."""
        self.kind = kind
        self.setRowCount(0)
        self._combos = []
        self.setRowCount(len(headers))
        for column, header in enumerate(headers):
            samples = [
                cell_text(cells[column])
                for cells in body
                if column < len(cells) and cells[column] not in (None, "")
            ][:SAMPLE_COUNT]
            self.setItem(column, LETTER, QTableWidgetItem(column_letter(column)))
            self.setItem(column, HEADER, QTableWidgetItem(header))
            self.setItem(column, SAMPLES, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for fld in FIELDS[kind]:
                combo.addItem(field_label(fld), fld.value)
            chosen = mapping[column] if column < len(mapping) else None
            combo.setCurrentIndex(max(0, combo.findData(chosen.value if chosen else None)))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._chose(c))
            self.setCellWidget(column, FIELD, combo)
            self._combos.append(combo)
        self.changed.emit()

    def combo(self, column: int) -> QComboBox:
        return self._combos[column]

    def set_field(self, column: int, fld: Field | None) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(max(0, combo.findData(fld.value if fld else None)))

    def mapping(self) -> Mapping:
        return [Field(c.currentData()) if c.currentData() else None for c in self._combos]

    def missing(self) -> list[Field]:
        chosen = set(self.mapping())
        return [f for f in REQUIRED[self.kind] if f not in chosen]

    def _chose(self, column: int) -> None:
        value = self._combos[column].currentData()
        if value:
            for other, combo in enumerate(self._combos):
                if other != column and combo.currentData() == value:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.changed.emit()
