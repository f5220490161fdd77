"""The window's scheduling commands: planner, roster, .ics import and export, office hours,
the calendar on paper and the weekly work schedule."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from coordinator.db.files import write_whole
from coordinator.db.queries.events import EventFilter
from coordinator.ical import (
    IcsError,
    ImportCancelledError,
    ImportReport,
    export_calendar,
    import_calendar,
)
from coordinator.reports import schedule
from coordinator.text import labels
from coordinator.text.errors import write_error_text
from coordinator.ui.calendar import printing
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.calendar.schedule_dialog import ScheduleDialog
from coordinator.ui.calendar.tab import WEEK
from coordinator.ui.common.operation import Operation
from coordinator.ui.preferences import PreferencesDialog
from coordinator.ui.projects.roster import RosterDialog
from coordinator.ui.window_base import WindowBase


class Scheduling:
    """Holds the window the commands act on; one per main window."""

    def __init__(self, window: WindowBase) -> None:
        self.w = window
        self.roster: RosterDialog | None = None

    def status(self, text: str) -> None:
        self.w.statusBar().showMessage(text, 8000)

    def plan(self) -> None:
        cal = self.w.calendar
        # The period starts today or at the projects' start, never silently in the past.
        dialog = PlannerDialog(self.w.store, None, self.w)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_ids:
            self.w.tabs.setCurrentIndex(self.w.tabs.indexOf(cal))
            if dialog.plan is not None and dialog.plan.sessions:
                cal.go_to(dialog.plan.sessions[0].starts.date())
            self.status(
                labels.arg(
                    QCoreApplication.translate("Scheduling", "%1 consultations saved."),
                    len(dialog.saved_ids),
                )
            )

    def show_roster(
        self, project_id: int | None = None, organization_id: int | None = None, title: str = ""
    ) -> RosterDialog:
        dialog = RosterDialog(
            self.w.store,
            self.w,
            project_id=project_id,
            organization_id=organization_id,
            title=title or None,
            undo=self.w.undo_stack,
        )
        dialog.show_person_week.connect(self.person_week)
        dialog.changed.connect(lambda: self.w.current_page().refresh())
        dialog.message.connect(self.status)
        dialog.show()
        self.roster = dialog
        return dialog

    def person_week(self, person_id: int, day: date) -> None:
        cal = self.w.calendar
        self.w.tabs.setCurrentIndex(self.w.tabs.indexOf(cal))
        cal.set_view(WEEK)
        cal.set_scope(EventFilter(person_id=person_id))
        cal.go_to(day)

    def import_ics(self, path: Path | None = None) -> None:
        title = QCoreApplication.translate("Scheduling", "Import a calendar")
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.w,
                title,
                str(Path.home()),
                QCoreApplication.translate("Scheduling", "iCalendar files (*.ics)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        store, chosen_path = self.w.store, path

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ImportCancelledError):
                self.status(
                    QCoreApplication.translate("Scheduling", "Import stopped; nothing was written.")
                )
                return
            if not isinstance(exc, IcsError):
                raise exc
            QMessageBox.warning(
                self.w,
                title,
                labels.arg(
                    QCoreApplication.translate(
                        "Scheduling", "%1 cannot be imported, and nothing of it was written: %2"
                    ),
                    chosen_path.name,
                    labels.ics_problem(exc.problem),
                ),
            )

        (
            Operation(self.w, lambda progress: import_calendar(store, chosen_path, progress))
            .with_progress(
                labels.arg(QCoreApplication.translate("Scheduling", "Importing %1…"), path.name),
                QCoreApplication.translate("Scheduling", "Stop"),
            )
            .writes()
            .success(lambda report: self._imported(chosen_path, report))
            .failure(refused)
            .run()
        )

    def _imported(self, path: Path, report: ImportReport) -> None:
        title = QCoreApplication.translate("Scheduling", "Import a calendar")
        self.w.data_replaced()
        summary = labels.arg(
            QCoreApplication.translate(
                "Scheduling",
                "%1 events added, %2 updated, %3 unchanged, %4 people added, %5 skipped.",
            ),
            *map(
                labels.fmt_count,
                (
                    report.added,
                    report.updated,
                    report.unchanged,
                    report.people_added,
                    len(report.skipped),
                ),
            ),
        )
        self.status(summary)
        if report.skipped:
            box = QMessageBox(QMessageBox.Icon.Information, title, summary, parent=self.w)
            box.setDetailedText(
                "\n".join(
                    f"{x.summary or x.uid or '?'}: {labels.ics_problem(x.problem)}"
                    for x in report.skipped
                )
            )
            box.exec()

    def export_ics(self, path: Path | None = None) -> None:
        """Export the events the calendar's filter shows (all of them when unfiltered)."""
        title = QCoreApplication.translate("Scheduling", "Export the calendar")
        scope = self.w.calendar.scope()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.w,
                title,
                str(Path.home() / f"{self.w.store.path.stem}.ics"),
                QCoreApplication.translate("Scheduling", "iCalendar files (*.ics)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        data = export_calendar(self.w.store, scope, name=self.w.store.path.stem)
        try:
            write_whole(path, lambda partial: partial.write_bytes(data))
        except OSError as exc:
            QMessageBox.warning(self.w, title, write_error_text(Path(path), exc))
            return
        count = data.count(b"BEGIN:VEVENT")
        filtered = scope != EventFilter()
        text = (
            QCoreApplication.translate(
                "Scheduling", "%1 events (as filtered in the calendar) exported to %2"
            )
            if filtered
            else QCoreApplication.translate("Scheduling", "%1 events exported to %2")
        )
        self.status(labels.arg(text, labels.fmt_count(count), path))

    def preferences(self) -> None:
        if PreferencesDialog(self.w.store, self.w).exec() == QDialog.DialogCode.Accepted:
            self.w.calendar.refresh()
            self.status(QCoreApplication.translate("Scheduling", "Preferences saved."))

    # --- on paper ----------------------------------------------------------------
    def print_view(self) -> None:
        """The calendar's view, as shown and filtered, through the print dialog."""
        cal = self.w.calendar
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(printing.page_layout(cal))
        printer.setDocName(printing.view_title(cal))
        if QPrintDialog(printer, self.w).exec() != QDialog.DialogCode.Accepted:
            return
        pages = printing.paint_view(cal, printer)
        self.status(
            labels.arg(
                QCoreApplication.translate("Scheduling", "%1 pages sent to the printer."),
                labels.fmt_count(pages),
            )
        )

    def save_view_pdf(self, path: Path | None = None) -> None:
        """The calendar's view, as shown and filtered, to a PDF file."""
        cal = self.w.calendar
        title = QCoreApplication.translate("Scheduling", "Save the calendar view as PDF")
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.w,
                title,
                str(Path.home() / f"{printing.view_title(cal)}.pdf".replace("/", "-")),
                QCoreApplication.translate("Scheduling", "PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        try:
            printing.write_view_pdf(cal, path)
        except OSError as exc:
            QMessageBox.warning(self.w, title, write_error_text(path, exc))
            return
        self.status(
            labels.arg(QCoreApplication.translate("Scheduling", "Calendar view saved to %1"), path)
        )

    def weekly_schedule(self) -> ScheduleDialog:
        """Lịch công tác tuần for the week the calendar shows, narrowed as it is."""
        cal = self.w.calendar
        f = cal.scope()
        scope = None
        for kind, value, combo in (
            (schedule.PROJECT, f.project_id, cal.project_filter),
            (schedule.UNIT, f.host_unit_id, cal.unit_filter),
            (schedule.PERSON, f.person_id, cal.person_filter),
        ):
            if value is not None:
                scope = schedule.ScheduleScope(kind, value, combo.currentText())
                break
        dialog = ScheduleDialog(self.w.store, cal.anchor, scope, self.w)
        dialog.saved.connect(
            lambda path: self.status(
                labels.arg(QCoreApplication.translate("Scheduling", "Schedule saved to %1"), path)
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog
