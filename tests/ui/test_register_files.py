"""An issued number and its file (found by the issue 20 adversary): a folder that refuses
the file takes no number, and a number whose file was not written after all is listed
with no file, not with a path where nothing is."""

import errno
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.db.queries import register
from coordinator.reports import minutes as minutes_document
from coordinator.ui.main_window import MainWindow
from coordinator.ui.minutes.dialog import MinutesDialog
from coordinator.ui.register import issuing
from coordinator.ui.register.window import FILE
from tests.clock import fix_today
from tests.ui.conftest import DialogDriver
from tests.ui.ops import settle
from tests.ui.test_register_ui import Asked, _meeting


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


def _not_a_folder(tmp_path: Path) -> Path:
    """A path under a plain file: refused even to root, whom permissions do not stop."""
    plain = tmp_path / "a-file"
    plain.write_text("x")
    return plain / "bien-ban.pdf"


def test_minutes_to_a_folder_that_refuses_the_file_take_no_number(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    asked: Asked,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fix_today(monkeypatch, date(2026, 12, 1))
    event = _meeting(window.store, "Họp giao ban tuần 48", date(2026, 11, 30))
    said: list[str] = []

    def issue(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)
        asked.path = _not_a_folder(tmp_path)
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        said.append(d.errors.text())
        asked.path = tmp_path / "folder.pdf"  # a folder chosen as the file
        asked.path.mkdir()
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        said.append(d.errors.text())
        d.done(0)

    dialogs.on(MinutesDialog, issue)
    window.open_minutes(event)
    assert register.entries(window.store) == []
    assert all("No number was issued" in s for s in said), said
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".coordinator-")]
    assert not any((tmp_path / "folder.pdf").iterdir())  # no scratch file left


def test_minutes_whose_file_fails_keep_their_number_with_no_file_named(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    asked: Asked,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fix_today(monkeypatch, date(2026, 12, 1))
    event = _meeting(window.store, "Họp giao ban tuần 48", date(2026, 11, 30))

    def full(_doc: Any, _path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(minutes_document, "write_pdf", full)
    said: list[str] = []

    def issue(d: MinutesDialog) -> None:
        qtbot.mouseClick(d.final_button, Qt.MouseButton.LeftButton)
        asked.path = tmp_path / "bien-ban.pdf"
        qtbot.mouseClick(d.issue_button, Qt.MouseButton.LeftButton)
        said.append(d.errors.text())
        d.done(0)

    dialogs.on(MinutesDialog, issue)
    window.open_minutes(event)
    [entry] = register.entries(window.store)
    assert entry.number == 1 and entry.file_path is None
    assert "01/BB" in said[0] and "not saved" in said[0] and "disk is full" in said[0]
    dialog = window.show_register()
    assert dialog.model.index(0, FILE).data() == "(no file saved)"
    dialog.close()


def test_the_register_says_a_file_is_missing(window: MainWindow, tmp_path: Path) -> None:
    gone = tmp_path / "bao-cao.docx"
    register.issue(window.store, "BC", "report:x", "Báo cáo tháng 1", date(2026, 2, 3), str(gone))
    dialog = window.show_register()
    dialog.year.setCurrentIndex(dialog.year.findData(None))
    assert dialog.model.index(0, FILE).data() == f"{gone} (file missing)"
    gone.write_bytes(b"PK")
    dialog.reload()
    assert dialog.model.index(0, FILE).data() == str(gone)
    dialog.close()


def test_a_report_whose_file_fails_keeps_its_number_with_no_file_named(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 12, 1))
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: QMessageBox.StandardButton.Ok)
    dialog = window.show_report()
    dialog.choose_period(date(2026, 11, 1), date(2026, 11, 30))
    asked.path = _not_a_folder(tmp_path)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    assert register.entries(window.store) == []
    assert "No number was issued" in dialog.message.text()
    # The folder passed the check, then refused the file (a disk filled meanwhile).
    monkeypatch.setattr(issuing, "unwritable", lambda _path: None)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    [entry] = register.entries(window.store)
    assert entry.number == 1 and entry.file_path is None
    assert "01/BC" in dialog.message.text() and "not saved" in dialog.message.text()
    asked.path = tmp_path / "bao-cao.pdf"  # issued again: the same number, now with its file
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    settle()
    [entry] = register.entries(window.store)
    assert (entry.number, entry.file_path) == (1, str(asked.path)) and asked.path.is_file()
    dialog.close()


def test_a_report_saved_under_a_plain_file_is_refused_in_a_sentence(
    qtbot: QtBot, window: MainWindow, asked: Asked, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Removing the half-written file raised NotADirectoryError inside the failure handler."""
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    dialog = window.show_report()
    asked.path = _not_a_folder(tmp_path)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(warned) == 1 and "bien-ban.pdf" in warned[0]
    dialog.close()
