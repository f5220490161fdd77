"""Waiting for the operations a test started (ui.common.operation runs them off the
window's thread and hands their outcome back by signal)."""

import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from coordinator.ui.common.operation import running


def settle(timeout: float = 30.0) -> None:
    """Let the window's events run until every operation has delivered its outcome
    (callbacks included), as the running application's own loop would."""
    deadline = time.monotonic() + timeout
    while running():
        assert time.monotonic() < deadline, f"{running()} operations still running"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.002)
    QApplication.processEvents()
