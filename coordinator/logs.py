"""The log file: one per user, for the window and the command line alike.

Records go to ``coordinator.log`` in the user's log folder (``paths.log_path()``:
``$XDG_STATE_HOME/Coordinator/log`` on Linux), a rotating file of about 1 MB with
five older ones kept. Every module logs through ``logging.getLogger(__name__)``
under the ``coordinator`` logger; Qt's own messages come in through a message
handler, and an exception no code caught, on any thread, is written with its
traceback. Nothing goes to the terminal: a command's output stays its own.

The log is read by whoever helps the user, so it holds what happened, to which
file and how many rows, never what the records say: no names, e-mails or notes.
SQLAlchemy's error texts carry the values of the statement that failed; those
are cut out (``[parameters: …]``) before a line is written.
"""

import logging
import logging.handlers
import platform
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from coordinator import __version__, paths

LOGGER = "coordinator"
MAX_BYTES = 1_000_000
KEEP = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)

log = logging.getLogger(LOGGER)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


class _Private(logging.Formatter):
    """Leaves out the values a failed SQL statement carried."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def scrub(text: str) -> str:
    return _PARAMETERS.sub("[parameters hidden]", text)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The handler ``setup`` adds, told apart from any other."""


def setup() -> Path | None:
    """Send the package's records to the log file; Qt's messages and uncaught
    exceptions (any thread) too. Called again it changes nothing, unless the log's
    place has changed (a test's own HOME). None when the file cannot be written:
    the app runs without a log rather than not at all."""
    path = paths.log_path()
    log.setLevel(logging.INFO)
    mine = [h for h in log.handlers if isinstance(h, _LogFile)]
    if not any(Path(h.baseFilename) == path for h in mine):
        for old in mine:
            log.removeHandler(old)
            old.close()
        try:
            from coordinator.db.files import private_parents

            private_parents(path)
            handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8")
        except OSError:
            return None
        handler.setFormatter(_Private(FORMAT))
        log.addHandler(handler)
    _hook_exceptions()
    _hook_qt()
    return path


def log_file() -> Path:
    """Where the log is written (named in the crash dialog)."""
    return paths.log_path()


def started(db_path: Path, what: str) -> None:
    """The first line of a run: what runs, in which versions, on which file."""
    from PySide6 import QtCore

    from coordinator.db.migrate import head_revision

    log.info(
        "start %s: Coordinator %s, schema %s, Python %s, Qt %s (PySide6 %s), %s, database %s",
        what,
        __version__,
        head_revision(),
        platform.python_version(),
        QtCore.qVersion(),
        getattr(QtCore, "__version__", "?"),
        platform.platform(terse=True),
        db_path,
    )


def crash(
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    where: str = "",
) -> None:
    """An exception no code caught, with its traceback."""
    log.error(
        "unexpected error%s", f" in thread {where}" if where else "", exc_info=(kind, exc, tb)
    )


# --- uncaught exceptions -----------------------------------------------------------


def _hook_exceptions() -> None:
    """Write uncaught exceptions to the log, then do what was done with them before
    (Python's traceback on stderr, or a test runner's hook)."""
    if not getattr(sys.excepthook, "_logs", False):
        before = sys.excepthook

        def main_hook(
            kind: type[BaseException], exc: BaseException, tb: TracebackType | None
        ) -> None:
            crash(kind, exc, tb)
            before(kind, exc, tb)

        main_hook._logs = True  # type: ignore[attr-defined]
        sys.excepthook = main_hook
    if not getattr(threading.excepthook, "_logs", False):
        before_thread = threading.excepthook

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
                crash(args.exc_type, args.exc_value, args.exc_traceback, _name(args))
            before_thread(args)

        thread_hook._logs = True  # type: ignore[attr-defined]
        threading.excepthook = thread_hook


def _name(args: threading.ExceptHookArgs) -> str:
    return args.thread.name if args.thread is not None else "?"


def on_thread_crash(show: ExceptHook) -> None:
    """Exceptions of other threads: written to the log, then given to ``show`` (the
    window's crash dialog, which must itself reach the window's thread)."""

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        crash(args.exc_type, args.exc_value, args.exc_traceback, _name(args))
        show(args.exc_type, args.exc_value, args.exc_traceback)

    hook._logs = True  # type: ignore[attr-defined]
    threading.excepthook = hook


# --- Qt's own messages -------------------------------------------------------------

_qt_before: Any = None


def _hook_qt() -> None:
    """Qt's warnings ("QFont::…", a widget without a parent…) go into the log instead of
    stderr; a handler that was there before (a test runner's) still gets them."""
    global _qt_before
    from PySide6 import QtCore

    before = QtCore.qInstallMessageHandler(_qt_message)
    if before is not _qt_message:
        _qt_before = before


def _qt_message(mode: Any, context: Any, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    logging.getLogger(f"{LOGGER}.qt").log(level, "%s", message)
    if _qt_before is not None:
        _qt_before(mode, context, message)
