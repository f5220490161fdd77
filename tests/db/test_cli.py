"""The headless commands: exit 0 done, 1 a clear one-line error, 2 bad arguments."""

import json
from pathlib import Path

import pytest

from coordinator import paths
from coordinator.cli import main
from coordinator.db import demo
from coordinator.db.migrate import head_revision
from coordinator.db.store import Store


def test_demo_check_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert f"tốt, cấu trúc dữ liệu {head_revision()}" in capsys.readouterr().out
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "b.sqlite")]) == 0
    assert main(["check", "--db", str(tmp_path / "b.sqlite")]) == 0


def test_demo_refuses_a_database_with_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.sqlite"
    main(["demo", "--db", str(db)])
    capsys.readouterr()
    assert main(["demo", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "đã có dữ liệu" in err


def test_check_reports_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"PK\x03\x04 this is a zip file")
    assert main(["check", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "không phải là cơ sở dữ liệu Coordinator" in err and "Traceback" not in err
    assert main(["check", "--db", str(tmp_path / "missing.sqlite")]) == 1


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "--db", "x.sqlite"])  # --out is required
    assert info.value.code == 2


def test_import_export_and_conflicts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    ics = Path(__file__).parent.parent / "data" / "ics" / "google.ics"
    assert main(["import", str(ics), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "thêm 3 sự kiện, cập nhật 0" in out
    assert "bỏ qua broken@google.com" in out
    out_file = tmp_path / "michael.ics"
    assert (
        main(["export", "--db", str(db), "--out", str(out_file), "--person", "michael anderson"])
        == 0
    )
    # 8 consultations, the opening and closing meetings and the workshop.
    assert out_file.read_bytes().count(b"BEGIN:VEVENT") == 11
    capsys.readouterr()
    assert (
        main(["conflicts", "--db", str(db), "--from", "25/11/2026", "--to", "26/12/2026", "--json"])
        == 0
    )
    found = json.loads(capsys.readouterr().out)
    # The demo books no one twice; the imported fair runs into the weekend.
    assert [c for f in found for c in f["conflicts"]] == []
    assert [(f["title"], w["kind"]) for f in found for w in f["warnings"]] == [
        ("Hội chợ công nghệ", "weekend")
    ]


def test_import_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    bad = Path(__file__).parent.parent / "data" / "ics" / "not-a-calendar.csv"
    assert main(["import", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err  # a .csv is taken for a list: it asks what it lists
    assert err.count("\n") == 1 and "hãy cho biết tệp liệt kê gì bằng --as" in err
    bad = tmp_path / "not-a-calendar.ics"
    bad.write_text("Tên,Email\nA,a@b.vn\n", encoding="utf-8")
    assert main(["import", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "không phải tệp lịch (.ics)" in err
    assert (
        main(["export", "--db", str(db), "--out", str(tmp_path / "x.ics"), "--project", "NONE"])
        == 1
    )
    assert "không có dự án nào có mã" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["conflicts", "--db", str(db), "--from", "32/01/2026"])
    assert stop.value.code == 2


def test_db_before_the_command_is_the_one_used(tmp_path: Path) -> None:
    db = tmp_path / "before.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert db.exists() and db.stat().st_size > 0
    assert main(["--db", str(db), "check"]) == 0


def test_init_makes_an_empty_migrated_database_in_new_folders_and_only_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new" / "folder" / "office.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert str(db) in capsys.readouterr().out
    store = Store.open(db)
    try:
        assert store.revision() == head_revision()
        assert demo.is_empty(store)
    finally:
        store.close()
    before = db.read_bytes()
    assert main(["init", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "đã có" in err
    assert db.read_bytes() == before
    assert main(["demo", "--db", str(db)]) == 0  # the new database takes the demo data


MISSING_FILE_COMMANDS = [
    ["check"],
    ["backup"],
    ["import", str(Path(__file__).parent.parent / "data" / "ics" / "google.ics")],
    ["export", "--out", "OUT/x.ics"],
    ["conflicts"],
    ["actions", "--overdue"],
    ["minutes", "--event", "1", "--out", "OUT/x.pdf"],
    ["report", "--from", "01/01/2026", "--to", "31/12/2026", "--out", "OUT/x.xlsx"],
]


@pytest.mark.parametrize("command", MISSING_FILE_COMMANDS, ids=lambda c: c[0])
def test_a_command_given_a_missing_database_names_init_and_makes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = tmp_path / "not here" / "office.sqlite"
    args = [a.replace("OUT", str(tmp_path)) for a in command]
    assert main([*args, "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert f"{db}: không có tệp này" in captured.err
    assert f"coordinator init --db '{db}'" in captured.err  # quoted for a shell
    assert not db.parent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_the_default_database_missing_is_told_with_plain_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    default = tmp_path / "data" / "coordinator.sqlite"
    monkeypatch.setattr(paths, "default_db_path", lambda: default)
    assert main(["check"]) == 1
    assert "lệnh “coordinator init” tạo một cơ sở dữ liệu mới" in capsys.readouterr().err
    assert main(["init"]) == 0
    assert default.exists()
    assert main(["check"]) == 0


def test_restore_brings_back_a_database_whose_file_is_gone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "office.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    db.unlink()  # lost; its backups folder remains
    assert main(["restore", "--db", str(db)]) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0


def test_init_that_fails_half_way_leaves_nothing_that_looks_like_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The database is built under a hidden name and linked into place whole; a failure
    (or a kill) before that leaves no file at the path, and the hidden one is cleared."""
    import os

    def no_link(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", no_link)
    db = tmp_path / "new" / "coordinator.sqlite"
    assert main(["init", "--db", str(db)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert not db.exists()
    assert sorted(p.name for p in db.parent.iterdir()) == []
    monkeypatch.undo()
    assert main(["init", "--db", str(db)]) == 0
    assert sorted(p.name for p in db.parent.iterdir()) == ["coordinator.sqlite"]
