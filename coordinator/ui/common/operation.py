"""One way to run slow work: off the window's thread, its outcome back on it by signal.

Modelled on Anki's ``CollectionOp``/``QueryOp``::

    Operation(self, lambda progress: make_backup(path, "manual", progress=progress))
        .with_progress(self.tr("Backing up the database…"), self.tr("Stop"))
        .writes()
        .success(self._backed_up)
        .failure(self._backup_failed)
        .run()

``run()`` returns at once; nothing waits in a nested event loop. The work gets
``progress(done, total)``, which returns False once the user pressed Stop (or the
operation was cancelled); the work then raises its own "stopped" error, which
reaches ``failure`` like any other. ``success(result)`` and ``failure(error)`` are
called on the window's thread. An error with no ``failure`` to take it, or one
raised by a callback, is a bug: it goes to the crash dialog (``sys.excepthook``).

``in_process()`` runs the work in a Python process of its own, for work that makes
long calls into Qt (laying out a report): such a call holds Python's lock, which a
thread would turn into a frozen window. The work must then pickle (a module-level
function, or a ``functools.partial`` of one).

``writes()`` marks an operation that writes (the database or its backups): while
one runs, the commands that would conflict with it are greyed out (see
``disable_while_writing``), so "Back up now" pressed twice starts one backup.

``cancel()`` is for work nobody waits for any more (the calendar's clash marks of a
month the user has left): the work is told to stop and whatever it returns or
raises is dropped.
"""

import logging
import multiprocessing
import pickle
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("coordinator")

T = TypeVar("T")
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

SHOW_AFTER_MS = 300  # the progress dialog appears only for work that takes longer
POLL_MS = 30  # how often a process's messages are read
TERMINATE_AFTER_MS = 3000  # a process told to stop that does not is ended


class ProcessEndedError(RuntimeError):
    """The work's process ended without saying how it went (it crashed or was killed)."""


class StoppedError(Exception):
    """The user pressed Stop and the work's process had to be ended; nothing it did stays."""


# --- the registry of writers ------------------------------------------------------


class _Writers(QObject):
    changed = Signal(bool)  # True when the first writer starts, False when the last ends


_writer_count = 0
_writers_signal: _Writers | None = None


def _writers() -> _Writers:
    """The registry's signal carrier, made again if Qt deleted it (an application
    torn down and built again, as between tests)."""
    global _writers_signal
    if _writers_signal is None or not shiboken6.isValid(_writers_signal):
        _writers_signal = _Writers()
    return _writers_signal


def _add_writer(step: int) -> None:
    global _writer_count
    before = _writer_count > 0
    _writer_count += step
    if (_writer_count > 0) != before:
        _writers().changed.emit(_writer_count > 0)


def writing() -> bool:
    """Whether an operation that writes is running."""
    return _writer_count > 0


class _WhileWriting(QObject):
    """Greys out its actions while a writer runs; gives each back the state it had."""

    def __init__(self, actions: Sequence[QAction], owner: QObject) -> None:
        super().__init__(owner)
        self._actions = list(actions)
        self._before: dict[int, bool] = {}
        _writers().changed.connect(self.apply)
        self.apply(writing())

    @Slot(bool)
    def apply(self, busy: bool) -> None:
        for i, action in enumerate(self._actions):
            if busy:
                self._before.setdefault(i, action.isEnabled())
                action.setEnabled(False)
            elif i in self._before:
                action.setEnabled(self._before.pop(i))


def disable_while_writing(actions: Sequence[QAction], owner: QObject) -> None:
    """Grey out ``actions`` while any operation that writes runs, now and later."""
    _WhileWriting(actions, owner)


# --- the operation ----------------------------------------------------------------

_running: set["Operation[Any]"] = set()  # kept alive until their outcome is delivered


def running() -> int:
    """How many operations have not yet delivered their outcome (for tests)."""
    return len(_running)


class _Relay(QObject):
    """Lives on the window's thread; the worker's signals reach it queued."""

    progressed = Signal(int, int)
    ended = Signal()

    def __init__(self, operation: "Operation[Any]") -> None:
        super().__init__()
        self._operation = operation
        self.progressed.connect(self.show_progress)
        self.ended.connect(self.deliver)

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self._operation._show_progress(done, total)

    @Slot()
    def deliver(self) -> None:
        self._operation._deliver()


