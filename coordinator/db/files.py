"""Files only their owner may read: the database, its backups and attachments."""

import os
from pathlib import Path


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
