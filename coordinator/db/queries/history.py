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
    with store.session() as s:
        return _changes(s, select(log).where(or_(*clauses)).order_by(log.id.desc()))


def _changes(s: Session, stmt: Any) -> list[Change]:
    return [
        Change(
            to_local(r.at),
            r.os_user,
            r.entity,
            r.action,
            json.loads(r.changes) if r.changes else {},
        )
        for r in s.scalars(stmt)
    ]
