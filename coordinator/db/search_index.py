"""Keeps each searchable row's folded ``search_text`` in step with its fields."""

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from coordinator.db import models as m
from coordinator.domain.text import search_key


def _key(obj: object) -> str | None:
    """The folded search text of a searchable row; None for rows that are not searched."""
    match obj:
        case m.Organization():
            return search_key(obj.name, obj.short_name, obj.country)
        case m.Person():
            return search_key(obj.full_name, obj.email, obj.nationality, obj.expertise)
        case m.Project():
            return search_key(obj.code, obj.title)
        case m.Event():
            return search_key(obj.title, obj.location)
    return None


@event.listens_for(Session, "before_flush")
def _refresh(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        text = _key(obj)
        if text is not None and obj.search_text != text:
            obj.search_text = text
