"""A record's history: every logged change of it and of the rows that belong to it."""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.timezone import to_local

# What a record's history shows besides its own row: the rows that belong to it,
# found by their id while they exist and by the parent id their last log entry
# recorded once they are removed.
_CHILDREN: dict[str, list[tuple[str, Any, str]]] = {
    "organization": [("person", m.Person, "organization_id")],
    "project": [
        ("milestone", m.Milestone, "project_id"),
        ("indicator", m.Indicator, "project_id"),
    ],
    "event": [],
    "agreement": [("commitment", m.Commitment, "agreement_id")],
    "minutes": [
        ("decision", m.Decision, "minutes_id"),
        ("action_item", m.ActionItem, "minutes_id"),
    ],
}


@dataclass(frozen=True)
class Change:
    at: datetime  # local
    user: str
    entity: str
    action: str  # created, updated, deleted, restored, purged
    changes: dict[str, list[Any]]


def record_history(store: Store, entity: str, record_id: int) -> list[Change]:
    """Every logged change of a record and of the rows under it, newest first."""
    log = m.ChangeLog
    clauses = [and_(log.entity == entity, log.entity_id == record_id)]
    for child, model, fk in _CHILDREN.get(entity, []):
        ids = select(model.id).where(getattr(model, fk) == record_id)
        was_ours = (
            func.coalesce(
                func.json_extract(log.changes, f"$.{fk}[0]"),
                func.json_extract(log.changes, f"$.{fk}[1]"),
            )
            == record_id
        )
        clauses.append(and_(log.entity == child, or_(log.entity_id.in_(ids), was_ours)))
    with store.reading() as s:
        return _changes(s, select(log).where(or_(*clauses)).order_by(log.id.desc()))


# A link is shown by the name of what it points at, not its number.
_NAMED: dict[str, Any] = {
    "organization_id": m.Organization.name,
    "partner_id": m.Organization.name,
    "host_unit_id": m.Organization.name,
    "party_id": m.Organization.name,
    "owner_org_id": m.Organization.name,
    "person_id": m.Person.full_name,
    "owner_person_id": m.Person.full_name,
    "chair_id": m.Person.full_name,
    "secretary_id": m.Person.full_name,
    "project_id": m.Project.code,
    "programme_id": m.Programme.name,
    "agreement_id": m.Agreement.title,
    "renews_id": m.Agreement.title,
    "room_id": m.Room.name,
}


def _changes(s: Session, stmt: Any) -> list[Change]:
    found = [
        Change(
            to_local(r.at),
            r.os_user,
            r.entity,
            r.action,
            json.loads(r.changes) if r.changes else {},
        )
        for r in s.scalars(stmt)
    ]
    return _with_names(s, found)


def _with_names(s: Session, changes: list[Change]) -> list[Change]:
    """Each linked record's id replaced by its name (a removed one keeps "#id")."""
    wanted: dict[Any, set[int]] = {}
    for change in changes:
        for key, values in change.changes.items():
            if key in _NAMED:
                wanted.setdefault(_NAMED[key], set()).update(
                    v for v in values if isinstance(v, int)
                )
    names: dict[tuple[Any, int], str] = {}
    for column, ids in wanted.items():
        table_id = column.class_.id
        for record_id, name in s.execute(select(table_id, column).where(table_id.in_(ids))):
            names[(column, record_id)] = name
    if not names:
        return changes

    def named(key: str, value: Any) -> Any:
        if key not in _NAMED or not isinstance(value, int):
            return value
        return names.get((_NAMED[key], value), f"#{value}")

    return [
        Change(
            c.at,
            c.user,
            c.entity,
            c.action,
            {k: [named(k, v) for v in values] for k, values in c.changes.items()},
        )
        for c in changes
    ]
