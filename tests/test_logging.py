"""The log file: what a run writes there, and what it never writes."""

import json
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from coordinator import __version__, logs
from coordinator.cli import main
from coordinator.db.migrate import head_revision
from coordinator.sheets.export import ListSheet, export_list

_CHILD = r"""
import atexit, json, sys, threading
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

seen = {"asked": [], "windows": []}
atexit.register(lambda: print("SEEN " + json.dumps(seen), flush=True))

def recorder(kind):
    def ask(parent, title, text, *args, **kwargs):
        seen["asked"].append([kind, title, text])
        return QMessageBox.StandardButton.No
    return staticmethod(ask)

for kind in ("critical", "warning", "information", "question"):
    setattr(QMessageBox, kind, recorder(kind))

def boom():
    raise LookupError("raised on a worker thread")

def crash():
    raise ZeroDivisionError("raised in a slot of the window's thread")

def act():
    seen["windows"] = [
        type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
    ]
    qWarning("a warning of Qt's own")
    worker = threading.Thread(target=boom, name="worker-of-the-test")
    worker.start()
    worker.join()
    QTimer.singleShot(0, crash)
    QTimer.singleShot(300, QApplication.quit)

QTimer.singleShot(0, act)
from coordinator.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _account(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _log_of(home: Path) -> Path:
    return home / ".local" / "state" / "Coordinator" / "log" / "coordinator.log"


def test_the_window_logs_its_start_the_migration_qt_warnings_and_every_crash(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        env=_account(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("SEEN ")]
    assert lines, done.stderr
    seen: dict[str, Any] = json.loads(lines[-1].removeprefix("SEEN "))
    assert "MainWindow" in seen["windows"], done.stderr
    log_file = _log_of(home)
    text = log_file.read_text(encoding="utf-8")
    db = home / ".local" / "share" / "Coordinator" / "coordinator.sqlite"

    start = next(line for line in text.splitlines() if " start window: " in line)
    assert f"Coordinator {__version__}, schema {head_revision()}, Python 3." in start
    assert ", Qt 6." in start and start.endswith(f"database {db}")
    assert f"upgrading {db} from revision none to head" in text
    assert f"upgraded {db} to revision {head_revision()}" in text

    assert "WARNING coordinator.qt: a warning of Qt's own" in text
    assert "a warning of Qt's own" not in done.stderr  # the log, not the terminal

    # A thread's exception and a slot's, each with its traceback, each in the dialog.
    assert "unexpected error in thread worker-of-the-test" in text
    assert "LookupError: raised on a worker thread" in text
    assert "ZeroDivisionError: raised in a slot of the window's thread" in text
    assert text.count("Traceback (most recent call last):") == 2
    crashes = [a for a in seen["asked"] if a[0] == "critical"]
    assert len(crashes) == 2, seen["asked"]
    assert all(str(log_file) in said for _kind, _title, said in crashes)


def test_the_command_line_logs_to_the_file_and_nothing_to_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    db = tmp_path / "office.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert capsys.readouterr().err == ""
    text = (tmp_path / "state" / "Coordinator" / "log" / "coordinator.log").read_text("utf-8")
    assert f"start init: Coordinator {__version__}" in text and f"database {db}" in text
    # init migrates a file of its own beside the database, then puts it in place.
    assert "from revision none to head\n" in text
    assert f"to revision {head_revision()}\n" in text


def _people_csv(path: Path) -> None:
    path.write_text(
        "Họ và tên,Email,Điện thoại,Đơn vị\n"
        "Đặng Thu Hà,thuha.dang@example.vn,0912 345 678,Sở Khoa học và Công nghệ\n"
        "Võ Minh Triết,triet.vo@example.vn,0987 654 321,Sở Khoa học và Công nghệ\n",
        encoding="utf-8",
    )


def test_the_log_holds_files_and_counts_never_names_or_emails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    db = tmp_path / "office.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    people = tmp_path / "people.csv"
    _people_csv(people)
    assert main(["import", str(people), "--as", "people", "--db", str(db)]) == 0
    ics = Path(__file__).parent / "data" / "ics" / "google.ics"
    assert main(["import", str(ics), "--db", str(db)]) == 0
    out = tmp_path / "events.ics"
    assert main(["export", "--out", str(out), "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    assert main(["restore", "--db", str(db)]) == 0

    conn = sqlite3.connect(db)
    stored = [
        value
        for query in (
            "SELECT full_name FROM person",
            "SELECT email FROM person WHERE email IS NOT NULL",
            "SELECT name FROM organization",
            "SELECT title FROM event",
        )
        for (value,) in conn.execute(query)
    ]
    conn.close()
    assert "Đặng Thu Hà" in stored

    text = (tmp_path / "state" / "Coordinator" / "log" / "coordinator.log").read_text("utf-8")
    assert f"reading the list {people}" in text
    assert "imported a people list into" in text and "2 added" in text
    assert f"importing the calendar {ics}" in text and "calendar imported: " in text
    assert f"calendar of {db} exported: " in text
    assert f"backup of {db} made in" in text
    assert f"{db} restored from" in text
    listed = tmp_path / "partners.xlsx"
    sheet = ListSheet("Đối tác", datetime(2026, 11, 30, 14, 5), ["Tên", "Email"], [stored[:2]])
    assert export_list(listed, sheet) == 1
    text = (tmp_path / "state" / "Coordinator" / "log" / "coordinator.log").read_text("utf-8")
    assert f"exported 1 rows to {listed}" in text and f"wrote {listed}" in text
    assert [v for v in stored if v in text] == []


def test_the_values_of_a_failed_statement_are_left_out() -> None:
    from sqlalchemy.exc import IntegrityError

    exc = IntegrityError(
        "INSERT INTO person (full_name, email) VALUES (?, ?)",
        ("Đặng Thu Hà", "thuha.dang@example.vn"),
        Exception("UNIQUE constraint failed: person.email"),
    )
    said = logs.scrub(f"could not save: {exc}")
    assert "Đặng Thu Hà" not in said and "example.vn" not in said
    assert "UNIQUE constraint failed: person.email" in said
    assert "[SQL: INSERT INTO person" in said and "[parameters hidden]" in said


def test_the_log_turns_over_at_a_megabyte_keeping_five(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = logs.setup()
    assert path == tmp_path / "state" / "Coordinator" / "log" / "coordinator.log"
    assert path is not None and path.parent.stat().st_mode & 0o077 == 0
    for _ in range(2_200):
        logs.log.info("%s", "x" * 1000)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["coordinator.log", "coordinator.log.1", "coordinator.log.2"]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in path.parent.iterdir())
    assert logs.setup() == path  # once: a second call adds no second handler
    assert sum(isinstance(h, logs._LogFile) for h in logs.log.handlers) == 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_thread_of_the_command_line_that_fails_is_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = logs.setup()
    assert path is not None

    def fail() -> None:
        raise KeyError("on a thread of its own")

    worker = threading.Thread(target=fail, name="headless-worker")
    worker.start()
    worker.join()
    text = path.read_text("utf-8")
    assert "unexpected error in thread headless-worker" in text
    assert "KeyError: 'on a thread of its own'" in text


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "state").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logs.setup() is None
    assert main(["init", "--db", str(tmp_path / "x.sqlite")]) == 0
