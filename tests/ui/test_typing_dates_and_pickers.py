"""Dates typed by keyboard, Enter in table cells, and pickers found without diacritics.

Everything here goes through real key presses on real widgets (tests/ui/typing.py), with
the day fixed, over records this test makes itself.
"""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from coordinator.db.queries.agreements import CommitmentInput
from coordinator.db.queries.assignments import get_assignment
from coordinator.db.queries.events import EventInput, save_event
from coordinator.db.queries.minutes import ActionInput, load_minutes
from coordinator.db.queries.partners import PartnerInput, organization_choices, save_partner
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.domain.dates import parse_date, parse_time
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.ui.agreements.commitments import DUE
from coordinator.ui.agreements.dialog import AgreementDialog
from coordinator.ui.calendar.planner_dialog import PlannerDialog
from coordinator.ui.common.combo import choice_combo, finder_of
from coordinator.ui.common.dates import DateTimeEdit, OptionalDateEdit, RequiredDateEdit
from coordinator.ui.minutes.dialog import OWNER as ACTION_OWNER
from coordinator.ui.minutes.dialog import MinutesDialog
from coordinator.ui.projects.dialog import ProjectDialog
from coordinator.ui.projects.stay_dialog import AssignmentDialog
from tests.clock import fix_today
from tests.ui.typing import pick_by_typing, type_date, type_in_cell

TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_today(monkeypatch, TODAY)


def _form(qtbot: QtBot, *widgets: object) -> QDialog:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for w in widgets:
        layout.addWidget(w)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _orgs_and_people(store: Store) -> dict[str, int]:
    ids = {}
    for name, kind, internal in (
        ("Sở Thông tin và Truyền thông tỉnh Bình Dương", OrgKind.GOVERNMENT, True),
        ("Trường Đại học Thủ Dầu Một", OrgKind.ACADEMIA, False),
        ("Đại học Quốc gia Thành phố Hồ Chí Minh", OrgKind.ACADEMIA, False),
        ("Sofía Hernández Consulting", OrgKind.ENTERPRISE, False),
    ):
        ids[name] = save_partner(store, PartnerInput(name, kind, is_internal=internal))
    for name in ("Sofía Hernández", "Đặng Thị Thu", "Nguyễn Văn Đông"):
        ids[name] = save_person(
            store, PersonInput(name, roles={PersonRole.CONTACT, PersonRole.VOLUNTEER})
        )
    return ids


# --- the domain's reading ------------------------------------------------------------------
def test_both_forms_the_bare_digits_and_the_year_range() -> None:
    assert parse_date("15/05/2026") == date(2026, 5, 15)
    assert parse_date("5/5/26") == date(2026, 5, 5)
    assert parse_date("15052026") == date(2026, 5, 15)
    assert parse_date("1/1/98") == date(1998, 1, 1)
    for bad in ("31/02/2026", "abc", "01/01/0001", "1/1/9999", "15/05/202", "—15052026"):
        with pytest.raises(ValueError):
            parse_date(bad)
    assert parse_time("9h30").minute == 30 and parse_time("0930").hour == 9
    with pytest.raises(ValueError):
        parse_time("25:00")


# --- a date field ----------------------------------------------------------------------------
def test_a_date_field_takes_both_forms_and_empty_shows_empty(qtbot: QtBot) -> None:
    field = OptionalDateEdit()
    form = _form(qtbot, field)
    assert field.value() is None and field.text() == ""
    type_date(qtbot, field, "15/05/2026")
    assert field.value() == date(2026, 5, 15) and field.text() == "15/05/2026"
    type_date(qtbot, field, "5/5/26")
    assert field.value() == date(2026, 5, 5) and field.text() == "05/05/2026"
    assert form.isVisible()  # Enter settled the field, nothing else
    type_date(qtbot, field, "")
    assert field.value() is None and field.text() == "" and not field.problem()
    assert field.date() == QDate()  # QDateEdit's words: a null date
    form.done(0)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31/02/2026", "not a day of the calendar"),
        ("abc", "not a date"),
        ("01/01/0001", "between 1900 and 2200"),
        ("1/1/9999", "between 1900 and 2200"),
        ("15/05/20", ""),  # two digits are a year: 2020
    ],
)
def test_text_that_is_not_a_date_stays_and_says_why(qtbot: QtBot, typed: str, says: str) -> None:
    field = OptionalDateEdit()
    field.set_value(date(2026, 1, 2))
    form = _form(qtbot, field)
    type_date(qtbot, field, typed)
    if not says:
        assert field.value() == date(2020, 5, 15)
        form.done(0)
        return
    assert field.text() == typed  # nothing replaced, nothing dropped
    assert field.value() is None
    assert says in field.shown_problem() and says in field.edit.toolTip()
    assert "b00020" in field.edit.styleSheet()
    assert field.settled_value() == date(2026, 1, 2)  # a filter keeps its last good day
    form.done(0)


