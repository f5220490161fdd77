"""Restore puts back only a Coordinator database of a known revision, and the database's
path holds a whole database at every step, whatever step fails."""

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from coordinator.app import Application
from coordinator.cli import main
from coordinator.db import backups
from coordinator.db import models as m
from coordinator.db.backups import make_backup, restore
from coordinator.db.errors import (
    NewerDatabaseError,
    NotADatabaseError,
    RestoreError,
    WrongSchemaError,
)
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind
from coordinator.text.errors import restore_error_text
from coordinator.text.translations import speaking
from tests.reliability.test_opening import browser_history, office, snapshot
from tests.reliability.test_windows import answer, app

__all__ = ["app"]

FIRST = "Trường Đại học Thủ Dầu Một"
LATER = "Công ty TNHH Thêm sau sao lưu"


def names(path: Path) -> list[str]:
    store = Store.open(path, read_only=True)
    try:
        with store.session() as s:
            return sorted(s.scalars(select(m.Organization.name)))
    finally:
        store.close()


def add_partner(path: Path, name: str) -> None:
    store = Store.open(path)
    try:
        save_partner(store, PartnerInput(name=name, kind=OrgKind.ENTERPRISE.value))
    finally:
        store.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database with a backup of its first state, and a partner added since."""
    path = office(tmp_path / "office.sqlite", FIRST)
    make_backup(path, "manual")
    add_partner(path, LATER)
    return path


def the_backup(db: Path) -> Path:
    return backups.list_backups(db)[0].database


def whole(path: Path) -> list[str]:
    """The partners of the database at ``path``, once it passes the full check."""
    assert backups.inspect_file(path, thorough=True) is not None
    return names(path)


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.endswith((".restoring", ".part")))


# --- what is refused, before anything is changed -------------------------------------


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()


def _drop_table(path: Path, table: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error", "vi", "en"),
    [
        (
            lambda p: browser_history(p),
            NotADatabaseError,
            "không phải là cơ sở dữ liệu Coordinator",
            "is not a Coordinator database",
        ),
        (
            lambda p: sqlite3.connect(p).close(),  # SQLite with no table at all
            NotADatabaseError,
            "không phải là cơ sở dữ liệu Coordinator",
            "is not a Coordinator database",
        ),
        (
            lambda p: _set_revision(office(p), "9999_from_the_future"),
            NewerDatabaseError,
            "phiên bản Coordinator mới hơn",
            "saved by a newer version of Coordinator",
        ),
        (
            lambda p: _drop_table(office(p), "milestone"),
            WrongSchemaError,
            "thiếu bảng milestone",
            "table milestone is missing",
        ),
    ],
    ids=["another-program", "empty-sqlite", "newer", "table-missing"],
)
def test_a_backup_that_is_not_a_coordinator_database_of_a_known_revision_is_refused(
    db: Path,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], object],
    error: type[Exception],
    vi: str,
    en: str,
) -> None:
    candidate = tmp_path_factory.mktemp("elsewhere") / "candidate.sqlite"
    make(candidate)
    before = snapshot(db.parent)
    with pytest.raises(error):
        restore(db, candidate)
    for lang, said in (("vi", vi), ("en", en)):
        assert main(["restore", "--db", str(db), "--from", str(candidate), "--lang", lang]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err, err
        assert str(candidate) in err
    assert snapshot(db.parent) == before
    assert sorted(whole(db)) == sorted([FIRST, LATER])


# --- the swap ------------------------------------------------------------------------


def test_the_message_names_the_file_kept_aside(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", "--db", str(db), "--from", str(the_backup(db))]) == 0
    out = capsys.readouterr().out
    kept = list(db.parent.glob("office-before-restore-*.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert whole(db) == [FIRST]
    assert sorted(whole(kept[0])) == sorted([FIRST, LATER])
    assert leftovers(db) == []


def _count_renames(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    real = os.replace

    def counting(src: object, dst: object) -> None:
        calls.append((str(src), str(dst)))
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", counting)
    return calls


def test_a_failure_at_each_rename_leaves_a_whole_database_at_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A successful restore, to learn how many renames there are.
    probe = office(tmp_path / "probe" / "office.sqlite", FIRST)
    probe_backup = make_backup(probe, "manual").database
    with monkeypatch.context() as patch:
        renames = _count_renames(patch)
        restore(probe, probe_backup)
    assert len(renames) >= 2 and renames[-1][1] == str(probe)
    real = os.replace

    for failing in range(1, len(renames) + 1):
        db = office(tmp_path / f"case{failing}" / "office.sqlite", FIRST)
        make_backup(db, "manual")
        add_partner(db, LATER)
        seen = 0

        def flaky(src: object, dst: object, at: int = failing) -> None:
            nonlocal seen
            seen += 1
            if seen == at:
                raise OSError(28, "No space left on device")
            real(src, dst)  # type: ignore[arg-type]

        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", flaky)
            with pytest.raises(RestoreError) as info:
                restore(db, the_backup(db))
        assert sorted(whole(db)) == sorted([FIRST, LATER]), failing  # as it was
        assert leftovers(db) == []
        with speaking("en"):
            said = restore_error_text(info.value)
        assert "is good" in said and str(db) in said, said
        assert ("is as it was" if info.value.step == "swap" else "Nothing was changed") in said
        assert "damaged" not in said and "not a usable backup" not in said
        if info.value.aside is not None:  # the second name is named, and whole
            assert str(info.value.aside) in said
            assert sorted(whole(info.value.aside)) == sorted([FIRST, LATER])
        with speaking("vi"):
            assert "vẫn giữ nguyên" in restore_error_text(info.value) or (
                "Không có gì bị thay đổi" in restore_error_text(info.value)
            )


def test_without_hard_links_the_current_file_is_copied_aside(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(1, "Operation not permitted")  # FAT: no hard links

    monkeypatch.setattr(os, "link", no_links)
    aside = restore(db, the_backup(db))
    assert aside is not None
    assert whole(db) == [FIRST] and sorted(whole(aside)) == sorted([FIRST, LATER])


def test_when_the_aside_copy_fails_nothing_is_replaced(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", fails)
    monkeypatch.setattr(shutil, "copy2", fails)
    with pytest.raises(RestoreError) as info:
        restore(db, the_backup(db))
    assert info.value.step == "swap" and info.value.aside is None
    assert sorted(whole(db)) == sorted([FIRST, LATER])
    assert not list(db.parent.glob("*-before-restore-*")) and leftovers(db) == []


def _leave_a_journal(db: Path, name: str) -> None:
    """A process that saved and died: its change is in the ``-wal`` file only."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA wal_autocheckpoint=0')\n"
        'c.execute("UPDATE organization SET name = ? WHERE id = 1", (sys.argv[2],))\n'
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db), name], check=True)
    assert db.with_name(db.name + "-wal").stat().st_size > 0


