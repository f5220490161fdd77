"""The .ics importer on files an adversary (or a careless exporter) writes.

Each file in tests/data/ics/ holds the cases of one kind beside good events: the
good ones import, each bad one is skipped with its reason in the user's language,
and no case stops the file or takes long.
"""

import re
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from coordinator import ical
from coordinator.db import models as m
from coordinator.db.queries.events import events_between
from coordinator.db.store import Store
from coordinator.ical import (
    REASONS,
    ImportCancelledError,
    ImportReport,
    Problem,
    import_bytes,
    import_calendar,
)
from coordinator.text.errors import ics_problem
from coordinator.text.translations import speaking
from tests.clock import fix_today

DATA = Path(__file__).parent.parent / "data" / "ics"
TODAY = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_today(monkeypatch, TODAY)


def count(store: Store, model: type[m.Base]) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def skipped(report: ImportReport) -> dict[str, Problem]:
    return {x.uid: x.problem for x in report.skipped}


def test_dates_outside_1900_2200_skip_their_event_and_the_rest_imports(store: Store) -> None:
    report = import_calendar(store, DATA / "far-years.ics")
    assert report.added == 2
    assert skipped(report) == {
        "start-0001@kiemthu": Problem.OUT_OF_RANGE,
        "start-9999@kiemthu": Problem.OUT_OF_RANGE,  # 9999-12-31 23:00 UTC: past 9999 here
        "end-9999@kiemthu": Problem.OUT_OF_RANGE,
        "day-0001@kiemthu": Problem.OUT_OF_RANGE,
        "rdate-0001@kiemthu": Problem.OUT_OF_RANGE,
        "exdate-9999@kiemthu": Problem.OUT_OF_RANGE,
        "until-9999@kiemthu": Problem.OUT_OF_RANGE,
        "until-0001@kiemthu": Problem.OUT_OF_RANGE,
        "duration@kiemthu": Problem.OUT_OF_RANGE,
        "recurrence-9999@kiemthu": Problem.OUT_OF_RANGE,
    }
    rows = events_between(store, date(2026, 12, 1), date(2026, 12, 31))
    assert [r.title for r in rows] == ["Họp giao ban tháng 12", "Họp tổng kết năm"]


def test_a_rule_that_never_matches_is_skipped_within_a_second(store: Store) -> None:
    began = time.monotonic()
    report = import_calendar(store, DATA / "never-matching.ics")
    took = time.monotonic() - began
    assert skipped(report) == {
        "feb-30@kiemthu": Problem.NO_DATE,  # refused before dateutil is asked
        "feb-31@kiemthu": Problem.NO_DATE,
        "jan-1-in-feb@kiemthu": Problem.NO_DATE,  # found out by dateutil, bounded
        "week-53-june@kiemthu": Problem.NO_DATE,
        "all-skipped@kiemthu": Problem.EMPTY_RULE,
    }
    assert report.added == 2  # every minute (its first 5,000) and 29 February
    # Two rules that dateutil itself must find empty (they took about 17 seconds each
    # before, a tenth of a second now), and 5,000 minutes stored. A guard against the
    # old hang, not a speed target: the time is measured by `make bench`.
    assert took < 30, took
    with store.session() as s:
        leap = s.scalar(select(m.Event).where(m.Event.uid == "leap-day@kiemthu"))
        assert leap is not None
        assert [o.starts_at.date() for o in leap.occurrences] == [date(2028, 2, 29)]


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
        "FREQ=HOURLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=DAILY;BYYEARDAY=1;BYMONTH=2",
        "FREQ=SECONDLY;BYWEEKNO=53;BYMONTH=6",
    ],
)
def test_one_never_matching_rule_costs_at_most_about_a_second(store: Store, rule: str) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:r\r\nSUMMARY:Lặp\r\n"
        f"DTSTART:20260105T090000\r\nDTEND:20260105T100000\r\nRRULE:{rule}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    began = time.monotonic()
    report = import_bytes(store, ics.encode())
    assert time.monotonic() - began < 10  # a guard against minutes; `make bench` measures
    assert skipped(report) == {"r": Problem.NO_DATE}


def test_an_empty_rrule_line_means_no_repetition(store: Store) -> None:
    report = import_calendar(store, DATA / "holidays-empty-rrule.ics")
    assert (report.added, report.skipped) == (6, [])
    rows = events_between(store, date(2027, 1, 1), date(2027, 12, 31))
    assert [(r.title, r.starts.date(), r.recurring) for r in rows] == [
        ("Tết Dương lịch", date(2027, 1, 1), False),
        ("Tết Nguyên Đán", date(2027, 2, 5), False),
        ("Giỗ Tổ Hùng Vương", date(2027, 4, 16), False),
        ("Ngày Giải phóng miền Nam", date(2027, 4, 30), False),
        ("Ngày Quốc tế Lao động", date(2027, 5, 1), False),
        ("Quốc khánh", date(2027, 9, 2), False),
    ]


