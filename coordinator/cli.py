"""Command line: the window by default, and headless sub-commands for scripts.

Exit codes: 0 done, 1 a user-facing error (one line on stderr), 2 bad arguments.
Every message is said in the user's language (Vietnamese unless ``--lang en`` or the
window's saved choice says otherwise), from the same translation file as the window;
the headless commands load QtCore only, never a widget. JSON keys stay English.
"""

import argparse
import io
import json
import logging
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QCoreApplication

from coordinator import __version__, logs, paths
from coordinator.text.formats import arg, fmt_count
from coordinator.text.translations import LANGUAGES, saved_language, speaking

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coordinator.db.store import Store
    from coordinator.reports.minutes import MinutesDocument
    from coordinator.reports.schedule import WeekSchedule
    from coordinator.reports.status.data import ReportRequest, Scope
    from coordinator.sheets.importing import PlannedRow


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coordinator",
        description=QCoreApplication.translate(
            "CommandLine",
            "Coordinator: partners, projects and consultations of a cooperation "
            "programme. Without a command, opens the window.",
        ),
    )
    database = QCoreApplication.translate("CommandLine", "database file")
    language = QCoreApplication.translate(
        "CommandLine", "language of the messages and documents: vi (default) or en"
    )
    file = QCoreApplication.translate("CommandLine", "FILE")
    parser.add_argument("--db", type=Path, default=None, metavar=file, help=database)
    # Sub-commands take --db and --lang too, before or after their name; theirs must not
    # reset the main parser's value when it is left out.
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar=file, help=database)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=language)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=QCoreApplication.translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=language)
    sub = parser.add_subparsers(
        dest="command", metavar=QCoreApplication.translate("CommandLine", "COMMAND")
    )

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=text, description=text)

    command(
        "init",
        QCoreApplication.translate("CommandLine", "create a new, empty database (and its folders)"),
    )
    command(
        "demo",
        QCoreApplication.translate("CommandLine", "fill a new, empty database with demo data"),
    )
    command(
        "check", QCoreApplication.translate("CommandLine", "report integrity and schema version")
    )
    backup = command(
        "backup",
        QCoreApplication.translate("CommandLine", "back up the database and its attachments"),
    )
    backup.add_argument(
        "--to",
        type=Path,
        metavar=QCoreApplication.translate("CommandLine", "FILE"),
        help=QCoreApplication.translate(
            "CommandLine", "copy the database to this file instead of the backups folder"
        ),
    )
    restore = command(
        "restore",
        QCoreApplication.translate(
            "CommandLine", "replace the database by a backup (checked first)"
        ),
    )
    restore.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar=QCoreApplication.translate("CommandLine", "FILE"),
        help=QCoreApplication.translate(
            "CommandLine", "backup file to restore (default: newest good)"
        ),
    )
    ics_file = QCoreApplication.translate("CommandLine", "FILE") + ".ics"
    imp = command(
        "import",
        QCoreApplication.translate(
            "CommandLine",
            "import events from an .ics file, or a list of partners, people or stays "
            "from an Excel (.xlsx) or CSV file",
        ),
    )
    imp.add_argument(
        "file",
        type=Path,
        metavar=QCoreApplication.translate("CommandLine", "FILE"),
        help=QCoreApplication.translate("CommandLine", "an .ics, .xlsx or .csv file"),
    )
    imp.add_argument(
        "--as",
        dest="list_kind",
        choices=("partners", "people", "stays"),
        help=QCoreApplication.translate(
            "CommandLine", "what the spreadsheet lists (needed for .xlsx and .csv)"
        ),
    )
    imp.add_argument(
        "--sheet",
        metavar=QCoreApplication.translate("CommandLine", "NAME"),
        help=QCoreApplication.translate("CommandLine", "the workbook's sheet (default: the first)"),
    )
    imp.add_argument(
        "--map",
        dest="mapping",
        metavar=QCoreApplication.translate("CommandLine", "HEADER=FIELD,…"),
        help=QCoreApplication.translate(
            "CommandLine",
            "which field a column fills, where its header is not recognised "
            "(FIELD - leaves the column out)",
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "say what would happen, write nothing"),
    )
    imp.add_argument(
        "--skip-bad",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine", "import the good rows when some cannot be read, and list the others"
        ),
    )
    exp = command(
        "export", QCoreApplication.translate("CommandLine", "export events to an .ics file")
    )
    exp.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=ics_file,
        help=QCoreApplication.translate("CommandLine", ".ics file to write"),
    )
    _event_filter(exp)
    day = QCoreApplication.translate("CommandLine", "DD/MM/YYYY")
    first_day = QCoreApplication.translate("CommandLine", "first day, DD/MM/YYYY")
    last_day = QCoreApplication.translate("CommandLine", "last day, DD/MM/YYYY")
    as_json = QCoreApplication.translate("CommandLine", "print JSON instead of text")
    written = QCoreApplication.translate(
        "CommandLine", "the file to write; its ending chooses the format"
    )
    con = command(
        "conflicts",
        QCoreApplication.translate("CommandLine", "list double bookings and scheduling warnings"),
    )
    con.add_argument("--from", dest="first", type=_day, metavar=day, help=first_day)
    con.add_argument("--to", dest="last", type=_day, metavar=day, help=last_day)
    con.add_argument("--json", action="store_true", help=as_json)
    act = command(
        "actions",
        QCoreApplication.translate(
            "CommandLine",
            "list open action items and commitments, due first, and agreements ending soon",
        ),
    )
    act.add_argument(
        "--overdue",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "only those past their due date"),
    )
    act.add_argument(
        "--owner",
        metavar=QCoreApplication.translate("CommandLine", "OWNER"),
        help=QCoreApplication.translate("CommandLine", "only those of this person or unit"),
    )
    act.add_argument("--json", action="store_true", help=as_json)
    mins = command(
        "minutes",
        QCoreApplication.translate("CommandLine", "write an event's minutes as PDF or Word"),
    )
    mins.add_argument(
        "--event",
        type=int,
        required=True,
        metavar=QCoreApplication.translate("CommandLine", "ID"),
        help=QCoreApplication.translate("CommandLine", "the event's id"),
    )
    mins.add_argument(
        "--out", type=Path, required=True, metavar=_files(file, ".pdf", ".docx"), help=written
    )
    rep = command(
        "report",
        QCoreApplication.translate("CommandLine", "write a status report as PDF, Word or Excel"),
    )
    rep.add_argument("--from", dest="first", type=_day, required=True, metavar=day, help=first_day)
    rep.add_argument("--to", dest="last", type=_day, required=True, metavar=day, help=last_day)
    about = rep.add_mutually_exclusive_group()
    about.add_argument(
        "--partner",
        metavar=QCoreApplication.translate("CommandLine", "PARTNER"),
        help=QCoreApplication.translate("CommandLine", "only this partner"),
    )
    about.add_argument(
        "--programme",
        metavar=QCoreApplication.translate("CommandLine", "PROGRAMME"),
        help=QCoreApplication.translate("CommandLine", "only this programme"),
    )
    about.add_argument(
        "--project",
        metavar=QCoreApplication.translate("CommandLine", "CODE"),
        help=QCoreApplication.translate("CommandLine", "only the project with this code"),
    )
    about.add_argument(
        "--unit",
        metavar=QCoreApplication.translate("CommandLine", "UNIT"),
        help=QCoreApplication.translate("CommandLine", "only this host unit"),
    )
    rep.add_argument(
        "--sections",
        metavar=QCoreApplication.translate("CommandLine", "SECTIONS"),
        help=QCoreApplication.translate(
            "CommandLine", "comma-separated sections to include (default all):"
        )
        + " summary,charts,projects,indicators,held,coming,overdue",
    )
    rep.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=_files(file, ".pdf", ".docx", ".xlsx"),
        help=written,
    )
    sched = command(
        "schedule",
        QCoreApplication.translate(
            "CommandLine", "write the weekly work schedule (lịch công tác tuần) as PDF or Word"
        ),
    )
    sched.add_argument(
        "--week",
        required=True,
        metavar=day,
        help=QCoreApplication.translate(
            "CommandLine", "a day of the week, DD/MM/YYYY (the week runs Monday to Sunday)"
        ),
    )
    sched.add_argument(
        "--out", type=Path, required=True, metavar=_files(file, ".pdf", ".docx"), help=written
    )
    _event_filter(sched)
    return parser


