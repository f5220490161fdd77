"""Backups of a database file and its attachments, and restoring one.

A backup is a folder ``backups/<stem>-<YYYYmmdd-HHMMSS>-<reason>/`` beside the
database, holding a copy made with SQLite's online backup API and the attached
files (hard-linked where the file system allows: attachments never change once
stored). It is written under a hidden ``.part`` name and renamed when whole, so
a backup stopped half-way is never taken for a good one. Only the newest
``keep`` backups of a file are kept.
"""

import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from coordinator.db.attachments import attachments_dir
from coordinator.db.errors import (
    BackupCancelledError,
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    StoreError,
)
from coordinator.db.files import private_dir, private_file, private_parents
from coordinator.db.migrate import known_revisions
from coordinator.domain.timezone import now_local

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_KEEP = 14
KEEP_KEY = "backup_keep"  # the setting that overrides DEFAULT_KEEP
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:\.(?P<seq>\d+))?-(?P<reason>[a-z0-9-]+)$"
)
_PAGES_PER_STEP = 256

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


@dataclass(frozen=True)
class Backup:
    folder: Path
    made_at: datetime
    reason: str
    seq: int = 1  # several backups within one second

    @property
    def database(self) -> Path:
        return next(iter(sorted(self.folder.glob("*.sqlite"))), self.folder / "missing.sqlite")


def backups_dir(db_path: Path) -> Path:
    """Backups live in a ``backups`` folder beside the database they copy."""
    return db_path.parent / "backups"


def inspect_file(path: Path, *, thorough: bool = False, check: bool = True) -> str | None:
    """Check an existing database file; return its schema revision (None if it has none).

    ``quick_check`` by default, the full ``integrity_check`` when ``thorough``; with
    ``check`` False only the header and the revision (see CheckInBackground).
    Raises NotADatabaseError, DamagedDatabaseError or NewerDatabaseError.
    """
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(str(path))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            if check:
                _check(conn, path, thorough)
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        except sqlite3.DatabaseError as exc:
            raise DamagedDatabaseError(f"{path}: {exc}") from exc
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(path, revision)
    return revision


def _check(conn: sqlite3.Connection, path: Path, thorough: bool) -> None:
    check = "integrity_check" if thorough else "quick_check"
    result = conn.execute(f"PRAGMA {check}").fetchall()
    if result != [("ok",)]:
        raise DamagedDatabaseError(f"{path}: " + "; ".join(r[0] for r in result[:3]))


class CheckInBackground(Protocol):
    """A ``quick_check`` of the file running while the window is built (the window
    runs ``quick_check`` through its operation helper); ``result()`` waits for it and
    raises DamagedDatabaseError."""

    def result(self) -> object: ...


