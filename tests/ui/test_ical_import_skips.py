"""The window's calendar import on hostile files: the good events land, and the box
lists each skipped one with its reason in Vietnamese, never an exception's words."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.text.translations import Translations
from coordinator.ui.main_window import MainWindow
from tests.clock import fix_today
from tests.db.test_ical_hostile import DATA, EXCEPTION_WORDS, TODAY
from tests.ui.ops import settle


def test_the_window_lists_skipped_events_with_vietnamese_reasons(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, TODAY)
    boxes: list[tuple[str, str]] = []

    def shown(box: QMessageBox) -> int:
        boxes.append((box.text(), box.detailedText()))
        if shots := os.environ.get("ICAL_SHOTS"):
            box.show()
            for button in box.buttons():  # open "Show Details…"
                if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
                    button.click()
            box.grab().save(str(Path(shots) / f"ical-skipped-{len(boxes)}.png"))
            box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.install("vi")
    try:
        # Each import runs as an operation: its box comes when it is done.
        for name in ("far-years.ics", "never-matching.ics", "holidays-empty-rrule.ics"):
            window.scheduling.import_ics(DATA / name)  # the last: nothing skipped
            settle()
    finally:
        translations.install("en")
    assert window.statusBar().currentMessage().startswith("Đã thêm 6 sự kiện")  # holidays
    [(far_head, far), (never_head, never)] = boxes
    assert "2" in far_head and "10" in far_head
    assert far.count("ngoài khoảng năm 1900–2200") == 10
    assert "Bắt đầu năm 0001: " in far and "Lặp đến năm 9999: " in far
    assert never.count("không khớp với ngày nào") == 4
    assert "Hằng ngày, ngày 30 tháng 2: " in never
    assert not EXCEPTION_WORDS.search(far + never)