def _event_filter(command: argparse.ArgumentParser) -> None:
    """--unit, --person or --project: the events of one host unit, person or project
    (the calendar export and the weekly schedule choose alike)."""
    whose = command.add_mutually_exclusive_group()
    whose.add_argument(
        "--unit",
        metavar=QCoreApplication.translate("CommandLine", "UNIT"),
        help=QCoreApplication.translate("CommandLine", "only the events of this host unit"),
    )
    whose.add_argument(
        "--person",
        metavar=QCoreApplication.translate("CommandLine", "PERSON"),
        help=QCoreApplication.translate("CommandLine", "only the events this person takes part in"),
    )
    whose.add_argument(
        "--project",
        metavar=QCoreApplication.translate("CommandLine", "CODE"),
        help=QCoreApplication.translate(
            "CommandLine", "only the events of the project with this code"
        ),
    )


def _files(file: str, *endings: str) -> str:
    """``FILE.pdf|FILE.docx`` with FILE in the user's language."""
    return "|".join(file + e for e in endings)


def _day(text: str) -> date:
    """The same reading of a typed day, and the same words for a mistake, as the window's."""
    from coordinator.domain.dates import parse_date
    from coordinator.text.dates import date_problem

    problem = date_problem(text, required=True)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    value = parse_date(text)
    assert value is not None
    return value


