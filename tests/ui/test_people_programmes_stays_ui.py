"""A coordinator types programmes, people and stays through the real dialogs, moves
projects between programmes, removes and brings back what they removed."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.assignments import stays
from coordinator.db.queries.partners import PartnerInput, get_partner, save_partner
from coordinator.db.queries.people import PersonInput, get_person, save_person
from coordinator.db.queries.programmes import (
    ProgrammeInput,
    move_projects,
    programmes_of,
    save_programme,
)
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.queries.search import search
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.ui.calendar.event_dialog import EventDialog
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.partners.dialog import PartnerDialog
from coordinator.ui.people.dialog import PersonDialog
from coordinator.ui.projects.dialog import ProjectDialog
from coordinator.ui.projects.programmes import MoveToProgrammeDialog, ProgrammeDialog
from coordinator.ui.projects.stay_dialog import AssignmentDialog
from tests.ui.conftest import DialogDriver, type_into

PROJECTS = 1


def save(qtbot: QtBot, dialog: PersonDialog | AssignmentDialog | ProgrammeDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_p: object, _t: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def mission(store: Store) -> dict[str, int]:
    """A host unit, two projects in April 2026 and one volunteer without a stay yet."""
    unit = save_partner(
        store, PartnerInput("Sở Thông tin và Truyền thông", OrgKind.GOVERNMENT, is_internal=True)
    )
    ibm = save_partner(store, PartnerInput("IBM", OrgKind.ENTERPRISE))
    first = save_project(
        store,
        ProjectInput(
            "TNV-01",
            "Tư vấn chuyển đổi số",
            host_unit_id=unit,
            partner_id=ibm,
            starts_on=date(2026, 4, 3),
            ends_on=date(2026, 4, 28),
        ),
    )
    second = save_project(store, ProjectInput("TNV-02", "Tư vấn dữ liệu", host_unit_id=unit))
    emily = save_person(
        store,
        PersonInput("Emily Carter", roles={PersonRole.VOLUNTEER}, nationality="Hoa Kỳ"),
    )
    return {"unit": unit, "ibm": ibm, "first": first, "second": second, "emily": emily}


def test_a_programme_typed_edited_deleted_and_brought_back(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    mission: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill(d: ProgrammeDialog) -> None:
        save(qtbot, d)  # nothing typed: the name is asked for beside it
        assert d.isVisible() and "required" in d.errors.text("name")
        type_into(qtbot, d.name, "Chương trình tình nguyện viên IBM 2026")
        type_into(qtbot, d.domain, "Con người")
        d.partner.setCurrentIndex(d.partner.findData(mission["ibm"]))
        save(qtbot, d)

    dialogs.on(ProgrammeDialog, fill)
    qtbot.keyClick(
        window,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    programmes = window.show_programmes()
    assert programmes.isVisible() and programmes.model.rowCount() == 0
    qtbot.mouseClick(programmes.new_button, Qt.MouseButton.LeftButton)
    assert programmes.model.rowCount() == 1
    assert programmes.model.index(0, 0).data() == "Chương trình tình nguyện viên IBM 2026"
    assert programmes.model.index(0, 2).data() == "IBM"

    def rename(d: ProgrammeDialog) -> None:
        assert d.name.text() == "Chương trình tình nguyện viên IBM 2026"
        d.name.clear()
        type_into(qtbot, d.name, "IBM Corporate Service Corps")
        save(qtbot, d)

    dialogs.on(ProgrammeDialog, rename)
    programmes.table.doubleClicked.emit(programmes.model.index(0, 0))
    assert programmes.model.index(0, 0).data() == "IBM Corporate Service Corps"
    programme_id = programmes.current_id()
    assert programme_id is not None
    # A project put in it, then the programme deleted and brought back with Ctrl+Z.
    move_projects(window.store, {mission["first"]: programme_id})
    programmes.reload()
    assert programmes.model.index(0, 3).data() == "1"
    asked = say_yes(monkeypatch)
    qtbot.mouseClick(programmes.delete_button, Qt.MouseButton.LeftButton)
    assert "IBM Corporate Service Corps" in asked[0] and "1" in asked[0]
    assert programmes.model.rowCount() == 0
    window.tabs.setCurrentIndex(PROJECTS)
    window.projects.select_project(mission["first"])
    assert "IBM Corporate Service Corps" not in window.projects.detail.toPlainText()
    undo(qtbot, window)
    assert programmes.model.rowCount() == 1
    assert "IBM Corporate Service Corps" in window.projects.detail.toPlainText()
    undo(qtbot, window)  # the rename
    assert programmes.model.index(0, 0).data() == "Chương trình tình nguyện viên IBM 2026"


def test_moving_two_projects_to_a_programme_is_one_undoable_step(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver, mission: dict[str, int]
) -> None:
    store = window.store
    old = save_programme(store, ProgrammeInput("Navigator – Con người"))
    new = save_programme(store, ProgrammeInput("Tình nguyện viên 2026"))
    move_projects(store, {mission["first"]: old})
    window.tabs.setCurrentIndex(PROJECTS)
    tab = window.projects
    tab.refresh()
    tab.table.selectAll()
    assert sorted(tab.selected_ids()) == sorted([mission["first"], mission["second"]])

    def choose(d: MoveToProgrammeDialog) -> None:
        d.choose(new)
        d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    dialogs.on(MoveToProgrammeDialog, choose)
    assert tab.move_selected()
    ids = [mission["first"], mission["second"]]
    assert programmes_of(store, ids) == {mission["first"]: new, mission["second"]: new}
    assert {tab.model.index(r, 2).data() for r in range(2)} == {"Tình nguyện viên 2026"}
    undo(qtbot, window)
    assert programmes_of(store, ids) == {mission["first"]: old, mission["second"]: None}
    # The project editor's programme combo moves one project too.
    tab.select_project(mission["second"])

    def edit(d: ProjectDialog) -> None:
        d.programme.setCurrentIndex(d.programme.findData(new))
        d.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialogs.on(ProjectDialog, edit)
    tab.edit_selected()
    assert programmes_of(store, [mission["second"]]) == {mission["second"]: new}


def test_a_volunteer_with_two_roles_added_from_the_roster_then_edited(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver, mission: dict[str, int]
) -> None:
    def fill(d: PersonDialog) -> None:
        assert d.role_boxes[PersonRole.VOLUNTEER].isChecked()  # ticked for a new volunteer
        type_into(qtbot, d.full_name, "Rahul Mehta")
        d.role_boxes[PersonRole.CONTACT].setChecked(True)
        type_into(qtbot, d.email, "rahul@")
        save(qtbot, d)
        assert d.isVisible() and "e-mail" in d.errors.text("email")
        d.email.clear()
        type_into(qtbot, d.email, "rahul.mehta@example.com")
        type_into(qtbot, d.nationality, "Ấn Độ")
        type_into(qtbot, d.expertise, "dữ liệu lớn, trí tuệ nhân tạo")
        type_into(qtbot, d.languages, "Hindi, English")
        d.choose_organization(mission["ibm"])
        save(qtbot, d)

    dialogs.on(PersonDialog, fill)
    roster = window.scheduling.show_roster()
    qtbot.mouseClick(roster.new_button, Qt.MouseButton.LeftButton)
    names = [roster.model.index(r, 0).data() for r in range(roster.model.rowCount())]
    assert names == ["Emily Carter", "Rahul Mehta"]
    row = roster.current_row()
    assert row is not None and row.name == "Rahul Mehta"
    assert (row.organization, row.nationality, row.languages) == ("IBM", "Ấn Độ", "Hindi, English")
    assert roster.nationality.findData("Ấn Độ") > 0  # the filter offers the new nationality
    saved = get_person(window.store, row.person_id)
    assert saved is not None and saved.roles == {PersonRole.CONTACT, PersonRole.VOLUNTEER}

    def edit(d: PersonDialog) -> None:
        assert d.nationality.text() == "Ấn Độ"
        d.role_boxes[PersonRole.STAFF].setChecked(True)
        save(qtbot, d)

    dialogs.on(PersonDialog, edit)
    qtbot.mouseClick(roster.edit_button, Qt.MouseButton.LeftButton)
    again = get_person(window.store, row.person_id)
    assert again is not None and PersonRole.STAFF in again.roles
    undo(qtbot, window)
    again = get_person(window.store, row.person_id)
    assert again is not None and PersonRole.STAFF not in again.roles
    undo(qtbot, window)  # the new person goes to the trash
    assert get_person(window.store, row.person_id) is None
    assert roster.model.rowCount() == 1


def test_a_contacts_roles_nationality_and_languages_set_in_the_partner_editor(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver, mission: dict[str, int]
) -> None:
    loaded = get_partner(window.store, mission["ibm"])
    assert loaded is not None
    partner = PartnerDialog(window.store, loaded.partner, window)
    qtbot.addWidget(partner)
    row = partner.add_contact_row()
    partner.set_contact(row, full_name="Sara Lindqvist", email="sara@example.se")

    def details(d: PersonDialog) -> None:
        assert d.full_name.text() == "Sara Lindqvist"
        d.role_boxes[PersonRole.VOLUNTEER].setChecked(True)
        type_into(qtbot, d.nationality, "Thụy Điển")
        type_into(qtbot, d.expertise, "đô thị thông minh")
        type_into(qtbot, d.languages, "Svenska, English")
        save(qtbot, d)

    dialogs.on(PersonDialog, details)
    qtbot.mouseClick(partner.details_button, Qt.MouseButton.LeftButton)
    assert partner.is_dirty()
    partner.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert partner.result() == PartnerDialog.DialogCode.Accepted
    with window.store.session() as s:
        sara = s.scalars(select(m.Person).where(m.Person.full_name == "Sara Lindqvist")).one()
        assert (sara.role, sara.nationality, sara.expertise, sara.languages) == (
            "contact,volunteer",
            "Thụy Điển",
            "đô thị thông minh",
            "Svenska, English",
        )
        assert sara.email == "sara@example.se" and sara.organization_id == mission["ibm"]


def test_a_stay_added_edited_removed_and_brought_back_from_the_project_page(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    mission: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = window.projects
    window.tabs.setCurrentIndex(PROJECTS)
    assert tab.select_project(mission["first"])
    warnings: list[str] = []

    def fill(d: AssignmentDialog) -> None:
        assert d.project.currentData() == mission["first"]
        save(qtbot, d)
        assert d.isVisible() and "required" in d.errors.text("person_id")
        d.choose_person(mission["emily"])
        d.arrives.setDate(QDate(2026, 4, 3))
        d.departs.setDate(QDate(2026, 4, 1))
        save(qtbot, d)
        assert d.isVisible() and d.errors.text("departs_on")
        d.departs.setDate(QDate(2026, 5, 2))  # past the project's end: only a warning
        warnings.append(d.warning_text())
        type_into(qtbot, d.role, "Chuyên gia dữ liệu")
        save(qtbot, d)

    dialogs.on(AssignmentDialog, fill)
    tab.detail.anchorClicked.emit(QUrl("stay-new:"))
    assert "28/04/2026" in warnings[0]
    page = tab.detail.toPlainText()
    assert "Emily Carter" in page and "03/04/2026" in page and "02/05/2026" in page
    [stay] = stays(window.store, project_id=mission["first"])

    def shorten(d: AssignmentDialog) -> None:
        assert d.warning_text()
        d.departs.setDate(QDate(2026, 4, 24))
        assert not d.warning_text()
        save(qtbot, d)

    dialogs.on(AssignmentDialog, shorten)
    tab.detail.anchorClicked.emit(QUrl(f"stay-edit:{stay.id}"))
    assert "24/04/2026" in tab.detail.toPlainText()
    asked = say_yes(monkeypatch)
    tab.detail.anchorClicked.emit(QUrl(f"stay-remove:{stay.id}"))
    assert "Emily Carter" in asked[0]
    assert "Emily Carter" not in tab.detail.toPlainText()
    assert stays(window.store, project_id=mission["first"]) == []
    undo(qtbot, window)
    assert "24/04/2026" in tab.detail.toPlainText()
    undo(qtbot, window)
    assert "02/05/2026" in tab.detail.toPlainText()
    undo(qtbot, window)  # the new stay
    assert "Emily Carter" not in tab.detail.toPlainText()


def test_a_stay_from_the_roster_is_planned_and_warned_outside(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: DialogDriver,
    mission: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    roster = window.scheduling.show_roster()
    roster.table.selectRow(0)

    def fill(d: AssignmentDialog) -> None:
        assert d.person.currentData() == mission["emily"]
        d.choose_project(mission["first"])
        d.arrives.setDate(QDate(2026, 4, 6))
        d.departs.setDate(QDate(2026, 4, 10))
        save(qtbot, d)

    dialogs.on(AssignmentDialog, fill)
    qtbot.mouseClick(roster.assign_button, Qt.MouseButton.LeftButton)
    row = roster.current_row()
    assert row is not None and row.project == "TNV-01" and row.arrives == date(2026, 4, 6)
    # The same stay twice is refused beside the arrival date.
    refused: list[str] = []

    def twice(d: AssignmentDialog) -> None:
        d.choose_project(mission["first"])
        d.arrives.setDate(QDate(2026, 4, 8))
        save(qtbot, d)
        refused.append(d.errors.text("arrives_on"))
        d.reject()

    dialogs.on(AssignmentDialog, twice)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    roster.assign()
    assert "already stays" in refused[0]

    # The planner places Emily's sessions within her typed stay.
    placed: list[set[int]] = []

    def plan(d: PlannerDialog) -> None:
        d.first.setDate(QDate(2026, 4, 6))
        d.last.setDate(QDate(2026, 4, 17))
        qtbot.mouseClick(d.propose_button, Qt.MouseButton.LeftButton)
        assert d.plan is not None and d.plan.sessions
        assert all(s.starts.date() <= date(2026, 4, 10) for s in d.plan.sessions)
        placed.append({p for s in d.plan.sessions for p in s.people})
        d.reject()

    dialogs.on(PlannerDialog, plan)
    window.plan_action.trigger()
    assert placed == [{mission["emily"]}]

    # The event editor warns when she is booked after her stay.
    texts: list[str] = []

    def event(d: EventDialog) -> None:
        type_into(qtbot, d.title_edit, "Tư vấn")
        d.check_person(mission["emily"])
        d.refresh_findings()
        texts.append(d.findings_label.text())
        d.starts.set_value(datetime(2026, 4, 8, 8))
        d.refresh_findings()
        texts.append(d.findings_label.text())
        d.reject()

    dialogs.on(EventDialog, event)
    window.calendar.new_event_at(datetime(2026, 4, 14, 8))
    assert "outside the stay" in texts[0]
    assert "outside the stay" not in texts[1]

    # Removing the stay from the roster, and Ctrl+Z.
    roster.table.selectRow(0)
    say_yes(monkeypatch)
    assert roster.remove_stay()
    row = roster.current_row()
    assert row is not None and row.assignment_id is None
    undo(qtbot, window)
    row = roster.current_row()
    assert row is not None and row.project == "TNV-01"


def test_search_hits_open_a_programme_and_a_person(
    qtbot: QtBot, window: MainWindow, dialogs: DialogDriver, mission: dict[str, int]
) -> None:
    store = window.store
    save_programme(store, ProgrammeInput("Navigator – Doanh nghiệp"))
    wanted = save_programme(store, ProgrammeInput("Tình nguyện viên IBM 2026"))
    [hit] = [h for h in search(store, "tinh nguyen vien") if h.kind == Kind.PROGRAMME]
    window.open_hit(hit)
    assert window.show_programmes().current_id() == wanted

    def fill(d: PersonDialog) -> None:
        assert d.full_name.text() == "Emily Carter"
        type_into(qtbot, d.languages, "English")
        save(qtbot, d)

    dialogs.on(PersonDialog, fill)
    [person] = [h for h in search(store, "emily") if h.kind == Kind.PERSON]
    window.open_hit(person)
    emily = get_person(store, mission["emily"])
    assert emily is not None and emily.languages == "English"


def test_the_rosters_buttons_edit_and_remove_the_selected_stay(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from coordinator.db import models as m

    def live_stays() -> int:
        with demo_window.store.session() as s:
            return s.scalar(select(func.count()).where(m.Assignment.deleted_at.is_(None))) or 0

    roster = demo_window.scheduling.show_roster()
    roster.table.selectRow(0)
    assert roster.edit_stay_button.isEnabled() and roster.remove_stay_button.isEnabled()
    before = live_stays()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(roster.remove_stay_button, Qt.MouseButton.LeftButton)
    assert live_stays() == before - 1
    demo_window.undo_action.trigger()
    assert live_stays() == before
    roster.close()
