"""Files only their owner may read (the database, its backups and attachments), and
files written whole or not at all (reports, exported lists)."""

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

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
    if path.exists():
        os.chmod(path, 0o600)


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
