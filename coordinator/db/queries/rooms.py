"""Meeting rooms (phòng họp): the list, the editor, and finding a room by what was typed.

An event held in a room carries its id, and its free-text place is the room's
name; the clash checks compare rooms by id, so two events in one room clash
whatever each calls it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.queries.common import Sort, apply_sort, blank_to_none, count_of, text_filter
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.text import fold
from coordinator.domain.validation import Checker, Problem


@dataclass(frozen=True)
class RoomFilter:
    text: str = ""
    host_unit_id: int | None = None


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    host_unit: str | None
    capacity: int | None
    notes: str | None


@dataclass
class RoomInput:
    name: str
    host_unit_id: int | None = None
    capacity: int | None = None
    notes: str | None = None
    id: int | None = None
    version: int | None = None  # as loaded; None for a new room
    aliases: str | None = None  # "P.2, PH2"


def alias_list(aliases: str | None) -> list[str]:
    """The other names of a room, as typed, without blanks."""
    return [a.strip() for a in (aliases or "").split(",") if a.strip()]


@dataclass(frozen=True)
class RoomChoice:
    """A live room as the event editor and the planner offer it."""

    id: int
    name: str
    host_unit_id: int | None
    host_unit: str | None  # the unit's short name, or its name
    capacity: int | None
    aliases: str | None = None

    def names(self) -> set[str]:
        """Every folded name the room answers to: its name and its other names."""
        return {fold(n) for n in (self.name, *alias_list(self.aliases))} - {""}


_unit_name = func.coalesce(m.Organization.short_name, m.Organization.name)

_SORTS: dict[str, Any] = {
    "name": m.Room.search_text,
    "host_unit": _unit_name,
    "capacity": m.Room.capacity,
}


def _filtered(f: RoomFilter) -> Any:
    stmt = (
        select(m.Room.id, m.Room.name, _unit_name, m.Room.capacity, m.Room.notes)
        .outerjoin(m.Organization, m.Organization.id == m.Room.host_unit_id)
        .where(m.Room.deleted_at.is_(None))
    )
    cond = text_filter(m.Room.search_text, f.text)
    if cond is not None:
        stmt = stmt.where(cond)
    if f.host_unit_id is not None:
        stmt = stmt.where(m.Room.host_unit_id == f.host_unit_id)
    return stmt


def count_rooms(store: Store, f: RoomFilter) -> int:
    with store.reading() as s:
        return count_of(s, _filtered(f))


def list_rooms(store: Store, f: RoomFilter, sort: Sort, offset: int, limit: int) -> list[RoomRow]:
    stmt = apply_sort(_filtered(f), _SORTS, sort, m.Room.id).offset(offset).limit(limit)
    with store.reading() as s:
        return [RoomRow(*row) for row in s.execute(stmt)]


def room_choices(store: Store) -> list[RoomChoice]:
    """Every live room, by host unit then name."""
    with store.reading() as s:
        return live_rooms(s)


def live_rooms(s: Session, host_unit_id: int | None = None) -> list[RoomChoice]:
    """The live rooms (of one host unit when given), by unit then name: a unit's
    first room is the one its sessions go to first."""
    stmt = (
        select(
            m.Room.id,
            m.Room.name,
            m.Room.host_unit_id,
            _unit_name,
            m.Room.capacity,
            m.Room.aliases,
        )
        .outerjoin(m.Organization, m.Organization.id == m.Room.host_unit_id)
        .where(m.Room.deleted_at.is_(None))
        .order_by(_unit_name, m.Room.search_text, m.Room.id)
    )
    if host_unit_id is not None:
        stmt = stmt.where(m.Room.host_unit_id == host_unit_id)
    return [RoomChoice(*row) for row in s.execute(stmt)]


def match_room(
    rooms: Sequence[RoomChoice], text: str | None, host_unit_id: int | None = None
) -> RoomChoice | None:
    """The room whose name or other name is ``text``, diacritics and case aside
    ("phong hop so 2", "p.2"); when several units have a room of that name, the host
    unit's; else None."""
    key = fold(text or "")
    if not key:
        return None
    found = [r for r in rooms if key in r.names()]
    if len(found) > 1:
        found = [r for r in found if r.host_unit_id == host_unit_id]
    return found[0] if len(found) == 1 else None


def resolve_room(s: Session, text: str | None, host_unit_id: int | None = None) -> int | None:
    """The id of the live room named ``text`` (see ``match_room``), or None. An office
    has tens of rooms, not thousands: they are matched here rather than in SQL."""
    if not fold(text or ""):
        return None
    found = match_room(live_rooms(s), text, host_unit_id)
    return found.id if found is not None else None


