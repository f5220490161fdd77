"""Long work off the window's thread: a progress dialog with Stop, the window stays live."""

import multiprocessing
import pickle
import queue
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class _Worker(QObject, Generic[T]):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False
        self.result: T | None = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.result = self._work(self._report)
        except BaseException as exc:  # noqa: BLE001 - handed back to the window's thread
            self.error = exc
        self.done.emit()

    def _report(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


class _ProgressDialog(QProgressDialog):
    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))


def run_in_background(
    parent: QWidget | None, text: str, stop_text: str, work: Callable[[Progress], T]
) -> T:
    """Run ``work(progress)`` in a thread while a progress dialog shows; re-raise its error.

    ``progress(done, total)`` returns False once the user pressed Stop; the work
    then raises its own "cancelled" exception, which reaches the caller.
    """
    dialog = _ProgressDialog(text, stop_text, 0, 0, parent)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker: _Worker[T] = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(thread.quit)
    worker.progressed.connect(dialog.show_progress)
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


POLL_MS = 30


class ProcessEndedError(RuntimeError):
    """The work's process ended without saying how it went (it crashed or was killed)."""


def _run_child(work: Callable[..., None], args: tuple[Any, ...], messages: Any, stop: Any) -> None:
    """The child's side of run_in_process: progress, then "done" or the error."""

    def progress(done: int, total: int) -> bool:
        messages.put(("progress", done, total))
        return not stop.is_set()

    try:
        work(*args, progress)
        messages.put(("done",))
    except BaseException as exc:  # noqa: BLE001 - handed back to the window's process
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an error that cannot travel is told as text
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        messages.put(("error", exc))


def run_in_process(
    parent: QWidget | None,
    text: str,
    stop_text: str,
    work: Callable[..., None],
    *args: Any,
) -> None:
    """Run ``work(*args, progress)`` in a separate Python process behind a progress
    dialog with Stop; re-raise its error here.

    For work that makes long calls into Qt (laying out a document of a hundred
    pages): such a call holds Python's lock throughout, so on a thread it would
    freeze the window; a process cannot. ``work`` and ``args`` must pickle, and
    ``progress(done, total)`` returns False once the user pressed Stop.
    """
    context = multiprocessing.get_context("spawn")  # no copy of the window's state
    messages = context.Queue()
    stop = context.Event()
    process = context.Process(target=_run_child, args=(work, args, messages, stop), daemon=True)
    dialog = _ProgressDialog(text, stop_text, 0, 0, parent)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(stop.set)
    outcome: list[tuple[Any, ...]] = []
    loop = QEventLoop()

    def take(message: tuple[Any, ...]) -> None:
        if message[0] == "progress":
            dialog.show_progress(message[1], message[2])
        else:
            outcome.append(message)

    def poll() -> None:
        try:
            while not outcome:
                take(messages.get_nowait())
        except queue.Empty:
            pass
        if outcome or not process.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    process.start()
    timer.start()
    loop.exec()
    timer.stop()
    try:
        while not outcome:  # the process ended; what it said last may still be in transit
            take(messages.get(timeout=1))
    except queue.Empty:
        pass
    process.join()
    dialog.close()
    dialog.deleteLater()
    if not outcome:
        raise ProcessEndedError(f"the process ended with code {process.exitcode}")
    if outcome[0][0] == "error":
        raise outcome[0][1]
