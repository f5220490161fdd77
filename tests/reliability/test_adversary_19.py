"""What an adversary's try at issue 19 found, each case as it was met: a fresh account, the
real command line and window, a full disk, a second writer, hostile input."""

import errno
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from coordinator.cli import main
from coordinator.db import backups
from coordinator.db.backups import copy_database, inspect_file, make_backup, restore
from coordinator.db.errors import RestoreError, StorageIOError
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.store import Store
from tests.reliability import racers

FULL_DISK = 13  # SQLITE_FULL
SHM_SIZE = 4874  # SQLITE_IOERR_SHMSIZE: the shared-memory side file could not grow

SPAWN = multiprocessing.get_context("spawn")


def _sqlite_error(code: int, name: str, text: str) -> sqlite3.OperationalError:
    """sqlite3's own error for a result code, as the driver raises it."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    error.sqlite_errorname = name
    return error


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A file with one partner typed by hand, closed."""
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    save_partner(store, PartnerInput("Sở Thông tin và Truyền thông", "government"))
    store.close()
    return path


@pytest.fixture
def full_copy_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk a copy is written to fills up half-way: SQLite's backup step fails with
    SQLITE_FULL (as on a 600 kB tmpfs), leaving its partial file behind it."""

    class FillsTheDisk(sqlite3.Connection):
        def backup(self, target: sqlite3.Connection, **_kw: Any) -> None:  # type: ignore[override]
            target.execute("CREATE TABLE half_written (x)")
            raise _sqlite_error(FULL_DISK, "SQLITE_FULL", "database or disk is full")

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return sqlite3.connect(*args, factory=FillsTheDisk, **kwargs)

    shim = types.SimpleNamespace(**{k: getattr(sqlite3, k) for k in dir(sqlite3)})
    shim.connect = connect
    monkeypatch.setattr(backups, "sqlite3", shim)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name or "restoring" in p.name)


@pytest.mark.usefixtures("full_copy_disk")
def test_a_copy_onto_a_full_disk_is_the_disks_error_and_leaves_nothing(
    db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb" / "so-copy.sqlite"
    target.parent.mkdir()
    # A journal left by an earlier copy that was killed would be played into the new one.
    (target.parent / "so-copy.sqlite.part-journal").write_bytes(b"x" * 512)
    # The disk's own error (ENOSPC), said as for any file that could not be written.
    with pytest.raises(OSError) as copying:
        copy_database(db, target)
    assert copying.value.errno == errno.ENOSPC
    assert _leftovers(target.parent) == []
    assert not target.exists()
    with pytest.raises(OSError) as backing_up:
        make_backup(db, "manual")
    assert backing_up.value.errno == errno.ENOSPC
    assert backups.list_backups(db) == []


@pytest.mark.usefixtures("full_copy_disk")
def test_a_restore_onto_a_full_disk_says_the_disk_and_changes_nothing(
    db: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.sqlite"
    store = Store.open(good)
    store.close()
    before = db.read_bytes()
    with pytest.raises(RestoreError) as raised:
        restore(db, good)
    assert raised.value.step == "copy"
    assert db.read_bytes() == before
    assert _leftovers(tmp_path) == []


@pytest.mark.usefixtures("full_copy_disk")
@pytest.mark.parametrize("command", ["backup", "backup --to {dir}/copy.sqlite", "restore"])
def test_backup_and_restore_on_a_full_disk_say_so_in_one_vietnamese_line(
    command: str, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.sqlite"
    Store.open(good).close()
    args = command.format(dir=tmp_path).split()
    if args[0] == "restore":
        args += ["--from", str(good)]
    assert main(["--db", str(db), *args]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "đầy" in err  # full
    assert "disk is full" not in err and "Traceback" not in err
    assert "không phải bản sao lưu dùng được" not in err  # the backup is not to blame


@pytest.mark.usefixtures("full_copy_disk")
def test_an_import_onto_a_full_disk_says_no_backup_could_be_made(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calendar = tmp_path / "lich.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@so.vn\r\n"
        "DTSTART:20261123T010000Z\r\nSUMMARY:Họp giao ban\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    assert main(["--db", str(db), "import", str(calendar)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "sao lưu" in err


@pytest.fixture
def side_file_cannot_grow(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk is full, so SQLite cannot grow the file's ``-shm`` side file while it
    reads: SQLITE_IOERR_SHMSIZE (met on a full tmpfs after an export filled it)."""

    def connect(*_args: Any, **_kwargs: Any) -> sqlite3.Connection:
        raise _sqlite_error(SHM_SIZE, "SQLITE_IOERR_SHMSIZE", "disk I/O error")

    shim = types.SimpleNamespace(**{k: getattr(sqlite3, k) for k in dir(sqlite3)})
    shim.connect = connect
    monkeypatch.setattr(backups, "sqlite3", shim)


