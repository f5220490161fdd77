from datetime import date

from sqlalchemy import func, select

from coordinator.db import models as m
from coordinator.db.demo import is_empty
from coordinator.db.store import Store
from coordinator.domain.public_holidays import holiday_names
from coordinator.domain.timezone import to_local


def test_volunteer_mission_matches_the_public_facts(demo_store: Store) -> None:
    with demo_store.session() as s:
        volunteers = s.scalars(select(m.Person).where(m.Person.role == "volunteer")).all()
        assert len(volunteers) == 14
        assert len({v.nationality for v in volunteers}) == 9
        projects = s.scalars(select(m.Project).where(m.Project.code.like("TNV-%"))).all()
        assert len(projects) == 4
        assert len({p.host_unit_id for p in projects}) == 4
        assert s.scalar(select(func.count(m.Assignment.id))) == 14


def test_consultations_fall_on_working_days_of_the_stay(demo_store: Store) -> None:
    holidays = holiday_names(date(2026, 1, 1), date(2026, 12, 31))
    with demo_store.session() as s:
        events = s.scalars(select(m.Event).where(m.Event.kind == "consultation")).all()
        assert len(events) >= 20
        for e in events:
            day = to_local(e.starts_at).date()
            assert date(2026, 4, 3) <= day <= date(2026, 4, 28)
            assert day.weekday() < 5 and day not in holidays


def test_agreements_programmes_and_online_conference(demo_store: Store) -> None:
    with demo_store.session() as s:
        telecom = s.scalar(
            select(m.Agreement).where(
                m.Agreement.horizon_year == 2030, m.Agreement.ends_on == date(2023, 12, 31)
            )
        )
        assert telecom is not None and telecom.starts_on.year == 2018  # type: ignore[union-attr]
        assert len(telecom.commitments) >= 4
        navigator = s.scalars(select(m.Programme).where(m.Programme.domain.is_not(None))).all()
        assert len(navigator) == 14
        assert len({p.domain for p in navigator}) == 4
        online = s.scalar(select(m.Event).where(m.Event.kind == "online_conference"))
        assert online is not None and len(online.sites) == 2
    assert not is_empty(demo_store)
