"""The trash: records deleted from the app, and bringing them back.

Deleting marks a record (``deleted_at``) and leaves what hangs under it where it
is: a partner's contacts and agreements, a project's milestones, indicators and
events, an event's minutes. Restoring the record therefore brings all of it
back with it.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, literal, select, union_all

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.text import fold
from coordinator.domain.timezone import to_local


class TrashKind(StrEnum):
    PARTNER = "organization"
    PROJECT = "project"
    EVENT = "event"
    CONTACT = "person"
    ROOM = "room"
    PROGRAMME = "programme"
    AGREEMENT = "agreement"


_MODELS: dict[TrashKind, Any] = {
    TrashKind.PARTNER: m.Organization,
    TrashKind.PROJECT: m.Project,
    TrashKind.EVENT: m.Event,
    TrashKind.CONTACT: m.Person,
    TrashKind.ROOM: m.Room,
    TrashKind.PROGRAMME: m.Programme,
    TrashKind.AGREEMENT: m.Agreement,
}


def _title(model: Any) -> Any:
    if model is m.Project:
        return m.Project.code + literal(" – ") + m.Project.title
    if model is m.Person:
        return m.Person.full_name
    if model is m.Organization:
        return m.Organization.name
    if model is m.Room:
        return m.Room.name
    if model is m.Programme:
        return m.Programme.name
    if model is m.Agreement:
        return func.coalesce(m.Agreement.number + literal(" – "), literal("")) + m.Agreement.title
    return m.Event.title


@dataclass(frozen=True)
class TrashRow:
    kind: TrashKind
    id: int
    title: str
    deleted_at: datetime  # local
    deleted_by: str


def list_trash(store: Store, text: str = "", limit: int = 2000) -> list[TrashRow]:
    """Deleted records, the most recently deleted first; ``text`` filters by name."""
    words = fold(text).split()
    parts = []
    for kind, model in _MODELS.items():
        stmt = select(
            literal(kind.value).label("kind"),
            model.id.label("id"),
            _title(model).label("title"),
            model.deleted_at.label("deleted_at"),
        ).where(model.deleted_at.is_not(None))
        for w in words:
            stmt = stmt.where(model.search_text.contains(w, autoescape=True))
        parts.append(stmt)
    everything = union_all(*parts).subquery()
    log = m.ChangeLog
    by_whom = (
        select(log.os_user)
        .where(
            log.entity == everything.c.kind,
            log.entity_id == everything.c.id,
            log.action == "deleted",
        )
        .order_by(log.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    with store.reading() as s:
        rows = s.execute(
            select(everything, by_whom.label("by"))
            .order_by(everything.c.deleted_at.desc())
            .limit(limit)
        ).all()
    return [
        TrashRow(TrashKind(r.kind), r.id, r.title, to_local(r.deleted_at), r.by or "") for r in rows
    ]


def set_deleted(store: Store, kind: TrashKind, record_id: int, deleted: bool) -> None:
    """Move one record to the trash or bring it back (with what hangs under it)."""
    with store.session() as s:
        row = s.get(_MODELS[kind], record_id)
        if row is not None:
            row.deleted_at = m.utcnow() if deleted else None
