"""UI fixtures: a main window over a fresh database, and a way to drive modal dialogs."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from coordinator.db.store import Store
from coordinator.ui.common.views import elide_headers
from coordinator.ui.main_window import MainWindow
from tests.ui.ops import settle


@pytest.fixture(autouse=True)
def _elided_headers(qapp: Any) -> None:
    """The application's headers elide, as coordinator.app sets them up."""
    elide_headers(qapp)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> Iterator[Callable[[Store], MainWindow]]:
    def make(store: Store) -> MainWindow:
        window = MainWindow(store, "en", settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    # What a test started off the window's thread ends before its window closes (an
    # outcome delivered later would reach a closed window in another test).
    settle()


@pytest.fixture
def window(make_window: Callable[[Store], MainWindow], store: Store) -> MainWindow:
    return make_window(store)


@pytest.fixture
def demo_window(make_window: Callable[[Store], MainWindow], demo_store: Store) -> MainWindow:
    return make_window(demo_store)


class DialogDriver:
    """Replaces ``exec`` of a dialog class: the dialog is shown, the test's handler works
    its real widgets, and ``exec`` returns whatever result the dialog reached."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self.seen: list[QDialog] = []

    def on(self, cls: type[QDialog], handler: Callable[[Any], None]) -> None:
        driver = self

        def fake_exec(dialog: QDialog) -> int:
            driver.seen.append(dialog)
            dialog.show()
            handler(dialog)
            if dialog.isVisible():
                dialog.hide()
            return dialog.result()

        self._monkeypatch.setattr(cls, "exec", fake_exec)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogDriver:
    return DialogDriver(monkeypatch)


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Type like a user. QTest sends Latin-1 keys only, so Vietnamese text is inserted as an
    input method would commit it."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
