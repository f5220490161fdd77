"""One search over everything: partners, people, projects, events, minutes, decisions,
action items, agreements, programmes and rooms. Words are folded (``dai hoc`` finds
``Đại học``), each may be the start of a word, and hits are ranked by SQLite's FTS5
bm25 over the index of search_index.py.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.search_index import Kind, split_rowid
from coordinator.db.store import Store
from coordinator.domain.text import in_context, words
from coordinator.domain.timezone import to_local


@dataclass(frozen=True)
class SearchHit:
    kind: Kind
    id: int
    title: str
    starts: datetime | None  # the event's local start, for events and what comes of them
    parent: str | None  # the event of a decision, the organisation of a person, …
    context: tuple[str, str, str] | None  # before, match, after
    event_id: int | None = None  # the event to open for minutes, decisions and actions
    organization_id: int | None = None  # the partner to open for a person


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every typed word, each as a word prefix."""
    found = words(query)
    if not found:
        return None
    return " ".join(f'"{w}"*' for w in found)


def search(store: Store, query: str, limit: int = 50) -> list[SearchHit]:
    match = fts_query(query)
    if match is None:
        return []
    wanted = words(query)
    with store.reading() as s:
        # Ask for a few more than needed: minutes of a deleted event are dropped below.
        ranked = [
            split_rowid(r)
            for (r,) in s.execute(
                text(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH :q "
                    "ORDER BY bm25(search_fts) LIMIT :n"
                ),
                {"q": match, "n": limit + 20},
            )
        ]
        by_kind: dict[Kind, list[int]] = defaultdict(list)
        for kind, record_id in ranked:
            by_kind[kind].append(record_id)
        found: dict[tuple[Kind, int], SearchHit] = {}
        for kind, ids in by_kind.items():
            for hit in _LOADERS[kind](s, ids, wanted):
                found[(hit.kind, hit.id)] = hit
    return [found[k] for k in ranked if k in found][:limit]


def _context(wanted: list[str], *fields: str | None) -> tuple[str, str, str] | None:
    for value in fields:
        if value:
            hit = in_context(value, wanted)
            if hit is not None:
                return hit
    return None


def _partners(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.scalars(select(m.Organization).where(m.Organization.id.in_(ids)))
    return [
        SearchHit(
            Kind.PARTNER,
            o.id,
            o.name,
            None,
            o.short_name,
            _context(wanted, o.name, o.short_name, o.country),
            organization_id=o.id,
        )
        for o in rows
    ]


def _people(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.execute(
        select(m.Person, m.Organization.name)
        .outerjoin(m.Organization, m.Organization.id == m.Person.organization_id)
        .where(m.Person.id.in_(ids))
    )
    return [
        SearchHit(
            Kind.PERSON,
            p.id,
            p.full_name,
            None,
            org,
            _context(wanted, p.full_name, p.email, p.nationality, p.expertise),
            organization_id=p.organization_id,
        )
        for p, org in rows
    ]


def _projects(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.scalars(select(m.Project).where(m.Project.id.in_(ids)))
    return [
        SearchHit(
            Kind.PROJECT,
            p.id,
            f"{p.code} – {p.title}",
            None,
            None,
            _context(wanted, p.code, p.title),
        )
        for p in rows
    ]


def _events(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.scalars(select(m.Event).where(m.Event.id.in_(ids)))
    return [
        SearchHit(
            Kind.EVENT,
            e.id,
            e.title,
            to_local(e.starts_at),
            e.location,
            _context(wanted, e.title, e.location),
            event_id=e.id,
        )
        for e in rows
    ]


# Minutes and what they decided count only while their event is not deleted.
_OF_EVENT = m.Event.id == m.Minutes.event_id
_LIVE = m.Event.deleted_at.is_(None)


def _minutes(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.execute(
        select(m.Minutes, m.Event.title, m.Event.starts_at)
        .join(m.Event, _OF_EVENT)
        .where(_LIVE, m.Minutes.id.in_(ids))
    )
    return [
        SearchHit(
            Kind.MINUTES,
            mi.id,
            title,
            to_local(starts),
            None,
            _context(wanted, mi.summary, mi.place),
            event_id=mi.event_id,
        )
        for mi, title, starts in rows
    ]


def _minutes_lines(
    kind: Kind, model: type[m.Decision] | type[m.ActionItem]
) -> Callable[[Session, list[int], list[str]], list[SearchHit]]:
    """A loader for what minutes say line by line: conclusions or action items."""

    def load(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
        rows = s.execute(
            select(model.id, model.text, m.Minutes.event_id, m.Event.title, m.Event.starts_at)
            .join(m.Minutes, m.Minutes.id == model.minutes_id)
            .join(m.Event, _OF_EVENT)
            .where(_LIVE, model.id.in_(ids))
        )
        return [
            SearchHit(
                kind,
                line_id,
                text,
                to_local(starts),
                title,
                _context(wanted, text),
                event_id=event_id,
            )
            for line_id, text, event_id, title, starts in rows
        ]

    return load


def _agreements(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.scalars(select(m.Agreement).where(m.Agreement.id.in_(ids)))
    return [
        SearchHit(
            Kind.AGREEMENT,
            a.id,
            a.title if not a.number else f"{a.number} – {a.title}",
            None,
            None,
            _context(wanted, a.title, a.number, a.fields),
        )
        for a in rows
    ]


def _programmes(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.scalars(select(m.Programme).where(m.Programme.id.in_(ids)))
    return [
        SearchHit(Kind.PROGRAMME, p.id, p.name, None, p.domain, _context(wanted, p.name, p.domain))
        for p in rows
    ]


def _rooms(s: Session, ids: list[int], wanted: list[str]) -> list[SearchHit]:
    rows = s.execute(
        select(m.Room.id, m.Room.name, m.Organization.name)
        .outerjoin(m.Organization, m.Organization.id == m.Room.host_unit_id)
        .where(m.Room.id.in_(ids))
    )
    return [
        SearchHit(Kind.ROOM, room_id, name, None, unit, _context(wanted, name))
        for room_id, name, unit in rows
    ]


_LOADERS = {
    Kind.PARTNER: _partners,
    Kind.PERSON: _people,
    Kind.PROJECT: _projects,
    Kind.EVENT: _events,
    Kind.MINUTES: _minutes,
    Kind.DECISION: _minutes_lines(Kind.DECISION, m.Decision),
    Kind.ACTION_ITEM: _minutes_lines(Kind.ACTION_ITEM, m.ActionItem),
    Kind.AGREEMENT: _agreements,
    Kind.PROGRAMME: _programmes,
    Kind.ROOM: _rooms,
}
