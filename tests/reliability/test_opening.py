"""Opening a file never harms it: read-only files, folders and disks are read and never
written; another program's SQLite file, a folder, a device or a pipe is refused before
anything is written; an empty file becomes a new database.

The tests run as root here, for whom a file's mode stops no write: the decision to open
read-only must come from the mode itself, which the tests check stays as it was.
"""

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from coordinator.app import Application
from coordinator.cli import main
from coordinator.db import models as m
from coordinator.db.backups import (
    inspect_file,
    make_backup,
    quick_check,
    restore,
    worth_checking,
)
from coordinator.db.errors import (
    NotADatabaseError,
    NotAFileError,
    NotWritableError,
    StoreError,
)
from coordinator.db.location import Risk, read_params, risks, writable
from coordinator.db.migrate import head_revision
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind
from tests.reliability.test_windows import answer, app

__all__ = ["app"]

ICS = Path(__file__).parent.parent / "data" / "ics" / "google.ics"
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and special files")

Snapshot = dict[str, tuple[str, int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file under ``folder``: its bytes, its time and its mode."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "",
            p.stat().st_mtime_ns,
            p.stat().st_mode,
        )
        for p in sorted(folder.rglob("*"))
    }


def office(path: Path, name: str = "Trường Đại học Thủ Dầu Một") -> Path:
    """A database made empty, with one partner typed by hand, closed cleanly."""
    store = Store.open(path)
    save_partner(store, PartnerInput(name=name, kind=OrgKind.ACADEMIA.value))
    store.close()
    return path


def partner_names(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(m.Organization.name)))


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# --- a read-only file --------------------------------------------------------------


@POSIX
def test_a_read_only_file_is_read_and_never_written_nor_made_writable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = office(tmp_path / "office.sqlite")
    db.chmod(0o444)
    assert os.access(db, os.W_OK)  # root: the system would let us write; the mode says no
    assert not writable(db) and Risk.NOT_WRITABLE in risks(db)
    before = snapshot(tmp_path)

    opened: list[bool] = []
    real_open = Store.open

    def spy(path: Path, **kwargs: bool) -> Store:
        opened.append(bool(kwargs.get("read_only")))
        return real_open(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "open", spy)
    assert main(["actions", "--db", str(db)]) == 0
    assert opened == [True]  # read-only because the mode says so, not by trying
    assert main(["check", "--db", str(db)]) == 0
    assert "tốt" in capsys.readouterr().out
    out = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(db), "--to", str(out)]) == 0
    out.unlink()

    for command in (["import", str(ICS)], ["demo"]):
        assert main([*command, "--db", str(db)]) == 1
        assert "chỉ đọc" in one_line(capsys)
    assert main(["import", str(ICS), "--db", str(db), "--lang", "en"]) == 1
    assert "is read-only" in one_line(capsys)
    assert stat.S_IMODE(db.stat().st_mode) == 0o444
    assert snapshot(tmp_path) == before  # no side file, no backup, not a byte


@POSIX
def test_opening_a_read_only_file_for_writing_is_refused_and_reading_works(
    tmp_path: Path,
) -> None:
    db = office(tmp_path / "office.sqlite")
    db.chmod(0o444)
    with pytest.raises(NotWritableError):
        Store.open(db)
    store = Store.open(db, read_only=True)
    try:
        assert partner_names(store) == ["Trường Đại học Thủ Dầu Một"]
    finally:
        store.close()
    assert stat.S_IMODE(db.stat().st_mode) == 0o444


@POSIX
def test_opening_never_changes_the_mode_of_an_existing_file(tmp_path: Path) -> None:
    db = office(tmp_path / "office.sqlite")
    db.chmod(0o640)  # the user's choice: their group may read it
    Store.open(db).close()
    assert main(["import", str(ICS), "--db", str(db)]) == 0
    assert stat.S_IMODE(db.stat().st_mode) == 0o640


