"""Programmes, people and stays as services: rules, versions, the trash, undo snapshots,
and removed stays leaving the planner and the stay warnings."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.assignments import (
    AssignmentInput,
    assignment_snapshot,
    get_assignment,
    outside_project,
    put_assignment,
    save_assignment,
    set_assignment_deleted,
    stays,
)
from coordinator.db.queries.common import Sort
from coordinator.db.queries.events import EventInput
from coordinator.db.queries.partners import (
    ContactInput,
    PartnerInput,
    get_partner,
    save_partner,
)
from coordinator.db.queries.people import (
    PersonInput,
    get_person,
    person_snapshot,
    put_person,
    save_person,
    set_person_deleted,
)
from coordinator.db.queries.planner import plan_projects, plannable_projects, propose
from coordinator.db.queries.programmes import (
    ProgrammeInput,
    get_programme,
    list_programmes,
    move_projects,
    programmes_of,
    put_programme,
    save_programme,
    set_programme_deleted,
)
from coordinator.db.queries.projects import (
    ProjectFilter,
    ProjectInput,
    get_project,
    list_projects,
    programme_choices,
    save_project,
)
from coordinator.db.queries.roster import RosterFilter, list_roster
from coordinator.db.queries.scheduling import check_event
from coordinator.db.queries.search import search
from coordinator.db.queries.trash import TrashKind, list_trash, set_deleted
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import EventKind, OrgKind, PersonRole
from coordinator.domain.planner import PlanRequest
from coordinator.domain.scheduling import WarningKind
from coordinator.domain.validation import Problem, ValidationError


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, Problem]]:
    return {(e.field, e.problem) for e in exc.value.errors}


def make_project(store: Store, code: str = "TNV-01", **kw: object) -> int:
    data = ProjectInput(code=code, title=f"Tư vấn {code}", **kw)  # type: ignore[arg-type]
    return save_project(store, data)


def make_volunteer(store: Store, name: str = "Aarav Sharma") -> int:
    return save_person(store, PersonInput(name, roles={PersonRole.VOLUNTEER}, nationality="Ấn Độ"))


# --- programmes ---------------------------------------------------------------------


def test_a_programme_is_validated_saved_versioned_and_counted(store: Store) -> None:
    with pytest.raises(ValidationError) as failed:
        save_programme(store, ProgrammeInput("  "))
    assert problems(failed) == {("name", Problem.REQUIRED)}
    partner = save_partner(store, PartnerInput("IBM", OrgKind.ENTERPRISE))
    data = ProgrammeInput("Tình nguyện viên IBM 2026", domain="Con người", partner_id=partner)
    pid = save_programme(store, data)
    make_project(store, "TNV-01", programme_id=pid)
    make_project(store, "TNV-02", programme_id=pid)
    [row] = list_programmes(store)
    assert (row.name, row.domain, row.partner, row.project_count) == (
        "Tình nguyện viên IBM 2026",
        "Con người",
        "IBM",
        2,
    )
    assert [h.id for h in search(store, "tinh nguyen") if h.kind.name == "PROGRAMME"] == [pid]
    stale = get_programme(store, pid)
    assert stale is not None
    data.description = "14 chuyên gia"
    save_programme(store, data)
    stale.name = "Khác"
    with pytest.raises(RecordChangedError):
        save_programme(store, stale)


def test_a_deleted_programme_leaves_lists_and_its_projects_keep_it(store: Store) -> None:
    pid = save_programme(store, ProgrammeInput("Navigator – Con người"))
    project = make_project(store, programme_id=pid)
    set_programme_deleted(store, pid, True)
    assert list_programmes(store) == []
    assert programme_choices(store) == []
    [row] = list_projects(store, ProjectFilter(), Sort("code"), 0, 10)
    assert row.programme is None
    detail = get_project(store, project)
    assert detail is not None and detail.programme is None
    assert detail.project.programme_id == pid  # the link stays for the restore
    assert [(r.kind, r.title) for r in list_trash(store)] == [
        (TrashKind.PROGRAMME, "Navigator – Con người")
    ]
    set_deleted(store, TrashKind.PROGRAMME, pid, False)
    [row] = list_projects(store, ProjectFilter(), Sort("code"), 0, 10)
    assert row.programme == "Navigator – Con người"


def test_undo_puts_a_programme_back_as_it_was(store: Store) -> None:
    pid = save_programme(store, ProgrammeInput("A", domain="x"))
    before = get_programme(store, pid)
    data = get_programme(store, pid)
    assert data is not None
    data.name = "B"
    save_programme(store, data)
    put_programme(store, pid, before)
    again = get_programme(store, pid)
    assert again is not None and again.name == "A"
    put_programme(store, pid, None)
    assert get_programme(store, pid) is None


def test_moving_projects_between_programmes(store: Store) -> None:
    a = save_programme(store, ProgrammeInput("A"))
    b = save_programme(store, ProgrammeInput("B"))
    p1 = make_project(store, "P1", programme_id=a)
    p2 = make_project(store, "P2")
    before = programmes_of(store, [p1, p2])
    assert before == {p1: a, p2: None}
    move_projects(store, {p1: b, p2: b})
    assert programmes_of(store, [p1, p2]) == {p1: b, p2: b}
    assert {r.name: r.project_count for r in list_programmes(store)} == {"A": 0, "B": 2}
    move_projects(store, before)
    assert programmes_of(store, [p1, p2]) == before


# --- people ---------------------------------------------------------------------------


def test_a_person_with_two_roles_and_every_field(store: Store) -> None:
    unit = save_partner(store, PartnerInput("Sở Khoa học và Công nghệ", OrgKind.GOVERNMENT))
    with pytest.raises(ValidationError) as failed:
        save_person(store, PersonInput("", email="not-an-address", phone="abc"))
    assert problems(failed) == {
        ("full_name", Problem.REQUIRED),
        ("email", Problem.EMAIL),
        ("phone", Problem.PHONE),
    }
    data = PersonInput(
        "María García",
        roles={PersonRole.VOLUNTEER, PersonRole.CONTACT},
        title="Chuyên gia",
        organization_id=unit,
        email="maria@example.org",
        phone="+34 600 000 000",
        nationality="Tây Ban Nha",
        expertise="dữ liệu mở",
        languages="Español, English",
        notes="Đến ngày 3/4",
    )
    pid = save_person(store, data)
    with store.session() as s:
        assert s.scalar(select(m.Person.role).where(m.Person.id == pid)) == "contact,volunteer"
    loaded = get_person(store, pid)
    assert loaded is not None
    assert loaded.roles == {PersonRole.VOLUNTEER, PersonRole.CONTACT}
    assert (loaded.nationality, loaded.expertise, loaded.languages) == (
        "Tây Ban Nha",
        "dữ liệu mở",
        "Español, English",
    )
    # A volunteer shows on the roster even before a stay is entered.
    [row] = list_roster(store, RosterFilter(), Sort("name"), 0, 10)
    assert row.name == "María García" and row.assignment_id is None
    # Undo of a change, then of the creation.
    before = person_snapshot(store, pid)
    loaded.roles = {PersonRole.STAFF}
    save_person(store, loaded)
    put_person(store, pid, before)
    back = get_person(store, pid)
    assert back is not None and back.roles == {PersonRole.VOLUNTEER, PersonRole.CONTACT}
    set_person_deleted(store, pid, True)
    assert get_person(store, pid) is None
    assert (TrashKind.CONTACT, "María García") in [(r.kind, r.title) for r in list_trash(store)]


def test_a_partners_contact_keeps_roles_languages_and_notes(store: Store) -> None:
    contact = ContactInput(
        "Rahul Mehta",
        nationality="Ấn Độ",
        languages="Hindi, English",
        notes="Trưởng đoàn",
        roles={PersonRole.CONTACT, PersonRole.VOLUNTEER},
    )
    oid = save_partner(store, PartnerInput("IBM", OrgKind.ENTERPRISE, contacts=[contact]))
    detail = get_partner(store, oid)
    assert detail is not None
    [c] = detail.partner.contacts
    assert (c.languages, c.notes, c.roles) == (
        "Hindi, English",
        "Trưởng đoàn",
        {PersonRole.CONTACT, PersonRole.VOLUNTEER},
    )
    with pytest.raises(ValidationError) as failed:
        save_partner(
            store,
            PartnerInput("X", OrgKind.ENTERPRISE, contacts=[ContactInput("Y", email="y@")]),
        )
    assert problems(failed) == {("contacts.0.email", Problem.EMAIL)}


# --- stays --------------------------------------------------------------------------


def test_a_stay_is_checked_and_an_overlap_refused(store: Store) -> None:
    project = make_project(store, starts_on=date(2026, 4, 3), ends_on=date(2026, 4, 28))
    person = make_volunteer(store)
    with pytest.raises(ValidationError) as failed:
        save_assignment(store, AssignmentInput(None, None, date(2026, 4, 10), date(2026, 4, 1)))
    assert problems(failed) == {
        ("person_id", Problem.REQUIRED),
        ("project_id", Problem.REQUIRED),
        ("departs_on", Problem.END_BEFORE_START),
    }
    with pytest.raises(ValidationError) as failed:  # years typed by a slip of the keyboard
        save_assignment(store, AssignmentInput(person, project, date(1, 4, 3), date(9999, 4, 1)))
    assert problems(failed) == {("arrives_on", Problem.FORMAT), ("departs_on", Problem.FORMAT)}
    first = AssignmentInput(person, project, date(2026, 4, 3), date(2026, 4, 15), "Tư vấn")
    sid = save_assignment(store, first)
    with pytest.raises(ValidationError) as failed:
        save_assignment(store, AssignmentInput(person, project, date(2026, 4, 15), None))
    assert problems(failed) == {("arrives_on", Problem.DUPLICATE)}
    # Back-to-back is fine, and so is changing the stay itself.
    save_assignment(store, AssignmentInput(person, project, date(2026, 4, 16), date(2026, 4, 20)))
    first.departs_on = date(2026, 4, 14)
    save_assignment(store, first)
    # Reaching outside the project's dates is only a warning.
    late = AssignmentInput(person, project, date(2026, 4, 21), date(2026, 5, 2))
    period = outside_project(store, late)
    assert period is not None and period.ends_on == date(2026, 4, 28)
    assert outside_project(store, first) is None
    save_assignment(store, late)
    assert [s.arrives_on for s in stays(store, project_id=project)] == [
        date(2026, 4, 3),
        date(2026, 4, 16),
        date(2026, 4, 21),
    ]
    stale = get_assignment(store, sid)
    assert stale is not None
    stale.version = 1
    with pytest.raises(RecordChangedError):
        save_assignment(store, stale)


def test_removing_a_stay_and_bringing_it_back(store: Store) -> None:
    project = make_project(store)
    person = make_volunteer(store)
    sid = save_assignment(
        store, AssignmentInput(person, project, date(2026, 4, 3), date(2026, 4, 28))
    )
    before = assignment_snapshot(store, sid)
    set_assignment_deleted(store, sid, True)
    assert stays(store, project_id=project) == []
    detail = get_project(store, project)
    assert detail is not None and detail.volunteers == []
    roster = list_roster(store, RosterFilter(), Sort("name"), 0, 10)
    assert [(r.name, r.assignment_id) for r in roster] == [("Aarav Sharma", None)]
    assert plannable_projects(store) == []
    # A removed stay does not block a new one over the same days.
    other = save_assignment(store, AssignmentInput(person, project, date(2026, 4, 5), None))
    set_assignment_deleted(store, other, True)
    put_assignment(store, sid, before)
    [row] = stays(store, project_id=project)
    assert row.id == sid and row.departs_on == date(2026, 4, 28)


def consultation(person: int, project: int, day: date) -> EventInput:
    return EventInput(
        kind=EventKind.CONSULTATION,
        title="Tư vấn",
        starts=datetime.combine(day, datetime.min.time()) + timedelta(hours=8),
        ends=datetime.combine(day, datetime.min.time()) + timedelta(hours=10),
        project_id=project,
        participant_ids=[person],
    )


def outside_stay(store: Store, data: EventInput) -> bool:
    found = check_event(store, data)
    return any(w.kind == WarningKind.OUTSIDE_STAY for w in found.warnings)


def test_the_planner_and_the_stay_warnings_use_typed_stays_and_skip_removed_ones(
    store: Store,
) -> None:
    unit = save_partner(store, PartnerInput("Sở TT&TT", OrgKind.GOVERNMENT, is_internal=True))
    project = make_project(
        store, host_unit_id=unit, starts_on=date(2026, 4, 1), ends_on=date(2026, 4, 30)
    )
    person = make_volunteer(store)
    sid = save_assignment(
        store, AssignmentInput(person, project, date(2026, 4, 6), date(2026, 4, 10))
    )
    assert [c.id for c in plannable_projects(store)] == [project]
    [planned] = plan_projects(store, [project])
    assert [v.person_id for v in planned.volunteers] == [person]
    plan = propose(store, PlanRequest((planned,), date(2026, 4, 6), date(2026, 4, 17), 2))
    assert plan.sessions and all(s.people == {person} for s in plan.sessions)
    assert all(s.starts.date() <= date(2026, 4, 10) for s in plan.sessions)
    # Within the stay: no warning; after it: the event editor warns.
    assert not outside_stay(store, consultation(person, project, date(2026, 4, 8)))
    assert outside_stay(store, consultation(person, project, date(2026, 4, 14)))
    # Removed, the stay counts nowhere: no warning from it, nothing to plan.
    set_assignment_deleted(store, sid, True)
    assert not outside_stay(store, consultation(person, project, date(2026, 4, 14)))
    assert plannable_projects(store) == []
    assert plan_projects(store, [project])[0].volunteers == ()


def test_two_live_programmes_may_not_share_a_name(store: Store) -> None:
    from coordinator.db.queries.programmes import (
        ProgrammeInput,
        save_programme,
        set_programme_deleted,
    )

    first = save_programme(store, ProgrammeInput("Đoàn chuyên gia tình nguyện IBM 2013"))
    with pytest.raises(ValidationError) as twin:
        save_programme(store, ProgrammeInput("doan chuyen gia tinh nguyen ibm 2013", "Khác"))
    assert [(e.field, e.problem) for e in twin.value.errors] == [("name", Problem.DUPLICATE)]
    save_programme(store, ProgrammeInput("Đoàn chuyên gia tình nguyện IBM 2014"))  # a prefix
    set_programme_deleted(store, first, True)  # one in the trash frees its name
    save_programme(store, ProgrammeInput("Đoàn chuyên gia tình nguyện IBM 2013"))


def test_a_person_holds_at_least_one_role(store: Store) -> None:
    from coordinator.db.queries.people import PersonInput, save_person

    with pytest.raises(ValidationError) as none:
        save_person(store, PersonInput("Người không vai trò", roles=set()))
    assert [(e.field, e.problem) for e in none.value.errors] == [("roles", Problem.REQUIRED)]
