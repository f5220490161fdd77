"""The one way slow work runs: success, failure, progress and Stop, no nested loop,
writers that grey out what conflicts, the clash marks cancelled, the report's process."""

import os
import sys
import threading
import time
from datetime import date
from functools import partial
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from coordinator.db.backups import list_backups
from coordinator.ui.calendar import tab as calendar_tab
from coordinator.ui.common.operation import (
    Operation,
    ProcessEndedError,
    StoppedError,
    running,
    writing,
)
from coordinator.ui.main_window import MainWindow
from tests.ui.ops import settle


class CountStoppedError(Exception):
    pass


# Work for a process lives at module level: the child imports it by name.
def count_until_stopped(marker: Path, progress: object) -> None:
    for i in range(600):  # a minute at most
        if not progress(i, 600):  # type: ignore[operator]
            raise CountStoppedError(i)
        marker.write_text(str(i))
        time.sleep(0.1)


def deaf_until_killed(marker: Path, progress: object) -> None:
    """Work that never asks whether to stop (one long call into Qt)."""
    marker.write_text("begun")
    time.sleep(60)


def fail_with_os_error(name: str, progress: object) -> None:
    raise PermissionError(13, "Permission denied", name)


def die(progress: object) -> None:
    os._exit(3)


def add(a: int, b: int, progress: object) -> int:
    return a + b


def hold_the_lock(progress: object) -> None:
    """One long call into C: a thread doing this would hold Python's lock throughout."""
    sum(range(40_000_000))


def _press_stop_when(ready: "object") -> None:
    def press() -> None:
        if ready():  # type: ignore[operator]
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QProgressDialog) and widget.isVisible():
                    widget.canceled.emit()  # what the Stop button does
                    return
        QTimer.singleShot(30, press)

    QTimer.singleShot(30, press)


class Outcome:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []


def _op(work: object, outcome: Outcome) -> Operation[object]:
    return (
        Operation(None, work)  # type: ignore[arg-type]
        .success(outcome.results.append)
        .failure(outcome.errors.append)
    )


# --- the helper --------------------------------------------------------------------


def test_run_returns_before_the_work_ends_and_success_comes_on_the_windows_thread(
    qtbot: QtBot,
) -> None:
    release = threading.Event()
    threads: list[threading.Thread] = []
    outcome = Outcome()

    def work(progress: object) -> int:
        release.wait(10)
        return 42

    op = _op(work, outcome).success(
        lambda r: (outcome.results.append(r), threads.append(threading.current_thread()))
    )
    op.run()
    # No nested loop: the caller is back while the work still waits.
    assert not op.done and outcome.results == [] and running() >= 1
    release.set()
    qtbot.waitUntil(lambda: op.done)
    assert outcome.results == [42] and outcome.errors == []
    assert threads == [threading.main_thread()]


def test_the_works_error_goes_to_failure(qtbot: QtBot) -> None:
    outcome = Outcome()

    def work(progress: object) -> None:
        raise ValueError("bad")

    _op(work, outcome).run()
    settle()
    assert outcome.results == [] and [str(e) for e in outcome.errors] == ["bad"]


def test_an_error_nobody_takes_reaches_the_crash_hook(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BaseException] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        seen.append(exc)

    monkeypatch.setattr(sys, "excepthook", hook)

    def work(progress: object) -> None:
        raise KeyError("a bug")

    Operation(None, work).run()
    settle()
    assert len(seen) == 1 and isinstance(seen[0], KeyError)
    # A failure handler that does not know the error hands it on to the same hook.
    Operation(None, work).failure(lambda exc: (_ for _ in ()).throw(exc)).run()
    settle()
    assert len(seen) == 2


def test_progress_shows_after_a_moment_and_stop_reaches_the_work(qtbot: QtBot) -> None:
    outcome = Outcome()
    done_at: list[int] = []

    def work(progress: object) -> None:
        for i in range(500):
            if not progress(i, 500):  # type: ignore[operator]
                done_at.append(i)
                raise CountStoppedError(i)
            time.sleep(0.01)

    op = _op(work, outcome).with_progress("Counting…", "Stop").run()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    assert dialogs and not any(d.isVisible() for d in dialogs)  # not before ~300 ms
    _press_stop_when(lambda: True)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert len(outcome.errors) == 1 and isinstance(outcome.errors[0], CountStoppedError)
    assert done_at and done_at[0] < 400
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, QProgressDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )


