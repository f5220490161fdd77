"""Conditions of a database file, not bugs: each is shown to the user as a message.

A database error met while reading or writing (SQLAlchemy's DBAPIError, or sqlite3's
own) is classified here once, by SQLite's result code (``classified``): the store's
sessions pass through it, so the rest of the program, the window above all, catches
these types and never a SQLAlchemy one.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from coordinator.db.schema import Problem


class StoreError(Exception):
    """The file cannot be used as asked; the message names it and the reason."""


class NotADatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path}: schema revision {revision} is newer than this app")
        self.path = path
        self.revision = revision


class ReadOnlyError(StoreError):
    """A change was attempted on a database opened read-only."""


class BusyError(StoreError):
    """Another window or command holds the file for writing longer than a writer waits."""


class DiskFullError(StoreError):
    """The disk (or the file's size limit) is full: the change was not written."""


class StorageIOError(StoreError):
    """The disk or network under the file failed to read or write."""


class BackupError(StoreError):
    """A backup that cannot be made or restored."""


class BackupCancelledError(BackupError):
    pass


class NotAFileError(StoreError):
    """The path is a folder, a device or a pipe: refused before anything reads it."""

    def __init__(self, path: Path, folder: bool) -> None:
        super().__init__(f"{path}: not a regular file")
        self.path = path
        self.folder = folder


class NotWritableError(ReadOnlyError):
    """A change was asked of a file that is read-only: the file's mode, its folder's,
    or the disk it is on (a CD, a write-protected USB stick)."""


class RestoreError(BackupError):
    """A checked, good backup that could not be put in place; says where each file is.

    ``step`` is "copy" (nothing was changed), "swap" (the database is as it was) or
    "attachments" (the database was restored, some attachments were not).
    """

    def __init__(
        self, step: str, path: Path, backup: Path, aside: Path | None, cause: OSError
    ) -> None:
        super().__init__(f"{path}: restoring {backup} failed at {step}: {cause}")
        self.step = step
        self.path = path
        self.backup = backup
        self.aside = aside
        self.cause = cause


class WrongSchemaError(StoreError):
    """A file whose tables, columns, indexes or triggers are not those of its revision."""

    def __init__(self, path: Path, revision: str, problems: "list[Problem]") -> None:
        super().__init__(f"{path}: the schema is not that of revision {revision}")
        self.path = path
        self.revision = revision
        self.problems = problems


# SQLite's primary result codes (sqlite3.h), of the conditions the user can act on.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

_KINDS: dict[int, type[StoreError]] = {
    SQLITE_BUSY: BusyError,
    SQLITE_LOCKED: BusyError,
    SQLITE_READONLY: ReadOnlyError,
    SQLITE_IOERR: StorageIOError,
    SQLITE_CANTOPEN: StorageIOError,
    SQLITE_CORRUPT: DamagedDatabaseError,
    SQLITE_NOTADB: DamagedDatabaseError,
    SQLITE_FULL: DiskFullError,
}


def classify(exc: BaseException, path: Path | None = None) -> StoreError | None:
    """The store's own error for a database error, by SQLite's result code; None for
    anything else (a constraint broken, a mistake in SQL): that is a bug, not a
    condition of the file, and must reach the crash dialog as it is."""
    driver = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(driver, sqlite3.Error):
        return None
    code = getattr(driver, "sqlite_errorcode", None)
    kind = _KINDS.get(code & 0xFF) if isinstance(code, int) else None
    if kind is None:
        return None
    return kind(f"{path}: {driver}" if path is not None else str(driver))


@contextmanager
def classified(path: Path | None = None) -> Iterator[None]:
    """The one place a database error from SQLAlchemy or sqlite3 becomes a StoreError
    (its type says what the user can do); an unclassified one goes on as it is."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as exc:
        error = classify(exc, path)
        if error is None:
            raise
        raise error from exc
