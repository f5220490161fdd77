"""The outgoing register driven through its widgets, from an empty database: the
minutes and the report take their numbers when issued (not when printed), and
File → Outgoing documents register lists, opens and exports them."""

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db.queries import register
from coordinator.db.queries.events import EventInput, save_event
from coordinator.db.store import Store
from coordinator.reports import minutes as minutes_document
from coordinator.reports.status.data import ReportRequest
from coordinator.ui.main_window import MainWindow
from coordinator.ui.minutes.dialog import MinutesDialog
from coordinator.ui.register.window import DAY, NUMBER, SUBJECT, TYPE
from coordinator.ui.report.dialog import ReportDialog
from tests.clock import fix_today
from tests.ui.conftest import DialogDriver
from tests.ui.ops import settle

DAY_OF_MEETING = date(2026, 11, 30)


def _meeting(store: Store, title: str, day: date) -> int:
    return save_event(
        store,
        EventInput(
            "meeting",
            title,
            datetime(day.year, day.month, day.day, 8),
            datetime(day.year, day.month, day.day, 10),
        ),
    )


class Asked:
    """The static QMessageBox.question and QFileDialog.getSaveFileName, answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.path: Path | None = None
        self.filter = ""
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)

    def _question(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.questions.append(text)
        return self.answer

    def _save(self, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return (str(self.path) if self.path else "", self.filter)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """The number each minutes PDF or Word file was written with."""
    numbers: list[int | None] = []
    for name in ("write_pdf", "write_docx"):
        real = getattr(minutes_document, name)

        def record(doc: Any, path: Path, real: Any = real) -> None:
            numbers.append(doc.number)
            real(doc, path)

        monkeypatch.setattr(minutes_document, name, record)
    return numbers


def test_minutes_take_their_number_when_issued_and_keep_it(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    asked: Asked,
    written: list[int | None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fix_today(monkeypatch, date(2026, 12, 1))
    first = _meeting(window.store, "Họp giao ban tuần 48", DAY_OF_MEETING)
    second = _meeting(window.store, "Họp giao ban tuần 49", date(2026, 12, 7))

    def issue(d: MinutesDialog) -> None:
        d.summary.setFocus()
        d.summary.insertPlainText("Rà soát tiến độ các dự án chuyển đổi số.")
        asked.path = tmp_path / "export.pdf"  # saved without issuing: no number
        qtbot.mouseClick(d.pdf_button, Qt.MouseButton.LeftButton)
        assert written == [None] and not asked.questions
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)  # a draft: refused
        assert "draft" in d.errors.text() and not asked.questions and written == [None]
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)  # saved and final
        asked.answer = QMessageBox.StandardButton.Cancel  # asked, then declined
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        assert "01/BB" in asked.questions[-1] and "30/11/2026" in asked.questions[-1]
        assert register.entries(window.store) == [] and written == [None]
        asked.answer = QMessageBox.StandardButton.Yes
        asked.path, asked.filter = tmp_path / "bien-ban-48", "Word documents (*.docx)"
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        assert written == [None, 1]
        assert (tmp_path / "bien-ban-48.docx").is_file()
        assert "01/BB" in d.notice.text() and "bien-ban-48.docx" in d.notice.text()
        asked.path, asked.filter = tmp_path / "bien-ban-48.pdf", ""
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)  # issued again
        assert "before" in asked.questions[-1] and "01/BB" in asked.questions[-1]
        assert written == [None, 1, 1]
        d.done(0)

    dialogs.on(MinutesDialog, issue)
    window.open_minutes(first)
    [entry] = register.entries(window.store)
    assert (entry.year, entry.type_code, entry.number) == (2026, "BB", 1)
    assert entry.issued_on == DAY_OF_MEETING and entry.subject.endswith("Họp giao ban tuần 48")
    assert entry.file_path == str(tmp_path / "bien-ban-48.pdf")
    assert (tmp_path / "bien-ban-48.pdf").is_file()

    def issue_second(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)
        asked.path = tmp_path / "bien-ban-49.pdf"
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        d.done(0)

    dialogs.on(MinutesDialog, issue_second)
    window.open_minutes(second)
    assert [e.number for e in register.entries(window.store, 2026, "BB")] == [1, 2]

    seen: list[str] = []  # opened again, the editor says the number it took
    dialogs.on(MinutesDialog, lambda d: (seen.append(d.notice.text()), d.done(0)))
    window.open_minutes(first)
    assert "01/BB" in seen[0] and "30/11/2026" in seen[0]


def test_the_register_lists_opens_filters_and_exports(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 12, 1))
    kept = tmp_path / "bien-ban-01.pdf"
    kept.write_bytes(b"%PDF-1.4\n")
    register.issue(window.store, "BB", "minutes:1", "Họp đầu năm", date(2025, 1, 6), str(kept))
    register.issue(window.store, "BB", "minutes:2", "Họp giao ban", date(2026, 3, 2), str(kept))
    gone = tmp_path / "bao-cao-01.docx"
    register.issue(
        window.store,
        "BC",
        "report:all:-:2026-01-01:2026-01-31",
        "Báo cáo tháng 1",
        date(2026, 2, 3),
        str(gone),
    )
    window.register_action.trigger()
    dialog = window._register_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert window.register_action in window.menuBar().actions()[0].menu().actions()
    assert dialog.year.currentData() == 2026  # this year first
    model = dialog.model
    rows = [
        [model.index(r, c).data() for c in (NUMBER, DAY, TYPE, SUBJECT)]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["01/BC", "03/02/2026", "Report", "Báo cáo tháng 1"],
        ["01/BB", "02/03/2026", "Minutes", "Họp giao ban"],
    ]
    dialog.table.sortByColumn(SUBJECT, Qt.SortOrder.DescendingOrder)
    assert model.index(0, TYPE).data() == "Minutes"
    dialog.table.sortByColumn(DAY, Qt.SortOrder.DescendingOrder)
    dialog.kind.setCurrentIndex(dialog.kind.findData("BB"))
    dialog.year.setCurrentIndex(dialog.year.findData(None))
    assert [model.index(r, DAY).data() for r in range(model.rowCount())] == [
        "02/03/2026",
        "06/01/2025",
    ]

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.table.doubleClicked.emit(model.index(0, SUBJECT))
    assert opened == [QUrl.fromLocalFile(str(kept))] and not dialog.message.isVisible()

    asked.path = tmp_path / "so-van-ban-di.xlsx"
    assert dialog.export_list() is not None
    settle()
    sheet = load_workbook(asked.path).active
    assert sheet is not None
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True) if any(row)]
    assert ["No.", "Date", "Type", "Subject", "File"] in values
    assert ["01/BB", datetime(2025, 1, 6), "Minutes", "Họp đầu năm", str(kept)] in values
    assert ["01/BB", datetime(2026, 3, 2), "Minutes", "Họp giao ban", str(kept)] in values
    assert "2 rows exported" in dialog.count_label.text()

    dialog.kind.setCurrentIndex(dialog.kind.findData("BC"))
    asked.path, asked.filter = tmp_path / "bao-cao", "CSV, UTF-8 (*.csv)"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle()
    with open(tmp_path / "bao-cao.csv", encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert ["01/BC", "03/02/2026", "Report", "Báo cáo tháng 1", str(gone)] in lines

    select = dialog.table.selectRow
    select(0)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # the file is gone
    assert dialog.message.isVisible() and "01/BC" in dialog.message.text()
    assert "no longer" in dialog.message.text() and len(opened) == 1

    register.issue(window.store, "BC", "report:other", "Báo cáo quý", date(2026, 4, 1))
    window.show_register()  # shown again: read again, the filter kept
    assert dialog.kind.currentData() == "BC" and dialog.model.rowCount() == 2
    dialog.close()


def test_the_report_takes_its_number_and_keeps_it_for_the_same_scope_and_period(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 12, 1))
    requests: list[ReportRequest] = []
    real_save_as = ReportDialog.save_as

    def save_as(
        self: ReportDialog, suffix: str, path: Any = None, request: Any = None, issued: Any = None
    ) -> Any:
        if request is not None:
            requests.append(request)
        return real_save_as(self, suffix, path, request, issued)

    monkeypatch.setattr(ReportDialog, "save_as", save_as)
    dialog = window.show_report()
    dialog.choose_period(date(2026, 11, 1), date(2026, 11, 30))
    assert not dialog.issued_label.isVisible()
    asked.path = tmp_path / "bao-cao-11.pdf"
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    assert "01/BC" in asked.questions[-1] and "01/12/2026" in asked.questions[-1]
    assert [r.number for r in requests] == [1]
    assert (tmp_path / "bao-cao-11.pdf").is_file()
    found = register.find(window.store, "BC", "report:all:-:2026-11-01:2026-11-30")
    assert found is not None and found.file_path == str(tmp_path / "bao-cao-11.pdf")
    assert dialog.issued_label.isVisible() and "01/BC" in dialog.issued_label.text()

    dialog.choose_period(date(2026, 10, 1), date(2026, 10, 31))  # another period
    assert not dialog.issued_label.isVisible()
    dialog.choose_period(date(2026, 11, 1), date(2026, 11, 30))
    assert "01/BC" in dialog.issued_label.text()
    fix_today(monkeypatch, date(2026, 12, 3))  # issued again two days later
    asked.path = tmp_path / "bao-cao-11.docx"
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    assert "before" in asked.questions[-1]
    assert [r.number for r in requests] == [1, 1]
    # Its number and its date are the register's: the letterhead says 01/12, not 03/12.
    assert [r.issued_on for r in requests] == [date(2026, 12, 1)] * 2
    assert (tmp_path / "bao-cao-11.docx").is_file()
    assert [(e.number, e.file_path) for e in register.entries(window.store)] == [
        (1, str(tmp_path / "bao-cao-11.docx"))
    ]
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)  # saved, not issued
    settle()
    assert [r.number for r in requests] == [1, 1]  # save_as asked the form: no number
    dialog.close()


def test_the_register_model_passes_the_model_tester(qtmodeltester: Any, window: MainWindow) -> None:
    for i in range(1, 4):
        register.issue(window.store, "BB", f"minutes:{i}", f"Họp lần {i}", date(2026, 5, i))
    dialog = window.show_register()
    qtmodeltester.check(dialog.model)
    dialog.table.sortByColumn(SUBJECT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, SUBJECT).data() == "Họp lần 3"
    dialog.close()