def test_a_cancelled_operations_outcome_is_dropped(qtbot: QtBot) -> None:
    outcome = Outcome()
    release = threading.Event()
    asked: list[bool] = []

    def work(progress: object) -> str:
        release.wait(10)
        asked.append(progress(1, 1))  # type: ignore[operator]
        return "stale"

    op = _op(work, outcome).run()
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: op.done)
    assert asked == [False] and outcome.results == [] and outcome.errors == []


# --- in a process ------------------------------------------------------------------


def test_a_process_gives_its_result_and_its_errors(qtbot: QtBot) -> None:
    outcome = Outcome()
    _op(partial(add, 2, 3), outcome).in_process().run()
    _op(partial(fail_with_os_error, "/nowhere/report.pdf"), outcome).in_process().run()
    _op(die, outcome).in_process().run()
    settle()
    assert outcome.results == [5]
    errors = sorted(outcome.errors, key=lambda e: type(e).__name__)
    assert isinstance(errors[0], PermissionError) and errors[0].filename == "/nowhere/report.pdf"
    assert isinstance(errors[1], ProcessEndedError) and "code 3" in str(errors[1])


def test_stop_reaches_the_process_and_a_deaf_one_is_ended(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.ui.common import operation

    marker = tmp_path / "count"
    outcome = Outcome()
    _press_stop_when(lambda: marker.exists() and int(marker.read_text() or 0) >= 5)
    op = (
        _op(partial(count_until_stopped, marker), outcome)
        .in_process()
        .with_progress("Counting…", "Stop")
        .run()
    )
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    (stopped,) = outcome.errors
    assert isinstance(stopped, CountStoppedError) and 5 <= stopped.args[0] < 100

    monkeypatch.setattr(operation, "TERMINATE_AFTER_MS", 200)
    deaf, outcome = tmp_path / "deaf", Outcome()
    _press_stop_when(deaf.exists)
    started = time.monotonic()
    op = (
        _op(partial(deaf_until_killed, deaf), outcome)
        .in_process()
        .with_progress("Laying out…", "Stop")
        .run()
    )
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert time.monotonic() - started < 30
    assert len(outcome.errors) == 1 and isinstance(outcome.errors[0], StoppedError)


def test_the_window_keeps_its_events_while_a_process_holds_its_lock(qtbot: QtBot) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    op = Operation(None, hold_the_lock).in_process().run()
    qtbot.waitUntil(lambda: op.done, timeout=60000)
    timer.stop()
    during = [t for t in ticks if t >= started]
    took = time.perf_counter() - started
    # On a thread the long call would stop the window's timer for its whole length.
    assert len(during) >= took / 0.01 / 4, (len(during), took)


# --- writers -----------------------------------------------------------------------


def test_back_up_now_twice_starts_one_backup_and_open_waits(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.ui import main_window

    release = threading.Event()
    started: list[str] = []
    real = main_window.make_backup

    def slow_backup(*args: object, **kw: object) -> object:
        started.append("backup")
        release.wait(10)
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window, "make_backup", slow_backup)
    w = demo_window
    assert w.open_db_action.isEnabled() and w.backup_action.isEnabled()
    w.backup_action.trigger()
    assert writing()
    for action in (
        w.backup_action,
        w.open_db_action,
        w.new_db_action,
        w.restore_action,
        w.import_action,
        w.list_import_action,
    ):
        assert not action.isEnabled(), action.text()
    w.backup_action.trigger()  # the second press does nothing
    qtbot.waitUntil(lambda: bool(started))
    release.set()
    settle()
    assert started == ["backup"]
    assert [b.reason for b in list_backups(w.store.path)] == ["manual"]
    assert w.open_db_action.isEnabled() and w.backup_action.isEnabled()
    assert "Backup saved to" in w.statusBar().currentMessage()


def test_a_read_only_window_keeps_its_greyed_actions_after_a_writer(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    w = demo_window
    w.import_action.setEnabled(False)  # as a read-only file has it
    release = threading.Event()
    op = Operation(w, lambda _p: release.wait(10)).writes().run()
    assert not w.open_db_action.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: op.done)
    assert w.open_db_action.isEnabled() and not w.import_action.isEnabled()


# --- the calendar's clash marks ----------------------------------------------------


def test_a_newer_clash_check_cancels_the_older(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    cal = demo_window.calendar
    demo_window.tabs.setCurrentWidget(cal)
    qtbot.waitUntil(lambda: not cal.marks_pending(), timeout=10000)
    gates: dict[date, threading.Event] = {}
    real = calendar_tab.flagged_between

    def gated(store: object, first: date, last: date) -> object:
        """Waits for the test's word; answers with a mark naming its month's grid."""
        gate = gates.setdefault(first, threading.Event())
        gate.wait(10)
        return real(store, first, last) | {("answer of", first): True}  # type: ignore[arg-type]

    monkeypatch.setattr(calendar_tab, "flagged_between", gated)
    cal.go_to(date(2013, 4, 10))
    qtbot.waitUntil(lambda: len(gates) == 1)
    older = cal._marker
    cal.go_to(date(2013, 5, 15))  # the user moved on before April's check came back
    qtbot.waitUntil(lambda: len(gates) == 2)
    assert older is not None and cal._marker is not older
    april, may = sorted(gates)
    gates[april].set()  # April's answer comes first, and late
    qtbot.waitUntil(lambda: older.done)
    assert not any(key[0] == "answer of" for key in cal.month.flags)
    gates[may].set()
    qtbot.waitUntil(lambda: not cal.marks_pending(), timeout=10000)
    assert [key[1] for key in cal.month.flags if key[0] == "answer of"] == [may]


def test_the_report_in_a_process_can_be_stopped(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from coordinator.ui.report import dialog as report_dialog

    marker = tmp_path / "count"
    monkeypatch.setattr(
        report_dialog,
        "write_in_own_process",
        partial(_counting_report, marker),
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no warning expected"))
    dialog = demo_window.show_report()
    _press_stop_when(lambda: marker.exists() and int(marker.read_text() or 0) >= 3)
    out = tmp_path / "report.pdf"
    assert dialog.save_as(".pdf", out) is not None
    assert not dialog.pdf_button.isEnabled()  # one report at a time from the dialog
    settle()
    assert dialog.message.text() == "The report was stopped; no file was written."
    assert not out.exists() and dialog.pdf_button.isEnabled()
    dialog.done(0)


def _counting_report(
    marker: Path, _db: Path, _language: str, _request: object, path: Path, progress: object
) -> None:
    from coordinator.reports.status.data import ReportCancelledError

    for i in range(600):
        if not progress(i, 600):  # type: ignore[operator]
            raise ReportCancelledError
        marker.write_text(str(i))
        time.sleep(0.1)


def _full_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy SQLite writes beside its target (``….part``) may not grow past two pages:
    SQLITE_FULL, as on a full disk."""
    import sqlite3

    real = sqlite3.connect

    def connect(database: object, *args: object, **kw: object) -> sqlite3.Connection:
        conn = real(database, *args, **kw)  # type: ignore[arg-type]
        if str(database).endswith(".part"):
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_back_up_now_onto_a_full_disk_says_so_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator.db.backups import backups_dir
    from coordinator.text.errors import write_error_text

    warned: list[str] = []
    crashed: list[BaseException] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_: warned.append(text))
    monkeypatch.setattr("sys.excepthook", lambda _kind, exc, _tb: crashed.append(exc))
    _full_copies(monkeypatch)
    window.backup_action.trigger()
    settle()
    full = OSError(28, os.strerror(28))
    assert crashed == []
    path = window.store.path
    assert warned == [write_error_text(backups_dir(path) / path.name, full)]
    assert list_backups(window.store.path) == []
    assert not [p for p in backups_dir(window.store.path).iterdir() if p.name.endswith(".part")]
