"""One file, two windows or two processes: locks, read-only opening, record versions."""

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from coordinator.db.errors import ReadOnlyError
from coordinator.db.location import Risk, risks
from coordinator.db.lock import STALE_AFTER, DatabaseLock
from coordinator.db.queries.events import get_event, save_event
from coordinator.db.queries.partners import get_partner, save_partner, set_partner_deleted
from coordinator.db.queries.projects import get_project, save_project
from coordinator.db.store import Store
from coordinator.db.versions import RecordChangedError


def test_a_second_holder_is_told_who_has_the_file(store: Store) -> None:
    first = DatabaseLock(store.path)
    assert first.acquire() is None
    # Another process on this machine, still running: the lock is live.
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        first.path.write_text(
            json.dumps({"user": "thu", "host": platform.node(), "pid": child.pid, "since": "2026"})
        )
        holder = DatabaseLock(store.path).acquire()
        assert holder is not None and holder.user == "thu" and holder.pid == child.pid
    finally:
        child.kill()
        child.wait()
    # Its process is gone: the lock is stale and taken over.
    second = DatabaseLock(store.path)
    assert second.acquire() is None and second.held
    second.release()
    assert not second.path.exists()


def test_a_lock_nobody_touched_for_minutes_is_stale_even_from_another_computer(
    store: Store,
) -> None:
    lock_file = DatabaseLock(store.path).path
    lock_file.write_text(
        json.dumps({"user": "an", "host": "may-khac", "pid": 1, "since": "2026-11-22T08:00:00"})
    )
    assert DatabaseLock(store.path).holder() is not None  # fresh: someone else has it
    old = time.time() - STALE_AFTER - 10
    os.utime(lock_file, (old, old))
    assert DatabaseLock(store.path).acquire() is None


def test_a_half_written_lock_is_recovered(store: Store) -> None:
    DatabaseLock(store.path).path.write_text('{"user": "an", "ho')
    assert DatabaseLock(store.path).acquire() is None


def test_read_only_opening_reads_everything_and_refuses_every_write(demo_store: Store) -> None:
    reader = Store.open(demo_store.path, read_only=True)
    try:
        detail = get_partner(reader, 1)
        assert detail is not None
        detail.partner.notes = "thay đổi"
        with pytest.raises(ReadOnlyError):
            save_partner(reader, detail.partner)
    finally:
        reader.close()
    assert get_partner(demo_store, 1).partner.notes != "thay đổi"  # type: ignore[union-attr]


def test_files_on_network_drives_or_not_writable_are_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert risks(tmp_path / "local.sqlite") == []
    assert Risk.NETWORK in risks(Path("//server/share/coordinator.sqlite"))
    import psutil

    share = SimpleNamespace(mountpoint=str(tmp_path), fstype="cifs", opts="rw")
    monkeypatch.setattr(psutil, "disk_partitions", lambda all=False: [share])
    assert risks(tmp_path / "on-share.sqlite") == [Risk.NETWORK]
    monkeypatch.undo()
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert risks(tmp_path / "locked.sqlite") == [Risk.NOT_WRITABLE]


def test_two_windows_editing_one_partner_never_overwrite_each_other(demo_store: Store) -> None:
    first = get_partner(demo_store, 1)
    second = get_partner(demo_store, 1)
    assert first is not None and second is not None
    first.partner.phone = "0274 3822 111"
    save_partner(demo_store, first.partner)
    second.partner.phone = "0274 3822 999"
    with pytest.raises(RecordChangedError) as refused:
        save_partner(demo_store, second.partner)
    assert not refused.value.deleted
    assert get_partner(demo_store, 1).partner.phone == "0274 3822 111"  # type: ignore[union-attr]
    # The same form may save again after its own save: it holds the new version.
    first.partner.phone = "0274 3822 222"
    save_partner(demo_store, first.partner)


def test_a_record_deleted_meanwhile_is_reported_as_deleted(demo_store: Store) -> None:
    form = get_partner(demo_store, 2)
    assert form is not None
    set_partner_deleted(demo_store, 2, True)
    with pytest.raises(RecordChangedError) as refused:
        save_partner(demo_store, form.partner)
    assert refused.value.deleted


def test_projects_and_events_carry_versions_too(demo_store: Store) -> None:
    a, b = get_project(demo_store, 1), get_project(demo_store, 1)
    assert a is not None and b is not None
    save_project(demo_store, a.project)
    with pytest.raises(RecordChangedError):
        save_project(demo_store, b.project)
    x, y = get_event(demo_store, 1), get_event(demo_store, 1)
    assert x is not None and y is not None
    x.notes = "một"
    save_event(demo_store, x, check_conflicts=False)
    with pytest.raises(RecordChangedError):
        save_event(demo_store, y, check_conflicts=False)


_SAVE = """
import sys
from pathlib import Path
from types import SimpleNamespace
from coordinator.db.store import Store
from coordinator.db.queries.partners import get_partner, save_partner
from coordinator.db.versions import RecordChangedError
store = Store.open(Path(sys.argv[1]))
form = get_partner(store, 1)
print("loaded", flush=True)
sys.stdin.readline()
form.partner.notes = sys.argv[2]
try:
    save_partner(store, form.partner)
    print("saved")
except RecordChangedError:
    print("refused")
"""


def test_two_processes_on_one_file_never_overwrite_each_other(demo_store: Store) -> None:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _SAVE, str(demo_store.path), who],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for who in ("máy A", "máy B")
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "loaded"
    outcomes = []
    for p in procs:  # both loaded the same version; A saves first, then B
        out, _ = p.communicate("go\n", timeout=60)
        outcomes.append(out.strip())
    assert outcomes == ["saved", "refused"]
    assert get_partner(demo_store, 1).partner.notes == "máy A"  # type: ignore[union-attr]
