import json

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.common import Sort
from coordinator.db.queries.partners import (
    ContactInput,
    PartnerFilter,
    PartnerInput,
    count_partners,
    get_partner,
    list_partners,
    save_partner,
    set_partner_deleted,
)
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind
from coordinator.domain.validation import FieldError, Problem, ValidationError


def add(store: Store, name: str, kind: OrgKind = OrgKind.ENTERPRISE, **kw: object) -> int:
    return save_partner(store, PartnerInput(name=name, kind=kind, **kw))  # type: ignore[arg-type]


def names(store: Store, f: PartnerFilter, sort: Sort | None = None) -> list[str]:
    return [r.name for r in list_partners(store, f, sort or Sort("name"), 0, 100)]


def test_filter_ignores_diacritics_and_d_stroke(store: Store) -> None:
    add(store, "Trường Đại học Thủ Dầu Một", OrgKind.ACADEMIA)
    add(store, "Ủy ban nhân dân tỉnh Bình Dương", OrgKind.GOVERNMENT)
    add(store, "Tập đoàn Hanseo")
    assert names(store, PartnerFilter(text="dai hoc")) == ["Trường Đại học Thủ Dầu Một"]
    assert names(store, PartnerFilter(text="binh duong")) == ["Ủy ban nhân dân tỉnh Bình Dương"]
    assert names(store, PartnerFilter(text="ĐẠI HỌC")) == ["Trường Đại học Thủ Dầu Một"]
    assert names(store, PartnerFilter(text="  tinh   binh ")) == ["Ủy ban nhân dân tỉnh Bình Dương"]
    assert count_partners(store, PartnerFilter(text="100%")) == 0  # LIKE wildcards are literal


def test_filter_by_kind_and_role(store: Store) -> None:
    add(store, "A", OrgKind.ACADEMIA, is_internal=True)
    add(store, "B", OrgKind.ACADEMIA)
    add(store, "C", OrgKind.ENTERPRISE)
    assert names(store, PartnerFilter(kind=OrgKind.ACADEMIA)) == ["A", "B"]
    assert names(store, PartnerFilter(internal=True)) == ["A"]
    assert names(store, PartnerFilter(), Sort("name", descending=True)) == ["C", "B", "A"]


def test_paging_returns_consecutive_slices(store: Store) -> None:
    for i in range(25):
        add(store, f"Đối tác {i:02d}")
    first = list_partners(store, PartnerFilter(), Sort("name"), 0, 10)
    second = list_partners(store, PartnerFilter(), Sort("name"), 10, 10)
    assert [r.name for r in first + second] == [f"Đối tác {i:02d}" for i in range(20)]


def test_partner_is_saved_with_contacts_and_edits_keep_ids(store: Store) -> None:
    pid = add(
        store,
        "Sở Thông tin và Truyền thông",
        OrgKind.GOVERNMENT,
        contacts=[ContactInput("Nguyễn Văn Hùng", email="hung@tttt.gov.vn")],
    )
    detail = get_partner(store, pid)
    assert detail is not None
    contact = detail.partner.contacts[0]
    assert (contact.full_name, contact.email) == ("Nguyễn Văn Hùng", "hung@tttt.gov.vn")
    data = detail.partner
    data.contacts[0].phone = "0274 3822 111"
    data.contacts.append(ContactInput("Trần Thị Mai"))
    save_partner(store, data)
    again = get_partner(store, pid)
    assert again is not None
    assert [(c.id == contact.id, c.full_name) for c in again.partner.contacts] == [
        (True, "Nguyễn Văn Hùng"),
        (False, "Trần Thị Mai"),
    ]


def test_invalid_partner_is_refused_with_every_field_named(store: Store) -> None:
    with pytest.raises(ValidationError) as info:
        save_partner(
            store,
            PartnerInput(
                name=" ",
                kind=OrgKind.ENTERPRISE,
                email="not-an-address",
                contacts=[ContactInput("", email="x@")],
            ),
        )
    assert info.value.errors == [
        FieldError("name", Problem.REQUIRED),
        FieldError("email", Problem.EMAIL),
        FieldError("contacts.0.full_name", Problem.REQUIRED),
        FieldError("contacts.0.email", Problem.EMAIL),
    ]
    assert count_partners(store, PartnerFilter()) == 0  # nothing half-written


def test_delete_hides_and_restore_brings_back_with_history(store: Store) -> None:
    pid = add(store, "Thành phố Eindhoven", OrgKind.INTERNATIONAL)
    set_partner_deleted(store, pid, True)
    assert count_partners(store, PartnerFilter()) == 0
    assert get_partner(store, pid) is None
    set_partner_deleted(store, pid, False)
    assert names(store, PartnerFilter()) == ["Thành phố Eindhoven"]
    with store.session() as s:
        log = s.scalars(
            select(m.ChangeLog).where(m.ChangeLog.entity == "organization").order_by(m.ChangeLog.id)
        ).all()
        assert [c.action for c in log] == ["created", "deleted", "restored"]
        assert all(c.os_user for c in log)


def test_history_records_old_and_new_values(store: Store) -> None:
    pid = add(store, "Công ty A")
    detail = get_partner(store, pid)
    assert detail is not None
    detail.partner.name = "Công ty B"
    save_partner(store, detail.partner)
    with store.session() as s:
        change = s.scalars(select(m.ChangeLog).where(m.ChangeLog.action == "updated")).one()
        assert json.loads(change.changes or "{}") == {"name": ["Công ty A", "Công ty B"]}
