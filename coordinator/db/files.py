"""Files only their owner may read (the database, its backups and attachments), and
files written whole or not at all (reports, exported lists)."""

import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from coordinator.db.errors import NotAFileError

T = TypeVar("T")
log = logging.getLogger(__name__)


def private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable only by the user."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


def private_parents(path: Path) -> None:
    """Create the missing folders above ``path``, each readable only by the user.

    Folders that exist already (the user's own Documents, say) are left as they are;
    ``Path.mkdir(parents=True)`` would give the ones it adds the default mode.
    """
    missing: list[Path] = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another process
            continue
        os.chmod(folder, 0o700)


def private_file(path: Path) -> None:
    """Make a file this program has just created readable only by the user. Never for a
    file that was there before: its mode is the user's choice (a read-only database
    stays read-only)."""
    if path.exists():
        os.chmod(path, 0o600)


def new_private_file(path: Path) -> None:
    """Create ``path`` empty, readable only by the user, before SQLite fills it; it must
    not exist."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def existing_file(path: Path) -> bool:
    """Whether ``path`` is there; a folder, a device or a pipe raises NotAFileError.

    Asked of the file's type with ``stat`` before anything opens it: reading a pipe
    would wait for ever, and ``/dev/null`` reads as an empty file, that is a new
    database.
    """
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    if not stat.S_ISREG(mode):
        raise NotAFileError(path, folder=stat.S_ISDIR(mode))
    return True


def write_whole(path: Path, write: Callable[[Path], T]) -> T:
    """Let ``write`` fill a file beside ``path``, moved into place only when complete;
    on any failure (a stopped report included) nothing is left behind."""
    # The name is known to the window, which clears it after a writing process died.
    partial = path.with_name(path.name + ".part")
    try:
        # Made here first, so a missing or read-only folder is the system's error with its
        # errno, before Qt, whose writers only warn on stderr and write nothing.
        partial.open("wb").close()
        result = write(partial)
        if partial.stat().st_size == 0:
            raise OSError(f"nothing was written to {partial}")
        with partial.open("rb+") as written:  # on the disk before it takes the old one's place
            os.fsync(written.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    log.info("wrote %s", path)
    return result


def sync_file(path: Path) -> None:
    """Ask the system to put ``path``'s bytes on the disk now."""
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def sync_folder(folder: Path) -> None:
    """Put a rename in ``folder`` on the disk (POSIX: the folder's own entry list).
    Windows cannot open a folder for this, and its renames need no such step."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (a network share) refuse fsync on a folder
        pass
    finally:
        os.close(fd)
