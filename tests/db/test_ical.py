from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import func, select

from coordinator.db import models as m
from coordinator.db.queries.events import EventFilter, EventInput, events_between, save_event
from coordinator.db.queries.scheduling import check_event
from coordinator.db.store import Store
from coordinator.domain.scheduling import ConflictKind
from coordinator.ical import (
    IcsError,
    ImportCancelledError,
    export_calendar,
    import_bytes,
    import_calendar,
)

DATA = Path(__file__).parent.parent / "data" / "ics"


def count(store: Store, model: type[m.Base]) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_outlook_file_with_vtimezone_windows_zone_and_attendees(demo_store: Store) -> None:
    people_before = count(demo_store, m.Person)
    report = import_calendar(demo_store, DATA / "outlook.ics")
    assert (report.added, report.updated, report.skipped) == (2, 0, [])
    [row] = events_between(demo_store, date(2026, 12, 3), date(2026, 12, 3))
    assert row.title == "Tư vấn chuyển đổi số – Sở Khoa học và Công nghệ"
    assert (row.starts, row.ends) == (datetime(2026, 12, 3, 8, 30), datetime(2026, 12, 3, 11))
    assert row.location == "Phòng họp số 2, Sở KH&CN"
    # Ms Hân is known by e-mail (case aside); the organiser and Mr Đức are new.
    assert report.people_added == 2
    assert count(demo_store, m.Person) == people_before + 2
    # Berlin 09:00 is 15:00 here in October (summer time) and 15:00 → 15:00 after it ends.
    weekly = events_between(demo_store, date(2026, 10, 1), date(2026, 11, 30))
    calls = [r.starts for r in weekly if r.title == "Weekly call with Eindhoven"]
    assert calls == [
        datetime(2026, 10, 21, 14),
        datetime(2026, 10, 28, 15),
        datetime(2026, 11, 4, 15),
        datetime(2026, 11, 11, 15),
    ]


def test_imported_events_meet_the_checks(demo_store: Store) -> None:
    import_calendar(demo_store, DATA / "outlook.ics")
    with demo_store.session() as s:
        han = s.scalar(select(m.Person.id).where(m.Person.full_name == "Phạm Thị Ngọc Hân"))
    assert han is not None
    clash = EventInput(
        "consultation",
        "Tư vấn",
        datetime(2026, 12, 3, 10),
        datetime(2026, 12, 3, 11),
        participant_ids=[han],
    )
    found = check_event(demo_store, clash)
    assert [(c.kind, c.other.title) for c in found.conflicts] == [
        (ConflictKind.PERSON, "Tư vấn chuyển đổi số – Sở Khoa học và Công nghệ")
    ]


def test_google_file_utc_series_exception_all_day_and_a_bad_event(store: Store) -> None:
    report = import_calendar(store, DATA / "google.ics")
    assert (report.added, report.updated) == (3, 0)
    assert [(x.uid, x.reason) for x in report.skipped] == [
        ("broken@google.com", "its start (DTSTART) is missing or unreadable")
    ]
    rows = events_between(store, date(2026, 11, 30), date(2026, 12, 31))
    assert [(r.starts, r.title) for r in rows] == [
        (datetime(2026, 11, 30, 8, 30), "Giao ban dự án kết nghĩa"),
        (datetime(2026, 12, 14, 14), "Giao ban dự án kết nghĩa (dời sang chiều)"),
        (datetime(2026, 12, 21, 8, 30), "Giao ban dự án kết nghĩa"),
        (datetime(2026, 12, 25, 0), "Hội chợ công nghệ"),
    ]
    fair = rows[-1]
    assert fair.all_day and fair.ends == datetime(2026, 12, 27)
    # The same file again adds nothing.
    again = import_calendar(store, DATA / "google.ics")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert count(store, m.Event) == 3
    assert len(events_between(store, date(2026, 11, 30), date(2026, 12, 31))) == 4


def test_only_events_the_file_changes_count_as_updated(store: Store, tmp_path: Path) -> None:
    import_calendar(store, DATA / "google.ics")
    text = (DATA / "google.ics").read_text(encoding="utf-8")
    assert "Hội chợ công nghệ" in text
    changed = tmp_path / "changed.ics"
    changed.write_text(text.replace("Hội chợ công nghệ", "Hội chợ công nghệ 2026"), "utf-8")
    report = import_calendar(store, changed)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
    again = import_calendar(store, changed)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_unreadable_files_are_refused_whole(store: Store, tmp_path: Path) -> None:
    with pytest.raises(IcsError, match="not an iCalendar file"):
        import_calendar(store, DATA / "not-a-calendar.csv")
    with pytest.raises(IcsError, match="not UTF-8"):
        import_bytes(store, b"BEGIN:VCALENDAR\r\nSUMMARY:\xff\xfe\r\nEND:VCALENDAR\r\n")
    with pytest.raises(IcsError, match="no such file|No such file"):
        import_calendar(store, tmp_path / "missing.ics")
    assert count(store, m.Event) == 0


def test_a_stopped_import_writes_nothing(store: Store) -> None:
    data = (DATA / "google.ics").read_bytes()
    with pytest.raises(ImportCancelledError):
        import_bytes(store, data, progress=lambda done, total: done < total)
    assert count(store, m.Event) == 0
    assert count(store, m.Person) == 0


def test_export_round_trip_with_zone_series_and_scope(demo_store: Store, tmp_path: Path) -> None:
    save_event(
        demo_store,
        EventInput(
            "meeting",
            "Giao ban tuần – Đoàn Eindhoven",
            datetime(2027, 1, 4, 8),
            datetime(2027, 1, 4, 9),
            rrule="FREQ=WEEKLY;COUNT=3",
            skipped=[date(2027, 1, 11)],
        ),
    )
    data = export_calendar(demo_store)
    cal = icalendar.Calendar.from_ical(data)
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    events = cal.walk("VEVENT")
    assert len(events) == count(demo_store, m.Event)
    series = next(e for e in events if str(e["SUMMARY"]) == "Giao ban tuần – Đoàn Eindhoven")
    assert series.start == datetime(2027, 1, 4, 8, tzinfo=series.start.tzinfo)
    assert series.start.utcoffset().total_seconds() == 7 * 3600
    assert series["RRULE"]["COUNT"] == [3]
    # Into a fresh database: the same events at the same times.
    other = Store.open(tmp_path / "other.sqlite")
    try:
        report = import_bytes(other, data)
        assert report.skipped == [] and report.added == len(events)
        mine = events_between(demo_store, date(2026, 4, 1), date(2027, 1, 31))
        theirs = events_between(other, date(2026, 4, 1), date(2027, 1, 31))
        assert [(r.title, r.starts, r.ends) for r in theirs] == [
            (r.title, r.starts, r.ends) for r in mine
        ]
    finally:
        other.close()
    # One project's events only.
    with demo_store.session() as s:
        pid = s.scalar(select(m.Project.id).where(m.Project.code == "CSC-01"))
    scoped = icalendar.Calendar.from_ical(export_calendar(demo_store, EventFilter(project_id=pid)))
    assert len(scoped.walk("VEVENT")) == 8
