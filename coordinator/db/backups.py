"""Backups of a database file and its attachments, and restoring one.

A backup is a folder ``backups/<stem>-<YYYYmmdd-HHMMSS>-<reason>/`` beside the
database, holding a copy made with SQLite's online backup API and the attached
files (hard-linked where the file system allows: attachments never change once
stored). It is written under a hidden ``.part`` name and renamed when whole, so
a backup stopped half-way is never taken for a good one. Only the newest
``keep`` backups of a file are kept.
"""

import contextlib
import errno
import logging
import os
import re
import shutil
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol, TypeVar

from coordinator.db.attachments import attachments_dir
from coordinator.db.errors import (
    BackupCancelledError,
    BusyError,
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    NotWritableError,
    RestoreError,
    StorageIOError,
    StoreError,
    WrongSchemaError,
    classify,
)
from coordinator.db.files import (
    existing_file,
    new_private_file,
    private_dir,
    private_file,
    private_parents,
    sync_file,
    sync_folder,
)
from coordinator.db.location import read_uri, writable
from coordinator.db.migrate import known_revisions
from coordinator.db.schema import Problem, compare, describe
from coordinator.domain.timezone import now_local

T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_KEEP = 14
KEEP_KEY = "backup_keep"  # the setting that overrides DEFAULT_KEEP
DAILY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:\.(?P<seq>\d+))?-(?P<reason>[a-z0-9-]+)$"
)
_PAGES_PER_STEP = 256
_LEFTOVER_AGE = 3600.0  # seconds: an unfinished backup folder older than this was left
FOLD_TIMEOUT = 5.0  # how long restore waits for another writer to finish, in seconds
log = logging.getLogger(__name__)

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


# Tables every Coordinator file has had since its first revision: a file whose
# revision is unknown but which has (most of) them was saved by a newer Coordinator;
# one without them belongs to another program that also uses Alembic.
_OWN_TABLES = frozenset({"organization", "person", "project", "event", "setting", "change_log"})


def inspect_file(path: Path, *, thorough: bool = False, check: bool = True) -> str | None:
    """Check an existing database file; return its schema revision (None for an SQLite
    file with no tables at all, which becomes a new database).

    First, without writing anything beside the file, whether it is Coordinator's: a
    folder, device or pipe, a file that is not SQLite, and an SQLite file of another
    program (no revision of ours, or most of our tables missing) are refused. Then
    ``quick_check``, or the full ``integrity_check`` when ``thorough``; with ``check``
    False only the header and the revision (see CheckInBackground).
    Raises NotAFileError, NotADatabaseError, DamagedDatabaseError or NewerDatabaseError.
    """
    existing_file(path)  # a missing file is the OSError of opening it, below
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabaseError(str(path))
    revision = _reading(path, lambda conn: _identify(conn, path), identify=True)
    if check:
        _reading(path, lambda conn: _check(conn, path, thorough))
    return revision