def test_the_calendar_opens_at_today_when_empty_and_at_the_date_otherwise(qtbot: QtBot) -> None:
    field = OptionalDateEdit()
    form = _form(qtbot, field)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2026, 11, 30)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 11)
    # A day chosen by keyboard in the month: the next day, Enter.
    view = calendar.findChild(QTableView)
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.value() == date(2026, 12, 1) and field.text() == "01/12/2026"
    type_date(qtbot, field, "15/05/2013")
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert popup.isVisible() and calendar.selectedDate() == QDate(2013, 5, 15)
    assert (calendar.yearShown(), calendar.monthShown()) == (2013, 5)
    popup.hide()
    form.done(0)


def test_a_required_period_and_a_date_and_time_take_typing(qtbot: QtBot) -> None:
    first = RequiredDateEdit(date(2026, 4, 1))
    when = DateTimeEdit()
    when.set_value(datetime(2026, 4, 6, 8))
    form = _form(qtbot, first, when)
    type_date(qtbot, first, "3/4/13")
    assert first.value() == date(2013, 4, 3)
    type_date(qtbot, first, "")
    assert first.problem() and first.shown_problem()  # required: empty is said
    type_date(qtbot, when, "24/04/2013 14:00")
    assert when.value() == datetime(2013, 4, 24, 14)
    type_date(qtbot, when, "5/5/26 9h30")
    assert when.value() == datetime(2026, 5, 5, 9, 30) and when.time.text() == "09:30"
    type_date(qtbot, when, "5/5/26 29:70")
    assert when.value() == datetime(2026, 5, 5, 9, 30) and "not a time" in when.shown_problem()
    form.done(0)


# --- refused saves ---------------------------------------------------------------------------
def test_a_stay_with_a_date_that_is_not_one_is_not_saved_and_keeps_the_form(
    qtbot: QtBot, store: Store
) -> None:
    ids = _orgs_and_people(store)
    project = save_project(store, ProjectInput("TNV-T1", "Tư vấn chuyển đổi số"))
    d = AssignmentDialog(store, None, None, person_id=ids["Đặng Thị Thu"], project_id=project)
    qtbot.addWidget(d)
    d.show()
    type_date(qtbot, d.arrives, "31/02/2026")
    type_date(qtbot, d.departs, "5/3/26")
    error = d.findChild(QLabel, "error_arrives_on")
    assert isinstance(error, QLabel) and error.isVisible()  # said as soon as the field is left
    assert "31/02/2026" in error.text()
    save = d.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.saved_id is None  # refused, the form as typed
    assert d.arrives.text() == "31/02/2026" and d.departs.text() == "05/03/2026"
    assert error.isVisible() and "not a day of the calendar" in error.text()
    type_date(qtbot, d.arrives, "1/3/26")
    assert not error.isVisible()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert d.saved_id is not None
    saved = get_assignment(store, d.saved_id)
    assert saved is not None
    assert (saved.arrives_on, saved.departs_on) == (date(2026, 3, 1), date(2026, 3, 5))


# --- Enter in table cells --------------------------------------------------------------------
def _meeting(store: Store) -> int:
    return save_event(
        store,
        EventInput(
            "meeting", "Họp giao ban", datetime(2026, 11, 27, 8), datetime(2026, 11, 27, 10)
        ),
        check_conflicts=False,
    )


