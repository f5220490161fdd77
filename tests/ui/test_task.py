"""Long work in a process of its own: progress, Stop, errors, and a window that stays live."""

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from coordinator.ui.common.task import ProcessEndedError, run_in_process


class StoppedError(Exception):
    pass


# The work functions live at module level: the child process imports them by name.
def count_until_stopped(marker: Path, progress: object) -> None:
    for i in range(600):  # a minute at most
        if not progress(i, 600):  # type: ignore[operator]
            raise StoppedError(i)
        marker.write_text(str(i))
        time.sleep(0.1)


def fail_with_os_error(name: str, progress: object) -> None:
    raise PermissionError(13, "Permission denied", name)


def die(progress: object) -> None:
    os._exit(3)


def hold_the_lock(progress: object) -> None:
    """One long call into C: a thread doing this would hold Python's lock throughout."""
    sum(range(40_000_000))


def _stop_when(qtbot: QtBot, ready: "object") -> None:
    def press_stop() -> None:
        if not ready():  # type: ignore[operator]
            QTimer.singleShot(50, press_stop)
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                widget.canceled.emit()  # what the Stop button does
                return
        QTimer.singleShot(50, press_stop)

    QTimer.singleShot(50, press_stop)


def test_progress_shows_and_stop_reaches_the_work(qtbot: QtBot, tmp_path: Path) -> None:
    marker = tmp_path / "count"
    _stop_when(qtbot, lambda: marker.exists() and int(marker.read_text() or 0) >= 5)
    with pytest.raises(StoppedError) as stopped:
        run_in_process(None, "Counting…", "Stop", count_until_stopped, marker)
    assert 5 <= stopped.value.args[0] < 100  # stopped soon after it was asked to


def test_the_works_error_reaches_the_window(qtbot: QtBot) -> None:
    with pytest.raises(PermissionError) as error:
        run_in_process(None, "Writing…", "Stop", fail_with_os_error, "/nowhere/report.pdf")
    assert error.value.filename == "/nowhere/report.pdf"


def test_a_process_that_dies_is_said_so(qtbot: QtBot) -> None:
    with pytest.raises(ProcessEndedError, match="code 3"):
        run_in_process(None, "Writing…", "Stop", die)


def test_the_window_keeps_its_events_while_the_work_holds_its_lock(qtbot: QtBot) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    run_in_process(None, "Working…", "Stop", hold_the_lock)
    timer.stop()
    during = [t for t in ticks if t >= started]
    took = time.perf_counter() - started
    # On a thread the long call would stop the window's timer for its whole length.
    assert len(during) >= took / 0.01 / 4, (len(during), took)