def _argparse_words() -> dict[str, str]:
    """argparse's own words (it asks gettext for them), in the language installed."""
    return {
        "usage: ": QCoreApplication.translate("CommandLine", "usage: "),
        "positional arguments": QCoreApplication.translate("CommandLine", "positional arguments"),
        "options": QCoreApplication.translate("CommandLine", "options"),
        "show this help message and exit": QCoreApplication.translate(
            "CommandLine", "show this help and exit"
        ),
        "argument %(argument_name)s: %(message)s": QCoreApplication.translate(
            "CommandLine", "argument %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": QCoreApplication.translate(
            "CommandLine", "unrecognized arguments: %s"
        ),
        "not allowed with argument %s": QCoreApplication.translate(
            "CommandLine", "not allowed with argument %s"
        ),
        "ignored explicit argument %r": QCoreApplication.translate(
            "CommandLine", "ignored explicit argument %r"
        ),
        "the following arguments are required: %s": QCoreApplication.translate(
            "CommandLine", "the following arguments are required: %s"
        ),
        "one of the arguments %s is required": QCoreApplication.translate(
            "CommandLine", "one of the arguments %s is required"
        ),
        "expected one argument": QCoreApplication.translate("CommandLine", "expected one argument"),
        "expected at most one argument": QCoreApplication.translate(
            "CommandLine", "expected at most one argument"
        ),
        "expected at least one argument": QCoreApplication.translate(
            "CommandLine", "expected at least one argument"
        ),
        "ambiguous option: %(option)s could match %(matches)s": QCoreApplication.translate(
            "CommandLine", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "unexpected option string: %s": QCoreApplication.translate(
            "CommandLine", "unexpected option string: %s"
        ),
        "invalid %(type)s value: %(value)r": QCoreApplication.translate(
            "CommandLine", "invalid %(type)s value: %(value)r"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": QCoreApplication.translate(
            "CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
    }


@contextmanager
def _argparse_speaking() -> Iterator[None]:
    """argparse takes its words from ``argparse._`` (gettext) when it builds a parser
    and when it parses; for that while they come from our translation instead, so a
    translator has one file for the window and the command line."""
    words = _argparse_words()
    before = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = before  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2,
            arg(QCoreApplication.translate("CommandLine", "%1: error: %2"), self.prog, message)
            + "\n",
        )


def _asked_language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given anywhere on the line, read before the parser (whose own
    words and errors are said in it)."""
    asked = None
    for i, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and i + 1 < len(argv):
            asked = argv[i + 1]
        elif word.startswith("--lang="):
            asked = word.partition("=")[2]
    return asked if asked in LANGUAGES else None


class UserError(Exception):
    """Reported as one line on stderr with exit code 1."""


@contextmanager
def _store_problems() -> Iterator[None]:
    """The database file's condition met while a command works (busy with another
    writer, a full disk, an I/O error: errors.classify) is one line, not a traceback."""
    try:
        yield
    except Exception as exc:
        from coordinator.text.errors import IN_USE_ERRORS, in_use_error_text

        if not isinstance(exc, IN_USE_ERRORS):
            raise
        raise UserError(in_use_error_text(exc)) from exc


def _open(path: Path, write: bool = True) -> "Store":
    """The database, checked (and migrated if it is writable); a command that only reads
    (``write`` False) reads a file it may not write, without changing it or its mode."""
    from coordinator.db.location import writable
    from coordinator.db.migrate import MigrationError
    from coordinator.db.store import Store, StoreError
    from coordinator.text.errors import store_error_text

    try:
        read_only = not write and path.exists() and not writable(path)
        return Store.open(path, read_only=read_only)
    except (StoreError, MigrationError) as exc:
        raise UserError(store_error_text(path, exc)) from exc


def _require(db: Path) -> None:
    """Commands that read or change a database never make one where none is."""
    if not db.exists():
        hint = "coordinator init"
        if db != paths.default_db_path():
            hint += f" --db {shlex.quote(str(db))}"
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "CommandLine", "%1: no such file; “%2” makes a new, empty database"
                ),
                db,
                hint,
            )
        )


def _already_exists(db: Path) -> str:
    return arg(
        QCoreApplication.translate(
            "CommandLine", "%1 already exists; init makes only a new database"
        ),
        db,
    )


def _init(db: Path) -> str:
    """Build the new database under a hidden name beside it and link it into place only
    when whole: a killed init leaves no half-made file that later looks like a database."""
    import os

    from sqlalchemy.exc import SQLAlchemyError

    if db.exists() or db.is_symlink():
        raise UserError(_already_exists(db))
    building = db.with_name(f".{db.name}.init-{os.getpid()}")
    try:
        _open(building).close()
        os.link(building, db)  # unlike a rename, never replaces a file made meanwhile
    except FileExistsError as exc:
        raise UserError(_already_exists(db)) from exc
    except (OSError, SQLAlchemyError) as exc:
        raise UserError(
            arg(
                QCoreApplication.translate("CommandLine", "%1 could not be created: %2"),
                db,
                _reason(exc),
            )
        ) from exc
    finally:
        for leftover in (
            building,
            *(building.with_name(building.name + x) for x in ("-wal", "-shm", "-journal")),
        ):
            leftover.unlink(missing_ok=True)
    return arg(QCoreApplication.translate("CommandLine", "new, empty database created at %1"), db)


def _reason(exc: Exception) -> str:
    """The system's own words for why a file could not be made, without SQL."""
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc)


def _file_error(path: Path, exc: OSError) -> UserError:
    """Why a file was not written, in the user's language (the system's words only in
    brackets, where ours have no sentence for its reason)."""
    from coordinator.text.errors import write_error_text

    return UserError(write_error_text(path, exc))


def _demo(db: Path) -> str:
    from coordinator.db import demo

    store = _open(db)
    try:
        if not demo.is_empty(store) or not demo.load(store):
            raise UserError(
                arg(
                    QCoreApplication.translate(
                        "CommandLine",
                        "%1 already holds data; demo data goes only into an empty database",
                    ),
                    db,
                )
            )
    finally:
        store.close()
    return arg(QCoreApplication.translate("CommandLine", "demo data loaded into %1"), db)


def _check(db: Path) -> str:
    """Reads the file and writes nothing (no migration, no side file where it cannot):
    the integrity of every page, then every table, column, index and trigger against
    those its revision has."""
    from coordinator.db.backups import inspect_file, schema_problems
    from coordinator.db.errors import DamagedDatabaseError, NotADatabaseError, StoreError
    from coordinator.db.migrate import head_revision
    from coordinator.text.errors import schema_problems_text, store_error_text

    _require(db)
    try:
        revision = inspect_file(db, thorough=True)
        if revision is None:  # an SQLite file with no tables yet
            raise NotADatabaseError(str(db))
        problems = schema_problems(db, revision)
    except DamagedDatabaseError as exc:
        raise UserError(
            arg(
                QCoreApplication.translate("CommandLine", "%1: integrity check failed: %2"),
                db,
                str(exc).removeprefix(f"{db}: "),
            )
        ) from exc
    except StoreError as exc:
        raise UserError(store_error_text(db, exc)) from exc
    except OSError as exc:
        raise UserError(store_error_text(db, StoreError(exc.strerror or str(exc)))) from exc
    if problems:
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "CommandLine", "%1: the tables do not match schema %2: %3"
                ),
                db,
                revision,
                schema_problems_text(problems),
            )
        )
    return arg(
        QCoreApplication.translate("CommandLine", "%1: ok, schema %2 (this app: %3)"),
        db,
        revision,
        head_revision(),
    )


def _backup(db: Path, target: Path | None) -> str:
    import errno
    import os

    from coordinator.db.backups import backups_dir, copy_database, make_backup
    from coordinator.db.errors import DiskFullError

    _require(db)
    if target is not None and target.resolve() == db.resolve():
        raise UserError(
            QCoreApplication.translate(
                "CommandLine", "the backup must be a different file from the database"
            )
        )
    store = _open(db, write=False)  # refuses damaged or newer files before copying
    store.close()
    try:
        if target is None:
            target = make_backup(db, "manual").folder
        else:
            copy_database(db, target)
    except OSError as exc:
        raise _file_error(target or backups_dir(db), exc) from exc
    except DiskFullError as exc:  # the disk the copy goes to, not the database's
        full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        raise _file_error(target or backups_dir(db), full) from exc
    return arg(QCoreApplication.translate("CommandLine", "backup written to %1"), target)


