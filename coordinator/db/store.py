"""Opening a database file: checks, backup, migration, and sessions.

Opening runs in this order, and stops at the first failure without changing
the file: it must be SQLite, pass ``quick_check``, and carry a schema revision
this version of the app knows. Only then, if the schema is behind, the file is
backed up with SQLite's backup API and migrated to head.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from coordinator.db import history, occurrences, search_index  # noqa: F401  (session hooks)
from coordinator.db.migrate import head_revision, known_revisions, upgrade

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(Exception):
    """A condition of the file, not a bug: shown to the user as a message."""


class NotADatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path}: schema revision {revision} is newer than this app")
        self.path = path
        self.revision = revision


def backups_dir(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder beside the database they copy."""
    return db_path.parent / "backups"


def backup_to(db_path: Path, target: Path) -> Path:
    """Copy a live database consistently with SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def backup(db_path: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(db_path, backups_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.sqlite")


def _inspect_file(path: Path) -> str | None:
    """Check an existing file and return its schema revision (None if it has none)."""
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise NotADatabaseError(str(path))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise DamagedDatabaseError(f"{path}: {exc}") from exc
        if result != [("ok",)]:
            raise DamagedDatabaseError(f"{path}: " + "; ".join(r[0] for r in result[:3]))
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_version:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


class Store:
    """One open database file; hands out one session per operation."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path) -> "Store":
        """Check, back up, migrate and open ``path``; an OS failure becomes a StoreError."""
        try:
            return cls._open(Path(path))
        except OSError as exc:
            raise StoreError(f"{path}: {exc.strerror or exc}") from exc

    @classmethod
    def _open(cls, path: Path) -> "Store":
        revision: str | None = None
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            revision = _inspect_file(path)
            if revision is not None and revision not in known_revisions():
                raise NewerDatabaseError(path, revision)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        if revision != head_revision():
            if existed:
                backup(path, f"before-{head_revision()}")
            upgrade(path)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_pragmas)
        return cls(path, engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception."""
        session = self._sessions(info={"track_history": True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None

    def integrity_check(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
