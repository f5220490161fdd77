"""Long work off the window's thread: a progress dialog with Stop, the window stays live."""

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QThread, Signal, Slot
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
