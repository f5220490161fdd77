"""Where a database file lives, and whether it is safe to write there.

SQLite's locking is not reliable on network file systems, so a file on a
network share is opened read-only; so is one the user may not write: the file's
mode says so (decided from the mode, not by trying, so a file kept read-only stays
so even for an administrator), or its folder's, or the disk it is on (a CD, a
write-protected USB stick).

A file SQLite may not write beside (a read-only folder or disk) cannot be read
the ordinary way either: a WAL database needs its ``-wal`` and ``-shm`` files.
``read_uri`` opens such a file as ``immutable`` instead.
"""

import os
import stat
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


_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def _read_only_disk(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _folder_writable(folder: Path) -> bool:
    if _read_only_disk(folder) or not os.access(folder, os.W_OK):
        return False
    # Windows gives folders a read-only attribute that means nothing there (it marks
    # customised folders such as Documents): only the access check counts.
    return os.name == "nt" or bool(folder.stat().st_mode & _WRITE_BITS)


def _file_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & _WRITE_BITS)


def writable(path: Path) -> bool:
    """The file (or, for a new one, its folder) and the folder for its journal."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if path.exists() and not _file_writable(path):
            return False
        return _folder_writable(folder)
    except OSError:
        return False


def _wal_has_frames(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def read_params(path: Path, *, identify: bool = False) -> dict[str, str]:
    """The URI parameters that read ``path`` without writing anything.

    ``mode=ro`` as a rule. ``immutable=1`` where SQLite may not write at all (the file,
    its folder or disk is read-only) and nothing waits in its ``-wal`` file, so its side
    files can be neither made nor needed; and, with ``identify``, for a first look at a
    file in WAL mode that nobody has open (no ``-wal``): a file that is then found not
    to be Coordinator's is left without a side file beside it.
    """
    if not _wal_has_frames(path) and (not writable(path) or identify and wal_mode(path)):
        return {"immutable": "1"}
    return {"mode": "ro"}


def file_uri(path: Path) -> str:
    """``path`` as an SQLite URI, every character SQLite reads specially escaped."""
    return path.absolute().as_uri()


def read_uri(path: Path, *, identify: bool = False) -> str:
    params = read_params(path, identify=identify)
    return file_uri(path) + "?" + "&".join(f"{key}={value}" for key, value in params.items())


def wal_mode(path: Path) -> bool:
    """The file's header says WAL (its read and write versions are 2)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(20)
    except OSError:
        return False
    return header[18:20] == b"\x02\x02"


def risks(path: Path) -> list[Risk]:
    """Why ``path`` should be opened read-only; empty when it is safe to write."""
    resolved = path.resolve()
    found: list[Risk] = []
    if _is_unc(path) or _is_network(resolved):
        found.append(Risk.NETWORK)
    if not writable(resolved):
        found.append(Risk.NOT_WRITABLE)
    return found
