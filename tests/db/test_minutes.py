"""Minutes, the follow-up list, attachments and the global search, on the store."""

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.attachments import AttachmentError, store_file, stored_path
from coordinator.db.queries import actions as ac
from coordinator.db.queries.common import Sort
from coordinator.db.queries.minutes import (
    ActionInput,
    AttendeeInput,
    DecisionInput,
    MinutesFinalError,
    Owner,
    load_minutes,
    minutes_history,
    save_minutes,
    set_final,
)
from coordinator.db.queries.search import search
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import Attendance, TaskStatus
from coordinator.domain.validation import ValidationError

QTSC = "Công ty TNHH Một thành viên Phát triển Công viên phần mềm Quang Trung"
TRAINING = "Hội phối hợp với Sở TT&TT tổ chức tập huấn ứng dụng CNTT cho doanh nghiệp."


def _consultation(store: Store) -> int:
    with store.session() as s:
        return s.scalars(
            select(m.Event.id).where(m.Event.kind == "consultation").order_by(m.Event.id)
        ).first()  # type: ignore[return-value]


def _person(store: Store, name: str) -> int:
    with store.session() as s:
        return s.scalars(select(m.Person.id).where(m.Person.full_name == name)).one()


def test_new_minutes_are_prefilled_from_the_event(demo_store: Store) -> None:
    data = load_minutes(demo_store, _consultation(demo_store))
    assert data is not None and data.id is None
    assert data.place == data.event.location
    assert data.attendees and all(a.invited for a in data.attendees)
    assert {a.attendance for a in data.attendees} == {Attendance.PRESENT}


def test_minutes_are_saved_with_attendance_decisions_and_actions(demo_store: Store) -> None:
    event_id = _consultation(demo_store)
    data = load_minutes(demo_store, event_id)
    assert data is not None
    data.attendees[0].attendance = Attendance.REPRESENTED
    data.attendees[0].represented_by = "Lê Thị Hoa"
    data.attendees.append(AttendeeInput("Khách Mới", invited=False))
    data.summary = "Trao đổi về kiến trúc dữ liệu."
    data.decisions = [DecisionInput("Thống nhất lộ trình"), DecisionInput("   ")]
    owner = Owner("person", _person(demo_store, "Huỳnh Thanh Phong"))
    data.actions = [ActionInput("Gửi báo cáo", owner, date(2026, 12, 1))]
    minutes_id = save_minutes(demo_store, data)

    again = load_minutes(demo_store, event_id)
    assert again is not None and again.id == minutes_id
    assert [d.text for d in again.decisions] == ["Thống nhất lộ trình"]
    assert again.actions[0].owner == owner and again.actions[0].due_on == date(2026, 12, 1)
    first = next(a for a in again.attendees if a.person_id == data.attendees[0].person_id)
    assert (first.attendance, first.represented_by) == (Attendance.REPRESENTED, "Lê Thị Hoa")
    guest = next(a for a in again.attendees if a.name == "Khách Mới")
    assert guest.invited is False and guest.person_id is not None


def test_represented_needs_a_name_and_an_action_needs_text(demo_store: Store) -> None:
    data = load_minutes(demo_store, _consultation(demo_store))
    assert data is not None
    data.attendees[0].attendance = Attendance.REPRESENTED
    data.actions = [ActionInput("  ")]
    with pytest.raises(ValidationError) as failure:
        save_minutes(demo_store, data)
    assert {e.field for e in failure.value.errors} == {"attendee.0.represented_by", "action.0"}
    assert load_minutes(demo_store, data.event.id).id is None  # type: ignore[union-attr]


def test_final_minutes_refuse_changes_until_reopened_and_history_names_the_change(
    demo_store: Store,
) -> None:
    data = load_minutes(demo_store, _consultation(demo_store))
    assert data is not None
    data.decisions = [DecisionInput("Quyết định A"), DecisionInput("Quyết định B")]
    minutes_id = save_minutes(demo_store, data)
    set_final(demo_store, minutes_id, True)
    data = load_minutes(demo_store, data.event.id)
    assert data is not None and data.final
    data.decisions.pop()
    with pytest.raises(MinutesFinalError):
        save_minutes(demo_store, data)
    set_final(demo_store, minutes_id, False)
    with pytest.raises(RecordChangedError):  # reopening is a change: the form reloads first
        save_minutes(demo_store, data)
    data.version = load_minutes(demo_store, data.event.id).version  # type: ignore[union-attr]
    save_minutes(demo_store, data)

    history = minutes_history(demo_store, minutes_id)
    actions = [(h.entity, h.action) for h in history]
    assert ("decision", "purged") in actions  # the removed decision is still in the log
    purged = next(h for h in history if h.action == "purged")
    assert purged.changes["text"][0] == "Quyết định B"
    status_changes = [
        h.changes["status"] for h in history if h.action == "updated" and "status" in h.changes
    ]
    assert status_changes == [["final", "draft"], ["draft", "final"]]
    assert all(h.user for h in history)


