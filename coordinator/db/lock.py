"""Who has a database open: a lock file beside it, so a second copy of the app is told.

SQLite itself keeps two writers from corrupting the file; the lock file is for
people. It names the holder (OS user, computer, process) and is touched every
minute while the app runs. A lock is stale, and taken over, when its process is
gone from this computer, when nobody has touched it for ``STALE_AFTER``, or when
it cannot be read.
"""

import contextlib
import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from coordinator.db.files import private_parents
from coordinator.db.history import os_user
from coordinator.domain.timezone import now_local

STALE_AFTER = 5 * 60  # seconds without a touch
TOUCH_EVERY = 60


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    since: str  # ISO time the lock was taken

    def describe(self) -> str:
        return f"{self.user} on {self.host} (since {self.since[:16].replace('T', ' ')})"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.held = False

    def _me(self) -> Holder:
        return Holder(
            os_user(), platform.node(), os.getpid(), now_local().isoformat("T", "seconds")
        )

    def holder(self) -> Holder | None:
        """The live holder of the lock, or None if it is free or stale."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            holder = Holder(str(raw["user"]), str(raw["host"]), int(raw["pid"]), str(raw["since"]))
            age = time.time() - self.path.stat().st_mtime
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # unreadable: left by a crash half-written
        if age > STALE_AFTER:
            return None
        if holder.host == platform.node() and not psutil.pid_exists(holder.pid):
            return None
        return holder

    def acquire(self) -> Holder | None:
        """Take the lock; if someone else holds it, leave it and return who.

        The lock is taken before a new database is made, so the folder it goes in
        may not exist yet: it is made here, as ``Store.open`` would make it.
        """
        private_parents(self.path)
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                other = self.holder()
                if other is not None:
                    return other
                self.path.unlink(missing_ok=True)  # stale: recover it
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._me().__dict__, fh)
            self.held = True
            return None
        return self.holder()

    def touch(self) -> None:
        if self.held:
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        if self.held:
            self.held = False
            self.path.unlink(missing_ok=True)
