"""Where a database file lives, and whether it is safe to write there.

SQLite's locking is not reliable on network file systems, so a file on a
network share is opened read-only; so is one the user may not write.
"""

import os
from enum import StrEnum
from pathlib import Path

import psutil

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "webdav",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.davfs2",
        "sshfs",
    }
)


class Risk(StrEnum):
    NETWORK = "network"
    NOT_WRITABLE = "not_writable"


def _is_unc(path: Path) -> bool:
    return str(path).startswith(("\\\\", "//"))  # \\server\share


def _is_network(path: Path) -> bool:
    text = str(path)
    best = ""
    remote = False
    try:
        partitions = psutil.disk_partitions(all=True)
    except (OSError, RuntimeError):
        return False
    for part in partitions:
        mount = part.mountpoint
        inside = text == mount or text.startswith(mount.rstrip("/\\") + os.sep)
        if inside and len(mount) > len(best):
            best = mount
            remote = part.fstype.lower() in NETWORK_FILE_SYSTEMS or "remote" in part.opts
    return remote


def _writable(path: Path) -> bool:
    """The file (or, for a new one, its folder) and the folder for its journal."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def risks(path: Path) -> list[Risk]:
    """Why ``path`` should be opened read-only; empty when it is safe to write."""
    resolved = path.resolve()
    found: list[Risk] = []
    if _is_unc(path) or _is_network(resolved):
        found.append(Risk.NETWORK)
    if not _writable(resolved):
        found.append(Risk.NOT_WRITABLE)
    return found
