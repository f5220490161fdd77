"""What migration 0007 adds: several roles a person, agreements, programmes and rooms in
the search index."""

from datetime import date

from coordinator.db import models as m
from coordinator.db.queries.search import search
from coordinator.db.search_index import Kind
from coordinator.db.store import Store
from coordinator.domain.enums import PersonRole, join_roles, split_roles


def test_roles_are_stored_in_a_fixed_order_and_read_back() -> None:
    stored = join_roles({PersonRole.VOLUNTEER, PersonRole.CONTACT})
    assert stored == "contact,volunteer"
    assert split_roles(stored) == {PersonRole.CONTACT, PersonRole.VOLUNTEER}
    assert join_roles(set()) == "contact"
    assert split_roles("staff,unknown") == {PersonRole.STAFF}
    assert split_roles(None) == {PersonRole.CONTACT}


def test_agreements_programmes_and_rooms_are_found_without_diacritics(store: Store) -> None:
    with store.session() as s:
        unit = m.Organization(name="Sở Thông tin và Truyền thông", kind="government")
        s.add_all(
            [
                m.Agreement(
                    title="Thỏa thuận hợp tác chiến lược",
                    number="12/2018/TTHT",
                    signed_on=date(2018, 7, 12),
                ),
                m.Programme(name="Chương trình tình nguyện viên"),
                m.Room(name="Phòng họp số 2", host_unit=unit),
            ]
        )
    kinds = {hit.kind: hit for hit in search(store, "thoa thuan")}
    assert Kind.AGREEMENT in kinds
    assert kinds[Kind.AGREEMENT].title == "12/2018/TTHT – Thỏa thuận hợp tác chiến lược"
    assert [h.kind for h in search(store, "tinh nguyen")] == [Kind.PROGRAMME]
    room = search(store, "phong hop so 2")
    assert [(h.kind, h.parent) for h in room] == [(Kind.ROOM, "Sở Thông tin và Truyền thông")]


def test_a_deleted_agreement_leaves_the_index(store: Store) -> None:
    with store.session() as s:
        agreement = m.Agreement(title="Biên bản ghi nhớ")
        s.add(agreement)
    with store.session() as s:
        found = s.get(m.Agreement, agreement.id)
        assert found is not None
        found.deleted_at = m.utcnow()
    assert search(store, "ghi nho") == []
