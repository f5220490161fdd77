"""Opening a database file: checks, backup, migration, and sessions.

Opening runs in this order, and stops at the first failure without changing
the file: it must be a regular file (not a folder, device or pipe), SQLite, of
Coordinator (another program's SQLite file is refused), pass ``quick_check``, and
carry a schema revision this version of the app knows. A file the user may not
write (see location.writable) is opened read-only or refused, never made writable:
opening never changes an existing file's mode. Only then, if the schema is
behind, the file is backed up with SQLite's backup API and migrated to head.
"""

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coordinator.db import (  # noqa: F401  (session hooks)
    cleaning,
    history,
    occurrences,
    search_index,
    versions,
)
from coordinator.db.backups import CheckInBackground, inspect_file, make_backup
from coordinator.db.errors import (
    BusyError,
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    NotWritableError,
    ReadOnlyError,
    StorageIOError,
    StoreError,
    classified,
)
from coordinator.db.files import existing_file, new_private_file, private_parents
from coordinator.db.location import file_uri, read_params, writable
from coordinator.db.migrate import head_revision, upgrade
from coordinator.db.versions import RecordChangedError

__all__ = [
    "BusyError",
    "DamagedDatabaseError",
    "DiskFullError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "ReadOnlyError",
    "StorageIOError",
    "Store",
    "StoreError",
]

# How long a writer waits for another's write lock (another window, an import, a
# command) before it is told the file is busy, in seconds. Tests shorten it.
BUSY_TIMEOUT = 5.0

_BEGIN = "coordinator_begin"  # execution option: how a session's transaction begins


def _busy_timeout() -> str:
    return f"PRAGMA busy_timeout={int(BUSY_TIMEOUT * 1000)}"


def _set_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(_busy_timeout())
    cur.close()


def _set_read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute(_busy_timeout())
    cur.close()


def _no_driver_begin(dbapi_conn: Any, _record: Any) -> None:
    """pysqlite begins a transaction only at the first write, so what a save read before
    it was not under the write lock; the store says BEGIN itself (``_begin``)."""
    dbapi_conn.isolation_level = None


def _begin(conn: Connection) -> None:
    """``BEGIN IMMEDIATE`` for a session that writes: SQLite's write lock is taken before
    anything is read, so what a save checks (a version, a clash) cannot change before it
    writes; another writer waits (``BUSY_TIMEOUT``), then is told the file is busy.
    A plain ``BEGIN`` for one that reads: a snapshot that never waits for a writer."""
    mode = conn.get_execution_options().get(_BEGIN, "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _own_transactions(engine: Engine) -> None:
    if not event.contains(engine, "begin", _begin):  # once, however many stores share it
        event.listen(engine, "connect", _no_driver_begin)
        event.listen(engine, "begin", _begin)


@event.listens_for(Session, "before_flush")
def _refuse_writes(session: Session, _flush: object, _instances: object) -> None:
    if not (session.new or session.dirty or session.deleted):
        return
    if session.info.get("read_only"):
        raise ReadOnlyError("the database is open read-only")
    if session.info.get("reading"):  # a bug: a change made in a session opened to read
        raise RuntimeError("a reading session does not save; use Store.session()")


class Store:
    """One open database file; hands out one session per operation: ``session()`` to
    write (it holds SQLite's write lock from its start), ``reading()`` to read."""

    def __init__(self, path: Path, engine: Engine, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        _own_transactions(engine)
        writes = engine if read_only else engine.execution_options(**{_BEGIN: "IMMEDIATE"})
        self._sessions = sessionmaker(writes, expire_on_commit=False)
        self._readers = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, check: CheckInBackground | None = None
    ) -> "Store":
        """Check, back up, migrate and open ``path``; an OS failure becomes a StoreError.

        Read-only, the file is checked and opened as it is: nothing is migrated,
        backed up or written, and any attempt to save raises ReadOnlyError.
        With ``check`` (already running on ``path``) the file is opened without
        waiting for it, unless it must be migrated; the caller waits for it before
        showing anything.
        """
        try:
            return cls._open(Path(path), read_only, check)
        except OSError as exc:
            raise StoreError(f"{path}: {exc.strerror or exc}") from exc

    @classmethod
    def reader(cls, path: Path) -> "Store":
        """Read-only access to a file this program already opened and checked, for a
        process of its own (a report); nothing is checked or migrated again. A file on a
        read-only folder or disk is read as ``immutable`` (see location.read_params)."""
        url = URL.create(
            "sqlite", database=file_uri(path), query={**read_params(path), "uri": "true"}
        )
        engine = create_engine(url)
        event.listen(engine, "connect", _set_read_only_pragmas)
        return cls(path, engine, read_only=True)

    @classmethod
    def _open(cls, path: Path, read_only: bool, check: CheckInBackground | None) -> "Store":
        revision: str | None = None
        existed = existing_file(path) and path.stat().st_size > 0
        if existed:
            revision = inspect_file(path, check=check is None)
            if check is not None and revision != head_revision():
                check.result()  # nothing damaged is backed up or migrated
        elif read_only:
            raise StoreError(f"{path}: no such database")
        if read_only:
            if revision != head_revision():
                raise ReadOnlyError(f"{path}: the database must be upgraded before use")
            return cls.reader(path)
        if not writable(path):
            raise NotWritableError(f"{path}: read-only")
        if not existed:
            private_parents(path)
            if not path.exists():  # an empty file the user made keeps its mode
                new_private_file(path)
        if revision != head_revision():
            if existed:
                make_backup(path, f"before-{head_revision()}")
            upgrade(path)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _set_pragmas)
        return cls(path, engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work that writes: one transaction holding SQLite's write lock from
        its first statement (``BEGIN IMMEDIATE``); commits on success, rolls back on any
        exception. Raises BusyError when another writer holds the file longer than
        ``BUSY_TIMEOUT``, and the store's other errors (errors.classify) for a full disk,
        a read-only or damaged file, an I/O error."""
        session = self._sessions(info={"track_history": True, "read_only": self.read_only})
        with classified(self.path), _closing(session):
            try:
                yield session
                session.commit()
            except StaleDataError as exc:  # another writer saved the record since it was read
                raise RecordChangedError("record", None, deleted=False) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that only reads: one snapshot of the file, taken without the write
        lock, so it neither waits for a writer (a long import) nor holds one up.
        Changing a record in it is a bug (RuntimeError)."""
        session = self._readers(info={"reading": True, "read_only": self.read_only})
        with classified(self.path), _closing(session):
            yield session

    def revision(self) -> str | None:
        with classified(self.path), self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None

    def integrity_check(self) -> list[str]:
        with classified(self.path), self.engine.connect() as conn:
            return [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]


@contextmanager
def _closing(session: Session) -> Iterator[None]:
    """Roll back on any exception (a rollback that fails too, on a failing disk, leaves
    the first error to be told), and close."""
    try:
        yield
    except BaseException:
        with suppress(Exception):
            session.rollback()
        raise
    finally:
        session.close()