def _restore(db: Path, source: Path | None) -> str:
    from coordinator.db.backups import newest_good, restore
    from coordinator.db.errors import BusyError, NotWritableError, RestoreError, StoreError
    from coordinator.db.files import existing_file
    from coordinator.db.location import writable
    from coordinator.db.lock import DatabaseLock
    from coordinator.text.errors import restore_error_text, store_error_text

    try:
        if existing_file(db) and not writable(db):
            raise NotWritableError(str(db))
    except StoreError as exc:
        raise UserError(store_error_text(db, exc)) from exc
    if source is None:
        found = newest_good(db)
        if found is None:
            raise UserError(
                arg(
                    QCoreApplication.translate("CommandLine", "%1: no good backup found in %2"),
                    db,
                    db.parent / "backups",
                )
            )
        source = found.database
    lock = DatabaseLock(db)
    try:
        holder = lock.acquire()
    except OSError as exc:
        raise _file_error(lock.path, exc) from exc
    if holder is not None:
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "CommandLine",
                    "%1: in use by %2 on computer %3 (since %4); close Coordinator there first",
                ),
                db,
                holder.user,
                holder.host,
                holder.since[11:16] + " " + holder.since[8:10] + "/" + holder.since[5:7],
            )
        )
    try:
        aside = restore(db, source)
    except RestoreError as exc:  # the backup is good: said with where each file is
        raise UserError(restore_error_text(exc)) from exc
    except (NotWritableError, BusyError) as exc:
        raise UserError(store_error_text(db, exc)) from exc
    except StoreError as exc:
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "Application", "“%1” is not a usable backup, and nothing was changed: %2"
                ),
                source,
                store_error_text(source, exc),
            )
        ) from exc
    except OSError as exc:
        raise UserError(store_error_text(source, exc)) from exc
    finally:
        lock.release()
    if aside:
        return arg(
            QCoreApplication.translate(
                "CommandLine", "%1 restored from %2; the previous file is kept as %3"
            ),
            db,
            source,
            aside,
        )
    return arg(QCoreApplication.translate("CommandLine", "%1 restored from %2"), db, source)


def _existing(db: Path, write: bool = True) -> "Store":
    _require(db)
    return _open(db, write)


def _import(db: Path, source: Path) -> str:
    from coordinator.ical import IcsError, import_calendar
    from coordinator.text.errors import ics_problem

    store = _existing(db)
    try:
        report = import_calendar(store, source)
    except IcsError as exc:
        raise UserError(f"{source}: {ics_problem(exc.problem)}") from exc
    finally:
        store.close()
    lines = [
        arg(
            QCoreApplication.translate(
                "CommandLine",
                "%1: %2 events added, %3 updated, %4 unchanged, %5 people added, %6 skipped",
            ),
            source,
            report.added,
            report.updated,
            report.unchanged,
            report.people_added,
            len(report.skipped),
        )
    ]
    lines += [
        arg(
            QCoreApplication.translate("CommandLine", "skipped %1 “%2”: %3"),
            x.uid or "?",
            x.summary,
            ics_problem(x.problem),
        )
        for x in report.skipped
    ]
    return "\n".join(lines)