@pytest.mark.parametrize("fold", [True, False], ids=["folded", "kept-beside"])
def test_changes_waiting_in_the_journal_are_kept_in_the_file_set_aside(
    db: Path, monkeypatch: pytest.MonkeyPatch, fold: bool
) -> None:
    _leave_a_journal(db, "Tên chỉ có trong nhật ký")
    if not fold:  # a damaged file refuses to fold its journal in: it goes aside with it
        monkeypatch.setattr(backups, "_fold_journal", lambda _path: None)
    aside = restore(db, the_backup(db))
    assert aside is not None
    assert "Tên chỉ có trong nhật ký" in whole(aside)
    assert whole(db) == [FIRST]  # no journal of the old file met the new one


def test_attachments_that_cannot_be_copied_are_said_and_the_database_is_restored(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = the_backup(db)
    (backup.parent / "attachments" / "1").mkdir(parents=True)
    (backup.parent / "attachments" / "1" / "note.txt").write_text("x")

    def fails(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_link_tree", fails)
    with pytest.raises(RestoreError) as info:
        restore(db, backup)
    assert info.value.step == "attachments"
    assert whole(db) == [FIRST]
    with speaking("en"):
        said = restore_error_text(info.value)
    assert "was restored" in said and str(backup.parent / "attachments") in said
    assert info.value.aside is not None and str(info.value.aside) in said


# --- the window ----------------------------------------------------------------------


def test_the_window_says_where_each_file_is_when_the_last_step_fails(
    app: Application, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.open(db)
    app.wait_for_backup()
    real = os.replace

    def fails_on_the_swap(src: object, dst: object) -> None:
        if str(dst) == str(db):
            raise OSError(28, "No space left on device")
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", fails_on_the_swap)
    shown = answer(monkeypatch, "critical", QMessageBox.StandardButton.Ok)
    app.restore(db, the_backup(db))
    assert len(shown) == 1
    assert "is good" in shown[0] and "is as it was" in shown[0] and "backup" in shown[0]
    assert "before-restore" in shown[0]  # where the second name is
    assert app.store is not None and app.store.path == db  # opened again, as it was
    assert sorted(whole(db)) == sorted([FIRST, LATER])


def test_the_window_refuses_another_programs_file_as_a_backup(
    app: Application, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.open(db)
    app.wait_for_backup()
    history = browser_history(tmp_path / "places.sqlite")
    shown = answer(monkeypatch, "critical", QMessageBox.StandardButton.Ok)
    store = app.store
    assert not app.restore(db, history)
    assert app.store is store  # never closed: nothing was touched
    assert "not a usable backup" in shown[0] and "not a Coordinator database" in shown[0]


def test_the_newest_good_backup_is_one_restore_will_take(db: Path) -> None:
    older = backups.list_backups(db)[0]
    newer = make_backup(db, "manual")
    _drop_table(newer.database, "milestone")  # whole to SQLite, but not its revision's
    found = backups.newest_good(db)
    assert found is not None and found.folder == older.folder


def test_a_backup_copied_onto_a_full_disk_is_a_copy_failure_and_nothing_is_changed(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's own SQLITE_FULL while it writes the copy (not an OSError of Python's) is
    said as the full disk it is, for a restore and for a backup alike; never a traceback."""
    real = sqlite3.connect

    def connect(database: object, *args: object, **kw: object) -> sqlite3.Connection:
        conn = real(database, *args, **kw)  # type: ignore[arg-type]
        if str(database).endswith(".part"):  # the copy may not grow: a full disk
            conn.execute("PRAGMA max_page_count=2")
        return conn

    backup = the_backup(db)
    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(RestoreError) as info:
        restore(db, backup)
    assert info.value.step == "copy" and info.value.cause.errno == 28
    with speaking("en"):
        said = restore_error_text(info.value)
    assert "the disk is full" in said and "Nothing was changed" in said, said
    with pytest.raises(OSError) as made:
        make_backup(db, "manual")
    assert made.value.errno == 28
    assert main(["backup", "--db", str(db), "--lang", "en"]) == 1
    assert "the disk is full" in capsys.readouterr().err
    monkeypatch.undo()
    assert sorted(whole(db)) == sorted([FIRST, LATER])
    assert leftovers(db) == [] and len(backups.list_backups(db)) == 1
