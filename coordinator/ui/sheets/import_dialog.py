"""File → Import a list from Excel/CSV: the file, the mapping, the preview, then one step.

Three steps with Back / Next, then Import. Reading, planning and writing run in the
background with Stop; nothing is written before Import, and then all of it in one
transaction that one Ctrl+Z takes back.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.sheets.importing import (
    Action,
    ImportCancelledError,
    ImportPlan,
    ImportResult,
    Notice,
    apply_plan,
    plan_import,
)
from coordinator.text.formats import arg, fmt_count
from coordinator.text.sheets import below_text, change_text, field_label, problem_text, row_notes
from coordinator.ui.common.operation import Operation
from coordinator.ui.common.views import EnterStaysInTables, error_line, one_line, select_row
from coordinator.ui.sheets.command import ImportCommand
from coordinator.ui.sheets.file_step import FileStep
from coordinator.ui.sheets.mapping import MappingTable
from coordinator.ui.sheets.preview import (
    ACTION,
    CHANGES,
    NAME,
    ROW,
    STORED,
    ActionDelegate,
    PreviewModel,
    Show,
)

FILE, MAPPING, PREVIEW = range(3)
MAPPING_SAMPLE_ROWS = 200  # rows looked at for each column's first values


class ImportDialog(QDialog):
    """``imported`` carries the status bar's sentence once the import is written."""

    imported = Signal(str)

    def __init__(
        self, store: Store, undo_stack: QUndoStack, refresh: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a list from Excel/CSV"))
        self.resize(980, 640)
        self._store, self._undo, self._refresh = store, undo_stack, refresh
        self.plan: ImportPlan | None = None
        self.model: PreviewModel | None = None
        self._working: Operation[Any] | None = None  # the preview or the import, running
        self._mapped_for: tuple[object, ...] | None = None
        self._planned_for: tuple[object, ...] | None = None

        self.step_title = QLabel()
        font = self.step_title.font()
        font.setBold(True)
        self.step_title.setFont(font)
        self.file_step = FileStep()
        self.file_step.changed.connect(self._update_buttons)
        self.steps = QStackedWidget()
        self.steps.addWidget(self.file_step)
        self.steps.addWidget(self._mapping_page())
        self.steps.addWidget(self._preview_page())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        EnterStaysInTables(self, self.table)
        self._go(FILE)

    # --- pages ---------------------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Check what each column of the file fills. A column left “— not imported —” "
                "is not read; a field chosen for a second column leaves the first."
            )
        )
        intro.setWordWrap(True)
        self.mapping = MappingTable()
        self.mapping.changed.connect(self._mapping_changed)
        self.mapping_error = error_line("mapping_error")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.mapping_error)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.show_combo = QComboBox()
        for text, show in (
            (self.tr("All rows"), Show.ALL),
            (self.tr("Rows with problems"), Show.PROBLEMS),
            (self.tr("Duplicates"), Show.DUPLICATES),
            (self.tr("Rows to add"), Show.TO_ADD),
        ):
            self.show_combo.addItem(text, show.value)
        self.show_combo.currentIndexChanged.connect(self._filter)
        self.copy_button = QPushButton(self.tr("&Copy problems"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(self.tr("Copy every problem, with its row and column"))
        self.copy_button.clicked.connect(self.copy_problems)
        show_label = QLabel(self.tr("Sh&ow:"))
        show_label.setBuddy(self.show_combo)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(show_label)
        top.addWidget(self.show_combo)
        top.addWidget(self.copy_button)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(ACTION, ActionDelegate(self.table))
        one_line(self.table)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview_note = error_line("preview_note")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.preview_note)
        return page

    # --- going from step to step ------------------------------------------------------------
    def step(self) -> int:
        return self.steps.currentIndex()

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_title.setText(
            (
                self.tr("Step 1 of 3: the file and what it lists"),
                self.tr("Step 2 of 3: the columns"),
                self.tr("Step 3 of 3: the preview; nothing is written before Import"),
            )[step]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step()
        self.back_button.setEnabled(step > FILE)
        self.next_button.setVisible(step < PREVIEW)
        self.import_button.setVisible(step == PREVIEW)
        busy = self._busy()  # a step waits for the file, the preview or the import
        if step == FILE:
            self.next_button.setEnabled(self.file_step.grid is not None and not busy)
        elif step == MAPPING:
            self.next_button.setEnabled(not self.mapping.missing() and not busy)
        else:
            counts = self.plan.counts() if self.plan is not None else {}
            self.import_button.setEnabled(
                bool(counts.get(Action.ADD) or counts.get(Action.MERGE)) and not busy
            )
        if busy:
            self.back_button.setEnabled(False)
        default = self.import_button if step == PREVIEW else self.next_button
        default.setDefault(True)
        (self.next_button if step == PREVIEW else self.import_button).setDefault(False)

    def _busy(self) -> bool:
        working = self._working is not None and not self._working.done
        return working or self.file_step.reading()

    def _run(self, operation: Operation[Any]) -> None:
        """Start the step's slow part; the buttons wait until it is done."""
        self._working = operation.run()
        self._update_buttons()

    def next(self) -> None:
        if not self.next_button.isEnabled() or not self.next_button.isVisible():
            return
        if self.step() == FILE:
            self._show_mapping()
            self._go(MAPPING)
        elif self.step() == MAPPING:
            self._make_plan(lambda: self._go(PREVIEW))

    def back(self) -> None:
        if self.step() > FILE:
            self._go(self.step() - 1)

    # --- step 2: the mapping ----------------------------------------------------------------
    def _file_key(self) -> tuple[object, ...]:
        f = self.file_step
        sheet = f.grid.sheet if f.grid is not None else ""
        return (f.path, sheet, f.kind(), f.header_index, id(f.grid))

    def _show_mapping(self) -> None:
        key = self._file_key()
        if key == self._mapped_for:
            return  # the user's choices stay while the file and its header do
        from coordinator.sheets.fields import guess_mapping  # noqa: PLC0415

        f = self.file_step
        assert f.grid is not None
        headers = f.header_cells()
        body = [cells for _, cells in f.grid.rows[f.header_index + 1 :][:MAPPING_SAMPLE_ROWS]]
        self.mapping.show_columns(f.kind(), headers, body, guess_mapping(f.kind(), headers))
        self._mapped_for = key

    def _mapping_changed(self) -> None:
        missing = self.mapping.missing()
        if missing:
            self.mapping_error.setText(
                arg(
                    self.tr("Choose the column that holds %1: this list cannot do without it."),
                    ", ".join(field_label(f) for f in missing),
                )
            )
        self.mapping_error.setVisible(bool(missing))
        self._update_buttons()

    # --- step 3: the preview ----------------------------------------------------------------
    def _make_plan(self, then: Callable[[], None] | None = None) -> None:
        """Plan the import in the background; show the preview, then ``then()``."""
        f = self.file_step
        grid, kind, header, mapping = f.grid, f.kind(), f.header_index, self.mapping.mapping()
        assert grid is not None
        key = (*self._file_key(), tuple(mapping))
        # The actions the user chose stay while the file and its mapping do.
        keep = self.model.chosen if self.model is not None and key == self._planned_for else {}
        store = self._store

        def planned(plan: ImportPlan) -> None:
            self._show_plan(plan, key, keep)
            self._update_buttons()
            if then is not None:
                then()

        def refused(exc: BaseException) -> None:
            self._update_buttons()
            if not isinstance(exc, ImportCancelledError):
                raise exc
            self.mapping_error.setText(self.tr("The preview was stopped; nothing was written."))
            self.mapping_error.show()

        self._run(
            Operation(
                self,
                lambda progress: plan_import(store, grid, kind, mapping, header, progress),
            )
            .with_progress(self.tr("Preparing the preview…"), self.tr("Stop"))
            .success(planned)
            .failure(refused)
        )

    def _show_plan(
        self, plan: ImportPlan, key: tuple[object, ...], keep: dict[int, Action]
    ) -> None:
        f = self.file_step
        grid, header = f.grid, f.header_index
        assert grid is not None
        chosen = {}
        for i, action in keep.items():
            if i < len(plan.rows) and action in plan.rows[i].choices():
                plan.rows[i].action = chosen[i] = action
        self._planned_for = key
        self.plan = plan
        cells = [cells for _, cells in grid.rows[header + 1 :]]
        self.model = PreviewModel(plan, cells, self)
        self.model.chosen = chosen
        self.model.actions_changed.connect(self._actions_changed)
        self.model.set_show(Show(self.show_combo.currentData()))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setStretchLastSection(True)
        for column, width in ((ROW, 56), (NAME, 240), (ACTION, 140), (STORED, 190), (CHANGES, 150)):
            self.table.setColumnWidth(column, width)
        self.preview_note.hide()
        self._show_counts()
        self._selected()

    def _actions_changed(self) -> None:
        self._show_counts()
        self._selected()

    def _show_counts(self) -> None:
        assert self.plan is not None
        counts = self.plan.counts()
        text = arg(
            self.tr("%1 to add, %2 to merge, %3 already there, %4 skipped"),
            fmt_count(counts[Action.ADD]),
            fmt_count(counts[Action.MERGE]),
            fmt_count(counts[Action.UNCHANGED]),
            fmt_count(counts[Action.SKIP]),
        )
        bad = sum(1 for r in self.plan.rows if r.problems)
        if bad:
            text += "; " + arg(self.tr("rows with problems: %1"), fmt_count(bad))
        maybe = len(self.plan.maybe_same())
        if maybe:
            text += "; " + arg(self.tr("possible duplicates to check: %1"), fmt_count(maybe))
        if self.plan.below:
            text += "; " + below_text(self.plan.below)
        self.counts.setText(text)
        self.copy_button.setEnabled(bad > 0)
        self._update_buttons()

    def _filter(self) -> None:
        if self.model is not None:
            self.model.set_show(Show(self.show_combo.currentData()))
            self._selected()

    def set_show(self, show: Show) -> None:
        self.show_combo.setCurrentIndex(self.show_combo.findData(show.value))

    def _selected(self, *_args: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows() if self.model is not None else []
        if self.model is None or not rows:
            self.detail.setText(self.tr("Choose a row to read all it says."))
            return
        row = self.model.planned(rows[0].row())
        parts = [arg(self.tr("Row %1"), row.row)]
        if row.existing is not None and not any(n is Notice.MAYBE_SAME for n, _ in row.notices):
            parts.append(arg(self.tr("Stored now: %1"), row.existing.summary))
        parts += [change_text(f, old, new) for f, (old, new) in row.changes.items()]
        notes = row_notes(row)
        if notes:
            parts.append(notes)
        self.detail.setText(" — ".join(parts))

    def select_file_row(self, number: int) -> None:
        """Select the row numbered ``number`` in the file (shown by the filter)."""
        if self.model is not None:
            select_row(self.table, self.model.view_row_of(number))

    def copy_problems(self) -> None:
        if self.plan is not None:
            QGuiApplication.clipboard().setText(
                "\n".join(problem_text(p) for p in self.plan.problems())
            )

    # --- step 4: importing ------------------------------------------------------------------
    def do_import(self) -> None:
        plan, path = self.plan, self.file_step.path
        if plan is None or path is None or not self.import_button.isEnabled():
            return
        store = self._store

        def refused(exc: BaseException) -> None:
            self._update_buttons()
            if isinstance(exc, ImportCancelledError):
                self.preview_note.setText(self.tr("The import was stopped; nothing was written."))
                self.preview_note.show()
                return
            if not isinstance(exc, RecordChangedError):
                raise exc
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "A record of this list was changed since the preview (in another window or "
                    "on another computer), so nothing was written. Look at the preview again: "
                    "it now shows the records as they are."
                ),
            )
            self._make_plan()  # the same key: the user's choices are kept where they fit

        self._run(
            Operation(self, lambda progress: apply_plan(store, plan, progress))
            .with_progress(arg(self.tr("Importing %1…"), path.name), self.tr("Stop"))
            .writes()
            .success(lambda result: self._imported(path, result))
            .failure(refused)
        )

    def _imported(self, path: Path, result: ImportResult) -> None:
        store = self._store
        command = ImportCommand(
            arg(self.tr("Import from %1"), path.name),
            store,
            result,
            self._refresh,
            self.parentWidget() or self,
        )
        self._undo.push(command)
        self._refresh()
        self.imported.emit(
            arg(
                self.tr("Imported from %1: %2 added, %3 merged, %4 already there, %5 skipped."),
                path.name,
                result.added,
                result.merged,
                result.unchanged,
                result.skipped,
            )
        )
        self.accept()
