"""Every figure of the status report on a dataset counted by hand (see conftest)."""

from datetime import date

import pytest

from coordinator.reports.status.data import (
    Figures,
    ReportCancelledError,
    ReportRequest,
    Scope,
    ScopeKind,
    StatusReport,
    gather,
)
from tests.reports.conftest import FORMULA_TITLE, JUNE, MADE_AT, MARKUP_NAME, MAY, Known


def _report(known: Known, period: tuple[date, date], scope: Scope | None = None) -> StatusReport:
    request = ReportRequest(period[0], period[1], scope or Scope(), made_at=MADE_AT)
    return gather(known.store, request)


def _statuses(**counts: int) -> dict[str, int]:
    base = dict.fromkeys(("proposed", "planned", "active", "on_hold", "completed", "cancelled"), 0)
    return base | counts


def test_june_for_everything(known: Known) -> None:
    report = _report(known, JUNE)
    assert report.as_of == date(2026, 6, 15)
    assert report.coming_until == date(2026, 7, 15)
    assert report.head.department == "Sở Thông tin và Truyền thông"
    assert report.figures == Figures(
        partners=3,  # the deleted partner and the province's own units do not count
        agreements_active=2,
        agreements_ending=1,  # ends 31/08, within 90 days of 15/06
        projects_by_status=_statuses(active=1, planned=1, on_hold=1),
        events_held=6,  # a consultation, a meeting, three weekly meetings, an internal one
        events_planned=3,  # two weekly meetings and a consultation; the cancelled one not
        decisions=2,
        actions_open=4,  # A1, A2, A5 and commitment C1
        actions_overdue=3,  # A1 (10/06), A5 (01/06), C1 (31/05)
        actions_done=3,  # A3 (04/06), A4 (14/06), C2 (05/06)
    )
    assert report.figures.projects == 3
    assert [(b.month, b.held, b.planned) for b in report.events_by_month] == [
        (date(2026, 6, 1), 6, 3)
    ]
    assert not report.yearly


def test_june_partner_by_partner(known: Known) -> None:
    groups = {g.name: g for g in _report(known, JUNE).groups}
    assert list(groups) == [MARKUP_NAME, "Thành phố Đối tác", ""]  # no partner last
    p1 = groups[MARKUP_NAME]
    assert [(p.code, p.title, p.status) for p in p1.projects] == [
        ("P1-A", FORMULA_TITLE, "active"),
        ("P1-B", "Dự án tạm dừng", "on_hold"),
    ]
    first, second = p1.projects
    assert (first.milestones_done, first.milestones_total) == (1, 3)
    assert (first.next_milestone, first.next_due) == ("Khảo sát", date(2026, 7, 1))
    # Done on 20/06, after the report's moment: still to do on 15/06.
    assert (second.milestones_done, second.milestones_total) == (0, 1)
    assert second.next_milestone == "Mốc M4"
    (indicator,) = p1.indicators
    assert (indicator.name, indicator.baseline, indicator.target, indicator.actual) == (
        "Số doanh nghiệp",
        0,
        100,
        40,
    )
    assert indicator.measured_on == date(2026, 6, 1)
    (held,) = p1.held
    assert held.title == "Tư vấn chuyển đổi số" and held.project_code == "P1-A"
    assert held.decisions == ("Thống nhất lộ trình", "Giao Trung tâm CNTT khảo sát")
    assert [(a.text, a.owner, a.days_late) for a in p1.overdue] == [
        ("Việc A5", "Nguyễn Văn A", 14),
        ("Việc A1", "Nguyễn Văn A", 5),
    ]
    assert p1.overdue[0].origin == "Họp tháng Năm (20/05/2026)"

    p2 = groups["Thành phố Đối tác"]
    assert [p.code for p in p2.projects] == ["P2-A"]
    assert [(e.title, e.starts.day) for e in p2.held] == [
        ("Họp hằng tuần", 1),
        ("Họp hằng tuần", 8),
        ("Họp với thành phố", 10),
        ("Họp hằng tuần", 15),
    ]
    assert [(e.title, e.starts.month, e.starts.day) for e in p2.coming] == [
        ("Họp hằng tuần", 6, 22),
        ("Tư vấn dự án thành phố", 6, 25),
        ("Họp hằng tuần", 6, 29),
        ("Họp hằng tuần", 7, 6),  # after the period, within 30 days of 15/06
    ]
    assert [(a.text, a.owner, a.origin) for a in p2.overdue] == [
        ("Cam kết C1", "Thành phố Đối tác", "Thỏa thuận 2")
    ]
    assert [e.title for e in groups[""].held] == ["Họp nội bộ"]