def _reading(path: Path, use: Callable[[sqlite3.Connection], T], identify: bool = False) -> T:
    """``use`` a connection that reads ``path`` and writes nothing, the file's side files
    included where it can (see location.read_params)."""
    try:
        conn = sqlite3.connect(read_uri(path, identify=identify), uri=True)
        try:
            return use(conn)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorname == "SQLITE_CANTOPEN":  # not damage: it cannot be reached
            raise StoreError(f"{path}: {exc}") from exc
        # Not damage either: a full disk (its side file cut short), a failing disk, a
        # writer holding the file. The file itself may be whole.
        condition = classify(exc, path)
        if isinstance(condition, DiskFullError | StorageIOError | BusyError):
            raise condition from exc
        raise DamagedDatabaseError(f"{path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"{path}: {exc}") from exc


def _identify(conn: sqlite3.Connection, path: Path) -> str | None:
    tables = {
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith("sqlite_")
    }
    row = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    revision = row[0] if row else None
    if revision is None:
        if tables - {"alembic_version"}:  # another program's tables
            raise NotADatabaseError(str(path))
        return None
    if len(tables & _OWN_TABLES) * 2 <= len(_OWN_TABLES):
        raise NotADatabaseError(str(path))
    if revision not in known_revisions():
        raise NewerDatabaseError(path, revision)
    return revision


def _check(conn: sqlite3.Connection, path: Path, thorough: bool) -> None:
    check = "integrity_check" if thorough else "quick_check"
    result = conn.execute(f"PRAGMA {check}").fetchall()
    if result != [("ok",)]:
        raise DamagedDatabaseError(f"{path}: " + "; ".join(r[0] for r in result[:3]))


def schema_problems(path: Path, revision: str) -> list[Problem]:
    """How the tables, columns, indexes and triggers of ``path`` differ from those its
    ``revision`` has; empty when they agree."""
    from coordinator.db.migrate import expected_schema

    expected = expected_schema(revision)
    return _reading(path, lambda conn: compare(describe(conn), expected))


def check_backup(path: Path) -> str:
    """Everything restoring ``path`` asks of it: a Coordinator database (not an empty
    one) of a revision this app knows, whole, with the schema of its revision."""
    revision = inspect_file(path, thorough=True)
    if revision is None:
        raise NotADatabaseError(str(path))
    problems = schema_problems(path, revision)
    if problems:
        raise WrongSchemaError(path, revision, problems)
    return revision


class CheckInBackground(Protocol):
    """A ``quick_check`` of the file running while the window is built (the window
    runs ``quick_check`` through its operation helper); ``result()`` waits for it and
    raises DamagedDatabaseError."""

    def result(self) -> object: ...


def quick_check(path: Path) -> None:
    """``quick_check`` of the file as it is: it reads the whole file (half a second for
    ten years of records), writing nothing beside it; a file not Coordinator's is not
    read further. Raises the StoreError of inspect_file."""
    inspect_file(path)


def worth_checking(path: Path) -> bool:
    """Whether ``path`` holds anything to check: a regular file with something in it
    (not a new, empty database; a pipe is not opened, which would wait)."""
    try:
        status = path.stat()
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size > 0


def copy_database(
    source: Path, target: Path, progress: Progress | None = None, *, check: bool = True
) -> Path:
    """Copy a live database consistently with SQLite's backup API, step by step.

    The copy is written beside ``target`` and moved into place when whole and,
    if ``check``, when it passes ``quick_check``; a stopped copy leaves nothing.
    """
    partial = target.with_name(target.name + ".part")
    journal = _side(partial, "-journal")  # the copy's own, left where SQLite stopped
    src = sqlite3.connect(read_uri(source), uri=True)
    try:
        partial.unlink(missing_ok=True)  # left by a copy that was killed
        journal.unlink(missing_ok=True)
        new_private_file(partial)
        dst = sqlite3.connect(partial)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and not progress(total - remaining, total):
                    raise BackupCancelledError(str(target))

            with _disk_errors(target):
                src.backup(dst, pages=_PAGES_PER_STEP, progress=step)
                if check and dst.execute("PRAGMA quick_check").fetchone() != ("ok",):
                    raise DamagedDatabaseError(f"{target}: the copy failed its check")
        finally:
            dst.close()
        sync_file(partial)  # on the disk before it takes its place
    except BaseException:
        partial.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    try:
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    sync_folder(target.parent)
    return target


@contextlib.contextmanager
def _disk_errors(target: Path) -> Iterator[None]:
    """A full or failing disk met by SQLite while it writes a copy is the OSError it is
    (ENOSPC, EIO), as for any other file written, so each caller says it as it says a
    file it could not write; SQLite's other conditions are the store's errors."""
    try:
        yield
    except sqlite3.Error as exc:
        error = classify(exc, target)
        if isinstance(error, DiskFullError):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target)) from exc
        if isinstance(error, StorageIOError):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(target)) from exc
        if error is not None:
            raise error from exc
        raise


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
    # The working folder is this writer's alone (another process or thread may back up
    # the same file in the same second); the finished one takes the next free number.
    partial = root / f".{stamp}-{reason}.{os.getpid()}-{threading.get_ident()}.part"
    shutil.rmtree(partial, ignore_errors=True)
    private_dir(partial)
    try:
        copy_database(db_path, partial / db_path.name, progress)
        files = attachments_dir(db_path)
        if files.is_dir():
            _link_tree(files, partial / "attachments")
        folder, seq = _finish(partial, root, stamp, reason, seq)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    prune(db_path, keep if keep is not None else keep_setting(db_path))
    log.info("backup of %s made in %s", db_path, folder)
    return Backup(folder, made_at, reason, seq)


def _finish(partial: Path, root: Path, stamp: str, reason: str, seq: int) -> tuple[Path, int]:
    """Rename the finished working folder to the first free backup name from ``seq``."""
    while True:
        folder = root / (f"{stamp}-{reason}" if seq == 1 else f"{stamp}.{seq}-{reason}")
        if not folder.exists():
            try:
                partial.rename(folder)
                return folder, seq
            except OSError as exc:  # taken meanwhile by another backup of the same second
                if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                    raise
        seq += 1


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
        # Left half-made by a backup that was killed; one another writer is still making
        # is left to finish.
        with contextlib.suppress(OSError):
            if _abandoned(leftover):
                shutil.rmtree(leftover, ignore_errors=True)


def _abandoned(leftover: Path) -> bool:
    """A working folder whose writer is gone: its process no longer runs (the folder
    names it), or, where that cannot be asked, it has not been touched for an hour."""
    if time.time() - leftover.stat().st_mtime > _LEFTOVER_AGE:
        return True
    owner = re.search(r"\.(\d+)-\d+\.part$", leftover.name)
    if owner is None:
        return True  # named by an earlier version, which made one at a time
    pid = int(owner[1])
    if pid == os.getpid() or sys.platform == "win32":  # signal 0 is Ctrl+C on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # runs, as another user
    return False