@pytest.mark.usefixtures("side_file_cannot_grow")
def test_a_whole_file_on_a_full_disk_is_not_called_damaged(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(StorageIOError):
        inspect_file(db)
    assert main(["--db", str(db), "check"]) == 1
    err = capsys.readouterr().err
    assert "hỏng" not in err and "khôi phục" not in err  # not "damaged, restore it"
    assert "disk I/O error" not in err and "Traceback" not in err
    assert err.count("\n") == 1, err


def _calendar(tmp_path: Path, title: str) -> Path:
    path = tmp_path / "lich.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@so.vn\r\n"
        f"DTSTART:20261123T010000Z\r\nSUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return path


def test_minutes_and_a_report_in_word_take_a_long_title_and_department(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Word keeps a document's title and author in 255 characters; a long event title
    (typed, or imported from a calendar) or department name ended in a traceback."""
    from coordinator.db.queries.settings import Letterhead, get_letterhead, set_letterhead

    assert main(["--db", str(db), "import", str(_calendar(tmp_path, "Hội thảo " * 40))]) == 0
    store = Store.open(db)
    head = get_letterhead(store)
    set_letterhead(store, Letterhead(**{**head.__dict__, "department": "Sở Khoa học " * 30}))
    store.close()
    minutes = tmp_path / "bien-ban.docx"
    done = _command(db, "minutes", "--event", "1", "--out", str(minutes))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    report = tmp_path / "bao-cao.docx"
    period = ["--from", "01/11/2026", "--to", "30/11/2026"]
    done = _command(db, "report", *period, "--out", str(report))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert minutes.stat().st_size > 0 and report.stat().st_size > 0


def _command(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A command that writes a document, in a process of its own (it makes a
    QGuiApplication, which this process's widget tests must not meet)."""
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(db.parent)}
    if "PYTHONPATH" in os.environ:  # the code under test, not an installed copy
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [sys.executable, "-m", "coordinator", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_a_restore_while_an_import_writes_says_busy_and_changes_nothing(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An import from the command line holds the write lock (its transaction lasts as
    long as the file is big); a restore then swapped the file under it after five
    seconds, and the import's events, said to be added, went into the file set aside."""
    monkeypatch.setattr(backups, "FOLD_TIMEOUT", 0.3, raising=False)
    good = tmp_path / "good.sqlite"
    Store.open(good).close()
    before = sorted(p.name for p in tmp_path.iterdir())
    held, release = SPAWN.Event(), SPAWN.Event()
    holder = SPAWN.Process(target=racers.hold_write_lock, args=(str(db), held, release))
    holder.start()
    try:
        assert held.wait(timeout=120)
        assert main(["--db", str(db), "restore", "--from", str(good)]) == 1
    finally:
        release.set()
        holder.join(timeout=60)
    assert holder.exitcode == 0
    err = capsys.readouterr().err
    assert "bận" in err and err.count("\n") == 1, err  # busy
    after = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert after == [n for n in before if not n.endswith(("-wal", "-shm"))]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM organization").fetchone() == (1,)


@pytest.fixture
def disk_fills_half_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing a file stops half-way: the disk is full."""

    def write_bytes(self: Path, data: bytes) -> int:
        with self.open("wb") as fh:
            fh.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


@pytest.mark.usefixtures("disk_fills_half_way")
def test_an_export_onto_a_full_disk_keeps_the_calendar_exported_before(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The calendar file others subscribe to was cut in half by a failed export."""
    out = tmp_path / "lich-so.ics"
    out.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    before = out.read_bytes()
    assert main(["--db", str(db), "export", "--out", str(out)]) == 1
    assert "đầy" in capsys.readouterr().err  # full
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


@pytest.mark.usefixtures("disk_fills_half_way")
def test_the_windows_export_onto_a_full_disk_keeps_the_calendar_exported_before(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    out = tmp_path / "lich-so.ics"
    out.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    before = out.read_bytes()
    window.scheduling.export_ics(out)
    assert out.read_bytes() == before
    assert len(said) == 1  # the disk is full, said once


def test_an_error_a_command_says_is_in_the_log_without_the_names_it_quotes(
    db: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A full disk, a busy file, a folder given as the database: each was said on stderr
    and none reached the log, so a coordinator's 'it failed yesterday' left no trace."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with caplog.at_level("WARNING", logger="coordinator"):
        assert main(["--db", str(folder), "check"]) == 1
        assert main(["--db", str(db), "export", "--out", "x.ics", "--person", "Nguyễn Văn A"]) == 1
    failed = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(failed) == 2, failed
    assert "NotAFileError" in failed[0]
    assert all("Nguyễn" not in m for m in failed)


@pytest.mark.usefixtures("full_copy_disk")
def test_back_up_now_on_a_full_disk_says_so_without_sqlites_words(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    window.backup_database()
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "database or disk is full" not in said[0]
    assert "full" in said[0] or "đầy" in said[0]


def test_two_backups_of_one_file_in_the_same_second_both_survive(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two writers (two commands, the window and a command) back up the same file in
    the same second: neither clears the other's copy half-way, both are kept."""
    import threading
    from datetime import datetime

    monkeypatch.setattr(backups, "now_local", lambda: datetime(2026, 11, 30, 9, 0, 0))
    both_copying = threading.Barrier(2, timeout=30)
    real = backups.copy_database

    def copy_together(*args: Any, **kwargs: Any) -> Any:
        done = real(*args, **kwargs)
        both_copying.wait()  # each has its copy written, neither renamed it yet
        return done

    monkeypatch.setattr(backups, "copy_database", copy_together)
    made: list[backups.Backup] = []
    errors: list[BaseException] = []

    def back_up() -> None:
        try:
            made.append(make_backup(db, "manual", keep=10))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    workers = [threading.Thread(target=back_up) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert sorted(b.seq for b in made) == [1, 2]
    for b in backups.list_backups(db):
        assert inspect_file(b.folder / db.name, thorough=True) is not None
    assert len(backups.list_backups(db)) == 2
    assert [p for p in backups.backups_dir(db).iterdir() if p.name.endswith(".part")] == []


def test_a_backup_leaves_another_writers_copy_alone_and_clears_an_old_leftover(
    db: Path,
) -> None:
    root = backups.backups_dir(db)
    root.mkdir(parents=True, exist_ok=True)

    def working(name: str, pid: int) -> Path:
        folder = root / f".{db.stem}-{name}-manual.{pid}-1.part"
        folder.mkdir()
        (folder / db.name).write_bytes(b"half a copy")
        return folder

    running = working("20261130-090000", os.getppid())  # a process that runs
    killed = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = working("20261130-090001", int(killed.stdout))  # its process has ended
    left = working("20260101-090000", os.getppid())
    hours_ago = left.stat().st_mtime - 2 * 3600
    os.utime(left, (hours_ago, hours_ago))  # untouched for two hours
    make_backup(db, "manual")
    assert running.exists()
    assert not dead.exists() and not left.exists()


def test_restore_from_a_missing_file_says_so_in_vietnamese(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db.read_bytes()
    assert main(["restore", "--db", str(db), "--from", str(tmp_path / "khong-co.sqlite")]) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "không có tệp này" in said
    assert "No such file" not in said
    assert db.read_bytes() == before
