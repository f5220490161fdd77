"""Why a file will not open or import, in words a coordinator can act on."""

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coordinator.db.errors import (
    BusyError,
    DamagedDatabaseError,
    DiskFullError,
    NewerDatabaseError,
    NotADatabaseError,
    NotAFileError,
    NotWritableError,
    ReadOnlyError,
    RestoreError,
    StorageIOError,
    StoreError,
    WrongSchemaError,
)
from coordinator.db.migrate import MigrationError
from coordinator.db.schema import Difference, Problem
from coordinator.ical import Problem as IcsProblem
from coordinator.text.formats import arg, fmt_count


def store_error_text(path: Path, exc: Exception) -> str:
    """A message a coordinator can act on, for each known reason a file will not open."""
    if isinstance(exc, NotAFileError):
        if exc.folder:
            said = QCoreApplication.translate(
                "Application", "“%1” is a folder, not a database file. Nothing was changed."
            )
        else:
            said = QCoreApplication.translate(
                "Application",
                "“%1” is not an ordinary file (it is a device or a pipe), so it cannot be a "
                "database. Nothing was changed.",
            )
        return said.replace("%1", str(path))
    if isinstance(exc, NotWritableError):
        return QCoreApplication.translate(
            "Application",
            "“%1” is read-only (the file, its folder or its disk), so nothing can be saved "
            "in it. The file has not been changed.",
        ).replace("%1", str(path))
    if isinstance(exc, WrongSchemaError):
        return (
            QCoreApplication.translate(
                "Application",
                "The tables of “%1” are not those of its version (%2): %3. The file has not "
                "been changed.",
            )
            .replace("%1", str(path))
            .replace("%2", exc.revision)
            .replace("%3", schema_problems_text(exc.problems))
        )
    if isinstance(exc, RestoreError):
        return restore_error_text(exc)
    if isinstance(exc, NewerDatabaseError):
        return QCoreApplication.translate(
            "Application",
            "“%1” was saved by a newer version of Coordinator. Install the newer version to "
            "open it. The file has not been changed.",
        ).replace("%1", str(path))
    if isinstance(exc, NotADatabaseError):
        return QCoreApplication.translate(
            "Application", "“%1” is not a Coordinator database. The file has not been changed."
        ).replace("%1", str(path))
    if isinstance(exc, DamagedDatabaseError):
        return QCoreApplication.translate(
            "Application",
            "“%1” is damaged and cannot be opened safely. Restore it from a backup in the "
            "“backups” folder beside it. The file has not been changed.",
        ).replace("%1", str(path))
    if isinstance(exc, ReadOnlyError):
        return QCoreApplication.translate(
            "Application",
            "“%1” must be upgraded to this version of Coordinator, which cannot be done while "
            "it is open read-only. The file has not been changed.",
        ).replace("%1", str(path))
    if isinstance(exc, MigrationError):
        return (
            QCoreApplication.translate(
                "Application",
                "“%1” could not be upgraded to this version of Coordinator: the upgrade "
                "stopped at revision %2. The file has not been changed; a backup taken before "
                "the upgrade is in the “backups” folder beside it.",
            )
            .replace("%1", str(path))
            .replace("%2", exc.step)
        )
    if isinstance(exc, BusyError | DiskFullError | StorageIOError):  # met while opening
        return in_use_error_text(exc)
    return (
        QCoreApplication.translate("Application", "“%1” could not be opened: %2")
        .replace("%1", str(path))
        .replace("%2", _system_reason(exc))
    )


def _system_reason(exc: BaseException) -> str:
    """The system's reason a file could not be opened, in the user's language where it
    is a common one (the system's own words are English)."""
    cause = exc if isinstance(exc, OSError) else exc.__cause__
    if isinstance(cause, OSError):
        if cause.errno == errno.ENOENT:
            return QCoreApplication.translate("Application", "there is no such file")
        if cause.errno in (errno.EACCES, errno.EPERM):
            return QCoreApplication.translate("Application", "no permission to read it")
    return str(exc)


