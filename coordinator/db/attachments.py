"""Attached files, kept beside the database by content hash.

A file is copied into ``<database>-attachments/ab/abcdef….ext`` when attached, so
the original may be moved or deleted afterwards; the same content attached twice
is stored once. Only the file name the user saw is kept in the database, and it
never becomes part of a path.
"""

import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from coordinator.db.files import private_dir, private_file

MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,10}$")


class AttachmentError(Exception):
    """A file that cannot be attached; ``reason`` is one of the class constants."""

    TOO_LARGE = "too_large"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"

    def __init__(self, reason: str, path: Path) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason
        self.path = path


@dataclass
class AttachmentInput:
    filename: str  # as the user named it, shown and offered when saving a copy
    content_hash: str
    size: int
    id: int | None = None


def attachments_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-attachments"


def _suffix(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    return suffix if _SUFFIX.match(suffix) else ""


def stored_path(db_path: Path, content_hash: str, filename: str) -> Path:
    """Where the content lives; the name's extension is kept so the system opens it."""
    if not re.fullmatch(r"[0-9a-f]{64}", content_hash):
        raise ValueError(content_hash)
    return attachments_dir(db_path) / content_hash[:2] / (content_hash + _suffix(filename))


def store_file(db_path: Path, source: Path) -> AttachmentInput:
    """Copy ``source`` into the attachment folder; refuses folders and files over MAX_BYTES."""
    try:
        if not source.is_file():
            raise AttachmentError(AttachmentError.NOT_A_FILE, source)
        if source.stat().st_size > MAX_BYTES:
            raise AttachmentError(AttachmentError.TOO_LARGE, source)
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if size > MAX_BYTES:
                    raise AttachmentError(AttachmentError.TOO_LARGE, source)
        content_hash = digest.hexdigest()
        target = stored_path(db_path, content_hash, source.name)
        if not target.exists():
            private_dir(target.parent.parent)
            private_dir(target.parent)
            partial = target.with_name(target.name + ".part")
            shutil.copyfile(source, partial)
            private_file(partial)
            partial.replace(target)
    except OSError as exc:
        raise AttachmentError(AttachmentError.UNREADABLE, source) from exc
    return AttachmentInput(filename=source.name[:255], content_hash=content_hash, size=size)
