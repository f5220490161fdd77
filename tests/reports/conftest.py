"""A small cooperation programme whose every report figure is known by hand.

The report is made on 15/06/2026 at 10:00. Names with markup and formula-like
text check that user text always prints literally.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.timezone import to_utc

MADE_AT = datetime(2026, 6, 15, 10, 0)
JUNE = (date(2026, 6, 1), date(2026, 6, 30))
MAY = (date(2026, 5, 1), date(2026, 5, 31))
MARKUP_NAME = "<b>Công ty & Co</b>"
FORMULA_TITLE = '=HYPERLINK("http://example.com","x")'


@dataclass(frozen=True)
class Known:
    store: Store
    p1: int  # the partner with markup in its name
    p2: int
    unit: int
    programme: int
    j1: int


def _event(
    s: object,
    title: str,
    start: datetime,
    hours: int = 2,
    kind: str = "meeting",
    **kw: object,
) -> m.Event:
    e = m.Event(
        kind=kind,
        title=title,
        starts_at=to_utc(start),
        ends_at=to_utc(start + timedelta(hours=hours)),
        **kw,
    )
    s.add(e)  # type: ignore[attr-defined]
    return e


@pytest.fixture
def known(store: Store) -> Known:
    with store.session() as s:
        s.add_all(
            [
                m.Setting(key="department", value="Sở Thông tin và Truyền thông"),
                m.Setting(key="province", value="Tỉnh Bình Dương"),
            ]
        )
        dept = m.Organization(
            name="Sở Thông tin và Truyền thông", kind="government", is_internal=True
        )
        unit = m.Organization(name="Trung tâm CNTT", kind="government", is_internal=True)
        p1 = m.Organization(name=MARKUP_NAME, kind="enterprise")
        p2 = m.Organization(name="Thành phố Đối tác", kind="international")
        p3 = m.Organization(name="Hội Doanh nhân", kind="association")
        gone = m.Organization(
            name="Đối tác đã xóa", kind="enterprise", deleted_at=datetime(2026, 1, 1)
        )
        s.add_all([dept, unit, p1, p2, p3, gone])
        person = m.Person(full_name="Nguyễn Văn A", organization=dept)
        s.add(person)

        ag1 = m.Agreement(
            title="Thỏa thuận 1", starts_on=date(2025, 1, 1), ends_on=date(2026, 8, 31)
        )
        ag1.parties = [dept, p1]
        ag2 = m.Agreement(
            title="Thỏa thuận 2", signed_on=date(2024, 5, 1), ends_on=date(2030, 12, 31)
        )
        ag2.parties = [dept, p2]
        ag3 = m.Agreement(
            title="Thỏa thuận cũ", starts_on=date(2024, 1, 1), ends_on=date(2025, 12, 31)
        )
        ag3.parties = [dept, p1]
        ag4 = m.Agreement(title="Thỏa thuận sắp tới", starts_on=date(2026, 7, 1))
        ag4.parties = [dept, p2]
        s.add_all([ag1, ag2, ag3, ag4])
        s.add_all(
            [
                m.Commitment(agreement=ag2, party=p2, text="Cam kết C1", due_on=date(2026, 5, 31)),
                m.Commitment(
                    agreement=ag1,
                    party=dept,
                    text="Cam kết C2",
                    due_on=date(2026, 6, 10),
                    status="done",
                    done_on=date(2026, 6, 5),
                ),
            ]
        )

        programme = m.Programme(name="Chương trình Kỹ năng số", partner=p2)
        s.add(programme)
        j1 = m.Project(
            code="P1-A",
            title=FORMULA_TITLE,
            partner=p1,
            host_unit=unit,
            status="active",
            starts_on=date(2026, 1, 1),
            ends_on=date(2026, 12, 31),
        )
        j1.milestones = [
            m.Milestone(title="Khởi động", due_on=date(2026, 3, 1), done_on=date(2026, 3, 1)),
            m.Milestone(title="Khảo sát", due_on=date(2026, 7, 1)),
            m.Milestone(title="Báo cáo", due_on=date(2026, 9, 1)),
        ]
        j1.indicators = [
            m.Indicator(
                name="Số doanh nghiệp",
                unit="DN",
                baseline=0,
                target=100,
                actual=40,
                measured_on=date(2026, 6, 1),
            )
        ]
        j2 = m.Project(
            code="P2-A",
            title="Dự án của thành phố",
            partner=p2,
            programme=programme,
            status="planned",
            starts_on=date(2026, 6, 20),
        )
        j3 = m.Project(
            code="P2-B",
            title="Dự án đã xong",
            programme=programme,
            status="completed",
            starts_on=date(2025, 1, 1),
            ends_on=date(2025, 12, 31),
        )
        j4 = m.Project(code="P1-B", title="Dự án tạm dừng", partner=p1, status="on_hold")
        j4.milestones = [
            m.Milestone(title="Mốc M4", due_on=date(2026, 6, 15), done_on=date(2026, 6, 20))
        ]
        j5 = m.Project(
            code="P1-X", title="Dự án đã xóa", partner=p1, deleted_at=datetime(2026, 1, 1)
        )
        s.add_all([j1, j2, j3, j4, j5])

        e1 = _event(
            s, "Tư vấn chuyển đổi số", datetime(2026, 6, 3, 9), kind="consultation", project=j1
        )
        e1_minutes = m.Minutes(event=e1, status="final")
        e1_minutes.decisions = [
            m.Decision(text="Thống nhất lộ trình", position=0),
            m.Decision(text="Giao Trung tâm CNTT khảo sát", position=1),
        ]
        e1_minutes.action_items = [
            m.ActionItem(text="Việc A1", owner_person=person, due_on=date(2026, 6, 10)),
            m.ActionItem(text="Việc A2", owner_org=unit, due_on=date(2026, 6, 30)),
            m.ActionItem(
                text="Việc A3", due_on=date(2026, 6, 5), status="done", done_on=date(2026, 6, 4)
            ),
        ]
        _event(s, "Họp với thành phố", datetime(2026, 6, 10, 14), partner=p2)
        _event(s, "Hội thảo bị hủy", datetime(2026, 6, 12, 8), partner=p2, status="cancelled")
        _event(
            s,
            "Họp hằng tuần",
            datetime(2026, 6, 1, 8),
            partner=p2,
            rrule="FREQ=WEEKLY;COUNT=6",
        )
        _event(s, "Tư vấn dự án thành phố", datetime(2026, 6, 25, 9), project=j2)
        _event(s, "Họp nội bộ", datetime(2026, 6, 5, 15))
        e7 = _event(s, "Họp tháng Năm", datetime(2026, 5, 20, 9), partner=p1)
        e7_minutes = m.Minutes(event=e7, status="final")
        e7_minutes.action_items = [
            m.ActionItem(
                text="Việc A4",
                owner_person=person,
                due_on=date(2026, 5, 25),
                status="done",
                done_on=date(2026, 6, 14),
            ),
            m.ActionItem(text="Việc A5", owner_person=person, due_on=date(2026, 6, 1)),
        ]
        _event(
            s,
            "Sự kiện đã xóa",
            datetime(2026, 6, 16, 9),
            partner=p1,
            deleted_at=datetime(2026, 6, 1),
        )
        s.add_all([e1_minutes, e7_minutes])
        s.flush()
        return Known(store, p1.id, p2.id, unit.id, programme.id, j1.id)