def _import_list(db: Path, args: argparse.Namespace) -> str:
    """A spreadsheet brought in: all of it in one transaction, or nothing."""
    from coordinator.db.versions import RecordChangedError
    from coordinator.sheets.fields import REQUIRED, ListKind, MapError, apply_map
    from coordinator.sheets.importing import Action, Notice, apply_plan, plan_import
    from coordinator.sheets.reading import SheetError, read_grid
    from coordinator.text import sheets as words

    source: Path = args.file
    if args.list_kind is None:
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "CommandLine", "%1: say what the file lists with --as partners, people or stays"
                ),
                source,
            )
        )
    if args.sheet and source.suffix.lower() == ".csv":
        raise UserError(
            arg(QCoreApplication.translate("CommandLine", "%1: a CSV file has no sheets"), source)
        )
    kind = ListKind(args.list_kind)
    try:
        grid = read_grid(source, args.sheet)
    except SheetError as exc:
        raise UserError(
            arg(
                QCoreApplication.translate("CommandLine", "%1 cannot be imported: %2"),
                source,
                words.sheet_problem(exc),
            )
        ) from exc
    store = _existing(db)
    try:
        plan = plan_import(store, grid, kind)
        if args.mapping:
            try:
                mapping = apply_map(kind, plan.headers, plan.mapping, args.mapping)
            except MapError as exc:
                raise UserError(
                    arg(
                        QCoreApplication.translate("CommandLine", "%1: --map %2"),
                        source,
                        words.map_error_text(exc),
                    )
                ) from exc
            header = next(i for i, r in enumerate(grid.rows) if r[0] == plan.header_row)
            plan = plan_import(store, grid, kind, mapping, header)
        missing = [f for f in REQUIRED[kind] if f not in plan.mapping]
        if missing and len(grid.sheets) > 1 and not args.sheet:
            raise UserError(
                arg(
                    QCoreApplication.translate(
                        "CommandLine",
                        "%1: sheet “%2” has no column %3; choose the sheet with --sheet "
                        "(the workbook's sheets: %4), or name the column with --map",
                    ),
                    source,
                    grid.sheet,
                    ", ".join(words.field_label(f) for f in missing),
                    ", ".join(f"“{n}”" for n in grid.sheets),
                )
            )
        if not plan.rows and not missing and len(grid.sheets) > 1 and not args.sheet:
            raise UserError(
                arg(
                    QCoreApplication.translate(
                        "CommandLine",
                        "%1: sheet “%2” has no rows under its header; choose the sheet with "
                        "--sheet (the workbook's sheets: %3)",
                    ),
                    source,
                    grid.sheet,
                    ", ".join(f"“{n}”" for n in grid.sheets),
                )
            )
        if missing:
            raise UserError(
                arg(
                    QCoreApplication.translate(
                        "CommandLine",
                        "%1: no column is %2 (headers of row %3: %4); name it with --map",
                    ),
                    source,
                    ", ".join(words.field_label(f) for f in missing),
                    plan.header_row,
                    ", ".join(h for h in plan.headers if h) or "—",
                )
            )
        problems = plan.problems()
        bad = [r for r in plan.rows if r.bad]
        if bad and not args.skip_bad and not args.dry_run:
            lines = [
                arg(
                    QCoreApplication.translate(
                        "CommandLine",
                        "%1: %2 rows cannot be read, so nothing was written "
                        "(--skip-bad imports the others):",
                    ),
                    source,
                    len(bad),
                )
            ]
            raise UserError("\n".join(lines + [words.problem_text(p) for p in problems]))
        plan.skip_bad()
        counts = plan.counts()
        maybe = [
            arg(
                QCoreApplication.translate("CommandLine", "row %1 “%2” was added, but %3"),
                r.row,
                _row_name(r),
                words.notice_text(Notice.MAYBE_SAME, r.existing.summary),
            )
            for r in plan.maybe_same()
            if r.action is Action.ADD and r.existing is not None
        ]
        if args.dry_run:
            head = arg(
                QCoreApplication.translate(
                    "CommandLine",
                    "%1 (dry run, nothing written): %2 to add, %3 to merge, %4 already there, "
                    "%5 to skip",
                ),
                source,
                *(
                    fmt_count(counts[a])
                    for a in (Action.ADD, Action.MERGE, Action.UNCHANGED, Action.SKIP)
                ),
            )
            below = [words.below_text(plan.below).capitalize()] if plan.below else []
            said = "\n".join([head, *(words.problem_text(p) for p in problems), *maybe, *below])
            if bad and not args.skip_bad:  # the real run would refuse the file: exit 1
                raise UserError(said)
            return said
        try:
            result = apply_plan(store, plan)
        except RecordChangedError as exc:
            raise UserError(
                arg(
                    QCoreApplication.translate(
                        "CommandLine",
                        "%1: a record changed while the file was imported; nothing was written. "
                        "Run the import again.",
                    ),
                    source,
                )
            ) from exc
    finally:
        store.close()
    head = arg(
        QCoreApplication.translate(
            "CommandLine", "%1: %2 added, %3 merged, %4 already there, %5 skipped"
        ),
        source,
        *map(fmt_count, (result.added, result.merged, result.unchanged, result.skipped)),
    )
    if result.organizations_added or result.people_added:
        head += arg(
            QCoreApplication.translate(
                "CommandLine", " (and with them %1 partners and %2 people not listed before)"
            ),
            fmt_count(result.organizations_added),
            fmt_count(result.people_added),
        )
    skipped = [
        arg(QCoreApplication.translate("CommandLine", "skipped: %1"), words.problem_text(p))
        for p in problems
    ]
    below = [words.below_text(plan.below).capitalize()] if plan.below else []
    return "\n".join([head, *skipped, *maybe, *below])


def _row_name(row: "PlannedRow") -> str:
    from coordinator.sheets.fields import Field

    for fld in (Field.NAME, Field.FULL_NAME, Field.PERSON):
        if isinstance(row.values.get(fld), str):
            return str(row.values[fld])
    return ""


def _choose(missing: str, wanted: str, rows: list[tuple[int, str]]) -> int:
    """The row named ``wanted``, or the only one containing it (diacritics aside);
    ``missing`` says, with ``%1`` for the name, that there is none."""
    from coordinator.domain.text import fold

    key = fold(wanted)
    exact = [r for r in rows if fold(r[1]) == key]
    found = list(dict(reversed(exact or [r for r in rows if key in fold(r[1])])).items())
    if not found:
        raise UserError(arg(missing, repr(wanted)))
    if len(found) > 1:
        names = ", ".join(r[1] for r in found[:5])
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "CommandLine", "%1 matches several: %2; be more precise"
                ),
                repr(wanted),
                names,
            )
        )
    return found[0][0]


def _no_project(code: str) -> UserError:
    return UserError(
        arg(QCoreApplication.translate("CommandLine", "no project with code %1"), repr(code))
    )


def _export(db: Path, out: Path, person: str | None, unit: str | None, project: str | None) -> str:
    from sqlalchemy import select

    from coordinator.db import models as m
    from coordinator.db.files import write_whole
    from coordinator.db.queries.events import EventFilter
    from coordinator.ical import export_calendar

    store = _existing(db, write=False)
    try:
        scope = EventFilter()
        with store.reading() as s:
            if person:
                people = [(i, n) for i, n in s.execute(select(m.Person.id, m.Person.full_name))]
                missing = QCoreApplication.translate("CommandLine", "no person named %1")
                scope = EventFilter(person_id=_choose(missing, person, people))
            elif unit:
                orgs = [
                    (i, name)
                    for i, full, short in s.execute(
                        select(m.Organization.id, m.Organization.name, m.Organization.short_name)
                    )
                    for name in (full, short)
                    if name
                ]
                missing = QCoreApplication.translate("CommandLine", "no host unit named %1")
                scope = EventFilter(host_unit_id=_choose(missing, unit, orgs))
            elif project:
                pid = s.scalar(select(m.Project.id).where(m.Project.code == project.strip()))
                if pid is None:
                    raise _no_project(project)
                scope = EventFilter(project_id=pid)
        data = export_calendar(store, scope, name=db.stem)
    finally:
        store.close()
    try:
        # Whole or not at all: a full disk must not cut short the calendar exported before.
        write_whole(out, lambda partial: partial.write_bytes(data))
    except OSError as exc:
        raise _file_error(out, exc) from exc
    return arg(
        QCoreApplication.translate("CommandLine", "%1 events written to %2"),
        data.count(b"BEGIN:VEVENT"),
        out,
    )


