"""The demo tells SOURCES.md's story with its real names and dates, and is consistent:
finished work is done, the past is held or cancelled, nothing is booked twice, and a
current cycle of work lies around the day it is loaded."""

import json
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator.cli import main
from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.demo import is_empty
from coordinator.db.queries.actions import due_counts
from coordinator.db.queries.scheduling import event_span, findings_between
from coordinator.db.store import Store
from coordinator.domain.enums import EventStatus, ProjectStatus, TaskStatus
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.scheduling import WarningKind
from coordinator.domain.timezone import to_local
from tests.clock import ALERT_DAY, fix_today

IBM_TITLES = {
    "Sở Thông tin và Truyền thông tỉnh Bình Dương": "Xây dựng chiến lược và lộ trình hệ thống "
    "quản lý dữ liệu thông tin đối với doanh nghiệp vừa và nhỏ, doanh nghiệp có vốn đầu tư "
    "nước ngoài",
    "Trung tâm Công nghệ thông tin - Truyền thông": "Phát triển chiến lược xây dựng hệ thống "
    "quản lý thông tin",
    "Trung tâm Kỹ thuật đo lường chất lượng": "Xây dựng chiến lược bán hàng hiệu quả",
    "Trường Đại học Thủ Dầu Một": "Xây dựng kế hoạch chiến lược cho giáo dục điện tử E-Learning",
}
CONTINENTS = {
    "Châu Á": {"Ấn Độ", "Nhật Bản", "Philippines"},
    "Châu Mỹ": {"Hoa Kỳ", "Brasil"},
    "Châu Âu": {"Đức", "Vương quốc Anh"},
    "Châu Phi": {"Nigeria", "Kenya"},
}
APRIL_2013 = (date(2013, 4, 3), date(2013, 4, 28))


def org(s: object, name: str) -> m.Organization:
    found = s.scalar(select(m.Organization).where(m.Organization.name == name))  # type: ignore[attr-defined]
    assert found is not None, name
    return found  # type: ignore[no-any-return]


def person(s: object, name: str) -> m.Person:
    found = s.scalar(select(m.Person).where(m.Person.full_name == name))  # type: ignore[attr-defined]
    assert found is not None, name
    return found  # type: ignore[no-any-return]


def local_day(e: m.Event) -> date:
    return to_local(e.starts_at).date()


# --- the facts -------------------------------------------------------------------------
def test_ibm_mission_has_its_14_experts_from_9_countries_at_its_4_units(
    demo_store: Store,
) -> None:
    with demo_store.session() as s:
        ibm = org(s, "Tập đoàn IBM")
        assert (ibm.short_name, ibm.country) == ("IBM", "Hoa Kỳ")
        department = org(s, "Sở Thông tin và Truyền thông tỉnh Bình Dương")
        assert department.is_internal
        programme = s.scalar(select(m.Programme).where(m.Programme.partner_id == ibm.id))
        assert programme is not None and "Corporate Service Corps" in programme.name
        assert "03/03/2013" in (programme.description or "")
        assert "Smarter City" in (programme.description or "")
        volunteers = s.scalars(select(m.Person).where(m.Person.role == "volunteer")).all()
        assert len(volunteers) == 14
        assert {v.organization_id for v in volunteers} == {ibm.id}
        nationalities = {v.nationality for v in volunteers}
        assert len(nationalities) == 9
        assert nationalities == set().union(*CONTINENTS.values())
        projects = s.scalars(select(m.Project).where(m.Project.programme_id == programme.id))
        titles = {p.host_unit.name: p.title for p in projects if p.host_unit}  # type: ignore[union-attr]
        assert titles == IBM_TITLES
        for name in IBM_TITLES:
            assert org(s, name).is_internal
        for unit in (
            "Trung tâm Công nghệ thông tin - Truyền thông",
            "Trung tâm Kỹ thuật đo lường chất lượng",
        ):
            assert "Sở Khoa học và Công nghệ" in (org(s, unit).notes or "")
        stays = s.scalars(select(m.Assignment)).all()
        assert len(stays) == 14
        assert {a.person_id for a in stays} == {v.id for v in volunteers}
        assert {(a.arrives_on, a.departs_on) for a in stays} == {APRIL_2013}
        # Each host unit has its rooms; one is known by an alias too.
        rooms = s.scalars(select(m.Room)).all()
        assert {r.host_unit.name for r in rooms if r.host_unit} >= set(IBM_TITLES)  # type: ignore[union-attr]
        assert any("P.2" in (r.aliases or "") for r in rooms)


