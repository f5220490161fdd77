"""The headless commands: exit 0 done, 1 a clear one-line error, 2 bad arguments."""

import json
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db.migrate import head_revision


def test_demo_check_and_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert f"ok, schema {head_revision()}" in capsys.readouterr().out
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
    assert err.count("\n") == 1 and "already holds data" in err


def test_check_reports_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"PK\x03\x04 this is a zip file")
    assert main(["check", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "not a Coordinator database" in err and "Traceback" not in err
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
    assert "3 events added, 0 updated" in out
    assert "skipped broken@google.com" in out
    out_file = tmp_path / "emily.ics"
    assert (
        main(["export", "--db", str(db), "--out", str(out_file), "--person", "emily carter"]) == 0
    )
    assert out_file.read_bytes().count(b"BEGIN:VEVENT") == 9  # 8 consultations + the workshop
    capsys.readouterr()
    assert (
        main(["conflicts", "--db", str(db), "--from", "25/11/2026", "--to", "26/12/2026", "--json"])
        == 0
    )
    found = json.loads(capsys.readouterr().out)
    kinds = {(f["title"], c["kind"]) for f in found for c in f["conflicts"]}
    assert ("Đoàn Eindhoven thăm Trung tâm điều hành thông minh", "person") in kinds
    assert any(w["kind"] == "weekend" for f in found for w in f["warnings"])


def test_import_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    bad = Path(__file__).parent.parent / "data" / "ics" / "not-a-calendar.csv"
    assert main(["import", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an iCalendar file" in err
    assert (
        main(["export", "--db", str(db), "--out", str(tmp_path / "x.ics"), "--project", "NONE"])
        == 1
    )
    assert "no project with code" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["conflicts", "--db", str(db), "--from", "32/01/2026"])
    assert stop.value.code == 2


def test_db_before_the_command_is_the_one_used(tmp_path: Path) -> None:
    db = tmp_path / "before.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert db.exists() and db.stat().st_size > 0
    assert main(["--db", str(db), "check"]) == 0