def test_a_past_month_is_seen_as_it_stood_at_its_end(known: Known) -> None:
    report = _report(known, MAY)
    assert report.as_of == date(2026, 5, 31)
    f = report.figures
    assert (f.agreements_active, f.agreements_ending) == (2, 0)  # 31/08 is 92 days away
    assert f.projects_by_status == _statuses(active=1, on_hold=1)
    assert (f.events_held, f.events_planned, f.decisions) == (1, 0, 0)
    # A4 was done on 14/06, so at the end of May it was open and overdue; A1–A3 came
    # from a meeting in June and did not exist yet.
    assert (f.actions_open, f.actions_overdue, f.actions_done) == (4, 1, 0)
    coming = [e.title for g in report.groups for e in g.coming]
    assert len(coming) == 9 and "Hội thảo bị hủy" not in coming


def test_one_partner(known: Known) -> None:
    report = _report(known, JUNE, Scope(ScopeKind.PARTNER, known.p2, "Thành phố Đối tác"))
    f = report.figures
    assert (f.partners, f.agreements_active, f.agreements_ending) == (1, 1, 0)
    assert f.projects_by_status == _statuses(planned=1)
    assert (f.events_held, f.events_planned, f.decisions) == (4, 3, 0)
    assert (f.actions_open, f.actions_overdue, f.actions_done) == (1, 1, 0)
    (group,) = report.groups
    assert group.name == "Thành phố Đối tác"


def test_one_project(known: Known) -> None:
    report = _report(known, JUNE, Scope(ScopeKind.PROJECT, known.j1, "P1-A"))
    f = report.figures
    assert (f.partners, f.agreements_active, f.agreements_ending) == (1, 1, 1)
    assert f.projects_by_status == _statuses(active=1)
    assert (f.events_held, f.events_planned, f.decisions) == (1, 0, 2)
    # A1 and A2 open, A1 overdue; A3 and the partner's commitment C2 done in June.
    assert (f.actions_open, f.actions_overdue, f.actions_done) == (2, 1, 2)


def test_one_programme(known: Known) -> None:
    report = _report(known, JUNE, Scope(ScopeKind.PROGRAMME, known.programme, "Kỹ năng số"))
    f = report.figures
    assert f.projects_by_status == _statuses(planned=1)  # the 2025 project is outside June
    assert (f.events_held, f.events_planned) == (0, 1)
    assert (f.agreements_active, f.actions_open, f.actions_overdue) == (1, 1, 1)


def test_one_host_unit(known: Known) -> None:
    report = _report(known, JUNE, Scope(ScopeKind.UNIT, known.unit, "Trung tâm CNTT"))
    f = report.figures
    assert f.projects_by_status == _statuses(active=1)
    assert (f.events_held, f.decisions, f.agreements_active) == (1, 2, 0)
    assert [g.name for g in report.groups] == [MARKUP_NAME]


def test_long_periods_count_events_per_year(known: Known) -> None:
    report = gather(
        known.store, ReportRequest(date(2024, 1, 1), date(2026, 12, 31), made_at=MADE_AT)
    )
    assert report.yearly
    assert [(b.month.year, b.held, b.planned) for b in report.events_by_month] == [
        (2024, 0, 0),
        (2025, 0, 0),
        (2026, 7, 4),  # May and June held; the rest of June and 06/07 planned
    ]


def test_stopping_raises_and_a_reversed_period_is_refused(known: Known) -> None:
    with pytest.raises(ReportCancelledError):
        gather(known.store, ReportRequest(*JUNE, made_at=MADE_AT), lambda done, total: False)
    with pytest.raises(ValueError):
        gather(known.store, ReportRequest(JUNE[1], JUNE[0]))
