"""Two writers on one file, forced to interleave: writer A reads a record and passes its
version check; writer B, saving the same record whole meanwhile, waits for A's write
lock and is told the file is busy, and its form is then refused: never written over A's
(tests/reliability/test_races.py runs the race with two processes). And a partner
form opened before a contact was changed on its own cannot save its stale contacts over
that change."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from coordinator.db import store as store_module
from coordinator.db import versions
from coordinator.db.errors import BusyError
from coordinator.db.queries import agreements, assignments, partners, people, programmes, rooms
from coordinator.db.queries.partners import PartnerInput, get_partner, save_partner
from coordinator.db.queries.people import PersonInput, get_person, save_person
from coordinator.db.queries.projects import ProjectInput, save_project
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError
from coordinator.domain.enums import PersonRole


@dataclass(frozen=True)
class Kind:
    module: ModuleType
    make: Callable[[Store], int]
    get: Callable[[Store, int], Any]
    save: Callable[[Store, Any], int]
    field: str


def _unit(store: Store) -> int:
    return save_partner(
        store, PartnerInput("Sở Thông tin và Truyền thông", "government", is_internal=True)
    )


def _agreement(store: Store) -> int:
    ibm = save_partner(store, PartnerInput("Tập đoàn IBM", "enterprise"))
    return agreements.save_agreement(
        store, agreements.AgreementInput("Biên bản ghi nhớ", party_ids=[ibm, _unit(store)])
    )


def _stay(store: Store) -> int:
    person = save_person(store, PersonInput("Emily Carter", roles={PersonRole.VOLUNTEER}))
    project = save_project(store, ProjectInput(code="CSC-01", title="Chiến lược dữ liệu"))
    return assignments.save_assignment(
        store, assignments.AssignmentInput(person, project, date(2013, 4, 2), date(2013, 4, 29))
    )


KINDS = {
    "agreement": Kind(
        agreements,
        _agreement,
        lambda s, i: agreements.get_agreement(s, i).agreement,  # type: ignore[union-attr]
        agreements.save_agreement,
        "notes",
    ),
    "programme": Kind(
        programmes,
        lambda s: programmes.save_programme(s, programmes.ProgrammeInput("Đoàn IBM 2013")),
        programmes.get_programme,
        programmes.save_programme,
        "description",
    ),
    "person": Kind(
        people,
        lambda s: save_person(s, PersonInput("Rahul Mehta")),
        get_person,
        save_person,
        "notes",
    ),
    "room": Kind(
        rooms,
        lambda s: rooms.save_room(s, rooms.RoomInput("Phòng họp số 2", _unit(s))),
        rooms.get_room,
        rooms.save_room,
        "notes",
    ),
    "stay": Kind(
        assignments, _stay, assignments.get_assignment, assignments.save_assignment, "role"
    ),
    "partner": Kind(
        partners,
        _unit,
        lambda s, i: get_partner(s, i).partner,  # type: ignore[union-attr]
        save_partner,
        "notes",
    ),
}


@pytest.mark.parametrize("name", list(KINDS))
def test_a_save_holds_the_file_from_its_check_to_its_write(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writes; B, trying to save between A's version check and A's write, waits for
    A's write lock and is told the file is busy; B's form, loaded before A's save, is
    then refused as changed: B never writes over A."""
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)
    kind = KINDS[name]
    a = Store.open(tmp_path / "shared.sqlite")
    b = Store.open(tmp_path / "shared.sqlite")  # another window or computer on the file
    try:
        record_id = kind.make(a)
        form_a, form_b = kind.get(a, record_id), kind.get(b, record_id)
        setattr(form_a, kind.field, "A's words")
        setattr(form_b, kind.field, "B's words")

        def claim_then_b_saves(*args: Any, **kwargs: Any) -> None:
            versions.claim(*args, **kwargs)  # A's check passes, under the write lock...
            monkeypatch.setattr(kind.module, "claim", versions.claim)
            with pytest.raises(BusyError):
                kind.save(b, form_b)  # ...so B cannot save the whole record meanwhile

        monkeypatch.setattr(kind.module, "claim", claim_then_b_saves)
        kind.save(a, form_a)
        with pytest.raises(RecordChangedError):
            kind.save(b, form_b)
        assert getattr(kind.get(a, record_id), kind.field) == "A's words"
    finally:
        a.close()
        b.close()


def test_a_partner_form_cannot_save_stale_contacts_over_a_persons_own_save(
    store: Store,
) -> None:
    partner = save_partner(
        store,
        PartnerInput("Tập đoàn IBM", "enterprise", contacts=[partners.ContactInput("Sarah")]),
    )
    form = get_partner(store, partner)
    assert form is not None
    sarah = get_person(store, form.partner.contacts[0].id or 0)
    assert sarah is not None
    sarah.nationality, sarah.roles = "Hoa Kỳ", {PersonRole.CONTACT, PersonRole.VOLUNTEER}
    save_person(store, sarah)  # the person editor, while the partner form is open
    added = save_person(store, PersonInput("Kenji Watanabe", organization_id=partner))
    form.partner.notes = "Ghi chú"
    with pytest.raises(RecordChangedError):
        save_partner(store, form.partner)
    kept = get_person(store, sarah.id or 0)
    assert kept is not None and kept.nationality == "Hoa Kỳ"
    assert PersonRole.VOLUNTEER in kept.roles
    assert get_person(store, added) is not None  # not sent to the trash
