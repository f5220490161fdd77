from datetime import date

import pytest

from coordinator.db.queries.common import Sort
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
