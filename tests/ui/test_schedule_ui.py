"""The calendar on paper through the window: the weekly schedule's dialog, the view's
print and PDF, and Ctrl+P, over the week typed in tests/reports/test_schedule.py."""

from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coordinator.db.store import Store
from coordinator.reports import schedule
from coordinator.ui.calendar.schedule_dialog import ScheduleDialog
from coordinator.ui.calendar.tab import AGENDA, MONTH, WEEK
from coordinator.ui.main_window import CALENDAR, PARTNERS, MainWindow
from tests.reports.test_schedule import Week, type_week
from tests.ui.ops import settle


@pytest.fixture
def week(store: Store) -> Week:
    return type_week(store)


class _PrintToFile:
    """Stands for QPrintDialog: "prints" to a PDF file instead of asking."""

    target: Path

    def __init__(self, printer: QPrinter, _parent: Any = None) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def _print_to(monkeypatch: pytest.MonkeyPatch, module: str, path: Path) -> None:
    fake = type("PrintToFile", (_PrintToFile,), {"target": path})
    monkeypatch.setattr(f"{module}.QPrintDialog", fake)


def _text(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [p.extract_text() for p in pdf.pages]


def _open_dialog(window: MainWindow) -> ScheduleDialog:
    window.schedule_action.trigger()
    dialogs = window.findChildren(ScheduleDialog)
    assert len(dialogs) == 1
    return dialogs[0]


def test_the_dialog_saves_one_persons_week_as_pdf_and_word(
    window: MainWindow, week: Week, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.tabs.setCurrentIndex(CALENDAR)
    window.calendar.go_to(date(2026, 4, 29))
    assert window.schedule_action in window.menuBar().actions()[-2].menu().actions()
    dialog = _open_dialog(window)
    assert dialog.week.value() == date(2026, 4, 29)  # the week the calendar shows
    assert "27/04/2026" in dialog.week_text.text() and "03/05/2026" in dialog.week_text.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(schedule.PERSON))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert "Choose which one" in dialog.message.text()  # nobody chosen yet: said, not saved
    dialog.item.setCurrentIndex(dialog.item.findData(week.expert))
    saved: list[Path] = []
    dialog.saved.connect(saved.append)
    for suffix in (".pdf", ".docx"):
        monkeypatch.setattr(
            "coordinator.ui.calendar.schedule_dialog.QFileDialog.getSaveFileName",
            lambda *_a, s=suffix: (str(tmp_path / f"lich{s}"), ""),
        )
        button = dialog.pdf_button if suffix == ".pdf" else dialog.docx_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()
    assert saved == [tmp_path / "lich.pdf", tmp_path / "lich.docx"]
    (text,) = _text(tmp_path / "lich.pdf")
    assert "WEEKLY WORK SCHEDULE" in text and "Person: Anna Schmidt" in text
    assert "Tư vấn chuyển đổi số" in text and "Họp giao ban tuần" not in text
    assert (tmp_path / "lich.docx").stat().st_size > 5000
    dialog.done(0)


def test_the_dialog_prints_and_refuses_a_bad_day(
    window: MainWindow, week: Week, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.calendar.go_to(date(2026, 4, 27))
    dialog = _open_dialog(window)
    _print_to(monkeypatch, "coordinator.ui.calendar.schedule_dialog", tmp_path / "in.pdf")
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle()
    assert "1" in dialog.message.text()
    (text,) = _text(tmp_path / "in.pdf")
    assert "(From 27/4/2026 to 03/5/2026)" in text and "Monday, 27/4" in text
    dialog.week.edit.setText("31/02/2026")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text()  # said beside the buttons; no file asked for
    dialog.done(0)


@pytest.mark.parametrize(
    ("view", "title"),
    [
        (MONTH, "Calendar, month 4/2026 — Project TNV-01 – Chuyển đổi số"),
        (WEEK, "Calendar, week of 27/04/2026 to 03/05/2026 — Project TNV-01 – Chuyển đổi số"),
        (AGENDA, "Agenda from 27/04/2026 — Project TNV-01 – Chuyển đổi số"),
    ],
)
def test_ctrl_p_prints_the_calendars_view_with_its_filter(
    window: MainWindow,
    week: Week,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    view: int,
    title: str,
) -> None:
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    cal = window.calendar
    window.tabs.setCurrentIndex(CALENDAR)
    cal.set_view(view)
    cal.go_to(date(2026, 4, 27))
    cal.project_filter.choose(week.project)
    _print_to(monkeypatch, "coordinator.ui.calendar.actions", tmp_path / "view.pdf")
    window.print_action.trigger()
    text = "\n".join(_text(tmp_path / "view.pdf"))
    assert title in text.replace("\n", " ")
    with pdfplumber.open(tmp_path / "view.pdf") as pdf:
        page = pdf.pages[0]
        assert (page.width > page.height) == (view != AGENDA)
    if view == AGENDA:
        assert "Tư vấn chuyển đổi" in text and "Họp giao ban tuần" not in text
    # The same view saved as PDF.
    window.scheduling.save_view_pdf(tmp_path / "same.pdf")
    assert title in " ".join(_text(tmp_path / "same.pdf")).replace("\n", " ")


def test_ctrl_p_elsewhere_opens_the_report_which_keeps_its_own_shortcut(
    window: MainWindow,
) -> None:
    window.tabs.setCurrentIndex(PARTNERS)
    window.print_action.trigger()
    dialog = window._report_dialog  # noqa: SLF001
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    assert window.report_action.shortcut() == QKeySequence("Ctrl+Alt+P")
    shortcuts = [a.shortcut().toString() for a in window.findChildren(type(window.report_action))]
    assert shortcuts.count("Ctrl+P") == 1 and shortcuts.count("Ctrl+Alt+P") == 1
