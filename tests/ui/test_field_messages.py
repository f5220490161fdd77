"""A message beside a field goes once the field is changed: it never stands under a
value it no longer speaks of."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.db.store import Store
from coordinator.ui.rooms.dialog import RoomDialog
from tests.ui.conftest import type_into


def test_the_message_under_a_field_goes_when_the_field_is_edited(
    qtbot: QtBot, store: Store
) -> None:
    d = RoomDialog(store, None, None)
    qtbot.addWidget(d)
    d.show()
    d.capacity.setValue(0)
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert d.isVisible() and d.errors.text("name")
    type_into(qtbot, d.name, "Phong hop so 2")
    assert d.errors.text("name") == ""
    d.done(0)