def test_consultations_are_in_april_2013_in_the_host_units_rooms_within_the_stays(
    demo_store: Store,
) -> None:
    holidays = holiday_names(date(2013, 4, 1), date(2013, 4, 30))
    assert date(2013, 4, 19) in holidays  # Giỗ Tổ Hùng Vương
    with demo_store.session() as s:
        events = s.scalars(select(m.Event).where(m.Event.kind == "consultation")).all()
        assert len(events) == 32
        for e in events:
            day = local_day(e)
            assert APRIL_2013[0] <= day <= APRIL_2013[1]
            assert day.weekday() < 5 and day not in holidays
            assert e.status == EventStatus.HELD
            assert e.project is not None and e.room is not None
            assert e.room.host_unit_id == e.project.host_unit_id == e.host_unit_id
            volunteers = [p.person for p in e.participants if p.person.role == "volunteer"]
            assert volunteers
            for v in volunteers:
                stay = s.scalar(select(m.Assignment).where(m.Assignment.person_id == v.id))
                assert stay is not None and stay.project_id == e.project_id
                assert stay.arrives_on <= day <= stay.departs_on  # type: ignore[operator]


def test_workshop_with_the_young_entrepreneurs_association(demo_store: Store) -> None:
    with demo_store.session() as s:
        young = org(s, "Hội Doanh nghiệp trẻ tỉnh Bình Dương")
        ws = s.scalar(select(m.Event).where(m.Event.kind == "workshop", m.Event.partner == young))
        assert ws is not None and ws.title == "Hội thảo Các xu hướng Công nghệ thông tin"
        assert APRIL_2013[0] <= local_day(ws) <= APRIL_2013[1]
        assert "doanh nghiệp nhỏ và vừa" in (ws.notes or "")
        minutes = s.scalar(select(m.Minutes).where(m.Minutes.event_id == ws.id))
        assert minutes is not None and minutes.decisions and minutes.action_items
        names = s.scalars(select(m.Organization.name)).all()
        assert not any("Doanh nhân" in n for n in names)


def test_vnpt_and_ba_ria_vung_tau_2018_2023(demo_store: Store) -> None:
    with demo_store.session() as s:
        vnpt = org(s, "Tập đoàn Bưu chính Viễn thông Việt Nam")
        brvt = org(s, "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")
        assert vnpt.short_name == "VNPT"
        a = s.scalar(select(m.Agreement).where(m.Agreement.parties.contains(vnpt)))
        assert a is not None and {p.id for p in a.parties} == {vnpt.id, brvt.id}
        assert (a.signed_on, a.horizon_year) == (date(2018, 7, 12), 2030)
        assert a.ends_on is not None and a.ends_on.year == 2023 < ALERT_DAY.year
        sides = Counter(c.party_id for c in a.commitments)
        assert sides[brvt.id] >= 1 and sides[vnpt.id] >= 4
        assert all(c.status == TaskStatus.DONE for c in a.commitments)
        for word in ("Chính quyền điện tử", "hộ tịch", "y tế", "giáo dục", "du lịch"):
            assert word in (a.fields or "")