def quick_check(path: Path) -> None:
    """``quick_check`` of the file as it is: it reads the whole file (half a second for
    ten years of records). Raises DamagedDatabaseError."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        _check(conn, path, thorough=False)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"{path}: {exc}") from exc
    finally:
        conn.close()


def worth_checking(path: Path) -> bool:
    """Whether ``path`` holds anything to check (not a new, empty database)."""
    return path.is_file() and path.stat().st_size > 0


def copy_database(
    source: Path, target: Path, progress: Progress | None = None, *, check: bool = True
) -> Path:
    """Copy a live database consistently with SQLite's backup API, step by step.

    The copy is written beside ``target`` and moved into place when whole and,
    if ``check``, when it passes ``quick_check``; a stopped copy leaves nothing.
    """
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            private_file(partial)

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and not progress(total - remaining, total):
                    raise BackupCancelledError(str(target))

            src.backup(dst, pages=_PAGES_PER_STEP, progress=step)
            if check and dst.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise DamagedDatabaseError(f"{target}: the copy failed its check")
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    partial.replace(target)
    return target


def _link_tree(source: Path, target: Path) -> None:
    """Put every file of ``source`` under ``target``: a hard link, or a copy across devices."""
    for path in source.rglob("*"):
        if not path.is_file() or path.name.endswith(".part"):
            continue
        dest = target / path.relative_to(source)
        if dest.exists():
            continue
        private_dir(dest.parent)
        try:
            os.link(path, dest)
        except OSError:
            shutil.copy2(path, dest)
            private_file(dest)


def make_backup(
    db_path: Path, reason: str, keep: int | None = None, progress: Progress | None = None
) -> Backup:
    """Back up ``db_path`` and its attachments into a new folder; keep the newest ``keep``."""
    made_at = now_local().replace(microsecond=0)
    root = backups_dir(db_path)
    private_dir(root)
    stamp = f"{db_path.stem}-{made_at.strftime(_STAMP)}"
    same_second = [
        _backup(f, match)
        for f in root.iterdir()
        if f.name.startswith(stamp) and (match := _NAME.match(f.name)) is not None
    ]
    seq = max((b.seq for b in same_second), default=0) + 1
    folder = root / (f"{stamp}-{reason}" if seq == 1 else f"{stamp}.{seq}-{reason}")
    partial = root / f".{folder.name}.part"
    shutil.rmtree(partial, ignore_errors=True)
    private_dir(partial)
    try:
        copy_database(db_path, partial / db_path.name, progress)
        files = attachments_dir(db_path)
        if files.is_dir():
            _link_tree(files, partial / "attachments")
        partial.rename(folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    prune(db_path, keep if keep is not None else keep_setting(db_path))
    return Backup(folder, made_at, reason, seq)


def backup_of(file: Path) -> Backup | None:
    """The backup ``file`` belongs to, if it lies in a backup folder."""
    match = _NAME.match(file.parent.name)
    if match is None:
        return None
    return _backup(file.parent, match)


def _backup(folder: Path, match: re.Match[str]) -> Backup:
    made_at = datetime.strptime(match["stamp"], _STAMP)
    return Backup(folder, made_at, match["reason"], int(match["seq"] or 1))


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    root = backups_dir(db_path)
    if not root.is_dir():
        return []
    found: list[Backup] = []
    for folder in root.iterdir():
        match = _NAME.match(folder.name)
        if not folder.is_dir() or match is None or match["stem"] != db_path.stem:
            continue
        found.append(_backup(folder, match))
    return sorted(found, key=lambda b: (b.made_at, b.seq), reverse=True)


def prune(db_path: Path, keep: int) -> None:
    """Remove all but the newest ``keep`` backups, and any left half-made."""
    for old in list_backups(db_path)[max(keep, 1) :]:
        shutil.rmtree(old.folder, ignore_errors=True)
    root = backups_dir(db_path)
    for leftover in root.glob(f".{db_path.stem}-*.part"):
        shutil.rmtree(leftover, ignore_errors=True)


def keep_setting(db_path: Path) -> int:
    """How many backups to keep, as set in the database's preferences."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (KEEP_KEY,)).fetchone()
        finally:
            conn.close()
        return max(1, int(row[0])) if row and row[0] else DEFAULT_KEEP
    except (sqlite3.Error, ValueError):
        return DEFAULT_KEEP


def backup_due(db_path: Path, now: datetime | None = None) -> bool:
    """True when the newest backup is older than a day, or there is none."""
    backups = list_backups(db_path)
    return not backups or (now or now_local()) - backups[0].made_at >= DAILY


def newest_good(db_path: Path) -> Backup | None:
    """The newest backup that passes ``quick_check`` and this app can open."""
    for candidate in list_backups(db_path):
        try:
            inspect_file(candidate.database)
        except (StoreError, OSError):
            continue
        return candidate
    return None


def set_aside_name(db_path: Path) -> Path:
    stamp = now_local().strftime(_STAMP)
    return db_path.with_name(f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}")


def restore(db_path: Path, backup_file: Path, progress: Progress | None = None) -> Path | None:
    """Replace ``db_path`` by ``backup_file`` once the backup passes every check.

    The current file (with its journal) is moved aside, never deleted; its new
    name is returned (None if there was no current file). Attachments in the
    backup are added to the current ones, which are kept. The database must not
    be open.
    """
    inspect_file(backup_file, thorough=True)
    private_parents(db_path)
    staged = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup_file, staged, progress)
    aside: Path | None = None
    if db_path.exists():
        aside = set_aside_name(db_path)
        db_path.replace(aside)
        for suffix in ("-wal", "-shm"):
            journal = db_path.with_name(db_path.name + suffix)
            if journal.exists():
                journal.replace(aside.with_name(aside.name + suffix))
    staged.replace(db_path)
    saved_files = backup_file.parent / "attachments"
    if saved_files.is_dir():
        _link_tree(saved_files, attachments_dir(db_path))
    return aside
