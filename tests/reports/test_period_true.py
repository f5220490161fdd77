"""Reports true to their period: a project's status and an indicator's value as they
stood on the period's last day, and the flags raised then, from an empty database
with the records typed through the services the project form uses."""

import shutil
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.queries.progress import project_flags_now, status_history
from coordinator.db.queries.projects import (
    IndicatorInput,
    MilestoneInput,
    ProjectInput,
    get_project,
    save_project,
)
from coordinator.db.store import Store
from coordinator.domain.enums import ProjectStatus
from coordinator.domain.flags import FlagKind
from coordinator.reports.status import paper
from coordinator.reports.status.data import ReportRequest, StatusReport, gather
from coordinator.text import labels
from coordinator.text.flags import flag_text
from tests.clock import fix_today

SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"


def _edit(store: Store, pid: int, **changes: object) -> None:
    detail = get_project(store, pid)
    assert detail is not None
    data = detail.project
    for key, value in changes.items():
        setattr(data, key, value)
    save_project(store, data)


def _set_actual(store: Store, pid: int, actual: float, on: date | None = None) -> None:
    detail = get_project(store, pid)
    assert detail is not None
    data = detail.project
    data.indicators[0].actual, data.indicators[0].measured_on = actual, on
    save_project(store, data)


@pytest.fixture
def story(store: Store, monkeypatch: pytest.MonkeyPatch) -> int:
    """DA-01: planned in January, in progress from 01/02, measured 3 then 5 in February,
    9 on 31/03, and completed on 06/04 (typed on 10/04): a milestone of 20/02 never done."""
    fix_today(monkeypatch, date(2026, 1, 10))
    pid = save_project(
        store,
        ProjectInput(
            code="DA-01",
            title="Kết nối dữ liệu các sở",
            status=ProjectStatus.PLANNED,
            starts_on=date(2026, 2, 1),
            ends_on=date(2026, 3, 31),
            milestones=[MilestoneInput("Khảo sát", date(2026, 2, 20))],
            indicators=[IndicatorInput("Số sở kết nối", "sở", 0, 12)],
        ),
    )
    fix_today(monkeypatch, date(2026, 2, 1))
    _edit(store, pid, status=ProjectStatus.ACTIVE, status_since=None)
    _set_actual(store, pid, 3)
    fix_today(monkeypatch, date(2026, 2, 25))
    _set_actual(store, pid, 5)
    fix_today(monkeypatch, date(2026, 4, 10))
    _set_actual(store, pid, 9, date(2026, 3, 31))
    _edit(store, pid, status=ProjectStatus.COMPLETED, status_since=date(2026, 4, 6))
    return pid


def _month(store: Store, first: date, last: date) -> StatusReport:
    return gather(store, ReportRequest(first, last, made_at=datetime(2026, 4, 10, 9)))


def test_the_history_is_written_as_the_project_is_saved(store: Store, story: int) -> None:
    steps = [(s.status, s.changed_on) for s in status_history(store, story)]
    assert steps == [
        ("planned", date(2026, 1, 10)),
        ("active", date(2026, 2, 1)),
        ("completed", date(2026, 4, 6)),
    ]
    with store.reading() as s:
        measured = s.execute(
            select(m.IndicatorMeasurement.measured_on, m.IndicatorMeasurement.value).order_by(
                m.IndicatorMeasurement.measured_on
            )
        ).all()
    assert measured == [
        (date(2026, 2, 1), 3.0),
        (date(2026, 2, 25), 5.0),
        (date(2026, 3, 31), 9.0),
    ]
    detail = get_project(store, story)
    assert detail is not None and detail.project.status_since == date(2026, 4, 6)