def keep_setting(db_path: Path) -> int:
    """How many backups to keep, as set in the database's preferences."""
    try:
        conn = sqlite3.connect(read_uri(db_path), uri=True)
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
    """The newest backup that passes ``quick_check``, has the tables of its revision and
    this app can open: one restore will take."""
    for candidate in list_backups(db_path):
        try:
            revision = inspect_file(candidate.database)
            if revision is None or schema_problems(candidate.database, revision):
                continue
        except (StoreError, OSError):
            continue
        return candidate
    return None


def set_aside_name(db_path: Path) -> Path:
    stamp = now_local().strftime(_STAMP)
    name = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}")
    seq = 1
    while name.exists():  # two restores within one second
        seq += 1
        name = db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.{seq}{db_path.suffix}")
    return name


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fold_journal(db_path: Path) -> None:
    """Write what waits in the ``-wal`` file into the database, so the file alone holds
    everything; SQLite removes the ``-wal`` when this last connection closes. A damaged
    file may refuse: its ``-wal`` is then kept with it.

    Raises BusyError when another process (an import from the command line) still
    writes after ``FOLD_TIMEOUT``: swapping the file under it would send what it
    writes, and says it saved, into the file set aside."""
    busy = False
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(db_path, timeout=FOLD_TIMEOUT)
        try:
            row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            busy = bool(row and row[0])
        finally:
            conn.close()
    if busy:
        raise BusyError(f"{db_path}: another process is writing to it")


def _keep_aside(db_path: Path) -> Path:
    """A second name for the current file (and its ``-wal``), made while the file stays
    where it is: a hard link, or a copy where the disk has none (FAT)."""
    aside = set_aside_name(db_path)
    made: list[Path] = []
    try:
        for suffix in ("", "-wal"):
            source = _side(db_path, suffix)
            if not source.exists():
                continue
            kept = _side(aside, suffix)
            made.append(kept)
            try:
                os.link(source, kept)
            except OSError:
                shutil.copy2(source, kept)
                sync_file(kept)
        sync_folder(db_path.parent)
    except BaseException:
        for kept in made:  # half a second name is none: the file is where it was
            kept.unlink(missing_ok=True)
        raise
    return aside


def restore(
    db_path: Path, backup_file: Path, progress: Progress | None = None, *, checked: bool = False
) -> Path | None:
    """Put ``backup_file`` in place of ``db_path``, once it passes every check of
    ``check_backup`` (skipped when the caller has just made them: ``checked``).

    ``db_path`` holds a database at every moment: the backup is copied beside it and
    checked, the current file (with its journal) is given a second, dated name, and the
    copy then takes the path in one atomic rename. The current file is never deleted;
    its new name is returned (None if there was no current file). Attachments in the
    backup are added to the current ones, which are kept. The database must not be open.

    Raises the StoreError of a backup that is not good (nothing changed),
    NotWritableError for a database that is read-only, and RestoreError, naming the
    step and where each file is, when a good backup could not be put in place.
    """
    current = existing_file(db_path)
    if current and not writable(db_path):
        raise NotWritableError(f"{db_path}: read-only")
    if not checked:
        check_backup(backup_file)
    private_parents(db_path)
    staged = _side(db_path, ".restoring")
    try:
        copy_database(backup_file, staged, progress)
    except BackupCancelledError:
        raise
    except OSError as exc:
        raise RestoreError("copy", db_path, backup_file, None, exc) from exc
    except (DiskFullError, StorageIOError) as exc:  # the disk, not the backup: said so
        code = errno.ENOSPC if isinstance(exc, DiskFullError) else errno.EIO
        cause = OSError(code, os.strerror(code))
        raise RestoreError("copy", db_path, backup_file, None, cause) from exc
    aside: Path | None = None
    try:
        if current:
            _fold_journal(db_path)
            aside = _keep_aside(db_path)
            # The copy must not meet the current file's journal, nor its shared memory.
            for suffix in ("-wal", "-shm"):
                _side(db_path, suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
    except BusyError:  # before anything was changed
        staged.unlink(missing_ok=True)
        raise
    except OSError as exc:
        staged.unlink(missing_ok=True)
        journal = _side(db_path, "-wal")
        if aside is not None and _side(aside, "-wal").exists() and not journal.exists():
            with contextlib.suppress(OSError):  # the current file's journal back with it
                shutil.copy2(_side(aside, "-wal"), journal)
        raise RestoreError("swap", db_path, backup_file, aside, exc) from exc
    sync_folder(db_path.parent)
    saved_files = backup_file.parent / "attachments"
    if saved_files.is_dir():
        try:
            _link_tree(saved_files, attachments_dir(db_path))
        except OSError as exc:
            raise RestoreError("attachments", db_path, backup_file, aside, exc) from exc
    log.info("%s restored from %s, the file before it kept as %s", db_path, backup_file, aside)
    return aside
