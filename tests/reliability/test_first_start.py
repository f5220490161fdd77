"""The very first start on a new account, through the real entry point in a process of its own.

The child process runs ``coordinator.cli.main`` as ``python -m coordinator`` would, with
HOME and every XDG folder pointing into an empty temporary folder. Its message boxes
are replaced by recorders (a modal box would wait for a click forever), and once the
event loop runs it notes which top-level windows are up and quits.
"""

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

_CHILD = r"""
import atexit, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

seen = {"asked": [], "windows": []}
atexit.register(lambda: print("SEEN " + json.dumps(seen), flush=True))

def recorder(kind, answer):
    def ask(parent, title, text, *args, **kwargs):
        seen["asked"].append([kind, title, text])
        return answer
    return staticmethod(ask)

Button = QMessageBox.StandardButton
QMessageBox.critical = recorder("critical", Button.Ok)
QMessageBox.warning = recorder("warning", Button.Ok)
QMessageBox.information = recorder("information", Button.Ok)
QMessageBox.question = recorder("question", Button.Yes if sys.argv[1] == "yes" else Button.No)

def box_exec(box):
    seen["asked"].append(["box", box.windowTitle(), box.text()])
    return 0
QMessageBox.exec = box_exec

def look():
    seen["windows"] = [
        type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
    ]
    QApplication.quit()

QTimer.singleShot(0, look)  # runs once the window's event loop does
from coordinator.cli import main
sys.exit(main(sys.argv[2:]))
"""


def first_start(home: Path, *args: str, demo: bool = False) -> tuple[int, dict[str, Any], str]:
    """Run the app once in a fresh account under ``home``: exit code, what it showed, stderr."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "yes" if demo else "no", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("SEEN ")]
    assert lines, done.stderr
    return done.returncode, json.loads(lines[-1].removeprefix("SEEN ")), done.stderr


def partners(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM organization").fetchone()[0])


def test_the_first_start_opens_the_window_on_the_default_database_and_offers_the_demo(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    code, seen, err = first_start(home, demo=True)
    assert [kind for kind, *_ in seen["asked"]] == ["question"], seen["asked"]
    assert "Coordinator" in seen["asked"][0][1]  # the welcome, in the default language
    assert "MainWindow" in seen["windows"], err
    assert code == 0, err
    db = home / ".local" / "share" / "Coordinator" / "coordinator.sqlite"
    assert partners(db) > 0  # the demo data was loaded
    assert not db.with_name(db.name + ".lock").exists()  # let go on quitting
    assert (home / ".local" / "state" / "Coordinator" / "log").is_dir()
    settings = (home / ".config" / "Coordinator" / "Coordinator.conf").read_text()
    assert str(db) in settings  # the last database is remembered


def test_a_new_database_in_folders_that_do_not_exist_yet_opens_empty(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = tmp_path / "not" / "yet" / "there" / "x.sqlite"
    code, seen, err = first_start(home, "--db", str(db))
    assert [kind for kind, *_ in seen["asked"]] == ["question"], seen["asked"]
    assert "MainWindow" in seen["windows"], err
    assert code == 0, err
    assert partners(db) == 0  # the demo was declined
    if os.name == "posix":
        for folder in (db.parent, tmp_path / "not"):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.skipif(os.name != "posix", reason="a file where a folder should be")
def test_a_database_path_through_a_file_is_said_plainly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "plain").write_text("not a folder")
    code, seen, _err = first_start(
        home, "--lang", "en", "--db", str(tmp_path / "plain" / "x.sqlite")
    )
    assert code == 1
    assert seen["asked"] == [
        [
            "critical",
            "Open database",
            f"“{tmp_path}/plain/x.sqlite” could not be opened: Not a directory",
        ]
    ]  # not the unexpected-error box
    assert seen["windows"] == []
