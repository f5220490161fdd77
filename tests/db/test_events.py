from datetime import date, datetime

from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.events import (
    AgendaFilter,
    EventInput,
    count_agenda,
    events_between,
    get_event,
    list_agenda,
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
