"""Two processes on one file, forced to interleave (tests/reliability/racers.py): the
second of two saves that read the same thing is refused, never written over the first.

Each database is typed by hand into an empty file, as a coordinator would.
"""

import multiprocessing
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from coordinator.db.queries.assignments import AssignmentInput, stays
from coordinator.db.queries.events import EventInput, events_between, save_event
from coordinator.db.queries.minutes import ActionInput, load_minutes, save_minutes
from coordinator.db.queries.partners import PartnerInput, get_partner, save_partner
from coordinator.db.queries.people import PersonInput, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.queries.scheduling import findings_between
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole, TaskStatus
from tests.reliability import racers

SPAWN = multiprocessing.get_context("spawn")


@pytest.fixture
def race() -> Iterator[Callable[..., list[tuple[str, str]]]]:
    """Runs ``racers`` functions in processes of their own; returns what each said."""
    started: list[Any] = []

    def run(*jobs: tuple[Callable[..., None], tuple[Any, ...]]) -> list[tuple[str, str]]:
        out = SPAWN.Queue()
        for target, args in jobs:
            process = SPAWN.Process(target=target, args=(*args, out))
            process.start()
            started.append(process)
        said = [out.get(timeout=120) for _ in jobs]
        for process in started:
            process.join(timeout=60)
            assert process.exitcode == 0
        return said

    yield run
    for process in started:
        if process.is_alive():
            process.kill()


def _barriers() -> tuple[Any, Any]:
    return SPAWN.Barrier(2), SPAWN.Barrier(2)


def test_two_partner_forms_saved_at_once_the_second_is_refused(
    tmp_path: Path, race: Callable[..., list[tuple[str, str]]]
) -> None:
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    unit = save_partner(
        store, PartnerInput("Sở Thông tin và Truyền thông", "government", is_internal=True)
    )
    loaded, inside = _barriers()
    said = race(
        *(
            (racers.save_partner_notes, (str(path), unit, words, loaded, inside))
            for words in ("Ghi chú của Lan", "Ghi chú của Phong")
        )
    )
    outcomes = sorted(outcome for _, outcome in said)
    assert outcomes == [racers.CHANGED, racers.SAVED], said
    winner = next(words for words, outcome in said if outcome == racers.SAVED)
    stored = get_partner(store, unit)
    assert stored is not None
    assert stored.partner.notes == winner and stored.partner.version == 2
    store.close()


def test_minutes_loaded_before_an_item_was_marked_done_cannot_reopen_it(
    tmp_path: Path, race: Callable[..., list[tuple[str, str]]]
) -> None:
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    lan = save_person(store, PersonInput("Nguyễn Thị Lan", {PersonRole.VOLUNTEER}))
    meeting = save_event(
        store,
        EventInput(
            "meeting",
            "Họp giao ban tuần",
            datetime(2026, 11, 23, 8),
            datetime(2026, 11, 23, 9),
            participant_ids=[lan],
        ),
    )
    minutes = load_minutes(store, meeting)
    assert minutes is not None
    minutes.actions = [ActionInput("Gửi kế hoạch triển khai", due_on=date(2026, 11, 27))]
    save_minutes(store, minutes)
    again = load_minutes(store, meeting)
    assert again is not None and again.actions[0].id is not None
    item = again.actions[0].id

    loaded, marked = _barriers()
    said = dict(
        race(
            (racers.save_minutes_summary, (str(path), meeting, loaded, marked)),
            (racers.mark_done, (str(path), item, date(2026, 11, 25), loaded, marked)),
        )
    )
    assert said == {"follow-up": racers.SAVED, "minutes": racers.CHANGED}
    after = load_minutes(store, meeting)
    assert after is not None
    assert (after.actions[0].status, after.actions[0].done_on) == (
        TaskStatus.DONE,
        date(2026, 11, 25),
    )
    assert after.summary is None  # the stale form wrote nothing
    store.close()


def test_two_bookings_of_one_volunteer_at_once_the_second_gets_the_conflict(
    tmp_path: Path, race: Callable[..., list[tuple[str, str]]]
) -> None:
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    lan = save_person(store, PersonInput("Nguyễn Thị Lan", {PersonRole.VOLUNTEER}))

    def booking(title: str, place: str) -> EventInput:
        return EventInput(
            "consultation",
            title,
            datetime(2026, 11, 24, 9),
            datetime(2026, 11, 24, 11),
            location=place,
            participant_ids=[lan],
        )

    loaded, inside = _barriers()
    said = race(
        (racers.book_event, (str(path), booking("Tư vấn dữ liệu", "Phòng 1"), loaded, inside)),
        (racers.book_event, (str(path), booking("Khảo sát hạ tầng", "Phòng 2"), loaded, inside)),
    )
    assert sorted(outcome for _, outcome in said) == [racers.CONFLICT, racers.SAVED], said
    # One booking stored, no clash without a reason: the second must be given one.
    day = date(2026, 11, 24)
    assert not [b.title for b, f in findings_between(store, day, day) if f.blocking]
    assert len(events_between(store, day, day)) == 1
    store.close()


def test_two_overlapping_stays_of_one_volunteer_at_once_the_second_is_refused(
    tmp_path: Path, race: Callable[..., list[tuple[str, str]]]
) -> None:
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    lan = save_person(store, PersonInput("Nguyễn Thị Lan", {PersonRole.VOLUNTEER}))
    project = save_project(store, ProjectInput(code="TN-01", title="Chuyển đổi số Tây Ninh"))

    def stay(role: str, arrives: date, departs: date) -> AssignmentInput:
        return AssignmentInput(lan, project, arrives, departs, role=role)

    loaded, inside = _barriers()
    said = race(
        (
            racers.book_stay,
            (str(path), stay("Cố vấn", date(2026, 11, 2), date(2026, 11, 27)), loaded, inside),
        ),
        (
            racers.book_stay,
            (str(path), stay("Giảng viên", date(2026, 11, 16), date(2026, 12, 11)), loaded, inside),
        ),
    )
    assert sorted(outcome for _, outcome in said) == [racers.DUPLICATE, racers.SAVED], said
    assert len(stays(store, person_id=lan)) == 1
    store.close()


def test_saving_minutes_after_their_item_was_marked_done_in_this_process_is_refused(
    tmp_path: Path,
) -> None:
    """The same without processes: the follow-up list's Ctrl+D is a new version of the
    minutes, as a commitment's status is of its agreement."""
    from coordinator.db.queries import actions
    from coordinator.db.versions import RecordChangedError

    store = Store.open(tmp_path / "so.sqlite")
    meeting = save_event(
        store,
        EventInput("meeting", "Họp giao ban", datetime(2026, 11, 23, 8), datetime(2026, 11, 23, 9)),
    )
    form = load_minutes(store, meeting)
    assert form is not None
    form.actions = [ActionInput("Gửi kế hoạch")]
    save_minutes(store, form)
    assert form.id is not None
    stale = load_minutes(store, meeting)
    assert stale is not None and stale.actions[0].id is not None
    actions.set_task_state(store, (actions.ACTION, stale.actions[0].id), TaskStatus.DONE, None)
    stale.summary = "Đã bàn"
    with pytest.raises(RecordChangedError):
        save_minutes(store, stale)
    store.close()
