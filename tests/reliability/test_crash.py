"""The process killed (SIGKILL) in the middle of an import or a backup loses nothing."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator.db.backups import list_backups, make_backup
from coordinator.db.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

_RUN = "import sys; from coordinator.cli import main; sys.exit(main(sys.argv[1:]))"
EVENTS = 6000


def big_calendar(path: Path, n: int = EVENTS) -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for i in range(n):
        day, hour = 1 + i % 28, 1 + i % 9
        lines += [
            "BEGIN:VEVENT",
            f"UID:crash-{i}@test",
            f"SUMMARY:Làm việc số {i}",
            f"DTSTART:202603{day:02d}T{hour:02d}0000Z",
            f"DTEND:202603{day:02d}T{hour:02d}3000Z",
            f"ATTENDEE;CN=Người {i % 300}:mailto:nguoi{i % 300}@example.vn",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def kill_when(proc: subprocess.Popen[bytes], ready: Callable[[], bool]) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()``; False if it ended first."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if ready():
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("the process never reached the point to kill it")


def imported(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT count(*) FROM event WHERE uid LIKE 'crash-%'").fetchone()[0]


def test_an_import_killed_half_way_is_wholly_absent(store: Store, tmp_path: Path) -> None:
    db = store.path
    store.close()
    ics = big_calendar(tmp_path / "big.ics")
    proc = subprocess.Popen([sys.executable, "-c", _RUN, "import", "--db", str(db), str(ics)])
    # The backup before the import is made once the file has been read; the
    # import writes after it. Kill while it writes.
    wal = db.with_name(db.name + "-wal")

    def writing() -> bool:
        return bool(list_backups(db)) and wal.exists() and wal.stat().st_size > 256 * 1024

    killed = kill_when(proc, writing)
    assert killed, "the import finished before it could be killed"
    assert imported(db) == 0
    reopened = Store.open(db)
    assert reopened.integrity_check() == ["ok"]
    reopened.close()
    # Run to its end, the same import is wholly there.
    done = subprocess.run([sys.executable, "-c", _RUN, "import", "--db", str(db), str(ics)])
    assert done.returncode == 0
    assert imported(db) == EVENTS


def test_a_backup_killed_half_way_leaves_the_database_whole_and_no_false_backup(
    tmp_path: Path,
) -> None:
    db = tmp_path / "large.sqlite"
    Store.open(db).close()
    with sqlite3.connect(db) as conn:  # ~80 MB, so that the copy takes a while
        conn.execute("CREATE TABLE ballast (x BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (randomblob(4000))", [()] * 20_000)
    root = db.parent / "backups"

    def copying() -> bool:
        return any(p.suffix == ".part" for p in root.glob(".*")) if root.exists() else False

    proc = subprocess.Popen([sys.executable, "-c", _RUN, "backup", "--db", str(db)])
    assert kill_when(proc, copying), "the backup finished before it could be killed"
    assert list_backups(db) == []  # the half-made copy is not taken for a backup
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    made = make_backup(db, "manual")  # the next backup clears what was left
    assert list_backups(db) == [made]
    assert not any(root.glob(".*.part"))
