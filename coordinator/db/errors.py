"""Conditions of a database file, not bugs: each is shown to the user as a message."""

from pathlib import Path


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