class Operation(Generic[T]):
    def __init__(self, parent: QWidget | None, work: Callable[[Progress], T]) -> None:
        self._parent = parent
        self._work = work
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._progress_text: tuple[str, str | None] | None = None
        self._in_process = False
        self._writes = False
        self._stopped = False  # progress() says False from now on
        self._cancelled = False  # ... and the outcome is dropped
        self._started = False
        self._delivered = False
        self._result: T | None = None
        self._error: BaseException | None = None
        self._dialog: QProgressDialog | None = None
        self._relay: _Relay | None = None
        self._thread: threading.Thread | None = None
        self._process: Any = None
        self._messages: Any = None
        self._stop_event: Any = None
        self._timer: QTimer | None = None

    # --- building ---------------------------------------------------------------
    def success(self, callback: Callable[[T], object]) -> Self:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Self:
        self._on_failure = callback
        return self

    def with_progress(self, text: str, stop_text: str | None) -> Self:
        """A progress dialog, shown if the work takes longer than SHOW_AFTER_MS, with
        a Stop button (none when ``stop_text`` is None: work that cannot stop)."""
        self._progress_text = (text, stop_text)
        return self

    def in_process(self) -> Self:
        self._in_process = True
        return self

    def writes(self) -> Self:
        self._writes = True
        return self

    # --- running ----------------------------------------------------------------
    def run(self) -> Self:
        """Begin the work and return at once; the outcome comes back by signal."""
        assert not self._started, "an operation runs once"
        self._started = True
        _running.add(self)
        if self._writes:
            _add_writer(1)
        self._relay = _Relay(self)
        if self._progress_text is not None:
            text, stop_text = self._progress_text
            dialog = QProgressDialog(text, stop_text or "", 0, 0, self._parent)
            if stop_text is None:
                dialog.setCancelButton(None)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.stop)
            self._dialog = dialog
        if self._in_process:
            self._start_process()
        else:
            self._thread = threading.Thread(target=self._in_thread, name="operation", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """What Stop does: the work is told to stop; a process that does not is ended."""
        if self._stopped or self._delivered:
            return
        self._stopped = True
        if self._stop_event is not None:
            self._stop_event.set()
            QTimer.singleShot(TERMINATE_AFTER_MS, self._terminate)

    def cancel(self) -> None:
        """Nobody waits for this any more: stop the work and drop its outcome."""
        self._cancelled = True
        self.stop()
        self._terminate()

    @property
    def done(self) -> bool:
        return self._delivered

    def wait(self) -> None:
        """Block until the work ends and deliver its outcome now (closing the window
        while a backup runs; a test). Not a nested event loop: nothing else runs."""
        if not self._started or self._delivered:
            return
        if self._thread is not None:
            self._thread.join()
        elif self._process is not None:
            self._process.join()
            self._drain(block=True)
        self._deliver()

    def result(self) -> T:
        """Wait for the work and take its outcome here instead of by callback: its
        result, or its error raised (the start-up check, waited for before the
        window shows)."""
        self._on_success = None
        self._on_failure = lambda _error: None
        self.wait()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]

    # --- the thread's side ------------------------------------------------------
    def _report(self, done: int, total: int) -> bool:
        relay = self._relay
        if self._progress_text is not None and relay is not None:
            relay.progressed.emit(done, total)
        return not self._stopped

    def _in_thread(self) -> None:
        try:
            self._result = self._work(self._report)
        except BaseException as exc:  # noqa: BLE001 - handed back to the window's thread
            self._error = exc
        relay = self._relay
        if relay is not None:
            relay.ended.emit()

    # --- the process's side -----------------------------------------------------
    def _start_process(self) -> None:
        context = multiprocessing.get_context("spawn")  # no copy of the window's state
        self._messages = context.Queue()
        self._stop_event = context.Event()
        self._process = context.Process(
            target=_run_child,
            args=(self._work, self._messages, self._stop_event),
            daemon=True,
        )
        self._process.start()
        self._timer = QTimer()
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _take(self, message: tuple[Any, ...]) -> bool:
        """One message from the process; True once it said how it ended."""
        if message[0] == "progress":
            self._show_progress(message[1], message[2])
            return False
        if message[0] == "done":
            self._result = message[1]
        else:
            self._error = message[1]
        return True

    def _drain(self, block: bool) -> bool:
        try:
            while True:
                message = self._messages.get(timeout=1) if block else self._messages.get_nowait()
                if self._take(message):
                    return True
        except queue.Empty:
            return False

    def _poll(self) -> None:
        if self._delivered:
            return
        if self._drain(block=False):
            self._process.join()
            self._deliver()
        elif not self._process.is_alive():
            # It ended; what it said last may still be in transit.
            if not self._drain(block=True):
                self._error = (
                    StoppedError()
                    if self._stopped
                    else ProcessEndedError(f"the process ended with code {self._process.exitcode}")
                )
            self._deliver()

    def _terminate(self) -> None:
        if self._process is not None and not self._delivered and self._process.is_alive():
            self._process.terminate()

    # --- the window's side ------------------------------------------------------
    def _show_progress(self, done: int, total: int) -> None:
        dialog = self._dialog
        if dialog is None or self._delivered or not shiboken6.isValid(dialog):
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def _deliver(self) -> None:
        """The work ended: close the dialog, free the writers, call back (once)."""
        if self._delivered:
            return
        self._delivered = True
        _running.discard(self)
        if self._timer is not None:
            self._timer.stop()
        if self._writes:
            _add_writer(-1)
        dialog, self._dialog = self._dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None
        if self._cancelled:
            return
        if self._parent is not None and not shiboken6.isValid(self._parent):
            if self._error is not None:  # its window is gone; nobody to tell but the log
                log.warning("operation ended after its window closed", exc_info=self._error)
            return
        try:
            if self._error is not None:
                if self._on_failure is None:
                    raise self._error
                self._on_failure(self._error)
            elif self._on_success is not None:
                self._on_success(self._result)  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - a bug: the crash dialog and the log
            sys.excepthook(type(exc), exc, exc.__traceback__)


def _run_child(work: Callable[[Progress], Any], messages: Any, stop: Any) -> None:
    """The process's side of ``in_process``: progress, then the result or the error."""

    def progress(done: int, total: int) -> bool:
        messages.put(("progress", done, total))
        return not stop.is_set()

    try:
        result = work(progress)
        try:
            pickle.dumps(result)
        except Exception:  # noqa: BLE001 - a result that cannot travel is not sent
            result = None
        messages.put(("done", result))
    except BaseException as exc:  # noqa: BLE001 - handed back to the window's process
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an error that cannot travel is told as text
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        messages.put(("error", exc))
