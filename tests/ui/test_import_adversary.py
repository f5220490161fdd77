"""The import window on a CSV whose quote is never closed: refused by its row, in
Vietnamese, with nothing to go on with (rows below it were swallowed before)."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from coordinator.text.translations import Translations
from coordinator.ui.main_window import MainWindow
from tests.ui.test_import_dialog import click, open_dialog


def test_an_unterminated_quote_is_refused_by_its_row(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "thanh-vien.csv"
    source.write_text('Họ và tên;Email\n"Nguyễn Văn An;an@example.vn\nTrần Thị Bình;b@x.vn\n')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), "*.csv"))
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install("vi")
    try:
        d = open_dialog(window)
        click(qtbot, d.file_step.choose_button)
        text = d.file_step.file_error.text()
        assert "dòng 2" in text and "ngoặc kép" in text, text
        assert not d.next_button.isEnabled()
        if shots := os.environ.get("ADVERSARY_SHOTS"):
            d.grab().save(str(Path(shots) / "open-quote.png"))
        d.done(0)
    finally:
        translations.install("en")
