"""Conditions of a database file, not bugs: each is shown to the user as a message."""

from pathlib import Path
from typing import TYPE_CHECKING

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
