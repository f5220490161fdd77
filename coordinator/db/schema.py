"""What a database file's schema is, and how it differs from the one its revision makes.

The migrations are the only source of the schema, so the schema a revision should
have is the one Alembic makes in an empty file (``migrate.expected_schema``). A
file is compared with it table by table: every table, column (name, type, not null,
primary key), index (its columns, unique, partial) and trigger.
"""

import sqlite3
from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    not_null: bool
    primary_key: int


@dataclass(frozen=True)
class Index:
    table: str
    unique: bool
    partial: bool
    columns: tuple[str, ...]  # "<expression>" for an index on an expression


@dataclass(frozen=True)
class Schema:
    tables: dict[str, tuple[Column, ...]]
    indexes: dict[str, Index]  # by name; a constraint's own index by table and columns
    triggers: dict[str, str]  # name: its table


class Difference(StrEnum):
    TABLE_MISSING = "table_missing"
    TABLE_EXTRA = "table_extra"
    COLUMN_MISSING = "column_missing"
    COLUMN_EXTRA = "column_extra"
    COLUMN_CHANGED = "column_changed"
    INDEX_MISSING = "index_missing"
    INDEX_EXTRA = "index_extra"
    INDEX_CHANGED = "index_changed"
    TRIGGER_MISSING = "trigger_missing"
    TRIGGER_EXTRA = "trigger_extra"


@dataclass(frozen=True)
class Problem:
    what: Difference
    name: str  # the table, index or trigger; "table.column" for a column


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(conn: sqlite3.Connection) -> Schema:
    """The schema of the file ``conn`` reads (SQLite's own tables left out)."""
    rows = conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'trigger') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    ).fetchall()
    tables: dict[str, tuple[Column, ...]] = {}
    indexes: dict[str, Index] = {}
    triggers = {name: table for kind, name, table in rows if kind == "trigger"}
    for table in (name for kind, name, _table in rows if kind == "table"):
        tables[table] = tuple(
            Column(name, (kind or "").upper(), bool(not_null), pk)
            for _cid, name, kind, not_null, _default, pk in conn.execute(
                f"PRAGMA table_info({_quote(table)})"
            )
        )
        for _seq, name, unique, origin, partial in conn.execute(
            f"PRAGMA index_list({_quote(table)})"
        ):
            columns = tuple(
                col if col is not None else "<expression>"
                for _n, _cid, col in conn.execute(f"PRAGMA index_info({_quote(name)})")
            )
            index = Index(table, bool(unique), bool(partial), columns)
            # SQLite names a constraint's index by its order in the table
            # (sqlite_autoindex_<table>_<n>): known by what it covers instead.
            key = name if origin == "c" else f"{table}({', '.join(columns)})"
            indexes[key] = index
    return Schema(tables, indexes, triggers)


def compare(found: Schema, expected: Schema) -> list[Problem]:
    """How ``found`` differs from ``expected``; empty when they agree. A table missing
    (or extra) is one problem, not one more for each of its indexes and triggers."""
    problems: list[Problem] = []
    both = found.tables.keys() & expected.tables.keys()
    for table, columns in expected.tables.items():
        have = found.tables.get(table)
        if have is None:
            problems.append(Problem(Difference.TABLE_MISSING, table))
            continue
        by_name = {c.name: c for c in have}
        for column in columns:
            other = by_name.pop(column.name, None)
            if other is None:
                problems.append(Problem(Difference.COLUMN_MISSING, f"{table}.{column.name}"))
            elif other != column:
                problems.append(Problem(Difference.COLUMN_CHANGED, f"{table}.{column.name}"))
        problems += [Problem(Difference.COLUMN_EXTRA, f"{table}.{name}") for name in by_name]
    problems += [
        Problem(Difference.TABLE_EXTRA, t) for t in found.tables if t not in expected.tables
    ]
    for name, index in expected.indexes.items():
        other_index = found.indexes.get(name)
        if index.table not in both:
            continue
        if other_index is None:
            problems.append(Problem(Difference.INDEX_MISSING, name))
        elif other_index != index:
            problems.append(Problem(Difference.INDEX_CHANGED, name))
    problems += [
        Problem(Difference.INDEX_EXTRA, name)
        for name, index in found.indexes.items()
        if name not in expected.indexes and index.table in both
    ]
    problems += [
        Problem(Difference.TRIGGER_MISSING, name)
        for name, table in sorted(expected.triggers.items())
        if name not in found.triggers and table in both
    ]
    problems += [
        Problem(Difference.TRIGGER_EXTRA, name)
        for name, table in sorted(found.triggers.items())
        if name not in expected.triggers and table in both
    ]
    return problems