def test_enter_in_an_action_items_due_date_keeps_the_minutes_open_and_the_date(
    qtbot: QtBot, store: Store
) -> None:
    ids = _orgs_and_people(store)
    data = load_minutes(store, _meeting(store))
    assert data is not None
    data.actions.append(ActionInput("Gửi báo cáo"))
    d = MinutesDialog(store, data)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.tabs.setCurrentIndex(3)
    due = d.action_table.cellWidget(0, 2)
    assert isinstance(due, OptionalDateEdit)
    type_date(qtbot, due, "15/05/2026")  # ends with a real Enter in the cell
    assert d.isVisible() and d.result() == 0
    assert due.value() == date(2026, 5, 15) and due.text() == "15/05/2026"
    owner = d.action_table.cellWidget(0, ACTION_OWNER)
    assert isinstance(owner, QComboBox)
    pick_by_typing(qtbot, owner, "dang thi")
    assert owner.currentData() == f"person:{ids['Đặng Thị Thu']}"
    qtbot.keyClick(owner.lineEdit(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert d.isVisible()
    # A date that is not one: said under the tabs at once, and Save is refused.
    type_date(qtbot, due, "31/02/2026")
    assert d.isVisible() and "Action item 1" in d.errors.text() and not d.errors.isHidden()
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and due.text() == "31/02/2026"
    type_date(qtbot, due, "5/5/26")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert not d.isVisible()
    saved = load_minutes(store, data.event.id)
    assert saved is not None and saved.actions[0].due_on == date(2026, 5, 5)
    assert saved.actions[0].owner is not None and saved.actions[0].owner.id == ids["Đặng Thị Thu"]


def test_enter_in_a_commitments_due_cell_commits_it_and_keeps_the_agreement_open(
    qtbot: QtBot, store: Store
) -> None:
    ids = _orgs_and_people(store)
    d = AgreementDialog(store, None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    try:
        pick_by_typing(qtbot, d.party_picker, "dai hoc thu dau mot")
        assert ids["Trường Đại học Thủ Dầu Một"] in d.party_ids()
        d.commitments.add(CommitmentInput("Khảo sát hạ tầng"))
        type_in_cell(qtbot, d.commitments, 0, DUE, "5/6/27")
        assert d.isVisible()
        assert d.commitments.item(0, DUE).text() == "05/06/2027"  # type: ignore[union-attr]
    finally:
        d.done(0)


# --- pickers ---------------------------------------------------------------------------------
def test_pickers_find_without_diacritics_and_keep_their_entry_when_nothing_matches(
    qtbot: QtBot, store: Store
) -> None:
    ids = _orgs_and_people(store)
    combo = choice_combo(organization_choices(store), "(none)")
    form = _form(qtbot, combo)
    pick_by_typing(qtbot, combo, "So Thong")
    assert combo.currentData() == ids["Sở Thông tin và Truyền thông tỉnh Bình Dương"]
    pick_by_typing(qtbot, combo, "dai hoc thu dau mot")
    assert combo.currentData() == ids["Trường Đại học Thủ Dầu Một"]
    # "dai hoc" is in two names: the list offers both, none is taken by itself.
    pick_by_typing(qtbot, combo, "dai hoc")
    finder = finder_of(combo)
    assert finder is not None and "Several" in finder.message
    assert combo.currentData() == ids["Trường Đại học Thủ Dầu Một"]
    pick_by_typing(qtbot, combo, "dai hoc", choose="Đại học Quốc gia Thành phố Hồ Chí Minh")
    assert combo.currentData() == ids["Đại học Quốc gia Thành phố Hồ Chí Minh"]
    assert finder.message == ""
    pick_by_typing(qtbot, combo, "xyz khong co")
    assert combo.currentData() == ids["Đại học Quốc gia Thành phố Hồ Chí Minh"]
    assert combo.currentText() == "Đại học Quốc gia Thành phố Hồ Chí Minh"
    assert "Nothing in the list matches" in finder.message
    form.done(0)


def test_a_project_typed_by_keyboard_enter_in_a_milestone_cell_does_not_save(
    qtbot: QtBot, store: Store
) -> None:
    ids = _orgs_and_people(store)
    units = organization_choices(store, internal=True)
    partners = organization_choices(store, internal=False)
    d = ProjectDialog(store, None, [], partners, units, None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    try:
        pick_by_typing(qtbot, d.partner, "thu dau mot")
        pick_by_typing(qtbot, d.host_unit, "so thong tin")
        assert d.partner.currentData() == ids["Trường Đại học Thủ Dầu Một"]
        assert d.host_unit.currentData() == ids["Sở Thông tin và Truyền thông tỉnh Bình Dương"]
        type_date(qtbot, d.starts, "3/4/13")
        type_date(qtbot, d.ends, "30/04/2013")
        d.tabs.setCurrentIndex(1)
        d.milestones.add(["Báo cáo khảo sát", "", ""])
        type_in_cell(qtbot, d.milestones, 0, 1, "5/6/27")
        assert d.milestones.cell(0, 1) == "05/06/2027"
        qtbot.keyClick(d.milestones, Qt.Key.Key_Return)  # on the cell, not editing
        assert d.isVisible() and d.saved_id is None
        assert (d.starts.value(), d.ends.value()) == (date(2013, 4, 3), date(2013, 4, 30))
    finally:
        d.done(0)


def test_every_date_that_is_not_one_says_so_beside_itself(qtbot: QtBot, store: Store) -> None:
    """The project's start as well as its end; both days of the planner's period."""
    d = ProjectDialog(store, None, [], [], [], None)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    try:
        d.code.setText("T-01")
        d.title_edit.setText("Dự án thử")
        type_date(qtbot, d.starts, "31/02/2026")
        type_date(qtbot, d.ends, "abc")
        qtbot.mouseClick(
            d.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert d.isVisible() and d.saved_id is None
        for field, says in (("starts_on", "31/02/2026"), ("ends_on", "abc")):
            label = d.findChild(QLabel, f"error_{field}")
            assert label is not None and label.isVisible() and says in label.text(), field
        assert d.starts.text() == "31/02/2026"  # what was typed is kept
    finally:
        d.done(0)

    planner = PlannerDialog(store)
    qtbot.addWidget(planner)
    planner.show()
    qtbot.waitExposed(planner)
    try:
        type_date(qtbot, planner.first, "")
        type_date(qtbot, planner.last, "abc")
        qtbot.mouseClick(planner.propose_button, Qt.MouseButton.LeftButton)
        shown = [
            label.text()
            for label in planner.findChildren(QLabel)
            if label.isVisible() and label.styleSheet().startswith("color: #b00020")
        ]
        assert any("abc" in text for text in shown), shown
        assert len([t for t in shown if t]) >= 2, shown
    finally:
        planner.done(0)
