"""The report dialog driven through its widgets: choose, check, preview, save."""

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db.queries.settings import Signer, get_letterhead, get_signer
from coordinator.domain.periods import Preset, period
from coordinator.domain.timezone import today_local
from coordinator.reports.status.data import Section
from coordinator.ui.main_window import MainWindow
from coordinator.ui.preferences import PreferencesDialog
from coordinator.ui.report.dialog import ReportDialog
from tests.ui.conftest import DialogDriver, type_into
from tests.ui.ops import settle

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def fake(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))  # the proposed file name
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def _choose(dialog: ReportDialog, kind: str, name: str) -> None:
    dialog.scope_kind.setCurrentIndex(dialog.scope_kind.findData(kind))
    index = dialog.scope_item.findText(name)
    assert index > 0, name
    dialog.scope_item.setCurrentIndex(index)


def test_ctrl_p_opens_the_report_from_every_tab_but_the_calendar(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    """The calendar prints its view (tests/ui/test_schedule_ui.py); the other tabs have
    nothing of their own to print, so Ctrl+P there is the report."""
    for tab in range(demo_window.tabs.count()):
        if demo_window.tabs.widget(tab) is demo_window.calendar:
            continue
        demo_window.tabs.setCurrentIndex(tab)
        demo_window.activateWindow()
        qtbot.keyClick(demo_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialog = demo_window._report_dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        dialog.close()
    assert demo_window.report_action in demo_window.menuBar().actions()[0].menu().actions()


def test_presets_fill_the_dates_and_typed_dates_become_custom(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    dialog = demo_window.show_report()
    dialog.preset.setCurrentIndex(dialog.preset.findData(Preset.LAST_MONTH.value))
    first, last = period(Preset.LAST_MONTH, today_local())
    assert (dialog.first.date().toPython(), dialog.last.date().toPython()) == (first, last)
    dialog.first.setDate(dialog.first.date().addDays(3))
    assert dialog.preset.currentData() == Preset.CUSTOM.value


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_save_one_partners_report_as_pdf_then_excel(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = demo_window.show_report()
    dialog.choose_period(*YEAR)
    assert dialog.sections[Section.PARTNERS].isEnabled()  # everything: one line per partner
    _choose(dialog, "partner", "Thành phố Eindhoven")
    assert not dialog.sections[Section.PARTNERS].isEnabled()  # one partner needs no overview
    asked = _save_to(monkeypatch, tmp_path / "eindhoven")  # the suffix is added
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    settle()
    pdf = tmp_path / "eindhoven.pdf"
    assert pdf.exists(), dialog.message.text()
    assert asked[0].endswith("status-report-20260101-20261231.pdf")
    assert str(pdf) in demo_window.statusBar().currentMessage()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Cooperation with Thành phố Eindhoven, year 2026" in text
    assert "Họp điều phối Navigator tuần" in " ".join(text.split())
    assert "Tập đoàn IBM" not in text  # another partner

    dialog.sections[Section.CHARTS].setChecked(False)
    _save_to(monkeypatch, tmp_path / "eindhoven.xlsx")
    qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
    settle()
    book = load_workbook(tmp_path / "eindhoven.xlsx")
    assert "Charts" not in book.sheetnames and "Projects" in book.sheetnames
    assert dialog.isVisible()  # the same choice can go on to another format


def test_what_is_missing_is_said_in_the_dialog(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_file_dialog(*_a: object, **_k: object) -> tuple[str, str]:
        raise AssertionError("asked for a file although the report cannot be made")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", no_file_dialog)
    dialog = demo_window.show_report()
    dialog.choose_period(YEAR[1], YEAR[0])
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message.text() == "The period must end on or after its first day."

    dialog.choose_period(*YEAR)
    dialog.scope_kind.setCurrentIndex(dialog.scope_kind.findData("project"))
    qtbot.mouseClick(dialog.docx_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message.text() == "Choose which one in the list beside the scope."

    for box in dialog.sections.values():
        box.setChecked(box is dialog.sections[Section.PARTNERS])
    dialog.scope_item.setCurrentIndex(1)  # the first project; the kind is still "project"
    qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)  # the overview is greyed
    settle()
    assert dialog.message.text() == "Tick at least one section to include."

    dialog.scope_kind.setCurrentIndex(dialog.scope_kind.findData("all"))
    dialog.sections[Section.PARTNERS].setChecked(False)
    qtbot.mouseClick(dialog.xlsx_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.message.text() == "Tick at least one section to include."


def test_preview_shows_the_pages(
    demo_window: MainWindow, qtbot: QtBot, dialogs: DialogDriver
) -> None:
    pages: list[int] = []

    def look(preview: QPrintPreviewDialog) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        assert widget is not None
        widget.updatePreview()
        pages.append(widget.pageCount())
        preview.reject()

    dialogs.on(QPrintPreviewDialog, look)
    dialog = demo_window.show_report()
    dialog.choose_period(*YEAR)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    settle()
    assert pages and pages[0] >= 4


def test_the_letterhead_is_kept_for_next_time(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = demo_window.show_report()
    dialog.department.clear()
    type_into(qtbot, dialog.department, "Sở Khoa học và Công nghệ")
    _save_to(monkeypatch, tmp_path / "r.docx")
    qtbot.mouseClick(dialog.docx_button, Qt.MouseButton.LeftButton)
    settle()
    assert get_letterhead(demo_window.store).department == "Sở Khoa học và Công nghệ"


def test_preferences_edit_the_letterhead(
    window: MainWindow, qtbot: QtBot, dialogs: DialogDriver
) -> None:
    def fill(dialog: PreferencesDialog) -> None:
        type_into(qtbot, dialog.department, "Sở Thông tin và Truyền thông")
        type_into(qtbot, dialog.province, "Tỉnh Bình Phước")
        type_into(qtbot, dialog.abbreviation, "STTTT")
        type_into(qtbot, dialog.filing_unit, "HTQT")
        type_into(qtbot, dialog.signer_authority, "KT. GIÁM ĐỐC")
        type_into(qtbot, dialog.signer_position, "PHÓ GIÁM ĐỐC")
        type_into(qtbot, dialog.signer_name, "Nguyễn Văn A")
        dialog.save()

    dialogs.on(PreferencesDialog, fill)
    window.preferences_action.trigger()
    head = get_letterhead(window.store)
    assert (head.department, head.province) == ("Sở Thông tin và Truyền thông", "Tỉnh Bình Phước")
    assert (head.abbreviation, head.filing_unit) == ("STTTT", "HTQT")
    assert get_signer(window.store) == Signer("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A")
    assert dialogs.seen[0].result() == QDialog.DialogCode.Accepted
    # The report dialog starts from that signer; a name typed there goes with the report
    # and keeps the letterhead's other fields.
    report = ReportDialog(window.store, window)
    assert report.signer_name.text() == "Nguyễn Văn A"
    report.signer_name.clear()
    type_into(qtbot, report.signer_name, "Trần Thị B")
    request = report.request()
    assert request is not None and request.signer == Signer(
        "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị B"
    )
    assert get_letterhead(window.store).abbreviation == "STTTT"
    report.done(0)


def dies_half_way(
    _db: Path, _language: str, _request: object, path: Path, _progress: object
) -> None:
    """A report's process killed half-way (module level: the child imports it by name)."""
    path.with_name(path.name + ".part").write_bytes(b"%PDF half")  # what it left
    os._exit(9)


def test_a_report_process_that_dies_is_said_and_leaves_no_file(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from coordinator.ui.report import dialog as report_dialog

    out = tmp_path / "report.pdf"

    warned: list[str] = []
    monkeypatch.setattr(report_dialog, "write_in_own_process", dies_half_way)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    dialog = demo_window.show_report()
    assert dialog.save_as(".pdf", out) is not None
    settle()
    assert warned == [
        f"The report could not be written to {out}: the process writing it stopped unexpectedly"
    ]
    assert not out.exists() and not out.with_name("report.pdf.part").exists()


def test_a_report_into_a_folder_that_is_gone_names_the_folder(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The person reads which folder is missing, in their language, not the system's
    "No such file or directory"; nothing is written."""
    out = tmp_path / "USB đã rút" / "bao-cao.xlsx"
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    dialog = demo_window.show_report()
    assert dialog.save_as(".xlsx", out) is not None
    settle()
    assert len(warned) == 1 and str(out.parent) in warned[0], warned
    assert "No such file" not in warned[0] and "does not exist" in warned[0]
    assert not out.parent.exists()


def test_addressee_recipients_and_proposals_go_into_the_report(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from docx import Document

    from coordinator.ui.report import dialog as report_dialog

    monkeypatch.setattr(report_dialog, "_recent_addressees", [])
    monkeypatch.setattr(report_dialog, "_recent_recipients", [])
    dialog = window.show_report()
    line = dialog.addressee.lineEdit()
    assert line is not None and dialog.addressee.currentText() == ""
    type_into(qtbot, line, "Ủy ban nhân dân tỉnh Bình Dương")
    dialog.recipients.setFocus()
    dialog.recipients.insertPlainText("- Như trên;\nGiám đốc Sở (để b/c);\n\n")
    dialog.proposals.setFocus()
    dialog.proposals.insertPlainText("Đề nghị bố trí kinh phí cho năm 2027.")
    request = dialog.request()
    assert request is not None
    assert request.addressee == "Ủy ban nhân dân tỉnh Bình Dương"
    assert request.recipients == ("Như trên", "Giám đốc Sở (để b/c)")
    assert request.proposals == "Đề nghị bố trí kinh phí cho năm 2027."
    _save_to(monkeypatch, tmp_path / "r.docx")
    qtbot.mouseClick(dialog.docx_button, Qt.MouseButton.LeftButton)
    settle()
    text = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert "To: Ủy ban nhân dân tỉnh Bình Dương" in text
    assert "IV. PROPOSALS\nĐề nghị bố trí kinh phí cho năm 2027." in text
    dialog.done(0)
    # The addressee and the recipients are remembered for the session; proposals are not.
    again = ReportDialog(window.store, window)
    assert again.addressee.currentText() == "Ủy ban nhân dân tỉnh Bình Dương"
    assert again.recipients.toPlainText() == "Như trên\nGiám đốc Sở (để b/c)"
    assert again.proposals.toPlainText() == ""
    if os.environ.get("REPORT_DIALOG_PNG"):
        again.grab().save(os.environ["REPORT_DIALOG_PNG"])
    again.done(0)
