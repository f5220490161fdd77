"""A small volunteer mission built through db/queries, for the planner's tests.

One host unit with two rooms, one partner, one project from 13/04/2026 to
28/04/2026 and three volunteers: An stays 13/04–22/04, Bình 20/04–05/05 (past the
project's end), and Chi's only stay (the whole of April and May) is removed.
27/04/2026 is the Giỗ Tổ day off, 30/04 and 01/05 are holidays.
"""

from dataclasses import dataclass
from datetime import date

from coordinator.db.queries.assignments import (
    AssignmentInput,
    save_assignment,
    set_assignment_deleted,
)
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.queries.rooms import RoomInput, save_room
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, PersonRole, ProjectStatus

STARTS, ENDS = date(2026, 4, 13), date(2026, 4, 28)
STAYS = {
    "An": (date(2026, 4, 13), date(2026, 4, 22)),
    "Bình": (date(2026, 4, 20), date(2026, 5, 5)),
}


@dataclass
class Mission:
    unit: int
    partner: int
    project: int
    rooms: list[int]
    people: dict[str, int]


def build_mission(store: Store) -> Mission:
    unit = save_partner(
        store,
        PartnerInput(
            "Sở Khoa học và Công nghệ", OrgKind.GOVERNMENT, short_name="Sở KH&CN", is_internal=True
        ),
    )
    partner = save_partner(
        store, PartnerInput("Quỹ Tình nguyện Quốc tế", OrgKind.INTERNATIONAL, country="Hoa Kỳ")
    )
    rooms = [
        save_room(store, RoomInput("Phòng họp tầng 2", host_unit_id=unit, capacity=20)),
        save_room(store, RoomInput("Phòng họp tầng 3", host_unit_id=unit, capacity=12)),
    ]
    project = save_project(
        store,
        ProjectInput(
            "KHCN-01",
            "Số hóa quy trình thẩm định công nghệ",
            status=ProjectStatus.ACTIVE,
            partner_id=partner,
            host_unit_id=unit,
            starts_on=STARTS,
            ends_on=ENDS,
        ),
    )
    people = {}
    for name in ("An", "Bình", "Chi"):
        people[name] = save_person(
            store,
            PersonInput(f"Nguyễn {name}", {PersonRole.VOLUNTEER}, organization_id=partner),
        )
    for name, (arrives, departs) in STAYS.items():
        save_assignment(store, AssignmentInput(people[name], project, arrives, departs))
    removed = save_assignment(
        store, AssignmentInput(people["Chi"], project, date(2026, 4, 1), date(2026, 5, 31))
    )
    set_assignment_deleted(store, removed, True)
    return Mission(unit, partner, project, rooms, people)
