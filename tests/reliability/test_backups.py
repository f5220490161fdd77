"""Backups with the SQLite backup API, pruning, restore that checks first, damaged files."""

import os
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from coordinator.db import demo
from coordinator.db.attachments import attachments_dir, store_file
from coordinator.db.backups import (
    backup_due,
    list_backups,
    make_backup,
    newest_good,
    quick_check,
    restore,
    worth_checking,
)
from coordinator.db.errors import BackupCancelledError, DamagedDatabaseError, NotADatabaseError
from coordinator.db.lock import DatabaseLock
from coordinator.db.queries.common import Sort
from coordinator.db.queries.partners import (
    PartnerFilter,
    PartnerInput,
    count_partners,
    list_partners,
    save_partner,
)
from coordinator.db.queries.settings import get_backup_keep, set_backup_keep
from coordinator.db.store import Store
from coordinator.domain.timezone import now_local


def names(store: Store) -> set[str]:
    f = PartnerFilter()
    return {r.name for r in list_partners(store, f, Sort("name"), 0, count_partners(store, f))}


def test_a_backup_holds_the_database_and_its_attachments(demo_store: Store, tmp_path: Path) -> None:
    source = tmp_path / "biên bản.pdf"
    source.write_bytes(b"%PDF-1.4 minutes")
    kept = store_file(demo_store.path, source)
    backup = make_backup(demo_store.path, "manual")
    copy = sqlite3.connect(backup.database)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT count(*) FROM organization").fetchone()[0] == 17
    copy.close()
    files = [p for p in (backup.folder / "attachments").rglob("*") if p.is_file()]
    assert [p.name for p in files] == [kept.content_hash + ".pdf"]
    assert list_backups(demo_store.path) == [backup]


def test_only_the_newest_backups_are_kept_as_set_in_preferences(store: Store) -> None:
    assert get_backup_keep(store) == 14
    set_backup_keep(store, 3)
    made = [make_backup(store.path, "manual") for _ in range(5)]
    kept = list_backups(store.path)
    assert [b.folder for b in kept] == [b.folder for b in reversed(made[-3:])]


def test_a_backup_is_due_once_a_day(store: Store) -> None:
    assert backup_due(store.path)
    make_backup(store.path, "daily")
    assert not backup_due(store.path)
    assert backup_due(store.path, now=now_local() + timedelta(days=1, minutes=1))


def test_a_stopped_backup_leaves_nothing(demo_store: Store) -> None:
    with pytest.raises(BackupCancelledError):
        make_backup(demo_store.path, "manual", progress=lambda done, total: False)
    assert list_backups(demo_store.path) == []
    assert not any((demo_store.path.parent / "backups").glob(".*"))


def test_an_import_is_preceded_by_a_backup(store: Store) -> None:
    from coordinator.ical import import_bytes

    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Hop\r\n"
        b"DTSTART:20261201T020000Z\r\nDTEND:20261201T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    import_bytes(store, ics)
    assert [b.reason for b in list_backups(store.path)] == ["before-import"]


def test_restore_checks_the_backup_keeps_the_current_file_and_brings_back_the_data(
    demo_store: Store,
) -> None:
    path = demo_store.path
    backup = make_backup(path, "manual")
    save_partner(demo_store, PartnerInput(name="Đối tác mới sau sao lưu", kind="enterprise"))
    demo_store.close()
    aside = restore(path, backup.database)
    assert aside is not None and aside.exists()
    reopened = Store.open(path)
    assert "Đối tác mới sau sao lưu" not in names(reopened)
    reopened.close()
    kept = Store.open(aside)
    assert "Đối tác mới sau sao lưu" in names(kept)
    kept.close()


def test_a_bad_backup_is_refused_and_nothing_is_replaced(store: Store, tmp_path: Path) -> None:
    store.close()
    before = store.path.read_bytes()
    fake = tmp_path / "fake.sqlite"
    fake.write_bytes(b"not a database at all" * 100)
    with pytest.raises(NotADatabaseError):
        restore(store.path, fake)
    assert store.path.read_bytes() == before


def damage(path: Path) -> None:
    """Overwrite the middle of the file, where the tables' pages are."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)


def test_a_damaged_file_opens_nothing_and_the_newest_good_backup_is_found(
    demo_store: Store,
) -> None:
    path = demo_store.path
    older = make_backup(path, "daily")
    newer = make_backup(path, "manual")
    damage(newer.database)  # the newest backup is damaged too: it is passed over
    demo_store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        Store.open(path)
    assert path.read_bytes() == before
    assert newest_good(path) == older


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_backups_and_attachments_are_readable_only_by_their_owner(
    store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    source.write_text("x")
    kept = store_file(store.path, source)
    backup = make_backup(store.path, "manual")
    private = [store.path, backup.database]
    private += [p for p in attachments_dir(store.path).rglob("*") if p.is_file()]
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    folders = [backup.folder, backup.folder.parent, attachments_dir(store.path)]
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert kept.filename == "note.txt"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folders_of_a_new_database_are_made_private_and_existing_ones_left_alone(
    tmp_path: Path,
) -> None:
    os.chmod(tmp_path, 0o755)  # the user's own folder, as they set it
    path = tmp_path / "new" / "deeper" / "office.sqlite"
    lock = DatabaseLock(path)
    assert lock.acquire() is None  # the app locks a new file before making it
    Store.open(path).close()
    lock.release()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (path.parent, path.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_demo_data_survives_a_backup_and_restore_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "round.sqlite"
    store = Store.open(path)
    demo.load(store)
    expected = names(store)
    backup = make_backup(path, "manual")
    store.close()
    path.unlink()
    assert restore(path, backup.database) is None
    again = Store.open(path)
    assert names(again) == expected
    assert again.integrity_check() == ["ok"]
    again.close()


def test_backups_are_named_in_vietnam_time_whatever_the_computer_says(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        backup = make_backup(store.path, "manual")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert abs(backup.made_at - now_local()) < timedelta(minutes=1)
    assert list_backups(store.path)[0].made_at == backup.made_at


def test_the_quick_check_passes_a_sound_file_and_refuses_a_damaged_one(
    demo_store: Store, tmp_path: Path
) -> None:
    """A plain function: the window runs it on its operation helper's thread."""
    path = demo_store.path
    demo_store.close()
    quick_check(path)  # a sound file: nothing raised
    assert worth_checking(path) and not worth_checking(tmp_path / "new.sqlite")
    damage(path)
    with pytest.raises(DamagedDatabaseError):
        quick_check(path)