@POSIX
def test_the_window_opens_a_read_only_file_read_only_after_saying_so(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = office(tmp_path / "office.sqlite")
    db.chmod(0o444)
    warned = answer(monkeypatch, "warning", QMessageBox.StandardButton.Open)
    assert app.open(db)
    assert "not allowed to change" in warned[0]
    assert app.store is not None and app.store.read_only
    assert partner_names(app.store) == ["Trường Đại học Thủ Dầu Một"]
    assert stat.S_IMODE(db.stat().st_mode) == 0o444


# --- a read-only folder, a read-only disk ------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "archive"
    folder.mkdir()
    office(folder / "office.sqlite")
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


@POSIX
def test_a_healthy_file_in_a_read_only_folder_is_read_not_called_damaged(
    read_only_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = read_only_folder / "office.sqlite"
    assert not writable(db)
    assert read_params(db) == {"immutable": "1"}  # no -wal or -shm can be made there
    before = snapshot(read_only_folder)
    assert inspect_file(db, thorough=True) == head_revision()
    assert main(["check", "--db", str(db)]) == 0
    assert main(["actions", "--db", str(db)]) == 0
    assert main(["import", str(ICS), "--db", str(db)]) == 1
    assert "chỉ đọc" in one_line(capsys)
    store = Store.open(db, read_only=True)
    try:
        assert partner_names(store) == ["Trường Đại học Thủ Dầu Một"]
    finally:
        store.close()
    assert snapshot(read_only_folder) == before


def _bind_read_only(source: Path, target: Path) -> bool:
    target.mkdir()
    done = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(source), str(target)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        return False
    # Older systems make the bind writable and need a remount to make it read-only.
    subprocess.run(
        ["mount", "-o", "remount,bind,ro", str(target)], capture_output=True, check=False
    )
    probe = target / ".probe"
    try:
        probe.touch()
    except OSError:
        return True
    probe.unlink()
    subprocess.run(["umount", str(target)], capture_output=True, check=False)
    return False


@pytest.fixture
def usb_stick(tmp_path: Path) -> Iterator[Path]:
    """A folder on a read-only disk: a read-only bind mount, where the system allows it."""
    source = tmp_path / "stick"
    source.mkdir()
    stick = tmp_path / "mounted"
    if os.name != "posix" or not _bind_read_only(source, stick):
        pytest.skip("a read-only bind mount is not permitted here")
    yield stick
    for args in (["umount", str(stick)], ["umount", "-l", str(stick)]):
        if subprocess.run(args, capture_output=True, check=False).returncode == 0:
            break


def test_a_backup_on_a_read_only_disk_is_read_checked_and_restored(
    usb_stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = office(tmp_path / "office.sqlite")
    backup = make_backup(db, "manual")
    # What is copied onto the stick, as a file manager would: the file alone.
    stick_source = tmp_path / "stick"
    (stick_source / "office.sqlite").write_bytes(backup.database.read_bytes())
    on_stick = usb_stick / "office.sqlite"
    assert not os.access(usb_stick, os.W_OK) and not writable(on_stick)
    assert read_params(on_stick) == {"immutable": "1"}
    before = snapshot(stick_source)

    assert inspect_file(on_stick, thorough=True) == head_revision()  # not "damaged"
    assert main(["check", "--db", str(on_stick)]) == 0
    assert main(["actions", "--db", str(on_stick)]) == 0
    assert main(["import", str(ICS), "--db", str(on_stick)]) == 1
    assert "chỉ đọc" in one_line(capsys)

    store = Store.open(db)
    save_partner(store, PartnerInput(name="Sau khi sao lưu", kind=OrgKind.ENTERPRISE.value))
    store.close()
    assert main(["restore", "--db", str(db), "--from", str(on_stick)]) == 0
    store = Store.open(db)
    try:
        assert partner_names(store) == ["Trường Đại học Thủ Dầu Một"]
    finally:
        store.close()
    assert snapshot(stick_source) == before


# --- another program's SQLite file -------------------------------------------------


def browser_history(path: Path, journal: str = "wal") -> Path:
    """A browser's history file: SQLite, in WAL mode, with tables of its own."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.executescript(
        """
        CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT);
        CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, place_id INTEGER,
                                        visit_date INTEGER);
        CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER, title TEXT);
        CREATE INDEX moz_places_url ON moz_places (url);
        INSERT INTO moz_places VALUES (1, 'https://binhduong.gov.vn', 'Cổng thông tin');
        INSERT INTO moz_historyvisits VALUES (1, 1, 1700000000);
        """
    )
    conn.commit()
    conn.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_another_programs_sqlite_file_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], journal: str
) -> None:
    folder = tmp_path / "profile"
    folder.mkdir()
    history = browser_history(folder / "places.sqlite", journal)
    before = snapshot(folder)
    for command in (
        ["check"],
        ["actions"],
        ["demo"],
        ["import", str(ICS)],
        ["backup"],
        ["backup", "--to", str(tmp_path / "copy.sqlite")],
    ):
        assert main([*command, "--db", str(history)]) == 1, command
        assert "không phải là cơ sở dữ liệu Coordinator" in one_line(capsys)
    for read_only in (False, True):
        with pytest.raises(NotADatabaseError):
            Store.open(history, read_only=read_only)
    assert worth_checking(history)
    with pytest.raises(NotADatabaseError):
        quick_check(history)  # the window's check, run at launch
    assert snapshot(folder) == before  # no migration, backup, side file or new mtime
    assert not (tmp_path / "copy.sqlite").exists()


def test_a_file_of_another_program_that_uses_alembic_too_is_not_taken_for_ours(
    tmp_path: Path,
) -> None:
    for revision in ("ae1027a6acf", head_revision()):  # unknown, and one that is ours
        path = tmp_path / f"{revision}.sqlite"
        conn = sqlite3.connect(path)
        conn.executescript(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
            "CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT);"
        )
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.commit()
        conn.close()
        before = path.read_bytes()
        with pytest.raises(NotADatabaseError):
            Store.open(path)
        assert path.read_bytes() == before


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    for path in (tmp_path / "empty.sqlite", tmp_path / "bare.sqlite"):
        if path.name == "empty.sqlite":
            path.touch()  # 0 bytes
        else:
            sqlite3.connect(path).close()  # SQLite, not one table yet
        store = Store.open(path)
        try:
            assert store.revision() == head_revision()
        finally:
            store.close()


# --- folders, devices and pipes ------------------------------------------------------


@POSIX
def test_a_folder_or_a_device_as_the_database_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    for path, said in ((folder, "là một thư mục"), (Path("/dev/null"), "không phải là tệp")):
        for command in (["check"], ["demo"], ["actions"], ["import", str(ICS)], ["backup"]):
            assert main([*command, "--db", str(path)]) == 1, (path, command)
            assert said in one_line(capsys)
        with pytest.raises(NotAFileError):
            Store.open(path)
    db = office(tmp_path / "office.sqlite")
    assert main(["restore", "--db", str(db), "--from", "/dev/null"]) == 1
    assert "không phải là tệp" in one_line(capsys)
    assert main(["restore", "--db", str(folder), "--from", str(db)]) == 1
    assert "là một thư mục" in one_line(capsys)
    assert sorted(p.name for p in folder.iterdir()) == []


@POSIX
def test_a_pipe_as_the_database_or_the_backup_is_refused_without_waiting(
    tmp_path: Path,
) -> None:
    """Run as the user would, in a process of its own: a read of the pipe would wait for
    ever, and the timeout fails the test instead of hanging it."""
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    db = office(tmp_path / "office.sqlite")
    for args in (
        ["check", "--db", str(pipe)],
        ["import", str(ICS), "--db", str(pipe)],
        ["restore", "--db", str(db), "--from", str(pipe)],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "coordinator", *args, "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 1, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert "device or a pipe" in done.stderr
    with pytest.raises(NotAFileError):
        Store.open(pipe)
    assert not worth_checking(pipe)  # stat, not open: a pipe would wait


def test_a_missing_file_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = office(tmp_path / "office.sqlite")
    assert main(["restore", "--db", str(db), "--from", str(tmp_path / "gone.sqlite")]) == 1
    one_line(capsys)
    with pytest.raises((StoreError, OSError)):
        restore(db, tmp_path / "gone.sqlite")


@POSIX
def test_the_window_refuses_a_folder_or_a_pipe_in_one_message(
    app: Application, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    before = snapshot(tmp_path)
    shown = answer(monkeypatch, "critical", QMessageBox.StandardButton.Ok)
    assert not app.open(folder)
    assert not app.open(pipe)
    assert "is a folder" in shown[0] and "device or a pipe" in shown[1]
    assert app.window is None and snapshot(tmp_path) == before  # not even a lock file