def test_tay_ninh_and_qtsc_signed_on_6_october_2023(demo_store: Store) -> None:
    with demo_store.session() as s:
        department = org(s, "Sở Thông tin và Truyền thông tỉnh Bình Dương")
        tay_ninh = org(s, "Sở Thông tin và Truyền thông tỉnh Tây Ninh")
        qtsc = org(s, "Công ty TNHH Một thành viên Phát triển Công viên phần mềm Quang Trung")
        assert qtsc.short_name == "QTSC"
        for partner, word in ((tay_ninh, "1022"), (qtsc, "điện toán đám mây")):
            a = s.scalar(select(m.Agreement).where(m.Agreement.parties.contains(partner)))
            assert a is not None and department in a.parties
            assert a.signed_on == date(2023, 10, 6)
            assert a.ends_on is not None and a.ends_on > ALERT_DAY  # still in force
            assert word in (a.fields or "")
            assert {c.party_id for c in a.commitments} >= {partner.id}
        assert person(s, "Trần Hữu Dũng").organization_id == qtsc.id
        assert "Chủ tịch HĐQT QTSC" in (person(s, "Trần Hữu Dũng").title or "")
        yen = person(s, "Nguyễn Hữu Yên")
        assert yen.organization_id == department.id and "Phó Giám đốc" in (yen.title or "")
        signing = s.scalar(select(m.Event).where(m.Event.kind == "signing"))
        assert signing is not None
        starts = to_local(signing.starts_at)
        assert starts.date() == date(2023, 10, 6) and starts.hour >= 13
        assert {p.person.full_name for p in signing.participants} >= {
            "Trần Hữu Dũng",
            "Nguyễn Hữu Yên",
        }


def test_ntt_east_online_conference_of_18_october_2021(demo_store: Store) -> None:
    with demo_store.session() as s:
        ntt = org(s, "Tập đoàn NTT East")
        assert ntt.country == "Nhật Bản"
        org(s, "Tổng Công ty Becamex IDC")
        assert s.scalar(select(m.Organization).where(m.Organization.short_name == "VNTT"))
        e = s.scalar(select(m.Event).where(m.Event.partner == ntt))
        assert e is not None and e.kind == "online_conference"
        assert local_day(e) == date(2021, 10, 18) and len(e.sites) == 2
        assert any("Trung tâm Hội nghị và Triển lãm" in (x.location or "") for x in e.sites)
        assert any("Nhật Bản" in (x.location or "") for x in e.sites)
        people = {p.person.full_name: p.person.title or "" for p in e.participants}
        assert "Bí thư Tỉnh ủy" in people["Nguyễn Văn Lợi"]
        assert "Chủ tịch UBND" in people["Võ Văn Minh"]
        assert "Becamex IDC" in people["Nguyễn Văn Hùng"]
        assert "NTTe-Asia" in people["Tanabe"]
        minutes = s.scalar(select(m.Minutes).where(m.Minutes.event_id == e.id))
        assert minutes is not None
        decisions = " ".join(d.text for d in minutes.decisions)
        for topic in ("VNTT", "điều hành", "wifi", "camera", "Becamex"):
            assert topic in decisions


def test_eindhoven_conference_and_its_navigator(demo_store: Store) -> None:
    with demo_store.session() as s:
        city = org(s, "Thành phố Eindhoven")
        assert city.country == "Hà Lan"
        org(s, "Tổng Lãnh sự quán Hà Lan tại Thành phố Hồ Chí Minh")
        conference = s.scalar(select(m.Event).where(m.Event.kind == "conference"))
        assert conference is not None and conference.all_day
        assert local_day(conference) == date(2017, 11, 25)
        assert to_local(conference.ends_at).date() == date(2017, 11, 28)  # three days
        assert "Nienke Trooster" in {p.person.full_name for p in conference.participants}
        minutes = s.scalar(select(m.Minutes).where(m.Minutes.event_id == conference.id))
        assert minutes is not None
        text = " ".join([minutes.summary or "", *(d.text for d in minutes.decisions)])
        for word in (
            "ba nhà",
            "Bình Dương Navigator",
            "SMART21",
            "Intelligent Community Forum",
            "hackathon",
            "triển lãm",
        ):
            assert word.lower() in text.lower(), word
        navigator = s.scalars(select(m.Programme).where(m.Programme.domain.is_not(None))).all()
        assert len(navigator) == 14
        assert {p.domain for p in navigator} == {
            "Con người",
            "Doanh nghiệp",
            "Công nghệ",
            "Hạ tầng",
        }
        actions = s.scalars(
            select(m.Project).where(m.Project.programme_id.in_([p.id for p in navigator]))
        ).all()
        assert len(actions) == 50
        assert len({a.title for a in actions}) == 50
        assert not any("Hành động" in a.title for a in actions)


