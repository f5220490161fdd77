"""Agreements: validation, saving with versions, the list's filters, renewal, trash,
and the renewal alerts (Follow-up counts, history)."""

from datetime import date

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries import actions as ac
from coordinator.db.queries.agreements import (
    AgreementFilter,
    AgreementInput,
    CommitmentInput,
    Standing,
    agreement_snapshot,
    count_agreements,
    count_ending,
    ending_soon,
    get_agreement,
    list_agreements,
    put_agreement,
    renewal_draft,
    save_agreement,
    set_agreement_deleted,
)
from coordinator.db.queries.common import Sort
from coordinator.db.queries.history import record_history
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.queries.search import search
from coordinator.db.queries.settings import get_alert_days, set_alert_days
from coordinator.db.queries.trash import TrashKind, list_trash, set_deleted
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.validation import Problem, ValidationError

TODAY = date(2026, 11, 30)


def _orgs(store: Store) -> tuple[int, int, int]:
    vnpt = save_partner(store, PartnerInput("Tập đoàn VNPT", "enterprise"))
    dept = save_partner(
        store, PartnerInput("Sở Thông tin và Truyền thông", "government", is_internal=True)
    )
    uni = save_partner(store, PartnerInput("Trường Đại học Thủ Dầu Một", "academia"))
    return vnpt, dept, uni


def _agreement(parties: list[int], **kw: object) -> AgreementInput:
    values: dict[str, object] = {
        "title": "Thỏa thuận hợp tác chuyển đổi số",
        "party_ids": parties,
        "number": "12/2023/TTHT",
        "signed_on": date(2023, 1, 1),
        "starts_on": date(2023, 1, 1),
        "ends_on": date(2026, 12, 31),
    }
    values.update(kw)
    return AgreementInput(**values)  # type: ignore[arg-type]


def _problems(data: AgreementInput, store: Store) -> set[tuple[str, Problem]]:
    with pytest.raises(ValidationError) as failure:
        save_agreement(store, data)
    return {(e.field, e.problem) for e in failure.value.errors}


def test_validation_names_each_field(store: Store) -> None:
    vnpt, dept, _uni = _orgs(store)
    bad = _agreement(
        [vnpt],
        title="  ",
        starts_on=date(2024, 1, 1),
        ends_on=date(2023, 1, 1),
        signed_on=date(2025, 1, 1),
        horizon_year=1999,
        commitments=[
            CommitmentInput("", vnpt),
            CommitmentInput("Đào tạo", dept),
            CommitmentInput("Khảo sát", vnpt, date(12, 1, 1)),
        ],
    )
    assert _problems(bad, store) == {
        ("parties", Problem.REQUIRED),
        ("title", Problem.REQUIRED),
        ("ends_on", Problem.END_BEFORE_START),
        ("signed_on", Problem.END_BEFORE_START),
        ("horizon_year", Problem.FORMAT),
        ("commitments.0.text", Problem.REQUIRED),
        ("commitments.1.party_id", Problem.FORMAT),  # not one of the parties
        ("commitments.2.due_on", Problem.FORMAT),
    }
    # The same party twice is one party.
    assert ("parties", Problem.REQUIRED) in _problems(_agreement([vnpt, vnpt]), store)
    with store.session() as s:
        assert s.scalar(select(m.Agreement.id)) is None


