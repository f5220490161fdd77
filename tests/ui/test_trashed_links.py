"""A form opened on a record linked to something in the trash keeps the link when saved:
restoring the partner or unit from the trash brings the record back whole."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.db.queries.partners import PartnerInput, save_partner, set_partner_deleted
from coordinator.db.queries.people import PersonInput, get_person, save_person
from coordinator.db.queries.programmes import ProgrammeInput, get_programme, save_programme
from coordinator.db.queries.rooms import RoomInput, get_room, save_room
from coordinator.db.store import Store
from coordinator.ui.people.dialog import PersonDialog
from coordinator.ui.projects.programmes import ProgrammeDialog
from coordinator.ui.rooms.dialog import RoomDialog


def _save(qtbot: QtBot, d: RoomDialog | ProgrammeDialog | PersonDialog) -> None:
    qtbot.addWidget(d)
    assert not d.is_dirty()  # opening changed nothing
    qtbot.mouseClick(
        d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert d.saved_id is not None


def test_links_to_trashed_organisations_survive_a_save(qtbot: QtBot, store: Store) -> None:
    unit = save_partner(
        store, PartnerInput("Sở Thông tin và Truyền thông", "government", is_internal=True)
    )
    partner = save_partner(store, PartnerInput("Tập đoàn IBM", "enterprise"))
    room = save_room(store, RoomInput("Phòng họp số 2", host_unit_id=unit))
    programme = save_programme(store, ProgrammeInput("Đoàn chuyên gia IBM", partner_id=partner))
    person = save_person(store, PersonInput("Emily Carter", organization_id=partner))
    set_partner_deleted(store, unit, True)
    set_partner_deleted(store, partner, True)

    room_form = RoomDialog(store, get_room(store, room), None)
    assert (
        "thùng rác" in room_form.host_unit.currentText()
        or "trash" in room_form.host_unit.currentText()
    )
    _save(qtbot, room_form)
    _save(qtbot, ProgrammeDialog(store, get_programme(store, programme), None))
    _save(qtbot, PersonDialog(store, get_person(store, person), None))

    assert get_room(store, room).host_unit_id == unit  # type: ignore[union-attr]
    assert get_programme(store, programme).partner_id == partner  # type: ignore[union-attr]
    assert get_person(store, person).organization_id == partner  # type: ignore[union-attr]
