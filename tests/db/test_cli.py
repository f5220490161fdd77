"""The headless commands: exit 0 done, 1 a clear one-line error, 2 bad arguments."""

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
        main(["backup", "--db", "x.sqlite"])
    assert info.value.code == 2