def _conflicts(db: Path, first: date | None, last: date | None, as_json: bool, lang: str) -> str:
    from coordinator.db.queries.scheduling import event_span, findings_between, names_for
    from coordinator.text.findings import Names, conflict_text, warning_text
    from coordinator.text.formats import fmt_span
    from coordinator.text.translations import holiday_language

    store = _existing(db, write=False)
    try:
        span = event_span(store)
        if span is None:
            return "[]" if as_json else QCoreApplication.translate("CommandLine", "no events")
        first, last = first or span[0], last or span[1]
        if last < first:
            raise UserError(QCoreApplication.translate("CommandLine", "--to comes before --from"))
        found = findings_between(store, first, last, language=holiday_language(lang))
        people, units, office = names_for(store, (f for _, f in found))
    finally:
        store.close()
    names = Names(people, units, office)
    if as_json:
        return json.dumps(
            [
                {
                    "event_id": b.event_id,
                    "title": b.title,
                    "starts": b.starts.isoformat(),
                    "ends": b.ends.isoformat(),
                    "conflicts": [
                        {
                            "kind": str(c.kind),
                            "with_event_id": c.other.event_id,
                            "with_title": c.other.title,
                            "with_starts": c.other.starts.isoformat(),
                            "person": people.get(c.person_id) if c.person_id else None,
                            "message": conflict_text(c, names),
                        }
                        for c in f.conflicts
                    ],
                    "warnings": [
                        {
                            "kind": str(w.kind),
                            "day": w.day.isoformat() if w.day else None,
                            "message": warning_text(w, names),
                        }
                        for w in f.warnings
                    ],
                }
                for b, f in found
            ],
            ensure_ascii=False,
            indent=2,
        )
    conflict = QCoreApplication.translate("CommandLine", "CONFLICT")
    warning = QCoreApplication.translate("CommandLine", "warning")
    width = max(len(conflict), len(warning))
    lines = []
    for b, f in found:
        lines.append(f"{fmt_span(b.starts, b.ends, b.all_day)}  #{b.event_id} {b.title}")
        lines += [f"  {conflict:{width}}  {conflict_text(c, names)}" for c in f.conflicts]
        lines += [f"  {warning:{width}}  {warning_text(w, names)}" for w in f.warnings]
    hard = sum(len(f.conflicts) for _, f in found)
    soft = sum(len(f.warnings) for _, f in found)
    lines.append(
        arg(
            QCoreApplication.translate(
                "CommandLine", "%1 events with %2 conflicts and %3 warnings"
            ),
            len(found),
            hard,
            soft,
        )
    )
    return "\n".join(lines)


def _actions(db: Path, overdue: bool, owner: str | None, as_json: bool) -> str:
    from coordinator.db.queries import actions as ac
    from coordinator.db.queries.agreements import ending_soon
    from coordinator.db.queries.common import Sort
    from coordinator.db.queries.minutes import Owner
    from coordinator.db.queries.settings import get_alert_days
    from coordinator.domain.timezone import today_local
    from coordinator.text.formats import fmt_date

    store = _existing(db, write=False)
    try:
        who = None
        if owner is not None:
            people, units = ac.owner_filter_choices(store)
            rows = [(("person", c.id), c.name) for c in people]
            rows += [(("unit", c.id), c.name) for c in units]
            keys = dict(enumerate(r[0] for r in rows))
            missing = QCoreApplication.translate("CommandLine", "no owner named %1")
            listed_rows = [(i, r[1]) for i, r in enumerate(rows)]
            who = Owner(*keys[_choose(missing, owner, listed_rows)])
        today = today_local()
        f = ac.ActionFilter(ac.Due.OVERDUE if overdue else ac.Due.OPEN, today, who)
        items = ac.list_actions(store, f, Sort("due"), 0, 100_000)
        # Agreements to renew are nobody's item and never overdue: listed without filters.
        days = get_alert_days(store)
        ending = [] if overdue or owner else ending_soon(store, today, days, 100_000)
    finally:
        store.close()
    if as_json:
        listed: list[dict[str, Any]] = [
            {
                "source": r.source,
                "id": r.id,
                "text": r.text,
                "owner": r.owner,
                "due": r.due_on.isoformat() if r.due_on else None,
                "status": r.status,
                "overdue": r.overdue(today),
                "from": r.origin,
                "event_id": r.event_id,
                "partner": r.partner,
                "project": r.project,
            }
            for r in items
        ]
        listed += [
            {
                "source": "agreement_ending",
                "id": e.id,
                "text": e.name,
                "owner": None,
                "due": e.ends_on.isoformat(),
                "status": "ending",
                "overdue": False,
                "from": None,
                "event_id": None,
                "partner": e.parties[0] if e.parties else None,
                "project": None,
                "number": e.number,
                "title": e.title,
                "parties": e.parties,
                "ends": e.ends_on.isoformat(),
                "days_left": e.days_left,
            }
            for e in ending
        ]
        # In due order, as the items are; those without a due date stay last.
        listed.sort(key=lambda d: (d["due"] is None, d["due"] or ""))
        return json.dumps(listed, ensure_ascii=False, indent=2)
    ending_text = QCoreApplication.translate("CommandLine", "AGREEMENT ENDING %1 (in %2 days)")
    overdue_text = QCoreApplication.translate("CommandLine", "OVERDUE")
    nobody = QCoreApplication.translate("CommandLine", "no owner")
    lines = [
        f"{fmt_date(e.ends_on):10}  "
        f"{arg(ending_text, fmt_date(e.ends_on), fmt_count(e.days_left))}: "
        f"{e.name} — {'; '.join(e.parties)}"
        for e in ending
    ]
    lines += [
        f"{fmt_date(r.due_on) or '—':10}  "
        f"{overdue_text + ' ' if r.overdue(today) else ''}{r.text} — {r.owner or nobody}"
        f" ({r.origin or ''})"
        for r in items
    ]
    if ending:
        lines.append(
            arg(
                QCoreApplication.translate("CommandLine", "%1 agreements ending within %2 days"),
                fmt_count(len(ending)),
                days,
            )
        )
    lines.append(arg(QCoreApplication.translate("CommandLine", "%1 items"), fmt_count(len(items))))
    return "\n".join(lines)


