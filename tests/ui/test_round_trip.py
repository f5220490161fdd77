"""An exported partners list or roster imports back unchanged: into the same database
it adds and changes nothing; into an empty one it makes the same records."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.assignments import AssignmentInput, save_assignment
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, PersonRole
from coordinator.sheets.fields import ListKind
from coordinator.sheets.importing import Action, apply_plan, plan_import
from coordinator.sheets.reading import read_grid
from coordinator.ui.main_window import PARTNERS, MainWindow
from tests.clock import fix_today
from tests.ui.ops import settle
from tests.ui.test_export_lists import save_as


def office(store: Store) -> None:
    """Records as a coordinator types them, awkward ones included."""
    save_partner(
        store,
        PartnerInput(
            name="Sở Thông tin và Truyền thông tỉnh Bình Dương",
            kind=OrgKind.GOVERNMENT,
            short_name="Sở TT&TT",
            is_internal=True,
            country="Việt Nam",
            address="Tầng 7, Tháp A\nTrung tâm Hành chính tỉnh",
            website="https://stttt.binhduong.gov.vn",
            phone="0274 3822 123",
            email="stttt@binhduong.gov.vn",
            notes="Cơ quan chủ trì; liên hệ “chị Hạnh”\n=SUM(A1) không phải công thức",
        ),
    )
    ibm = save_partner(
        store,
        PartnerInput(
            name="Tập đoàn IBM",
            kind=OrgKind.ENTERPRISE,
            short_name="IBM",
            country="Hoa Kỳ",
            phone="+1 914 499 1900",
        ),  # fmt: skip
    )
    for name, kind in (
        ("Trường Đại học Thủ Dầu Một", OrgKind.ACADEMIA),
        ("Hội Doanh nghiệp trẻ tỉnh Bình Dương", OrgKind.ASSOCIATION),
        ("Thành phố Eindhoven", OrgKind.GOVERNMENT),
        ('Đơn vị "ngoặc kép", dấu phẩy; chấm phẩy', OrgKind.INTERNATIONAL),
    ):
        save_partner(store, PartnerInput(name=name, kind=kind))
    project = save_project(store, ProjectInput(code="CSC-01", title="Chính quyền điện tử",
                                               partner_id=ibm))  # fmt: skip
    for i, (name, phone) in enumerate((("Sarah Johnson", "0912 345 678"),
                                       ("Nguyễn Thị Đào", "0274 3811 000"))):  # fmt: skip
        person = save_person(
            store,
            PersonInput(
                full_name=name,
                roles={PersonRole.VOLUNTEER},
                title="Chuyên gia tư vấn",
                organization_id=ibm,
                email=f"expert{i}@example.com",
                phone=phone,
                nationality="Hoa Kỳ",
                expertise="Dữ liệu, chuỗi cung ứng",
                languages="Tiếng Anh",
            ),
        )
        save_assignment(store, AssignmentInput(person, project, date(2013, 4, 3),
                                               date(2013, 4, 26 + i)))  # fmt: skip


PARTNER_COLUMNS = ("name", "short_name", "kind", "is_internal", "country", "address", "website",
                   "phone", "email", "notes")  # fmt: skip
PERSON_COLUMNS = ("full_name", "title", "email", "phone", "nationality", "expertise", "languages")


def partners_of(store: Store) -> list[tuple[Any, ...]]:
    o = m.Organization
    with store.session() as s:
        columns = [getattr(o, c) for c in PARTNER_COLUMNS]
        return sorted(tuple(r) for r in s.execute(select(*columns).where(o.deleted_at.is_(None))))


def people_of(store: Store) -> list[tuple[Any, ...]]:
    p = m.Person
    with store.session() as s:
        rows = s.execute(
            select(*[getattr(p, c) for c in PERSON_COLUMNS], m.Organization.name)
            .join(m.Organization, isouter=True)
            .where(p.deleted_at.is_(None))
        )
        return sorted(tuple(r) for r in rows)


def stays_of(store: Store) -> list[tuple[Any, ...]]:
    a = m.Assignment
    with store.session() as s:
        rows = s.execute(
            select(m.Person.full_name, m.Project.code, a.arrives_on, a.departs_on)
            .join(m.Person)
            .join(m.Project)
        )
        return sorted(tuple(r) for r in rows)


def bring_in(store: Store, path: Path, kind: ListKind) -> dict[Action, int]:
    plan = plan_import(store, read_grid(path), kind)
    assert plan.problems() == []
    counts = plan.counts()
    apply_plan(store, plan)
    return counts


@pytest.mark.parametrize("ending", ["xlsx", "csv"])
def test_partners_and_the_roster_go_out_and_come_back_unchanged(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    ending: str,
) -> None:
    fix_today(monkeypatch, date(2026, 11, 30))
    office(window.store)
    window.partners.refresh()
    window.tabs.setCurrentIndex(PARTNERS)
    partners_file = tmp_path / f"doi-tac.{ending}"
    save_as(monkeypatch, partners_file)
    window.export_list_action.trigger()
    settle()
    roster_file = tmp_path / f"chuyen-gia.{ending}"
    save_as(monkeypatch, roster_file)
    roster = window.scheduling.show_roster()
    roster.export_button.click()
    settle()
    roster.done(0)

    # Into the same database: everything is already there.
    before = (partners_of(window.store), people_of(window.store), stays_of(window.store))
    assert bring_in(window.store, partners_file, ListKind.PARTNERS)[Action.UNCHANGED] == 6
    assert bring_in(window.store, roster_file, ListKind.PEOPLE)[Action.ADD] == 0
    assert bring_in(window.store, roster_file, ListKind.STAYS)[Action.ADD] == 0
    assert (partners_of(window.store), people_of(window.store), stays_of(window.store)) == before

    # Into an empty one: the same partners, people and stays.
    other = Store.open(tmp_path / "khac.sqlite")
    try:
        assert bring_in(other, partners_file, ListKind.PARTNERS)[Action.ADD] == 6
        assert partners_of(other) == before[0]
        assert bring_in(other, roster_file, ListKind.PEOPLE)[Action.ADD] == 2
        assert people_of(other) == before[1]
        save_project(other, ProjectInput(code="CSC-01", title="Chính quyền điện tử"))
        assert bring_in(other, roster_file, ListKind.STAYS)[Action.ADD] == 2
        assert stays_of(other) == before[2]
    finally:
        other.close()