def schema_problem_text(problem: Problem) -> str:
    """One difference between a file's schema and its revision's, as a phrase."""
    t = {
        Difference.TABLE_MISSING: QCoreApplication.translate("Files", "table %1 is missing"),
        Difference.TABLE_EXTRA: QCoreApplication.translate("Files", "table %1 should not be there"),
        Difference.COLUMN_MISSING: QCoreApplication.translate("Files", "column %1 is missing"),
        Difference.COLUMN_EXTRA: QCoreApplication.translate(
            "Files", "column %1 should not be there"
        ),
        Difference.COLUMN_CHANGED: QCoreApplication.translate(
            "Files", "column %1 has another type or constraint"
        ),
        Difference.INDEX_MISSING: QCoreApplication.translate("Files", "index %1 is missing"),
        Difference.INDEX_EXTRA: QCoreApplication.translate("Files", "index %1 should not be there"),
        Difference.INDEX_CHANGED: QCoreApplication.translate(
            "Files", "index %1 covers other columns"
        ),
        Difference.TRIGGER_MISSING: QCoreApplication.translate("Files", "trigger %1 is missing"),
        Difference.TRIGGER_EXTRA: QCoreApplication.translate(
            "Files", "trigger %1 should not be there"
        ),
    }
    return arg(t[problem.what], problem.name)


_SHOWN_PROBLEMS = 8


def schema_problems_text(problems: list[Problem]) -> str:
    """The first few differences, and how many there are in all."""
    said = "; ".join(schema_problem_text(p) for p in problems[:_SHOWN_PROBLEMS])
    if len(problems) > _SHOWN_PROBLEMS:
        said += " " + arg(
            QCoreApplication.translate("Files", "(%1 in all)"), fmt_count(len(problems))
        )
    return said


def restore_error_text(exc: RestoreError) -> str:
    """A good backup that could not be put in place: what happened, where each file is."""
    cause = exc.cause
    if cause.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = QCoreApplication.translate("Files", "the disk is full")
    elif isinstance(cause, PermissionError) or cause.errno == errno.EROFS:
        reason = arg(
            QCoreApplication.translate("Files", "no permission to write in the folder %1"),
            exc.path.parent,
        )
    else:
        reason = cause.strerror or str(cause)
    if exc.step == "copy":
        return arg(
            QCoreApplication.translate(
                "Files",
                "The backup %1 is good, but it could not be copied beside %2: %3. Nothing "
                "was changed.",
            ),
            exc.backup,
            exc.path,
            reason,
        )
    if exc.step == "swap":
        said = arg(
            QCoreApplication.translate(
                "Files",
                "The backup %1 is good, but it could not take the place of %2: %3. %2 is as "
                "it was.",
            ),
            exc.backup,
            exc.path,
            reason,
        )
    else:
        said = arg(
            QCoreApplication.translate(
                "Files",
                "%1 was restored from %2, but some attached files could not be copied: %3. "
                "They are still in %4.",
            ),
            exc.path,
            exc.backup,
            reason,
            exc.backup.parent / "attachments",
        )
    if exc.aside is not None:
        said += " " + arg(
            QCoreApplication.translate("Files", "The database as it was is also kept as %1."),
            exc.aside,
        )
    return said


# What goes wrong with the file while it is in use (errors.classify): said in one line,
# for a form's message box, the command line, and the window's hook alike.
IN_USE_ERRORS = (BusyError, DiskFullError, ReadOnlyError, StorageIOError, DamagedDatabaseError)


