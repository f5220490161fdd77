"""A save made after "load their version" is undone back to their version, never to what
the form first opened: Ctrl+Z must not silently take back a colleague's save."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.db.queries.partners import PartnerInput, get_partner, save_partner
from coordinator.db.queries.rooms import RoomInput, get_room, save_room
from coordinator.db.store import Store
from coordinator.ui.common import guard
from coordinator.ui.main_window import MainWindow
from coordinator.ui.partners.dialog import PartnerDialog
from coordinator.ui.rooms.dialog import RoomDialog
from tests.ui.conftest import DialogDriver


def _click_save(qtbot: QtBot, d: RoomDialog | PartnerDialog) -> None:
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


@pytest.fixture
def reload_on_conflict(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, error: object, **_k: object) -> guard.Resolution:
        asked.append(str(error))
        return guard.Resolution.RELOAD

    for module in ("coordinator.ui.common.editor", "coordinator.ui.partners.dialog"):
        monkeypatch.setattr(f"{module}.ask_about_conflict", answer)
    return asked


def test_a_room_saved_after_reloading_undoes_to_their_version(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    dialogs: DialogDriver,
    reload_on_conflict: list[str],
) -> None:
    room_id = save_room(store, RoomInput("Phòng họp A"))

    def edit(d: RoomDialog) -> None:
        theirs = get_room(store, room_id)
        assert theirs is not None
        theirs.name = "Phòng họp A (tầng 3)"
        save_room(store, theirs)  # a colleague saves while the form is open
        d.capacity.setValue(12)
        _click_save(qtbot, d)
        assert reload_on_conflict and d.isVisible()
        assert d.name.text() == "Phòng họp A (tầng 3)"  # their version is in the form
        d.capacity.setValue(30)
        _click_save(qtbot, d)

    dialogs.on(RoomDialog, edit)
    window.show_rooms().open_room(room_id)
    saved = get_room(store, room_id)
    assert saved is not None and (saved.name, saved.capacity) == ("Phòng họp A (tầng 3)", 30)
    window.undo_action.trigger()
    undone = get_room(store, room_id)
    assert undone is not None and (undone.name, undone.capacity) == ("Phòng họp A (tầng 3)", None)


def test_a_partner_saved_after_reloading_undoes_to_their_version(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    dialogs: DialogDriver,
    reload_on_conflict: list[str],
) -> None:
    partner_id = save_partner(store, PartnerInput("Tập đoàn VNPT", "enterprise"))
    window.partners.refresh()
    assert window.partners.select_partner(partner_id)

    def edit(d: PartnerDialog) -> None:
        theirs = get_partner(store, partner_id)
        assert theirs is not None
        theirs.partner.phone = "024 3772 0000"
        save_partner(store, theirs.partner)
        d.website.setText("https://vnpt.vn")
        _click_save(qtbot, d)
        assert reload_on_conflict and d.phone.text() == "024 3772 0000"
        d.website.setText("https://vnpt.vn")
        _click_save(qtbot, d)

    dialogs.on(PartnerDialog, edit)
    window.partners.edit_selected()
    window.undo_action.trigger()
    undone = get_partner(store, partner_id)
    assert undone is not None
    assert (undone.partner.phone, undone.partner.website) == ("024 3772 0000", None)