def test_follow_up_lists_actions_and_commitments_and_counts_what_is_due(
    demo_store: Store,
) -> None:
    today = date(2026, 11, 25)  # a Wednesday
    before = ac.due_counts(demo_store, today)
    data = load_minutes(demo_store, _consultation(demo_store))
    assert data is not None
    data.actions = [
        ActionInput("Quá hạn một ngày", due_on=today - timedelta(days=1)),
        ActionInput("Hạn chủ nhật", due_on=date(2026, 11, 29)),
        ActionInput("Hạn tuần sau", due_on=date(2026, 11, 30)),
    ]
    save_minutes(demo_store, data)
    after = ac.due_counts(demo_store, today)
    assert (after.overdue, after.this_week) == (before.overdue + 1, before.this_week + 1)

    overdue = ac.list_actions(demo_store, ac.ActionFilter(ac.Due.OVERDUE, today), Sort("due"))
    assert "Quá hạn một ngày" in [r.text for r in overdue]
    assert {r.source for r in overdue} == {ac.ACTION, ac.COMMITMENT}
    assert all(r.overdue(today) for r in overdue)
    dues = [r.due_on for r in overdue]
    assert dues == sorted(dues)  # type: ignore[type-var]

    row = next(r for r in overdue if r.text == "Quá hạn một ngày")
    ac.set_task_state(demo_store, row.key, TaskStatus.DONE, today)
    assert ac.due_counts(demo_store, today).overdue == before.overdue
    assert ac.task_state(demo_store, row.key) == (TaskStatus.DONE, today)


def test_follow_up_filters_by_owner_partner_project_and_words(demo_store: Store) -> None:
    owner = Owner("person", _person(demo_store, "Huỳnh Thanh Phong"))
    rows = ac.list_actions(demo_store, ac.ActionFilter(ac.Due.ALL, owner=owner), Sort("due"))
    assert [r.text for r in rows] == ["Gửi tài liệu hội thảo cho hội viên"]
    found = ac.list_actions(demo_store, ac.ActionFilter(ac.Due.ALL, text="tap huan"), Sort("due"))
    assert [r.text for r in found] == ["Lập kế hoạch tập huấn ứng dụng CNTT cho doanh nghiệp"]
    with demo_store.session() as s:
        qtsc = s.scalars(select(m.Organization.id).where(m.Organization.short_name == "QTSC")).one()
    by_partner = ac.list_actions(
        demo_store, ac.ActionFilter(ac.Due.ALL, partner_id=qtsc), Sort("due")
    )
    assert by_partner and all(r.partner == QTSC for r in by_partner)
    offered = ac.open_items_for(demo_store, qtsc, None)
    assert offered and all(r.status in ac.OPEN_STATES for r in offered)


def test_search_ignores_diacritics_and_finds_what_minutes_say(demo_store: Store) -> None:
    hits = search(demo_store, "tap huan")
    assert {(h.kind, h.title) for h in hits} >= {
        (Kind.DECISION, TRAINING),
        (Kind.ACTION_ITEM, "Lập kế hoạch tập huấn ứng dụng CNTT cho doanh nghiệp"),
    }
    decision = next(h for h in hits if h.kind == Kind.DECISION)
    assert decision.context == (
        "Hội phối hợp với Sở TT&TT tổ chức ",
        "tập huấn",
        " ứng dụng CNTT cho doanh nghiệp.",
    )
    assert decision.event_id is not None
    # đ folds to d; the words may be typed in any case, and a word's start is enough.
    assert [h.title for h in search(demo_store, "DAI HOC THU") if h.kind == Kind.PARTNER] == [
        "Trường Đại học Thủ Dầu Một"
    ]
    assert search(demo_store, "   ") == []
    assert search(demo_store, '"*) OR (') == []  # FTS syntax typed by a person is just text