def test_a_past_month_shows_the_state_of_its_last_day(
    store: Store, story: int, qapp: object, tmp_path: Path
) -> None:
    february = _month(store, date(2026, 2, 1), date(2026, 2, 28))
    assert february.figures.projects_by_status["active"] == 1
    assert february.figures.projects_by_status["completed"] == 0
    (group,) = february.groups
    (line,) = group.projects
    assert line.status == "active"
    (ind,) = group.indicators
    assert (ind.actual, ind.measured_on) == (5.0, date(2026, 2, 25))
    # The milestone of 20/02 was late on 28/02; the project's end had not come.
    assert [(f.kind, f.days) for f in line.flags] == [(FlagKind.MILESTONE_OVERDUE, 8)]
    assert ind.flags == ()  # measured within February

    january = _month(store, date(2026, 1, 1), date(2026, 1, 31))
    assert january.figures.projects == 0  # it starts in February
    march = _month(store, date(2026, 3, 1), date(2026, 3, 31))
    assert march.groups[0].projects[0].status == "active"  # closed only on 06/04
    assert march.groups[0].indicators[0].actual == 9.0
    assert _month(store, date(2026, 4, 1), date(2026, 4, 30)).figures.projects == 0  # closed
    spring = _month(store, date(2026, 3, 15), date(2026, 4, 30))  # as of 10/04
    assert spring.groups[0].projects[0].status == "completed"
    assert spring.groups[0].projects[0].flags[0].kind == FlagKind.MILESTONE_OVERDUE

    html = paper.to_html(february)
    assert f"<td>{labels.project_status('active')}</td>" in html  # the project's row
    assert f"<td>{labels.project_status('completed')}</td>" not in html
    assert flag_text(line.flags[0]) in html
    if shutil.which("pdftotext") is None:
        return
    pdf = tmp_path / "thang-2.pdf"
    paper.write_pdf(february, pdf)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(text.split())
    assert labels.project_status("active") in words
    assert f"{labels.fmt_number(5)} 25/02/2026" in words
    assert "Khảo sát" in words and labels.fmt_count(8) in words


def test_flags_of_a_project_left_open_past_its_end(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 1, 5))
    pid = save_project(
        store,
        ProjectInput(
            code="DA-02",
            title="Trung tâm điều hành thông minh",
            status=ProjectStatus.ACTIVE,
            starts_on=date(2026, 1, 5),
            ends_on=date(2026, 5, 31),
            milestones=[MilestoneInput("Nghiệm thu", date(2026, 5, 31))],
            indicators=[IndicatorInput("Số camera", "cái", 0, 120, 40)],
        ),
    )
    fix_today(monkeypatch, date(2026, 6, 15))
    flags = project_flags_now(store, pid)
    assert [(f.kind, f.days, f.subject) for f in flags] == [
        (FlagKind.PROJECT_OVERDUE, 15, ""),
        (FlagKind.MILESTONE_OVERDUE, 15, "Nghiệm thu"),
        (FlagKind.INDICATOR_UNMEASURED, 0, "Số camera"),  # last measured 05/01
    ]
    assert flags[2].last_measured == date(2026, 1, 5) and flags[2].window_days == 90
    report = gather(
        store, ReportRequest(date(2026, 6, 1), date(2026, 6, 30), made_at=datetime(2026, 6, 15, 9))
    )
    kinds = [f.kind for f in report.flags]
    assert kinds == [
        FlagKind.PROJECT_OVERDUE,
        FlagKind.MILESTONE_OVERDUE,
        FlagKind.INDICATOR_UNMEASURED,
    ]
    assert report.flags[2].window_days is None  # the report asks within its period
    # Closing the project ends its flags; a cancelled one has none either.
    detail = get_project(store, pid)
    assert detail is not None
    data = detail.project
    data.status = ProjectStatus.COMPLETED
    data.milestones[0].done_on = date(2026, 6, 15)
    save_project(store, data)
    assert project_flags_now(store, pid) == []


def test_the_demo_april_shows_the_four_consultancy_projects_in_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 11, 30))
    store = Store.open(tmp_path / "demo.sqlite")
    try:
        demo.load(store)
        april = gather(
            store,
            ReportRequest(date(2013, 4, 1), date(2013, 4, 30), made_at=datetime(2026, 11, 30, 9)),
        )
        lines = [p for g in april.groups for p in g.projects]
        assert {p.code: p.status for p in lines} == dict.fromkeys(
            ("CSC-01", "CSC-02", "CSC-03", "CSC-04"), "active"
        )
        assert april.figures.projects_by_status["active"] == 4
        assert april.figures.projects_by_status["completed"] == 0
        values = {
            (i.project_code, i.actual, i.measured_on) for g in april.groups for i in g.indicators
        }
        assert values == {(f"CSC-0{n}", 8.0, date(2013, 4, 25)) for n in range(1, 5)}
        mid = gather(
            store,
            ReportRequest(date(2013, 4, 1), date(2013, 4, 15), made_at=datetime(2026, 11, 30, 9)),
        )
        assert {i.actual for g in mid.groups for i in g.indicators} == {4.0}  # 4 of 8 by 15/04
        may = gather(
            store,
            ReportRequest(date(2013, 5, 1), date(2013, 5, 31), made_at=datetime(2026, 11, 30, 9)),
        )
        assert may.figures.projects == 0  # ended 28/04: not in May's report
        with store.reading() as s:
            unrecorded = s.scalar(
                select(m.Project.id).where(
                    ~m.Project.id.in_(select(m.ProjectStatusChange.project_id))
                )
            )
        assert unrecorded is None  # every project of the demo has its history
    finally:
        store.close()