# --- consistency ------------------------------------------------------------------------
def test_codes_and_titles_are_not_repeated(demo_store: Store) -> None:
    with demo_store.session() as s:
        for column in (
            m.Project.code,
            m.Project.title,
            m.Event.title,
            m.Agreement.title,
            m.Programme.name,
            m.Person.full_name,
            m.Room.name,
            m.Decision.text,
        ):
            values = s.scalars(select(column)).all()
            repeated = [v for v, n in Counter(values).items() if n > 1]
            assert not repeated, (column, repeated)
        # Each host unit may get the same task; one owner never gets it twice.
        tasks = s.execute(
            select(m.ActionItem.text, m.ActionItem.owner_person_id, m.ActionItem.owner_org_id)
        ).all()
        repeated = [v for v, n in Counter(tasks).items() if n > 1]
        assert not repeated, repeated


def test_finished_work_is_done(demo_store: Store) -> None:
    with demo_store.session() as s:
        for p in s.scalars(select(m.Project).where(m.Project.status == ProjectStatus.COMPLETED)):
            assert p.ends_on is not None and p.ends_on < ALERT_DAY, p.code
            assert p.milestones and all(ms.done_on for ms in p.milestones), p.code
            for ms in p.milestones:
                assert p.starts_on <= ms.done_on <= p.ends_on, (p.code, ms.title)  # type: ignore[operator]
        for p in s.scalars(select(m.Project)):
            assert p.starts_on is not None and p.ends_on is not None and p.starts_on <= p.ends_on
            if p.status in (ProjectStatus.PLANNED, ProjectStatus.PROPOSED):
                assert p.starts_on > ALERT_DAY and not any(ms.done_on for ms in p.milestones)
            if p.status in (ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD):
                assert p.starts_on <= ALERT_DAY <= p.ends_on, p.code
            for ms in p.milestones:
                assert ms.done_on is None or ms.done_on <= ALERT_DAY
        # What came out of meetings before 2024 is done, and done by a date already past.
        for item in s.scalars(select(m.ActionItem)):
            assert item.done_on is None or item.done_on <= ALERT_DAY
            assert (item.status == TaskStatus.DONE) == (item.done_on is not None)
            if item.minutes.event.starts_at < datetime(2024, 1, 1):  # type: ignore[union-attr]
                assert item.status == TaskStatus.DONE, item.text
        for c in s.scalars(select(m.Commitment)):
            assert (c.status == TaskStatus.DONE) == (c.done_on is not None)
            assert c.done_on is None or c.done_on <= ALERT_DAY
            if c.agreement.ends_on and c.agreement.ends_on < ALERT_DAY:
                assert c.status == TaskStatus.DONE, c.text