def get_room(store: Store, room_id: int) -> RoomInput | None:
    with store.reading() as s:
        r = s.get(m.Room, room_id)
        if r is None or r.deleted_at is not None:
            return None
        return RoomInput(
            id=r.id,
            version=r.version,
            name=r.name,
            host_unit_id=r.host_unit_id,
            capacity=r.capacity,
            notes=r.notes,
            aliases=r.aliases,
        )


MAX_CAPACITY = 100_000  # seats; also keeps the number inside SQLite's integers


def validate_room(s: Session, data: RoomInput) -> None:
    check = Checker()
    check.required("name", data.name, 200)
    if data.capacity is not None and (
        not isinstance(data.capacity, int)
        or isinstance(data.capacity, bool)
        or not 1 <= data.capacity <= MAX_CAPACITY
    ):
        check.add("capacity", Problem.FORMAT)
    if data.host_unit_id is not None:
        unit = s.get(m.Organization, data.host_unit_id)
        stored = s.get(m.Room, data.id) if data.id is not None else None
        # A unit in the trash may stay the room's unit; it cannot become it.
        kept = stored is not None and stored.host_unit_id == data.host_unit_id
        if unit is None or not unit.is_internal or (unit.deleted_at is not None and not kept):
            check.add("host_unit", Problem.FORMAT)
    if len(data.aliases or "") > 300:
        check.add("aliases", Problem.TOO_LONG)
    if data.name.strip():
        taken = _names_taken(s, data)
        if fold(data.name) in taken:
            check.add("name", Problem.DUPLICATE)
        if any(fold(a) in taken or fold(a) == fold(data.name) for a in alias_list(data.aliases)):
            check.add("aliases", Problem.DUPLICATE)
    check.raise_if_any()


def _names_taken(s: Session, data: RoomInput) -> set[str]:
    """The folded names and other names of the other live rooms a place typed for this
    one could mean: those of its host unit, and any room without a unit (or, for a room
    without a unit, every room)."""
    return {
        key
        for r in live_rooms(s)
        if r.id != data.id
        and (data.host_unit_id is None or r.host_unit_id in (None, data.host_unit_id))
        for key in r.names()
    }


def save_room(store: Store, data: RoomInput) -> int:
    """Create or update a room; returns its id. Raises ValidationError, RecordChangedError."""
    with store.session() as s:
        validate_room(s, data)
        room = s.get(m.Room, data.id) if data.id else None
        if data.id:
            claim(room, data.version, "room", data.id)
        room = _write_room(s, room, data)
        data.id, data.version = room.id, room.version
        return room.id


def _write_room(s: Session, room: m.Room | None, data: RoomInput) -> m.Room:
    if room is None:
        room = m.Room(name="")
        s.add(room)
    renamed = room.id is not None and room.name != data.name.strip()
    room.name = data.name.strip()
    room.host_unit_id = data.host_unit_id
    room.capacity = data.capacity
    room.notes = blank_to_none(data.notes)
    room.aliases = ", ".join(alias_list(data.aliases)) or None
    s.flush()
    _claim_events_by_name(s, room)
    if renamed:  # the events held in it are called by its name
        for e in s.scalars(
            select(m.Event).where(m.Event.room_id == room.id, m.Event.deleted_at.is_(None))
        ):
            e.location = room.name
        s.flush()
    return room


def _claim_events_by_name(s: Session, room: m.Room) -> None:
    """Live events whose typed place is this room's name or other name ("P.2") are held
    in it, and clash as such; their place keeps the words typed."""
    if room.deleted_at is not None:
        return
    keys = RoomChoice(room.id, room.name, room.host_unit_id, None, None, room.aliases).names()
    unlinked = select(m.Event).where(
        m.Event.room_id.is_(None),
        m.Event.deleted_at.is_(None),
        m.Event.location.is_not(None),
        or_(*(m.Event.search_text.contains(key, autoescape=True) for key in keys)),
    )
    for e in s.scalars(unlinked):
        same_unit = room.host_unit_id is None or e.host_unit_id in (None, room.host_unit_id)
        if same_unit and fold(e.location or "") in keys:
            e.room_id = room.id
    s.flush()


def room_snapshot(store: Store, room_id: int) -> RoomInput | None:
    """The room as it is now, for undo; None when it is in the trash."""
    return get_room(store, room_id)


def put_room(store: Store, room_id: int, data: RoomInput | None) -> None:
    """Undo and redo: put a room back as a snapshot had it (None: in the trash)."""
    with store.session() as s:
        room = s.get(m.Room, room_id)
        if room is None:
            return
        if data is None:
            room.deleted_at = room.deleted_at or m.utcnow()
            return
        room.deleted_at = None
        _write_room(s, room, data)


def set_room_deleted(store: Store, room_id: int, deleted: bool) -> None:
    """Move a room to the trash, or bring it back; its events keep it."""
    with store.session() as s:
        room = s.get(m.Room, room_id)
        if room is not None:
            room.deleted_at = m.utcnow() if deleted else None