def test_save_reads_back_and_refuses_a_stale_form(store: Store) -> None:
    vnpt, dept, _uni = _orgs(store)
    data = _agreement(
        [vnpt, dept],
        horizon_year=2030,
        fields="Chính quyền điện tử; đào tạo",
        commitments=[
            CommitmentInput("Khảo sát hiện trạng", vnpt, date(2026, 6, 30)),
            CommitmentInput("Cử cán bộ tham gia", dept, None, "done", date(2026, 3, 1)),
        ],
    )
    agreement_id = save_agreement(store, data)
    detail = get_agreement(store, agreement_id)
    assert detail is not None
    got = detail.agreement
    assert got.party_ids == [vnpt, dept]  # outside partners first
    assert got.version == 1 and got.horizon_year == 2030
    assert [(c.text, c.party_id, c.status, c.done_on) for c in got.commitments] == [
        ("Khảo sát hiện trạng", vnpt, "open", None),
        ("Cử cán bộ tham gia", dept, "done", date(2026, 3, 1)),
    ]
    first, second = get_agreement(store, agreement_id), get_agreement(store, agreement_id)
    assert first is not None and second is not None
    first.agreement.title = "Thỏa thuận đã sửa"
    first.agreement.commitments.pop(0)
    save_agreement(store, first.agreement)
    second.agreement.notes = "Ghi chú"
    with pytest.raises(RecordChangedError):
        save_agreement(store, second.agreement)
    again = get_agreement(store, agreement_id)
    assert again is not None and again.agreement.title == "Thỏa thuận đã sửa"
    assert [c.text for c in again.agreement.commitments] == ["Cử cán bộ tham gia"]
    # Marking a commitment done in Follow-up counts as a change of the agreement.
    key = (ac.COMMITMENT, again.agreement.commitments[0].id or 0)
    ac.set_task_state(store, key, "open", None)
    with pytest.raises(RecordChangedError):
        save_agreement(store, again.agreement)
    # History shows the agreement and its commitments.
    history = record_history(store, "agreement", agreement_id)
    assert {c.entity for c in history} == {"agreement", "commitment"}
    # A commitment's party and agreement are named, not numbered.
    created = [c for c in history if c.entity == "commitment" and c.action == "created"]
    assert created and all(isinstance(c.changes["agreement_id"][1], str) for c in created)
    parties = {c.changes["party_id"][1] for c in created if "party_id" in c.changes}
    assert parties and all(isinstance(p, str) and not p.startswith("#") for p in parties)


def test_snapshot_and_put_undo_an_edit_including_a_removed_commitment(store: Store) -> None:
    vnpt, dept, _uni = _orgs(store)
    data = _agreement([vnpt, dept], commitments=[CommitmentInput("A", vnpt), CommitmentInput("B")])
    agreement_id = save_agreement(store, data)
    before = agreement_snapshot(store, agreement_id)
    assert before is not None
    edited = agreement_snapshot(store, agreement_id)
    assert edited is not None
    edited.commitments = edited.commitments[1:]
    edited.title = "Mới"
    save_agreement(store, edited)
    put_agreement(store, agreement_id, before)
    after = agreement_snapshot(store, agreement_id)
    assert after is not None
    assert (after.title, [(c.id, c.text) for c in after.commitments]) == (
        before.title,
        [(c.id, c.text) for c in before.commitments],
    )
    put_agreement(store, agreement_id, None)
    assert get_agreement(store, agreement_id) is None


def _standings(store: Store) -> dict[str, int]:
    vnpt, dept, uni = _orgs(store)
    ids = {
        "ending": save_agreement(store, _agreement([vnpt, dept], title="Sắp hết")),
        "long": save_agreement(
            store, _agreement([uni, dept], title="Còn dài", ends_on=date(2028, 1, 1), number=None)
        ),
        "ended": save_agreement(
            store, _agreement([vnpt, uni], title="Đã hết", ends_on=date(2025, 6, 30))
        ),
        "open": save_agreement(
            store, _agreement([vnpt, dept], title="Không thời hạn", ends_on=None)
        ),
        "future": save_agreement(
            store,
            _agreement(
                [vnpt, dept],
                title="Chưa bắt đầu",
                signed_on=date(2026, 11, 1),
                starts_on=date(2027, 1, 1),
                ends_on=date(2027, 2, 1),
            ),
        ),
    }
    return ids


def _titles(store: Store, standing: Standing, text: str = "", days: int = 90) -> list[str]:
    f = AgreementFilter(standing, text, TODAY, days)
    rows = list_agreements(store, f, Sort("ends"))
    assert count_agreements(store, f) == len(rows)
    return [r.title for r in rows]


