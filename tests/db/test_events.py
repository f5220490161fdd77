from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries import events as events_module
from coordinator.db.queries.events import (
    AgendaFilter,
    EventFilter,
    EventInput,
    count_agenda,
    events_between,
    get_event,
    list_agenda,
    month_days,
    save_event,
)
from coordinator.db.store import Store


def test_local_times_are_stored_as_utc_and_read_back_local(store: Store) -> None:
    eid = save_event(
        store,
        EventInput("meeting", "Họp điều phối", datetime(2026, 4, 6, 9), datetime(2026, 4, 6, 10)),
    )
    with store.session() as s:
        e = s.get(m.Event, eid)
        assert e is not None
        assert (e.starts_at, e.tz) == (datetime(2026, 4, 6, 2), "Asia/Ho_Chi_Minh")
    back = get_event(store, eid)
    assert back is not None and back.starts == datetime(2026, 4, 6, 9)


def test_events_between_uses_local_days(store: Store) -> None:
    # 06:30 local on the 7th is 23:30 UTC on the 6th: it belongs to the 7th here.
    save_event(
        store, EventInput("visit", "Sớm", datetime(2026, 4, 7, 6, 30), datetime(2026, 4, 7, 7))
    )
    assert [e.title for e in events_between(store, date(2026, 4, 7), date(2026, 4, 7))] == ["Sớm"]
    assert events_between(store, date(2026, 4, 6), date(2026, 4, 6)) == []


def test_all_day_event_covers_whole_days(store: Store) -> None:
    eid = save_event(
        store,
        EventInput(
            "conference", "Diễn đàn", datetime(2026, 4, 8, 0), datetime(2026, 4, 9, 0), all_day=True
        ),
    )
    rows = events_between(store, date(2026, 4, 9), date(2026, 4, 9))
    assert [r.id for r in rows] == [eid]
    assert rows[0].ends == datetime(2026, 4, 10, 0)


def test_participants_are_kept_once(store: Store) -> None:
    with store.session() as s:
        p = m.Person(full_name="Emily Carter")
        s.add(p)
        s.flush()
        pid = p.id
    eid = save_event(
        store,
        EventInput(
            "consultation",
            "Tư vấn",
            datetime(2026, 4, 6, 8, 30),
            datetime(2026, 4, 6, 11),
            participant_ids=[pid, pid],
        ),
    )
    with store.session() as s:
        rows = s.scalars(select(m.EventParticipant).where(m.EventParticipant.event_id == eid)).all()
        assert [r.person_id for r in rows] == [pid]


def test_agenda_starts_at_a_day_and_pages(store: Store) -> None:
    for day in range(1, 21):
        save_event(
            store,
            EventInput(
                "meeting", f"Họp {day}", datetime(2026, 4, day, 9), datetime(2026, 4, day, 10)
            ),
        )
    f = AgendaFilter(since=date(2026, 4, 11))
    assert count_agenda(store, f) == 10
    assert [e.title for e in list_agenda(store, f, 0, 3)] == ["Họp 11", "Họp 12", "Họp 13"]
    assert count_agenda(store, AgendaFilter(since=date(2026, 4, 1), text="HỌP 20")) == 1


def _busy_april(store: Store) -> int:
    """Fifteen meetings on 07/04 (one at 06:30, the UTC day before), a three-day
    conference, an evening event into the next day, and a project's weekly series."""
    for i in range(15):
        start = datetime(2026, 4, 7, 6, 30) + timedelta(minutes=40 * i)
        save_event(store, EventInput("meeting", f"Họp {i:02d}", start, start + timedelta(hours=1)))
    save_event(
        store,
        EventInput(
            "conference", "Diễn đàn", datetime(2026, 4, 6), datetime(2026, 4, 8), all_day=True
        ),
    )
    save_event(
        store,
        EventInput("visit", "Đón đoàn", datetime(2026, 4, 7, 22), datetime(2026, 4, 8, 1)),
    )
    with store.session() as s:
        project = m.Project(code="P-1", title="Dự án", status="active")
        s.add(project)
        s.flush()
        project_id = project.id
    weekly = EventInput(
        "consultation",
        "Tư vấn",
        datetime(2026, 3, 31, 9),
        datetime(2026, 3, 31, 10),
        project_id=project_id,
        rrule="FREQ=WEEKLY;COUNT=8",
    )
    save_event(store, weekly)
    return project_id


def _by_python(store: Store, first: date, last: date, scope: EventFilter | None) -> dict:
    """Each day's occurrences as the month view would sort them from all of them."""
    every = events_between(store, first, last, scope)
    days: dict[date, list[tuple[int, datetime]]] = {}
    d = first
    while d <= last:
        days[d] = [
            e.key
            for e in every
            if e.starts.date() <= d <= (e.ends - timedelta(microseconds=1)).date()
        ]
        d += timedelta(days=1)
    return days


@pytest.mark.parametrize("per_day", [3, 12])
@pytest.mark.parametrize("steady", [True, False])
def test_month_days_rank_each_day_in_sql_as_python_would(
    store: Store, per_day: int, steady: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_id = _busy_april(store)
    if not steady:  # as for a zone that changes its clocks within the grid
        monkeypatch.setattr(events_module, "steady_offset", lambda *_a: None)
    first, last = date(2026, 3, 30), date(2026, 5, 10)
    for scope in (None, EventFilter(project_id=project_id)):
        days = month_days(store, first, last, scope, per_day)
        expected = _by_python(store, first, last, scope)
        assert {d: len(keys) for d, keys in expected.items()} == days.counts
        assert {d: keys[:per_day] for d, keys in expected.items()} == {
            d: [e.key for e in shown] for d, shown in days.shown.items()
        }
        starting_april = sum(
            1 for e in events_between(store, first, last, scope) if e.starts.month == 4
        )
        assert days.starting_in(date(2026, 4, 1)) == starting_april
    busy = month_days(store, first, last, None, per_day)
    assert busy.counts[date(2026, 4, 7)] == 15 + 1 + 1 + 1  # meetings, forum, visit, series
    assert busy.counts[date(2026, 4, 8)] == 2  # the forum's last day and the visit's night
