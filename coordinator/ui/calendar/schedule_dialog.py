"""Lịch → Lịch công tác tuần…: a week and whose, then to paper, PDF or Word."""

from datetime import date
from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.db.queries.common import Choice
from coordinator.db.queries.events import people_choices
from coordinator.db.queries.partners import organization_choices
from coordinator.db.queries.projects import project_choices
from coordinator.db.store import Store
from coordinator.reports import schedule
from coordinator.reports.schedule import ScheduleScope, WeekSchedule
from coordinator.text import labels
from coordinator.text.errors import write_error_text
from coordinator.ui.common.combo import choice_combo, refill
from coordinator.ui.common.dates import RequiredDateEdit, refuse_bad_dates
from coordinator.ui.common.operation import Operation

EVERYONE = "all"


class ScheduleDialog(QDialog):
    """Stays open after each output, so one week can go to paper, PDF and Word."""

    saved = Signal(Path)

    def __init__(
        self,
        store: Store,
        day: date,
        scope: ScheduleScope | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Weekly work schedule"))
        self.setMinimumWidth(520)
        self.week = RequiredDateEdit(day)
        self.week.setToolTip(self.tr("Any day of the week: it runs from Monday to Sunday"))
        self.week_text = QLabel()
        self.week.dateChanged.connect(lambda _d: self._show_week())

        self.kind = QComboBox()
        for kind, text in (
            (EVERYONE, self.tr("Everyone")),
            (schedule.UNIT, self.tr("One host unit")),
            (schedule.PERSON, self.tr("One person")),
            (schedule.PROJECT, self.tr("One project")),
        ):
            self.kind.addItem(text, kind)
        self.item = choice_combo([], self.tr("(choose)"), 40)
        self.item.setToolTip(self.tr("Type part of a name to find it"))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())

        form = QFormLayout()
        week_row = QHBoxLayout()
        week_row.addWidget(self.week)
        week_row.addWidget(self.week_text, 1)
        whose = QHBoxLayout()
        whose.addWidget(self.kind)
        whose.addWidget(self.item, 1)
        for text, buddy, row in (
            (self.tr("&Week of:"), self.week, week_row),
            (self.tr("&For:"), self.kind, whose),
        ):
            label = QLabel(text)
            label.setBuddy(buddy)  # a row of several widgets: its label names the first
            form.addRow(label, row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.docx_button = QPushButton(self.tr("Save as &Word…"))
        buttons = QDialogButtonBox()
        for button in self._outputs():
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_schedule)
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.docx_button.clicked.connect(lambda: self.save_as(".docx"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._last_folder = Path(user_documents_dir())
        self._kind_chosen()
        if scope is not None and scope.kind:
            self.choose(scope.kind, scope.item_id)
        self._show_week()

    # --- choosing -------------------------------------------------------------
    def _choices(self, kind: str) -> list[Choice]:
        if kind == schedule.UNIT:
            return organization_choices(self._store, internal=True)
        if kind == schedule.PERSON:
            return people_choices(self._store)
        if kind == schedule.PROJECT:
            return project_choices(self._store)
        return []

    def _kind_chosen(self) -> None:
        kind = self.kind.currentData()
        refill(self.item, self.tr("(choose)"), ((c.name, c.id) for c in self._choices(kind)))
        self.item.setEnabled(kind != EVERYONE)

    def choose(self, kind: str, item_id: int | None = None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if item_id is not None:
            self.item.setCurrentIndex(max(0, self.item.findData(item_id)))

    def _show_week(self) -> None:
        day = self.week.value()
        if day is None:
            self.week_text.clear()
            return
        first, last = schedule.week_of(day)
        self.week_text.setText(
            labels.arg(
                self.tr("Monday %1 to Sunday %2"), labels.fmt_date(first), labels.fmt_date(last)
            )
        )

    def request(self) -> tuple[date, ScheduleScope] | None:
        """The week and whose, or None after saying in the dialog what is missing."""
        bad = refuse_bad_dates(self)
        day = self.week.value()
        if bad or day is None:
            self._say(bad[0].problem() if bad else self.tr("Type a day of the week."), True)
            return None
        kind = self.kind.currentData()
        if kind == EVERYONE:
            scope = ScheduleScope()
        else:
            item = self.item.currentData()
            if item is None:
                self.item.setFocus()
                self._say(self.tr("Choose which one in the list beside “For”."), True)
                return None
            name = self.item.currentText()
            scope = ScheduleScope(kind, int(item), name)
        self.message.clear()
        return day, scope

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    # --- outputs --------------------------------------------------------------
    def _outputs(self) -> list[QPushButton]:
        return [self.print_button, self.pdf_button, self.docx_button]

    def _busy(self, busy: bool) -> None:
        for button in self._outputs():
            button.setEnabled(not busy)

    def print_schedule(self) -> None:
        asked = self.request()
        if asked is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(schedule.page_layout())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        store, (day, scope) = self._store, asked

        def paint(ws: WeekSchedule) -> None:
            self._busy(False)
            pages = schedule.paint(ws, printer)
            self._say(labels.arg(self.tr("%1 pages sent to the printer."), labels.fmt_count(pages)))

        def refused(exc: BaseException) -> None:
            self._busy(False)
            raise exc

        self._busy(True)
        (
            Operation(self, lambda _progress: schedule.gather(store, day, scope))
            .with_progress(self.tr("Gathering the week's events…"), self.tr("Stop"))
            .success(paint)
            .failure(refused)
            .run()
        )

    def save_as(self, suffix: str, path: Path | None = None) -> Operation[WeekSchedule] | None:
        """Ask where (unless ``path``), then gather and write; None when nothing started."""
        asked = self.request()
        if asked is None:
            return None
        day, scope = asked
        if path is None:
            filters = {
                ".pdf": self.tr("PDF documents (*.pdf)"),
                ".docx": self.tr("Word documents (*.docx)"),
            }
            first, _last = schedule.week_of(day)
            name = f"{self.tr('weekly-schedule')}-{first:%Y%m%d}{suffix}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the schedule"), str(self._last_folder / name), filters[suffix]
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != suffix:
                path = path.with_name(path.name + suffix)
        store, target = self._store, path

        def work(_progress: object) -> WeekSchedule:
            ws = schedule.gather(store, day, scope)
            schedule.write(ws, target)
            return ws

        def written(_ws: WeekSchedule) -> None:
            self._busy(False)
            self._last_folder = target.parent
            self._say(labels.arg(self.tr("Saved to %1"), str(target)))
            self.saved.emit(target)

        def refused(exc: BaseException) -> None:
            self._busy(False)
            if not isinstance(exc, OSError):
                raise exc
            QMessageBox.warning(self, self.tr("Save the schedule"), write_error_text(target, exc))

        self._busy(True)
        return (
            Operation(self, work)
            .with_progress(self.tr("Writing the schedule…"), self.tr("Stop"))
            .success(written)
            .failure(refused)
            .run()
        )
