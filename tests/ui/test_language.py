"""Vietnamese by default, English on request, and no English Qt buttons under Vietnamese."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.app import Application
from coordinator.db.store import Store
from coordinator.ui.main_window import MainWindow
from coordinator.ui.partners.dialog import PartnerDialog


@pytest.fixture
def app(qtbot: QtBot, qapp: QApplication, settings: QSettings) -> Iterator[Application]:
    application = Application(qapp, settings, None)
    yield application
    application.translations.install("en")
    if application.window is not None:
        application.window.close()
        application.window.deleteLater()


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_vietnamese_is_the_default(app: Application, demo_store: Store) -> None:
    assert app.language == "vi"
    assert app.open(demo_store.path)
    window = app.window
    assert window is not None
    assert tab_titles(window) == ["Đối tác", "Dự án", "Lịch", "Theo dõi nhiệm vụ"]
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Tệp",
        "&Chỉnh sửa",
        "&Xem",
        "Danh &mục",
        "&Lịch công tác",
        "Trợ &giúp",
    ]
    assert window.partners.model.headerData(0, Qt.Orientation.Horizontal) == "Tên"
    window.tabs.setCurrentIndex(2)  # a tab reads the store when shown
    assert window.calendar.period.text().startswith("Tháng ")


def test_qt_standard_buttons_speak_vietnamese(app: Application, demo_store: Store) -> None:
    assert app.open(demo_store.path)
    dialog = PartnerDialog(demo_store, None, app.window)
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Lưu"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Hủy"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Có", "Không"}
    dialog.deleteLater()
    box.deleteLater()


def test_switching_to_english_rebuilds_the_window(
    app: Application, demo_store: Store, tmp_path: Path
) -> None:
    assert app.open(demo_store.path)
    old = app.window
    assert old is not None
    old.tabs.setCurrentIndex(1)
    next(a for a in old.findChildren(type(old.undo_action)) if a.text() == "English").trigger()
    assert app.window is not old and app.window is not None
    assert tab_titles(app.window) == ["Partners", "Projects", "Calendar", "Follow-up"]
    assert app.window.tabs.currentIndex() == 1  # the same place, in the new language
    assert app.settings.value("language") == "en"


def test_first_start_on_an_empty_database_offers_the_demo(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: object, title: str, _text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    assert app.start(tmp_path / "new.sqlite")
    assert asked == ["Chào mừng đến với Coordinator"]
    assert app.window is not None and app.window.partners.model.total() == 17


def test_a_newer_database_is_refused_with_a_vietnamese_message(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    path = tmp_path / "newer.sqlite"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda _p, _t, text, *a: shown.append(text) or QMessageBox.StandardButton.Ok,
    )
    assert not app.open(path)
    assert len(shown) == 1 and "phiên bản Coordinator mới hơn" in shown[0]
    assert "không bị thay đổi" in shown[0]