# --- the upgrade fills the history from the change log ----------------------------------


def _log(
    conn: sqlite3.Connection, at: str, entity: str, eid: int, action: str, changes: str
) -> None:
    conn.execute(
        "INSERT INTO change_log (at, os_user, entity, entity_id, action, changes) "
        "VALUES (?, 'han', ?, ?, ?, ?)",
        (at, entity, eid, action, changes),
    )


def test_an_0008_file_with_a_change_log_upgrades_to_its_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2026, 12, 7))
    path = tmp_path / "office.sqlite"
    shutil.copy(SCHEMAS / "0008.sqlite", path)
    conn = sqlite3.connect(path)
    # DA-01 (in progress from 01/03/2026 by its dates): created planned on 05/01, made
    # active on 02/03 (logged 23:30 UTC on 01/03, which is 02/03 in Vietnam).
    _log(conn, "2026-01-05 02:00:00.000000", "project", 1, "created",
         '{"code": [null, "DA-01"], "status": [null, "planned"]}')  # fmt: skip
    _log(conn, "2026-03-01 23:30:00.000000", "project", 1, "updated",
         '{"status": ["planned", "active"]}')  # fmt: skip
    # DA-03, completed on 31/12/2025 and typed in (as completed) on 10/01/2026; DA-04
    # completed with no log; DA-02 (cancelled, no log) is dated on the upgrade's day.
    conn.executescript(
        "INSERT INTO project (id, code, title, status, starts_on, ends_on, search_text) VALUES "
        "(3, 'DA-03', 'Cổng dữ liệu', 'completed', '2025-01-01', '2025-12-31', 'cong du lieu'),"
        "(4, 'DA-04', 'Wifi cộng đồng', 'completed', '2024-01-01', '2024-06-30', 'wifi');"
    )
    _log(conn, "2026-01-10 03:00:00.000000", "project", 3, "created",
         '{"status": [null, "completed"]}')  # fmt: skip
    # The indicator of DA-01: 4 measured on 31/05 (logged 01/06), 7 on 30/06 now.
    _log(conn, "2026-06-01 02:00:00.000000", "indicator", 1, "updated",
         '{"actual": [null, 4.0], "measured_on": [null, "2026-05-31"]}')  # fmt: skip
    conn.commit()
    conn.close()

    store = Store.open(path)
    try:
        assert [(s.status, s.changed_on) for s in status_history(store, 1)] == [
            ("planned", date(2026, 1, 5)),
            ("active", date(2026, 3, 2)),
        ]
        assert [(s.status, s.changed_on) for s in status_history(store, 2)] == [
            ("cancelled", date(2026, 12, 7))
        ]
        assert [(s.status, s.changed_on) for s in status_history(store, 3)] == [
            ("completed", date(2025, 12, 31))
        ]
        assert [(s.status, s.changed_on) for s in status_history(store, 4)] == [
            ("completed", date(2024, 6, 30))
        ]
        with store.reading() as s:
            measured = s.execute(
                select(m.IndicatorMeasurement.measured_on, m.IndicatorMeasurement.value).order_by(
                    m.IndicatorMeasurement.measured_on
                )
            ).all()
        assert measured == [(date(2026, 5, 31), 4.0), (date(2026, 6, 30), 7.0)]
        may = gather(
            store, ReportRequest(date(2026, 5, 1), date(2026, 5, 31), made_at=datetime(2026, 12, 7))
        )
        (ind,) = [i for g in may.groups for i in g.indicators]
        assert (ind.actual, ind.measured_on) == (4.0, date(2026, 5, 31))
        first = gather(  # 01/03: still planned (in progress from 02/03, Vietnam's day)
            store, ReportRequest(date(2026, 3, 1), date(2026, 3, 1), made_at=datetime(2026, 12, 7))
        )
        assert {p.code: p.status for g in first.groups for p in g.projects}["DA-01"] == "planned"
    finally:
        store.close()