def test_control_characters_are_removed_from_what_a_file_brings(store: Store) -> None:
    report = import_calendar(store, DATA / "control-characters.ics")
    assert (report.added, report.skipped) == (2, [])
    with store.session() as s:
        e = s.scalar(select(m.Event).where(m.Event.uid == "nul@kiemthu"))
        assert e is not None
        assert e.title == "Họp với Sở[31m Ngoại vụ"
        assert e.location == "Phòng họp số 1"
        assert e.notes == "Dòng một\nDòng haicó tab\there"  # "\n" is iCalendar's line break
        [who] = [p.person for p in e.participants]
        assert (who.full_name, who.email) == ("Nguyễn Văn An", "an@example.vn")
        bare = s.scalar(select(m.Event).where(m.Event.uid == "only-controls@kiemthu"))
        assert bare is not None and bare.title == "(không có tiêu đề)"
    # The same file again finds its events by their cleaned UID.
    again = import_calendar(store, DATA / "control-characters.ics")
    assert (again.added, again.unchanged) == (0, 2)


EXCEPTION_WORDS = re.compile(r"\w*(Error|Exception|Warning)\b|\w+\(['\"]|Traceback")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_skip_reasons_are_sentences_in_the_users_language(store: Store, language: str) -> None:
    reports = [
        import_calendar(store, DATA / name)
        for name in ("far-years.ics", "never-matching.ics", "google.ics")
    ]
    # An event icalendar cannot read at all, and one whose parsing raises.
    broken = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:hong\r\nSUMMARY:Hỏng\r\n"
        "DTSTART;TZID=Nowhere/Zone:20260105T090000\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    reports.append(import_bytes(store, broken.encode()))
    items = [x for r in reports for x in r.skipped]
    assert {x.problem for x in items} >= {
        Problem.OUT_OF_RANGE,
        Problem.NO_DATE,
        Problem.EMPTY_RULE,
        Problem.BAD_START,
    }
    with speaking(language):
        for x in items:
            assert x.reason == REASONS[x.problem]
            for text in (x.reason, ics_problem(x.problem)):
                assert not EXCEPTION_WORDS.search(text), text
        shown = {ics_problem(p) for p in Problem}
        if language == "vi":
            assert ics_problem(Problem.OUT_OF_RANGE) != REASONS[Problem.OUT_OF_RANGE]
            assert "1900" in ics_problem(Problem.OUT_OF_RANGE)
            assert QCoreApplication.translate("Labels", "it cannot be read") != "it cannot be read"
    assert len(shown) == len(Problem)


def big_calendar(events: int) -> bytes:
    """About 330 bytes an event: 63,000 events are a 20 MB file."""
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n"
    one = (
        "BEGIN:VEVENT\r\nUID:su-kien-{n}@kiemthu\r\nSUMMARY:Sự kiện số {n} – họp với đối tác\r\n"
        "DTSTART:2027{mm:02d}{dd:02d}T090000\r\nDTEND:2027{mm:02d}{dd:02d}T100000\r\n"
        "DESCRIPTION:Nội dung cuộc họp về hợp tác quốc tế\\, chuyển đổi số và đào tạo.\r\n"
        "LOCATION:Phòng họp số 2\\, Sở Ngoại vụ tỉnh Bình Dương\r\nEND:VEVENT\r\n"
    )
    body = "".join(one.format(n=n, mm=n % 12 + 1, dd=n % 28 + 1) for n in range(events))
    return (head + body + "END:VCALENDAR\r\n").encode()


def test_stop_on_the_first_progress_call_reads_nothing_and_writes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = big_calendar(63_000)
    assert len(data) > 20 * 1024 * 1024
    parsed = 0
    real = ical._parse

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal parsed
        parsed += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ical, "_parse", counting)
    calls: list[tuple[int, int, float]] = []
    began = time.monotonic()

    def stop_at_once(done: int, total: int) -> bool:
        calls.append((done, total, time.monotonic() - began))
        return False

    with pytest.raises(ImportCancelledError):
        import_bytes(store, data, stop_at_once)
    assert len(calls) == 1 and calls[0][:2] == (0, 126_000)
    assert calls[0][2] < 20, calls  # told before the calendar is read (icalendar took 41 s)
    assert parsed == 0
    assert count(store, m.Event) == 0
    assert not (store.path.parent / "backups").exists()  # nothing to back up for


def test_progress_is_told_often_while_reading_and_stop_midway_writes_nothing(
    store: Store,
) -> None:
    data = big_calendar(600)
    calls: list[tuple[int, int]] = []

    def stop_at_half(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 600  # stops once every event is read, before any is written

    with pytest.raises(ImportCancelledError):
        import_bytes(store, data, stop_at_half)
    done = [d for d, _ in calls]
    assert all(t == 1200 for _, t in calls)
    assert done[0] == 0 and done[-1] == 600
    assert max(b - a for a, b in zip(done, done[1:], strict=False)) <= ical.TELL_EVERY
    assert count(store, m.Event) == 0
    report = import_bytes(store, data, lambda done, total: True)
    assert report.added == 600
    rows = events_between(store, date(2027, 1, 1), date(2027, 1, 1))
    assert rows[0].starts == datetime(2027, 1, 1, 9)