def test_search_follows_edits_and_deletions(demo_store: Store) -> None:
    data = load_minutes(demo_store, _consultation(demo_store))
    assert data is not None
    data.decisions = [DecisionInput("Khảo sát băng thông ở Phước Vĩnh")]
    save_minutes(demo_store, data)
    assert [h.kind for h in search(demo_store, "phuoc vinh")] == [Kind.DECISION]
    data = load_minutes(demo_store, data.event.id)
    assert data is not None
    data.decisions = []
    save_minutes(demo_store, data)
    assert search(demo_store, "phuoc vinh") == []
    with demo_store.session() as s:
        event = s.get(m.Event, data.event.id)
        assert event is not None
        title = event.title
        event.deleted_at = m.utcnow()
    assert all(h.event_id != data.event.id for h in search(demo_store, title))


def test_attachments_are_copied_by_hash_and_survive_the_original(
    demo_store: Store, tmp_path: Path
) -> None:
    original = tmp_path / "Báo cáo.docx"
    original.write_bytes(b"PK\x03\x04 report")
    stored = store_file(demo_store.path, original)
    data = load_minutes(demo_store, _consultation(demo_store))
    assert data is not None
    data.attachments = [stored]
    save_minutes(demo_store, data)
    original.unlink()
    again = load_minutes(demo_store, data.event.id)
    assert again is not None and [a.filename for a in again.attachments] == ["Báo cáo.docx"]
    path = stored_path(demo_store.path, stored.content_hash, stored.filename)
    assert path.read_bytes() == b"PK\x03\x04 report" and path.suffix == ".docx"
    assert oct(os.stat(path).st_mode & 0o777) == oct(0o600)


def test_attachments_refuse_folders_and_big_files(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(AttachmentError) as failure:
        store_file(store.path, tmp_path)
    assert failure.value.reason == AttachmentError.NOT_A_FILE
    monkeypatch.setattr("coordinator.db.attachments.MAX_BYTES", 10)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 11)
    with pytest.raises(AttachmentError) as failure:
        store_file(store.path, big)
    assert failure.value.reason == AttachmentError.TOO_LARGE
    with pytest.raises(ValueError):
        stored_path(store.path, "../../etc/passwd", "x")


@pytest.mark.parametrize("key", ["due", "text", "status", "done", "owner", "origin", "partner"])
@pytest.mark.parametrize("descending", [False, True])
def test_follow_up_pages_put_together_are_the_whole_list_in_order(
    demo_store: Store, key: str, descending: bool
) -> None:
    """A page is chosen on the narrow list and fetched whole afterwards; page by page
    the rows are the same as in one go, each once, in order."""
    f = ac.ActionFilter(ac.Due.ALL)
    sort = Sort(key, descending)
    whole = ac.list_actions(demo_store, f, sort, 0, 10_000)
    assert len(whole) == ac.count_actions(demo_store, f) >= 10
    paged: list[ac.ActionRow] = []
    while batch := ac.list_actions(demo_store, f, sort, len(paged), 3):
        paged += batch
    assert [r.key for r in paged] == [r.key for r in whole]
    assert len({r.key for r in whole}) == len(whole)
    if key == "due":
        dues = [r.due_on or date.max for r in whole]
        assert dues == sorted(dues, reverse=descending)
    if key == "text":
        assert [r.text for r in whole] == sorted((r.text for r in whole), reverse=descending)


def test_follow_up_leaves_out_the_items_of_deleted_meetings(demo_store: Store) -> None:
    f = ac.ActionFilter(ac.Due.ALL)
    rows = ac.list_actions(demo_store, f, Sort("due"), 0, 10_000)
    gone = next(r for r in rows if r.event_id is not None)
    mates = [r.key for r in rows if r.event_id == gone.event_id]
    with demo_store.session() as s:
        event = s.get(m.Event, gone.event_id)
        assert event is not None
        event.deleted_at = event.starts_at
    after = ac.list_actions(demo_store, f, Sort("due"), 0, 10_000)
    assert not set(mates) & {r.key for r in after}
    assert len(after) == len(rows) - len(mates) == ac.count_actions(demo_store, f)
    assert ac.due_counts(demo_store).overdue <= ac.count_actions(
        demo_store, ac.ActionFilter(ac.Due.OPEN)
    )
