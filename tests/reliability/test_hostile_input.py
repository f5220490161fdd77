"""Any input: rejected with a message naming the field or line, never an escaped exception."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.db.queries.events import EventInput, save_event, validate_event
from coordinator.db.queries.partners import (
    ContactInput,
    PartnerInput,
    get_partner,
    save_partner,
    validate_partner,
)
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, OrgKind
from coordinator.domain.scheduling import Booking, OfficeHours, Stay, check, overlaps
from coordinator.domain.text import fold, search_key, words
from coordinator.domain.validation import ValidationError
from coordinator.ical import IcsError, import_bytes, import_calendar, split_calendar

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PARTNER_FIELDS = {"name", "kind", "email", "phone", "contacts"}
EVENT_FIELDS = {"title", "kind", "ends", "recurrence"}


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    yield store
    store.close()


# --- diacritic folding -----------------------------------------------------------


@given(st.text())
def test_folding_is_total_idempotent_and_strips_every_mark(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert "đ" not in folded and "Đ" not in folded
    assert folded == folded.strip()
    words(text)
    search_key(text, None, text)


@given(st.sampled_from(["Đại học Thủ Dầu Một", "Sở Thông tin và Truyền thông", "Bình Dương"]))
def test_folding_matches_what_people_type(name: str) -> None:
    assert fold(name).isascii()


# --- validators ------------------------------------------------------------------


@given(
    name=st.text(),
    email=st.one_of(st.none(), st.text()),
    phone=st.one_of(st.none(), st.text()),
    kind=st.one_of(st.sampled_from(list(OrgKind)), st.text()),
    contact=st.text(),
)
def test_partner_validation_names_the_field_of_each_problem(
    name: str, email: str | None, phone: str | None, kind: str, contact: str
) -> None:
    data = PartnerInput(
        name=name, kind=kind, email=email, phone=phone, contacts=[ContactInput(contact)]
    )
    try:
        validate_partner(data)
    except ValidationError as failure:
        assert failure.errors
        assert {e.field.split(".")[0] for e in failure.errors} <= PARTNER_FIELDS


moments = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))


@given(
    title=st.text(),
    starts=moments,
    length=st.timedeltas(min_value=timedelta(days=-30), max_value=timedelta(days=30)),
    rrule=st.one_of(st.none(), st.text(max_size=60)),
)
def test_event_validation_names_the_field_of_each_problem(
    title: str, starts: datetime, length: timedelta, rrule: str | None
) -> None:
    try:
        ends = starts + length
    except OverflowError:
        ends = starts
    data = EventInput(kind=EventKind.MEETING, title=title, starts=starts, ends=ends, rrule=rrule)
    try:
        validate_event(data)
    except ValidationError as failure:
        assert {e.field for e in failure.errors} <= EVENT_FIELDS


@given(st.text())
def test_office_hours_parse_or_refuse(text: str) -> None:
    try:
        hours = OfficeHours.parse(text)
    except ValueError:
        return
    assert OfficeHours.parse(hours.to_text()) == hours


# --- conflict checks -------------------------------------------------------------

bookings = st.builds(
    lambda start, minutes, people, unit: Booking(
        None, "b", start, start + timedelta(minutes=minutes), False, frozenset(people), unit
    ),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
    st.integers(min_value=1, max_value=24 * 60),
    st.sets(st.integers(min_value=1, max_value=5), max_size=3),
    st.one_of(st.none(), st.integers(min_value=1, max_value=3)),
)


@given(bookings, bookings)
def test_overlap_is_symmetric(a: Booking, b: Booking) -> None:
    assert overlaps(a, b) == overlaps(b, a)


@given(bookings, st.lists(bookings, max_size=20))
def test_a_shared_person_at_the_same_time_is_always_a_conflict(
    a: Booking, others: list[Booking]
) -> None:
    stays = {1: [Stay(date(2020, 1, 1), date(2030, 12, 31))]}
    found = check([a], others, holidays={}, office=OfficeHours(), stays=stays)
    for o in others:
        if overlaps(a, o) and a.people & o.people:
            assert any(c.other is o for c in found.conflicts)


# --- .ics importer ---------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_are_a_calendar_or_a_named_refusal(data: bytes) -> None:
    try:
        split_calendar(data)
    except IcsError as exc:
        assert exc.problem


def vevent(uid: str, summary: str, start: str, end: str, rule: str) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{summary}"]
    lines += [f"DTSTART:{start}", f"DTEND:{end}"] + ([f"RRULE:{rule}"] if rule else [])
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines).encode("utf-8", "surrogatepass")


line_text = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=40
)
ics_times = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)).map(
        lambda d: d.strftime("%Y%m%dT%H%M%S") + "Z"
    ),
    st.dates().map(lambda d: d.strftime("%Y%m%d")),
    line_text,
)


@FUZZ
@given(line_text, line_text, ics_times, ics_times, st.one_of(st.just(""), line_text))
def test_any_event_is_imported_or_skipped_with_its_reason(
    shared_store: Store, uid: str, summary: str, start: str, end: str, rule: str
) -> None:
    try:
        report = import_bytes(shared_store, vevent(uid, summary, start, end, rule))
    except IcsError as exc:
        assert exc.problem
        return
    assert report.added + report.updated + report.unchanged + len(report.skipped) == 1
    for skipped in report.skipped:
        assert skipped.problem and skipped.reason


@pytest.mark.parametrize("day", ["00010101", "99991231", "00010101T000000Z"])
def test_an_event_in_year_0001_or_9999_is_skipped_with_its_reason(store: Store, day: str) -> None:
    report = import_bytes(store, vevent("y", "Năm lạ", day, day, ""))
    assert report.added == 0 and [s.problem for s in report.skipped] == ["out_of_range"]


def test_files_of_the_wrong_type_or_size_are_refused_before_reading(
    store: Store, tmp_path: Path
) -> None:
    png = tmp_path / "anh.ics"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with pytest.raises(IcsError) as not_text:
        import_calendar(store, png)
    assert not_text.value.problem == "not_utf8"
    huge = tmp_path / "lon.ics"
    with huge.open("wb") as fh:  # 300 MB, sparse: nothing is written to disk
        fh.truncate(300 * 1024 * 1024)
    with pytest.raises(IcsError) as too_large:
        import_calendar(store, huge)
    assert too_large.value.problem == "too_large"


# --- text that is long, marked up or full of control characters -------------------


def test_long_marked_up_text_is_kept_literally_without_its_control_characters(
    store: Store,
) -> None:
    notes = ("<b>đậm</b> <script>alert(1)</script> \x00\x07\x1b[31m " * 2000)[:100_000]
    pid = save_partner(
        store, PartnerInput(name="<i>Công ty</i> \u202e", kind=OrgKind.ENTERPRISE, notes=notes)
    )
    back = get_partner(store, pid)
    assert back is not None
    kept = notes.replace("\x00", "").replace("\x07", "").replace("\x1b", "").strip()
    assert back.partner.notes == kept and back.partner.name.startswith("<i>")


def test_a_name_longer_than_allowed_is_refused_by_field(store: Store) -> None:
    with pytest.raises(ValidationError) as failure:
        save_partner(store, PartnerInput(name="x" * 100_000, kind=OrgKind.ENTERPRISE))
    assert [(e.field, e.problem) for e in failure.value.errors] == [("name", "too_long")]


def test_far_past_and_future_dates_are_stored_or_refused_by_field(store: Store) -> None:
    for start in (datetime(1, 1, 2, 8), datetime(9999, 12, 30, 8)):
        data = EventInput(
            kind=EventKind.MEETING, title="Xa", starts=start, ends=start + timedelta(hours=1)
        )
        try:
            save_event(store, data)
        except ValidationError as failure:
            assert {e.field for e in failure.errors} <= {"starts", "ends"}