def _minutes_of(db: Path, event_id: int, out: Path) -> "MinutesDocument":
    """The minutes to write, checked before Qt's painting is loaded for nothing."""
    if out.suffix.lower() not in (".pdf", ".docx"):
        raise UserError(
            arg(
                QCoreApplication.translate("CommandLine", "%1: the file must end in .pdf or .docx"),
                out,
            )
        )
    from coordinator.reports.minutes import gather

    store = _existing(db, write=False)
    try:
        doc = gather(store, event_id)
    finally:
        store.close()
    if doc is None:
        raise UserError(
            arg(QCoreApplication.translate("CommandLine", "no event with id %1"), event_id)
        )
    return doc


def _write_minutes(doc: "MinutesDocument", out: Path) -> str:
    from coordinator.reports.minutes import write_docx, write_pdf

    try:
        (write_pdf if out.suffix.lower() == ".pdf" else write_docx)(doc, out)
    except OSError as exc:
        raise _file_error(out, exc) from exc
    return arg(
        QCoreApplication.translate("CommandLine", "%1: minutes of “%2” written"), out, doc.title
    )


def _organization_rows(s: "Session", internal: bool | None = None) -> list[tuple[int, str]]:
    """(id, name) of each organisation not deleted (only the province's own units, or
    only partners, when ``internal`` says), its full name listed before its short one."""
    from sqlalchemy import select

    from coordinator.db import models as m

    stmt = select(m.Organization.id, m.Organization.name, m.Organization.short_name).where(
        m.Organization.deleted_at.is_(None)
    )
    if internal is not None:
        stmt = stmt.where(m.Organization.is_internal.is_(internal))
    return [(i, name) for i, full, short in s.execute(stmt) for name in (full, short) if name]


def _project_named(s: "Session", code: str) -> tuple[int, str]:
    """The id and "CODE – title" of the project with ``code``; UserError if none."""
    from sqlalchemy import select

    from coordinator.db import models as m

    found = s.execute(
        select(m.Project.id, m.Project.code, m.Project.title).where(
            m.Project.code == code.strip(), m.Project.deleted_at.is_(None)
        )
    ).first()
    if found is None:
        raise _no_project(code)
    return found[0], f"{found[1]} – {found[2]}"


def _chosen(missing: str, wanted: str, rows: list[tuple[int, str]]) -> tuple[int, str]:
    """The id and full name of the row ``_choose`` finds."""
    chosen = _choose(missing, wanted, rows)
    return chosen, next(name for i, name in rows if i == chosen)  # the full name comes first


def _scope(store: "Store", args: argparse.Namespace) -> "Scope":
    from sqlalchemy import select

    from coordinator.db import models as m
    from coordinator.reports.status.data import Scope, ScopeKind

    with store.reading() as s:
        if args.programme:
            rows = [
                (i, n)
                for i, n in s.execute(
                    select(m.Programme.id, m.Programme.name).where(m.Programme.deleted_at.is_(None))
                )
            ]
            kind, wanted = ScopeKind.PROGRAMME, args.programme
            missing = QCoreApplication.translate("CommandLine", "no programme named %1")
        elif args.partner or args.unit:
            internal = bool(args.unit)
            rows = _organization_rows(s, internal)
            kind = ScopeKind.UNIT if internal else ScopeKind.PARTNER
            wanted = args.unit or args.partner
            missing = (
                QCoreApplication.translate("CommandLine", "no host unit named %1")
                if internal
                else QCoreApplication.translate("CommandLine", "no partner named %1")
            )
        elif args.project:
            return Scope(ScopeKind.PROJECT, *_project_named(s, args.project))
        else:
            return Scope()
        return Scope(kind, *_chosen(missing, wanted, rows))


def _report_request(db: Path, args: argparse.Namespace) -> "ReportRequest":
    """The report asked for, checked before Qt's painting is loaded for nothing."""
    from coordinator.reports.status import SUFFIXES
    from coordinator.reports.status.data import ALL_SECTIONS, ReportRequest, Section

    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise UserError(
            arg(
                QCoreApplication.translate(
                    "CommandLine", "%1: the file must end in .pdf, .docx or .xlsx"
                ),
                out,
            )
        )
    if args.last < args.first:
        raise UserError(
            QCoreApplication.translate(
                "CommandLine", "the period must end on or after its first day"
            )
        )
    sections = ALL_SECTIONS
    if args.sections:
        names = [n.strip() for n in args.sections.split(",") if n.strip()]
        unknown = [n for n in names if n not in {s.value for s in Section}]
        if unknown or not names:
            raise UserError(
                arg(
                    QCoreApplication.translate(
                        "CommandLine", "unknown sections %1; choose among %2"
                    ),
                    ", ".join(unknown) or QCoreApplication.translate("CommandLine", "(none)"),
                    ",".join(s.value for s in Section),
                )
            )
        sections = frozenset(Section(n) for n in names)
    store = _existing(db, write=False)
    try:
        scope = _scope(store, args)
    finally:
        store.close()
    return ReportRequest(args.first, args.last, scope, sections)


def _write_report(db: Path, request: "ReportRequest", out: Path) -> str:
    from coordinator.reports.status import write_report
    from coordinator.text.formats import fmt_date

    store = _existing(db, write=False)
    try:
        try:
            report = write_report(store, request, out)
        except OSError as exc:
            raise _file_error(out, exc) from exc
    finally:
        store.close()
    f = report.figures
    return arg(
        QCoreApplication.translate(
            "CommandLine",
            "%1: status report %2–%3 written (%4: %5 projects, %6 events held, "
            "%7 action items overdue)",
        ),
        out,
        fmt_date(request.first),
        fmt_date(request.last),
        request.scope.name or QCoreApplication.translate("CommandLine", "everything"),
        *map(fmt_count, (f.projects, f.events_held, f.actions_overdue)),
    )


