"""The global search index.

Each searchable row keeps its folded ``search_text`` (a session hook fills it from
the row's fields), and SQLite triggers copy that text into one FTS5 table,
``search_fts``, so every writer (the window, the CLI, an import) keeps the index
true without remembering to. A row of the index is found again by its rowid,
``id * KINDS + kind``; deleted rows leave the index and come back when restored.

SQLite drops a table's triggers when a batch migration rebuilds the table: a
migration that does so must call ``install`` again.
"""

from enum import IntEnum

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session, UOWTransaction

from coordinator.db import models as m
from coordinator.domain.text import search_key


class Kind(IntEnum):
    """What an index row points at; the value is part of its rowid."""

    PARTNER = 1
    PERSON = 2
    PROJECT = 3
    EVENT = 4
    MINUTES = 5
    DECISION = 6
    ACTION_ITEM = 7
    AGREEMENT = 8
    PROGRAMME = 9
    ROOM = 10


KINDS = 11  # the rowid multiplier: one more than the largest kind

# table, kind, whether it has deleted_at
_TABLES: tuple[tuple[str, Kind, bool], ...] = (
    ("organization", Kind.PARTNER, True),
    ("person", Kind.PERSON, True),
    ("project", Kind.PROJECT, True),
    ("event", Kind.EVENT, True),
    ("minutes", Kind.MINUTES, False),
    ("decision", Kind.DECISION, False),
    ("action_item", Kind.ACTION_ITEM, False),
    ("agreement", Kind.AGREEMENT, True),
    ("programme", Kind.PROGRAMME, True),
    ("room", Kind.ROOM, True),
)


def split_rowid(value: int) -> tuple[Kind, int]:
    return Kind(value % KINDS), value // KINDS


def _indexed_tables(conn: Connection) -> list[tuple[str, Kind, bool]]:
    """The tables of ``_TABLES`` that have their search text yet: a migration that runs
    before a table gained it (0003 before 0007) indexes the others."""
    found = []
    for table, kind, soft in _TABLES:
        columns = {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
        if "search_text" in columns:
            found.append((table, kind, soft))
    return found


def install(conn: Connection) -> None:
    """Create the index and its triggers (again), and fill it from the tables."""
    tables = _indexed_tables(conn)
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, kind, soft in tables:
        live = "new.deleted_at IS NULL" if soft else "1"
        insert = (
            f"INSERT INTO search_fts(rowid, body) "
            f"SELECT new.id * {KINDS} + {int(kind)}, new.search_text WHERE {live};"
        )
        delete = f"DELETE FROM search_fts WHERE rowid = old.id * {KINDS} + {int(kind)};"
        watched = "search_text, deleted_at" if soft else "search_text"
        for name, ddl in (
            ("ai", f"AFTER INSERT ON {table} BEGIN {insert} END"),
            ("au", f"AFTER UPDATE OF {watched} ON {table} BEGIN {delete} {insert} END"),
            ("ad", f"AFTER DELETE ON {table} BEGIN {delete} END"),
        ):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{table}_{name}")
            conn.exec_driver_sql(f"CREATE TRIGGER search_{table}_{name} {ddl}")
    conn.exec_driver_sql("DELETE FROM search_fts")
    for table, kind, soft in tables:
        where = "WHERE deleted_at IS NULL" if soft else ""
        conn.exec_driver_sql(
            f"INSERT INTO search_fts(rowid, body) "
            f"SELECT id * {KINDS} + {int(kind)}, search_text FROM {table} {where}"
        )


def _key(obj: object) -> str | None:
    """The folded search text of a row; None for rows without one.

    Commitments have one for the follow-up list's filter but are not in the index.
    """
    match obj:
        case m.Organization():
            return search_key(obj.name, obj.short_name, obj.country)
        case m.Person():
            return search_key(obj.full_name, obj.email, obj.nationality, obj.expertise)
        case m.Project():
            return search_key(obj.code, obj.title)
        case m.Event():
            return search_key(obj.title, obj.location)
        case m.Minutes():
            return search_key(obj.place, obj.summary)
        case m.Decision():
            return search_key(obj.text)
        case m.ActionItem() | m.Commitment():
            return search_key(obj.text)
        case m.Agreement():
            return search_key(obj.title, obj.number, obj.fields)
        case m.Programme():
            return search_key(obj.name, obj.domain)
        case m.Room():
            return search_key(obj.name, obj.aliases)
    return None


@event.listens_for(Session, "before_flush")
def _refresh(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        text = _key(obj)
        if text is not None and obj.search_text != text:
            obj.search_text = text