def test_the_list_filters_by_standing_as_of_a_day_and_by_words(store: Store) -> None:
    ids = _standings(store)
    assert _titles(store, Standing.IN_FORCE) == ["Sắp hết", "Còn dài", "Không thời hạn"]
    assert _titles(store, Standing.ENDING) == ["Sắp hết"]
    assert _titles(store, Standing.ENDING, days=20) == []
    assert _titles(store, Standing.ENDED) == ["Đã hết"]
    assert len(_titles(store, Standing.ALL)) == 5
    # Words without diacritics, in the title or a party's name.
    assert _titles(store, Standing.ALL, "thu dau mot") == ["Đã hết", "Còn dài"]
    assert _titles(store, Standing.ALL, "sap het") == ["Sắp hết"]
    rows = list_agreements(store, AgreementFilter(), Sort("number", descending=True))
    assert rows[-1].number is None or rows[0].number is not None
    row = next(r for r in rows if r.id == ids["ending"])
    assert row.parties == "Tập đoàn VNPT; Sở Thông tin và Truyền thông"
    assert row.standing(TODAY, 90) == "ending"
    found = {r.id: r.standing(TODAY, 90) for r in rows}
    assert found[ids["ended"]] == "ended" and found[ids["future"]] == "future"
    # Paged.
    page = list_agreements(store, AgreementFilter(), Sort("title"), 2, 2)
    whole = list_agreements(store, AgreementFilter(), Sort("title"))
    assert [r.id for r in page] == [r.id for r in whole[2:4]]


def test_ending_soon_names_the_agreement_until_a_renewal_is_saved(store: Store) -> None:
    ids = _standings(store)
    assert get_alert_days(store) == 90
    ending = ending_soon(store, TODAY, 90)
    assert [(e.title, e.ends_on, e.days_left) for e in ending] == [
        ("Sắp hết", date(2026, 12, 31), 31)
    ]
    assert ending[0].name == "12/2023/TTHT – Sắp hết"
    assert ending[0].parties == ["Tập đoàn VNPT", "Sở Thông tin và Truyền thông"]
    set_alert_days(store, 30)
    assert ac.due_counts(store, TODAY).agreements_ending == 0
    set_alert_days(store, 90)
    assert ac.due_counts(store, TODAY).agreements_ending == 1

    draft = renewal_draft(store, ids["ending"])
    assert draft is not None and draft.id is None
    assert (draft.title, draft.renews_id, draft.starts_on, draft.ends_on) == (
        "Sắp hết",
        ids["ending"],
        date(2027, 1, 1),
        date(2030, 12, 31),  # as long as 2023–2026
    )
    old = get_agreement(store, ids["ending"])
    assert old is not None and draft.party_ids == old.agreement.party_ids
    assert count_ending(store, TODAY, 90) == 1  # a draft is not a renewal
    renewal = save_agreement(store, draft)
    assert count_ending(store, TODAY, 90) == 0
    old = get_agreement(store, ids["ending"])
    assert old is not None and [link.id for link in old.renewed_by] == [renewal]
    new = get_agreement(store, renewal)
    assert new is not None and new.renews is not None and new.renews.id == ids["ending"]
    # The renewal in the trash: the old one is alerted again.
    set_agreement_deleted(store, renewal, True)
    assert count_ending(store, TODAY, 90) == 1


def test_trash_search_and_follow_up_leave_out_a_deleted_agreement(store: Store) -> None:
    vnpt, dept, _uni = _orgs(store)
    agreement_id = save_agreement(
        store,
        _agreement([vnpt, dept], commitments=[CommitmentInput("Khảo sát", vnpt, date(2026, 1, 1))]),
    )
    assert [h.id for h in search(store, "chuyen doi so") if h.kind == Kind.AGREEMENT] == [
        agreement_id
    ]
    f = ac.ActionFilter(ac.Due.OPEN, TODAY)
    assert ac.count_actions(store, f) == 1
    set_agreement_deleted(store, agreement_id, True)
    assert ac.count_actions(store, f) == 0
    assert count_ending(store, TODAY, 90) == 0
    assert not [h for h in search(store, "chuyen doi so") if h.kind == Kind.AGREEMENT]
    trash = [r for r in list_trash(store) if r.kind == TrashKind.AGREEMENT]
    assert [(r.id, r.title) for r in trash] == [
        (agreement_id, "12/2023/TTHT – Thỏa thuận hợp tác chuyển đổi số")
    ]
    set_deleted(store, TrashKind.AGREEMENT, agreement_id, False)
    assert ac.count_actions(store, f) == 1
    detail = get_agreement(store, agreement_id)
    assert detail is not None and len(detail.agreement.commitments) == 1


def test_demo_agreement_ending_31_12_2026_is_named_on_30_11_2026(demo_store: Store) -> None:
    ending = ending_soon(demo_store, TODAY, 90)
    assert [e.ends_on for e in ending] == [date(2026, 12, 31)]
    assert ac.due_counts(demo_store, TODAY).agreements_ending == 1