def in_use_error_text(exc: StoreError) -> str:
    """Why a change was not written (or a list not read), in one line of the user's
    language; nothing of SQLite's or SQLAlchemy's own words."""
    if isinstance(exc, BusyError):
        return QCoreApplication.translate(
            "Application",
            "The database file is busy — another window or command is writing to it; "
            "try again in a moment.",
        )
    if isinstance(exc, DiskFullError):
        return QCoreApplication.translate(
            "Application",
            "The disk holding the database is full, so nothing was saved. Free some space "
            "and try again.",
        )
    if isinstance(exc, ReadOnlyError):
        return QCoreApplication.translate(
            "Application",
            "The database is open read-only, or its file cannot be written here, so nothing "
            "was saved.",
        )
    if isinstance(exc, StorageIOError):
        return QCoreApplication.translate(
            "Application",
            "The database file could not be read or written (the disk or the network "
            "failed), so nothing was saved. Check the drive and try again.",
        )
    if isinstance(exc, DamagedDatabaseError):
        return QCoreApplication.translate(
            "Application",
            "The database file is damaged, so nothing was saved. Close Coordinator and "
            "restore it from a backup in the “backups” folder beside it.",
        )
    return str(exc)


def ics_problem(value: IcsProblem) -> str:
    """Why a calendar file, or one event in it, was not imported."""
    t = {
        IcsProblem.TOO_LARGE: QCoreApplication.translate(
            "Labels", "the file is larger than 50 MB, too large for a calendar"
        ),
        IcsProblem.NOT_UTF8: QCoreApplication.translate(
            "Labels", "the file is not text (it may be a picture, a document or an archive)"
        ),
        IcsProblem.NOT_ICALENDAR: QCoreApplication.translate(
            "Labels", "the file is not a calendar (.ics): it does not begin with BEGIN:VCALENDAR"
        ),
        IcsProblem.UNREADABLE: QCoreApplication.translate(
            "Labels", "the calendar is damaged and cannot be read"
        ),
        IcsProblem.NO_CALENDAR: QCoreApplication.translate("Labels", "the file holds no calendar"),
        IcsProblem.NOT_OPENED: QCoreApplication.translate("Labels", "the file cannot be opened"),
        IcsProblem.NOT_EVENT: QCoreApplication.translate("Labels", "it is not an event"),
        IcsProblem.NO_UID: QCoreApplication.translate("Labels", "it has no identifier (UID)"),
        IcsProblem.BAD_START: QCoreApplication.translate(
            "Labels", "its start (DTSTART) is missing or cannot be read"
        ),
        IcsProblem.BAD_END: QCoreApplication.translate("Labels", "its end (DTEND) is not a time"),
        IcsProblem.END_BEFORE_START: QCoreApplication.translate(
            "Labels", "it ends before it starts"
        ),
        IcsProblem.EMPTY_RULE: QCoreApplication.translate(
            "Labels", "its repetition leaves no date"
        ),
        IcsProblem.NO_DATE: QCoreApplication.translate(
            "Labels",
            "its repetition rule matches no date in the five years after its start "
            "(a day such as 30 February)",
        ),
        IcsProblem.OUT_OF_RANGE: QCoreApplication.translate(
            "Labels", "its date is outside the years 1900–2200"
        ),
        IcsProblem.BAD_RULE: QCoreApplication.translate(
            "Labels", "its repetition rule (RRULE) cannot be read"
        ),
        IcsProblem.NO_BACKUP: QCoreApplication.translate(
            "Labels", "no backup of the database could be made first"
        ),
        IcsProblem.BROKEN: QCoreApplication.translate("Labels", "it cannot be read"),
    }
    return t[value]


def write_error_text(path: Path, exc: OSError) -> str:
    """Why a file could not be written, in the user's language, naming its folder; the
    system's own words (in its language) only where no sentence of ours fits, in brackets."""
    folder = path.parent
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        reason = QCoreApplication.translate("Files", "the folder %1 does not exist")
    elif isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        reason = QCoreApplication.translate("Files", "no permission to write in the folder %1")
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = QCoreApplication.translate("Files", "the disk is full")
    elif isinstance(exc, IsADirectoryError):
        reason = QCoreApplication.translate("Files", "a folder of that name is there")
    else:
        said = arg(QCoreApplication.translate("Files", "Could not write the file %1"), path)
        return f"{said} ({exc.strerror})" if exc.strerror else said
    return arg(
        QCoreApplication.translate("Files", "Could not write the file %1: %2"),
        path,
        arg(reason, folder),
    )