def test_the_past_is_held_or_cancelled_and_the_future_planned(demo_store: Store) -> None:
    now = datetime.combine(ALERT_DAY, datetime.min.time())
    with demo_store.session() as s:
        events = s.scalars(select(m.Event)).all()
        for e in events:
            if to_local(e.ends_at) <= now:
                assert e.status in (EventStatus.HELD, EventStatus.CANCELLED), e.title
            else:
                assert to_local(e.starts_at) > now, e.title
                assert e.status in (EventStatus.PLANNED, EventStatus.CONFIRMED), e.title
            if e.project is not None:
                assert e.project.starts_on <= local_day(e) <= e.project.ends_on, e.title  # type: ignore[operator]
            has_minutes = s.scalar(select(m.Minutes.id).where(m.Minutes.event_id == e.id))
            assert not has_minutes or e.status == EventStatus.HELD, e.title
        # Every meeting held has its minutes.
        meetings = [e for e in events if e.kind != "consultation" and e.status == "held"]
        assert meetings
        for e in meetings:
            assert s.scalar(select(m.Minutes.id).where(m.Minutes.event_id == e.id)), e.title


def test_nothing_is_double_booked_and_only_the_facts_fall_on_a_weekend(
    demo_store: Store,
) -> None:
    span = event_span(demo_store)
    assert span is not None
    found = findings_between(demo_store, *span)
    assert not [b.title for b, f in found if f.conflicts]
    warned = {(b.title, w.kind, w.day) for b, f in found for w in f.warnings}
    conference = "Hội nghị Thành phố thông minh Bình Dương – Eindhoven"
    assert warned == {
        (conference, WarningKind.WEEKEND, date(2017, 11, 25)),
        (conference, WarningKind.WEEKEND, date(2017, 11, 26)),
    }


def test_conflicts_command_finds_no_clash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_today(monkeypatch, date(2027, 3, 10))
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["conflicts", "--db", str(db), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [c for f in found for c in f["conflicts"]] == []
    assert {w["kind"] for f in found for w in f["warnings"]} == {"weekend"}


# --- the current cycle --------------------------------------------------------------------
@pytest.mark.parametrize("today", [ALERT_DAY, date(2027, 3, 10), date(2028, 1, 3)])
def test_a_current_cycle_lies_around_the_day_it_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: date
) -> None:
    fix_today(monkeypatch, today)
    store = Store.open(tmp_path / "demo.sqlite")
    try:
        demo.load(store)
        holidays = holiday_names(today - timedelta(days=60), today + timedelta(days=60))
        with store.session() as s:
            near = [e for e in s.scalars(select(m.Event)) if abs((local_day(e) - today).days) <= 35]
            before = [e for e in near if local_day(e) < today and e.status == "held"]
            after = [e for e in near if local_day(e) > today and e.status != "held"]
            assert len(before) >= 4 and len(after) >= 4
            assert any(e.status == "cancelled" for e in near)
            for e in near:
                assert local_day(e).weekday() < 5 and local_day(e) not in holidays, e.title
            open_items = s.scalars(
                select(m.ActionItem).where(m.ActionItem.status != TaskStatus.DONE)
            ).all()
            assert any(i.due_on and i.due_on < today for i in open_items)  # overdue
            assert any(i.due_on and i.due_on >= today for i in open_items)  # still open
            active = s.scalar(select(func.count()).where(m.Project.status == ProjectStatus.ACTIVE))
            assert active and active >= 10
        counts = due_counts(store, today)
        assert counts.overdue >= 3
        assert counts.agreements_ending == 1  # the Navigator plan, 31 days ahead
    finally:
        store.close()


def test_the_same_day_gives_the_same_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fix_today(monkeypatch)

    def facts(path: Path) -> list[tuple[object, ...]]:
        store = Store.open(path)
        try:
            demo.load(store)
            with store.session() as s:
                return [
                    tuple(r)
                    for r in s.execute(
                        select(m.Event.title, m.Event.starts_at, m.Event.status).order_by(
                            m.Event.id
                        )
                    )
                ]
        finally:
            store.close()

    assert facts(tmp_path / "a.sqlite") == facts(tmp_path / "b.sqlite")


def test_is_empty(demo_store: Store, store: Store) -> None:
    assert not is_empty(demo_store)
    assert is_empty(store)
