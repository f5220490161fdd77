"""Files only their owner may read: the database, its backups and attachments."""

import os
from pathlib import Path


def private_dir(path: Path) -> None:
    """Create ``path`` (and parents) readable only by the user."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)


def private_file(path: Path) -> None:
    if path.exists():
        os.chmod(path, 0o600)
