"""Alembic, driven from code: no alembic.ini and no subprocess.

Alembic itself is imported only to migrate. Every start asks which revisions exist
and which is the head; that is read from the version files' own ``revision`` and
``down_revision`` lines, which keeps Alembic's import (a fifth of a second) out of
the start (a test checks both readings agree).
"""

import ast
import logging
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import Connection, create_engine, event

from coordinator.db.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

    from coordinator.db.schema import Schema

MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def alembic_config(db_path: Path | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if db_path is not None:
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


@cache
def _chain() -> dict[str, str | None]:
    """Each revision and the one it revises, from the version files."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        names: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        names[target.id] = node.value.value
        revision = names.get("revision")
        if isinstance(revision, str):
            down = names.get("down_revision")
            chain[revision] = down if isinstance(down, str) else None
    return chain


def head_revision() -> str:
    chain = _chain()
    heads = set(chain) - {down for down in chain.values() if down is not None}
    assert len(heads) == 1, f"migrations must form one line, heads: {heads}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_chain())


class MigrationError(StoreError):
    """An upgrade that failed at ``revision``; the file is left at ``left_at``, as it was."""

    def __init__(self, revision: str, cause: Exception, left_at: str | None = None) -> None:
        name = _titles().get(revision, "")
        said = f"the upgrade stopped at revision {revision}" + (f" ({name})" if name else "")
        super().__init__(f"{said}: {type(cause).__name__}: {cause}")
        self.revision = revision
        self.step = revision  # the word the messages used before
        self.left_at = left_at


@cache
def _titles() -> dict[str, str]:
    """Each revision's title, from its file name: 0007_room_aliases -> room aliases."""
    titles: dict[str, str] = {}
    for path in (MIGRATIONS / "versions").glob("*.py"):
        number, _, words = path.stem.partition("_")
        titles[number] = words.replace("_", " ")
    return titles


def _ordered() -> list[str]:
    """The revisions from the first to the head."""
    chain = _chain()
    below = {down: rev for rev, down in chain.items()}
    order: list[str] = []
    rev = below.get(None)
    while rev is not None:
        order.append(rev)
        rev = below.get(rev)
    return order


def _next_after(revision: str | None) -> str:
    """The revision that comes after ``revision`` (the first one after None)."""
    order = _ordered()
    if revision is None:
        return order[0]
    at = order.index(revision) if revision in order else len(order) - 1
    return order[min(at + 1, len(order) - 1)]


def _transactional(dbapi_conn: Any, _record: Any) -> None:
    """pysqlite begins a transaction before data changes only, and commits DDL as it
    goes; left to SQLAlchemy (the "begin" hook below) every step of every revision is in
    one transaction, so a failed upgrade leaves the file as it was. Foreign keys are off
    for the batch steps: that pragma is a no-op inside a transaction."""
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA foreign_keys=OFF")


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _current(conn: Connection) -> str | None:
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if not has_table:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def upgrade(db_path: Path, target: str = "head") -> None:
    """Upgrade the file to ``target`` in one transaction: every revision's steps, and
    the foreign key check after them (any dangling reference fails the upgrade). A
    failure raises MigrationError naming the revision it stopped at, and leaves the
    file at the revision it had."""
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _transactional)
    event.listen(engine, "begin", _begin)
    applied: list[str] = []
    try:
        with engine.connect() as conn:
            conn.begin()  # Alembic sees the caller's transaction and commits nothing itself
            start = _current(conn)
            log.info("upgrading %s from revision %s to %s", db_path, start or "none", target)
            from alembic import command

            cfg = alembic_config(db_path)
            cfg.attributes["connection"] = conn
            cfg.attributes["on_version_apply"] = partial(_applied, applied)
            try:
                command.upgrade(cfg, target)
            except Exception as exc:
                _fail(conn, db_path, _next_after(applied[-1] if applied else start), exc, start)
            dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                cause = ValueError(f"foreign key check: {dangling[:5]}")
                _fail(conn, db_path, applied[-1] if applied else target, cause, start)
            conn.commit()
            log.info("upgraded %s to revision %s", db_path, applied[-1] if applied else start)
    finally:
        engine.dispose()


def _applied(applied: list[str], *, step: Any, **_: Any) -> None:
    """Alembic's word that a revision's steps ran (still inside the transaction)."""
    applied.append(str(step.up_revision_id))


def _fail(
    conn: Connection, db_path: Path, revision: str, cause: Exception, start: str | None
) -> NoReturn:
    conn.rollback()
    error = MigrationError(revision, cause, start)
    log.error("upgrade of %s failed, left at revision %s: %s", db_path, start, error)
    raise error from cause


@cache
def expected_schema(revision: str) -> "Schema":
    """The schema a file of ``revision`` has: Alembic migrates an empty file to it (about
    a second, once per revision and process)."""
    import sqlite3
    import tempfile

    from coordinator.db.schema import describe

    with tempfile.TemporaryDirectory(prefix="coordinator-schema-") as folder:
        path = Path(folder) / "expected.sqlite"
        upgrade(path, revision)
        conn = sqlite3.connect(path)
        try:
            return describe(conn)
        finally:
            conn.close()
