from datetime import date

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.common import Sort
from coordinator.db.queries.history import record_history
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.queries.projects import (
    IndicatorInput,
    MilestoneInput,
    ProjectFilter,
    ProjectInput,
    count_projects,
    get_project,
    list_projects,
    save_project,
)
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind, ProjectStatus
from coordinator.domain.validation import FieldError, Problem, ValidationError
from tests.clock import fix_today


def test_project_round_trip_with_milestones_and_indicators(store: Store) -> None:
    partner = save_partner(store, PartnerInput("Tập đoàn Hanseo", OrgKind.ENTERPRISE))
    unit = save_partner(store, PartnerInput("Trung tâm CNTT", OrgKind.GOVERNMENT, is_internal=True))
    pid = save_project(
        store,
        ProjectInput(
            code="HS-01",
            title="Camera giao thông",
            status=ProjectStatus.ACTIVE,
            partner_id=partner,
            host_unit_id=unit,
            starts_on=date(2026, 1, 1),
            ends_on=date(2026, 12, 31),
            milestones=[MilestoneInput("Khảo sát", date(2026, 3, 1))],
            indicators=[IndicatorInput("Số camera", "cái", 0, 120, 45)],
        ),
    )
    detail = get_project(store, pid)
    assert detail is not None
    assert (detail.partner, detail.host_unit) == ("Tập đoàn Hanseo", "Trung tâm CNTT")
    assert detail.project.milestones[0].title == "Khảo sát"
    assert detail.project.indicators[0].target == 120
    rows = list_projects(store, ProjectFilter(partner_id=partner), Sort("code"), 0, 10)
    assert [(r.code, r.host_unit, r.status) for r in rows] == [
        ("HS-01", "Trung tâm CNTT", "active")
    ]
    assert count_projects(store, ProjectFilter(status=ProjectStatus.COMPLETED)) == 0
    assert count_projects(store, ProjectFilter(host_unit_id=unit, text="camera giao")) == 1


def test_duplicate_code_and_reversed_dates_are_refused(store: Store) -> None:
    save_project(store, ProjectInput(code="A-1", title="Một"))
    with pytest.raises(ValidationError) as info:
        save_project(
            store,
            ProjectInput(
                code="A-1", title="Hai", starts_on=date(2026, 5, 1), ends_on=date(2026, 4, 1)
            ),
        )
    assert info.value.errors == [FieldError("ends_on", Problem.END_BEFORE_START)]
    with pytest.raises(ValidationError) as info:
        save_project(store, ProjectInput(code="A-1", title="Hai"))
    assert info.value.errors == [FieldError("code", Problem.DUPLICATE)]
    assert count_projects(store, ProjectFilter()) == 1


def _rows(store: Store, pid: int) -> list[tuple[str, int, date | None]]:
    with store.session() as s:
        milestones = s.scalars(select(m.Milestone).where(m.Milestone.project_id == pid))
        indicators = s.scalars(select(m.Indicator).where(m.Indicator.project_id == pid))
        return [("milestone", x.id, x.done_on) for x in milestones] + [
            ("indicator", x.id, x.measured_on) for x in indicators
        ]


def test_saving_a_project_keeps_the_rows_its_form_left_alone(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only what changed shows in the history, and an indicator keeps the date it was
    measured until a new actual value is entered (today in Hồ Chí Minh City's time)."""
    today = date(2026, 11, 30)
    fix_today(monkeypatch, today)
    data = ProjectInput(
        code="HS-02",
        title="Camera giao thông",
        status=ProjectStatus.ACTIVE,
        milestones=[
            MilestoneInput("Khảo sát", date(2026, 3, 1)),
            MilestoneInput("Lắp đặt", date(2026, 6, 1)),
        ],
        indicators=[
            IndicatorInput("Số camera", "cái", 0, 120, 45),
            IndicatorInput("Số nút giao", "nút", 0, 30, 10),
        ],
    )
    pid = save_project(store, data)
    first = _rows(store, pid)
    assert [r[2] for r in first[2:]] == [today, today]
    with store.session() as s:
        for row in s.scalars(select(m.Indicator)):
            row.measured_on = date(2026, 1, 15)
    logged = len(record_history(store, "project", pid))

    data.milestones[1] = MilestoneInput("Lắp đặt", date(2026, 6, 1), date(2026, 6, 3))
    data.indicators[1] = IndicatorInput("Số nút giao", "nút", 0, 30, 18)
    save_project(store, data)
    second = _rows(store, pid)
    assert [r[1] for r in second] == [r[1] for r in first]
    assert [r[2] for r in second] == [None, date(2026, 6, 3), date(2026, 1, 15), today]
    history = record_history(store, "project", pid)
    new = history[: len(history) - logged]
    assert sorted((c.entity, c.action, tuple(c.changes)) for c in new) == [
        ("indicator", "updated", ("actual", "measured_on")),
        ("milestone", "updated", ("done_on",)),
    ]

    data.milestones = data.milestones[1:]  # the first removed: the second keeps its row
    save_project(store, data)
    assert [r[1] for r in _rows(store, pid) if r[0] == "milestone"] == [first[1][1]]