def _schedule_of(db: Path, args: argparse.Namespace) -> "WeekSchedule":
    """The weekly schedule asked for, checked before Qt's painting is loaded for nothing."""
    from sqlalchemy import select

    from coordinator.db import models as m
    from coordinator.domain.dates import parse_date
    from coordinator.reports import schedule
    from coordinator.text.dates import date_problem

    out: Path = args.out
    if out.suffix.lower() not in schedule.SUFFIXES:
        raise UserError(
            arg(
                QCoreApplication.translate("CommandLine", "%1: the file must end in .pdf or .docx"),
                out,
            )
        )
    problem = date_problem(args.week, required=True)
    if problem:
        raise UserError(arg(QCoreApplication.translate("CommandLine", "--week: %1"), problem))
    day = parse_date(args.week)
    assert day is not None
    store = _existing(db, write=False)
    try:
        scope = schedule.ScheduleScope()
        with store.reading() as s:
            if args.unit:
                missing = QCoreApplication.translate("CommandLine", "no host unit named %1")
                rows = _organization_rows(s)
                scope = schedule.ScheduleScope(schedule.UNIT, *_chosen(missing, args.unit, rows))
            elif args.person:
                people = [
                    (i, n)
                    for i, n in s.execute(
                        select(m.Person.id, m.Person.full_name).where(m.Person.deleted_at.is_(None))
                    )
                ]
                missing = QCoreApplication.translate("CommandLine", "no person named %1")
                scope = schedule.ScheduleScope(
                    schedule.PERSON, *_chosen(missing, args.person, people)
                )
            elif args.project:
                scope = schedule.ScheduleScope(schedule.PROJECT, *_project_named(s, args.project))
        return schedule.gather(store, day, scope)
    finally:
        store.close()


def _write_schedule(ws: "WeekSchedule", out: Path) -> str:
    from coordinator.reports import schedule
    from coordinator.text.formats import fmt_date

    try:
        schedule.write(ws, out)
    except OSError as exc:
        raise _file_error(out, exc) from exc
    return arg(
        QCoreApplication.translate(
            "CommandLine", "%1: weekly work schedule %2–%3 written (%4 events)"
        ),
        out,
        fmt_date(ws.first),
        fmt_date(ws.last),
        fmt_count(ws.count),
    )


def _command(args: argparse.Namespace, db: Path, language: str) -> str:
    """What a command that writes no document did, in one message."""
    if args.command == "init":
        return _init(db)
    if args.command == "demo":
        return _demo(db)
    if args.command == "check":
        return _check(db)
    if args.command == "import":
        if args.list_kind or args.file.suffix.lower() != ".ics":
            return _import_list(db, args)
        return _import(db, args.file)
    if args.command == "export":
        return _export(db, args.out, args.person, args.unit, args.project)
    if args.command == "conflicts":
        return _conflicts(db, args.first, args.last, args.json, language)
    if args.command == "actions":
        return _actions(db, args.overdue, args.owner, args.json)
    if args.command == "restore":
        return _restore(db, args.source)
    return _backup(db, args.to)


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The line's arguments if it asks for the window, read without a Qt application:
    the window makes its own, and one made and ended before it would drop what was
    meant for its event loop. None for a command, help, or a mistake (said later,
    in the user's language)."""
    quiet = io.StringIO()
    try:
        with redirect_stdout(quiet), redirect_stderr(quiet):
            args = _parser().parse_args(argv)
    except SystemExit:
        return None
    return args if args.command is None else None


def _log_refusal(exc: UserError) -> None:
    """Every error a command says goes to the log too, by its kind: the file's condition
    (a path and SQLite's words), never the sentence, which may quote names from a list."""
    from coordinator.db.errors import StoreError

    cause = exc.__cause__
    if isinstance(cause, StoreError | OSError):
        detail = f"{type(cause).__name__}: {cause}"
    else:
        detail = type(cause).__name__ if cause is not None else "refused"
    logging.getLogger(__name__).warning("command failed: %s", detail)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs a command in the language asked (``--lang``, anywhere on the line), else the
    one last chosen in the window, else Vietnamese."""
    argv = list(sys.argv[1:] if argv is None else argv)
    logs.setup()  # the log file only, never the terminal
    window = _window_args(argv)
    if window is not None:
        from coordinator.app import run

        db: Path = window.db or paths.default_db_path()
        return run(db, window.lang)
    language = _asked_language(argv) or saved_language() or "vi"
    document: Callable[[], str] | None = None
    try:
        with speaking(language) as words, _store_problems():
            with _argparse_speaking():
                args = _parser().parse_args(argv)
            db = args.db or paths.default_db_path()
            logs.started(db, args.command)
            if args.lang and args.lang != language:  # given as an abbreviation
                language = args.lang
                words.install(language)
            if args.command == "minutes":
                doc = _minutes_of(db, args.event, args.out)
                document = partial(_write_minutes, doc, args.out)
            elif args.command == "report":
                request = _report_request(db, args)
                document = partial(_write_report, db, request, args.out)
            elif args.command == "schedule":
                week = _schedule_of(db, args)
                document = partial(_write_schedule, week, args.out)
            else:
                message = _command(args, db, language)
        if document is not None:
            from coordinator.reports.common import offscreen_app

            offscreen_app()  # documents need fonts and painting, so a QGuiApplication
            with speaking(language), _store_problems():
                message = document()
    except UserError as exc:
        _log_refusal(exc)
        print(f"coordinator: {exc}", file=sys.stderr)
        return 1
    try:
        print(message)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped (``| head -1``): Python's "Note on SIGPIPE". Later writes,
        # and the flush at exit, go nowhere instead of raising again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0
