"""Command line: the window by default, and headless sub-commands for scripts.

Exit codes: 0 done, 1 a user-facing error (one line on stderr), 2 bad arguments.
"""

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coordinator import __version__, paths

if TYPE_CHECKING:
    from coordinator.db.store import Store
    from coordinator.reports.status.data import Scope


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coordinator",
        description="Coordinator: partners, projects and consultations of a cooperation "
        "programme. Without a command, opens the window.",
    )
    parser.add_argument("--db", type=Path, default=None, help="database file")
    # Sub-commands take --db too, before or after their name; theirs must not reset the
    # main parser's value when it is left out.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("init", parents=[common], help="create a new, empty database (and its folders)")
    sub.add_parser("demo", parents=[common], help="fill a new, empty database with demo data")
    sub.add_parser("check", parents=[common], help="report integrity and schema version")
    backup = sub.add_parser(
        "backup", parents=[common], help="back up the database and its attachments"
    )
    backup.add_argument(
        "--to", type=Path, help="copy the database to this file instead of the backups folder"
    )
    restore = sub.add_parser(
        "restore", parents=[common], help="replace the database by a backup (checked first)"
    )
    restore.add_argument(
        "--from", dest="source", type=Path, help="backup file to restore (default: newest good)"
    )
    imp = sub.add_parser("import", parents=[common], help="import events from an .ics file")
    imp.add_argument("file", type=Path, help="iCalendar file (.ics)")
    exp = sub.add_parser("export", parents=[common], help="export events to an .ics file")
    exp.add_argument("--out", type=Path, required=True, help=".ics file to write")
    who = exp.add_mutually_exclusive_group()
    who.add_argument("--person", help="only the events this person takes part in")
    who.add_argument("--unit", help="only the events of this host unit")
    who.add_argument("--project", help="only the events of the project with this code")
    con = sub.add_parser(
        "conflicts", parents=[common], help="list double bookings and scheduling warnings"
    )
    con.add_argument("--from", dest="first", type=_day, help="first day, DD/MM/YYYY")
    con.add_argument("--to", dest="last", type=_day, help="last day, DD/MM/YYYY")
    con.add_argument("--json", action="store_true", help="print JSON instead of text")
    act = sub.add_parser(
        "actions",
        parents=[common],
        help="list open action items and commitments, due first, and agreements ending soon",
    )
    act.add_argument("--overdue", action="store_true", help="only those past their due date")
    act.add_argument("--owner", help="only those of this person or unit")
    act.add_argument("--json", action="store_true", help="print JSON instead of text")
    mins = sub.add_parser(
        "minutes", parents=[common], help="write an event's minutes as PDF or Word"
    )
    mins.add_argument("--event", type=int, required=True, help="the event's id")
    mins.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.docx")
    rep = sub.add_parser(
        "report", parents=[common], help="write a status report as PDF, Word or Excel"
    )
    rep.add_argument("--from", dest="first", type=_day, required=True, help="first day, DD/MM/YYYY")
    rep.add_argument("--to", dest="last", type=_day, required=True, help="last day, DD/MM/YYYY")
    about = rep.add_mutually_exclusive_group()
    about.add_argument("--partner", help="only this partner")
    about.add_argument("--programme", help="only this programme")
    about.add_argument("--project", help="only the project with this code")
    about.add_argument("--unit", help="only this host unit")
    rep.add_argument(
        "--sections",
        help="comma-separated sections to include (default all): "
        "summary,charts,projects,indicators,held,coming,overdue",
    )
    rep.add_argument("--out", type=Path, required=True, help="FILE.pdf, FILE.docx or FILE.xlsx")
    return parser


def _day(text: str) -> date:
    from coordinator.domain.dates import parse_date

    try:
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"not a date in DD/MM/YYYY: {text!r}")
    return value


class UserError(Exception):
    """Reported as one line on stderr with exit code 1."""


def _open(path: Path) -> "Store":
    from coordinator.app import store_error_text
    from coordinator.db.migrate import MigrationError
    from coordinator.db.store import Store, StoreError

    try:
        return Store.open(path)
    except (StoreError, MigrationError) as exc:
        raise UserError(store_error_text(path, exc)) from exc


def _require(db: Path) -> None:
    """Commands that read or change a database never make one where none is."""
    if not db.exists():
        hint = "coordinator init"
        if db != paths.default_db_path():
            hint += f" --db {shlex.quote(str(db))}"
        raise UserError(f"{db}: no such file; “{hint}” makes a new, empty database")


def _init(db: Path) -> str:
    """Build the new database under a hidden name beside it and link it into place only
    when whole: a killed init leaves no half-made file that later looks like a database."""
    import os

    from sqlalchemy.exc import SQLAlchemyError

    if db.exists() or db.is_symlink():
        raise UserError(f"{db} already exists; init makes only a new database")
    building = db.with_name(f".{db.name}.init-{os.getpid()}")
    try:
        _open(building).close()
        os.link(building, db)  # unlike a rename, never replaces a file made meanwhile
    except FileExistsError as exc:
        raise UserError(f"{db} already exists; init makes only a new database") from exc
    except (OSError, SQLAlchemyError) as exc:
        raise UserError(f"{db} could not be created: {_reason(exc)}") from exc
    finally:
        for leftover in (
            building,
            *(building.with_name(building.name + x) for x in ("-wal", "-shm", "-journal")),
        ):
            leftover.unlink(missing_ok=True)
    return f"new, empty database created at {db}"


def _reason(exc: Exception) -> str:
    """The system's own words for why a file could not be made, without SQL."""
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc)


def _demo(db: Path) -> str:
    from coordinator.db import demo

    store = _open(db)
    try:
        if not demo.is_empty(store):
            raise UserError(f"{db} already holds data; demo data goes only into an empty database")
        demo.load(store)
    finally:
        store.close()
    return f"demo data loaded into {db}"


def _check(db: Path) -> str:
    from coordinator.db.migrate import head_revision

    _require(db)
    store = _open(db)
    try:
        problems = store.integrity_check()
        revision = store.revision()
    finally:
        store.close()
    if problems != ["ok"]:
        raise UserError(f"{db}: integrity check failed: {'; '.join(problems[:5])}")
    return f"{db}: ok, schema {revision} (this app: {head_revision()})"


def _backup(db: Path, target: Path | None) -> str:
    from coordinator.db.backups import copy_database, make_backup

    _require(db)
    if target is not None and target.resolve() == db.resolve():
        raise UserError("the backup must be a different file from the database")
    store = _open(db)  # refuses damaged or newer files before copying
    store.close()
    try:
        if target is None:
            target = make_backup(db, "manual").folder
        else:
            copy_database(db, target)
    except OSError as exc:
        raise UserError(f"{target}: {exc.strerror or exc}") from exc
    return f"backup written to {target}"


def _restore(db: Path, source: Path | None) -> str:
    from coordinator.app import store_error_text
    from coordinator.db.backups import newest_good, restore
    from coordinator.db.errors import StoreError
    from coordinator.db.lock import DatabaseLock

    if source is None:
        found = newest_good(db)
        if found is None:
            raise UserError(f"{db}: no good backup found in {db.parent / 'backups'}")
        source = found.database
    lock = DatabaseLock(db)
    holder = lock.acquire()
    if holder is not None:
        raise UserError(f"{db}: in use by {holder.describe()}; close Coordinator there first")
    try:
        aside = restore(db, source)
    except (StoreError, OSError) as exc:
        raise UserError(store_error_text(source, exc)) from exc
    finally:
        lock.release()
    kept = f"; the previous file is kept as {aside}" if aside else ""
    return f"{db} restored from {source}{kept}"


def _existing(db: Path) -> "Store":
    _require(db)
    return _open(db)


def _import(db: Path, source: Path) -> str:
    from coordinator.ical import IcsError, import_calendar

    store = _existing(db)
    try:
        report = import_calendar(store, source)
    except IcsError as exc:
        raise UserError(f"{source}: {exc}") from exc
    finally:
        store.close()
    lines = [
        f"{source}: {report.added} events added, {report.updated} updated, "
        f"{report.people_added} people added, {len(report.skipped)} skipped"
    ]
    lines += [f"skipped {x.uid or '?'} “{x.summary}”: {x.reason}" for x in report.skipped]
    return "\n".join(lines)


def _choose(kind: str, wanted: str, rows: list[tuple[int, str]]) -> int:
    """The row named ``wanted``, or the only one containing it (diacritics aside)."""
    from coordinator.domain.text import fold

    key = fold(wanted)
    exact = [r for r in rows if fold(r[1]) == key]
    found = list(dict(reversed(exact or [r for r in rows if key in fold(r[1])])).items())
    if not found:
        raise UserError(f"no {kind} named {wanted!r}")
    if len(found) > 1:
        names = ", ".join(r[1] for r in found[:5])
        raise UserError(f"{wanted!r} matches several: {names}; be more precise")
    return found[0][0]


def _export(db: Path, out: Path, person: str | None, unit: str | None, project: str | None) -> str:
    from sqlalchemy import select

    from coordinator.db import models as m
    from coordinator.db.queries.events import EventFilter
    from coordinator.ical import export_calendar

    store = _existing(db)
    try:
        scope = EventFilter()
        with store.session() as s:
            if person:
                people = [(i, n) for i, n in s.execute(select(m.Person.id, m.Person.full_name))]
                scope = EventFilter(person_id=_choose("person", person, people))
            elif unit:
                orgs = [
                    (i, name)
                    for i, full, short in s.execute(
                        select(m.Organization.id, m.Organization.name, m.Organization.short_name)
                    )
                    for name in (full, short)
                    if name
                ]
                scope = EventFilter(host_unit_id=_choose("host unit", unit, orgs))
            elif project:
                pid = s.scalar(select(m.Project.id).where(m.Project.code == project.strip()))
                if pid is None:
                    raise UserError(f"no project with code {project!r}")
                scope = EventFilter(project_id=pid)
        data = export_calendar(store, scope, name=db.stem)
    finally:
        store.close()
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or exc}") from exc
    return f"{data.count(b'BEGIN:VEVENT')} events written to {out}"


def _conflicts(db: Path, first: date | None, last: date | None, as_json: bool) -> str:
    from coordinator.db.queries.scheduling import event_span, findings_between, names_for
    from coordinator.ui.findings import Names, conflict_text, warning_text
    from coordinator.ui.labels import fmt_span

    store = _existing(db)
    try:
        span = event_span(store)
        if span is None:
            return "[]" if as_json else "no events"
        first, last = first or span[0], last or span[1]
        if last < first:
            raise UserError("--to comes before --from")
        found = findings_between(store, first, last, language="en_US")
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
    lines = []
    for b, f in found:
        lines.append(f"{fmt_span(b.starts, b.ends, b.all_day)}  #{b.event_id} {b.title}")
        lines += [f"  CONFLICT  {conflict_text(c, names)}" for c in f.conflicts]
        lines += [f"  warning   {warning_text(w, names)}" for w in f.warnings]
    hard = sum(len(f.conflicts) for _, f in found)
    soft = sum(len(f.warnings) for _, f in found)
    lines.append(f"{len(found)} events with {hard} conflicts and {soft} warnings")
    return "\n".join(lines)


def _actions(db: Path, overdue: bool, owner: str | None, as_json: bool) -> str:
    from coordinator.db.queries import actions as ac
    from coordinator.db.queries.agreements import ending_soon
    from coordinator.db.queries.common import Sort
    from coordinator.db.queries.minutes import Owner
    from coordinator.db.queries.settings import get_alert_days
    from coordinator.domain.timezone import today_local

    store = _existing(db)
    try:
        who = None
        if owner is not None:
            people, units = ac.owner_filter_choices(store)
            rows = [(("person", c.id), c.name) for c in people]
            rows += [(("unit", c.id), c.name) for c in units]
            keys = dict(enumerate(r[0] for r in rows))
            who = Owner(*keys[_choose("owner", owner, [(i, r[1]) for i, r in enumerate(rows)])])
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
    lines = [
        f"{e.ends_on.strftime('%d/%m/%Y'):10}  AGREEMENT ENDING {e.ends_on.strftime('%d/%m/%Y')}"
        f" (in {e.days_left} days): {e.name} — {'; '.join(e.parties)}"
        for e in ending
    ]
    lines += [
        f"{r.due_on.strftime('%d/%m/%Y') if r.due_on else '—':10}  "
        f"{'OVERDUE ' if r.overdue(today) else ''}{r.text} — {r.owner or 'no owner'}"
        f" ({r.origin or ''})"
        for r in items
    ]
    if ending:
        lines.append(f"{len(ending)} agreements ending within {days} days")
    lines.append(f"{len(items)} items")
    return "\n".join(lines)


def _minutes(db: Path, event_id: int, out: Path, language: str) -> str:
    kind = out.suffix.lower()
    if kind not in (".pdf", ".docx"):
        raise UserError(f"{out}: the file must end in .pdf or .docx")
    _require(db)  # before Qt and its translations are loaded for nothing
    from coordinator.reports.common import offscreen_qt

    offscreen_qt(language)
    from coordinator.reports.minutes import gather, write_docx, write_pdf

    store = _existing(db)
    try:
        doc = gather(store, event_id)
    finally:
        store.close()
    if doc is None:
        raise UserError(f"no event with id {event_id}")
    try:
        (write_pdf if kind == ".pdf" else write_docx)(doc, out)
    except OSError as exc:
        raise UserError(f"{out}: {exc.strerror or exc}") from exc
    return f"{out}: minutes of “{doc.title}” written"


def _scope(store: "Store", args: argparse.Namespace) -> "Scope":
    from sqlalchemy import select

    from coordinator.db import models as m
    from coordinator.reports.status.data import Scope, ScopeKind

    with store.session() as s:
        if args.programme:
            rows = [
                (i, n)
                for i, n in s.execute(
                    select(m.Programme.id, m.Programme.name).where(m.Programme.deleted_at.is_(None))
                )
            ]
            kind, wanted, what = ScopeKind.PROGRAMME, args.programme, "programme"
        elif args.partner or args.unit:
            internal = bool(args.unit)
            rows = [
                (i, name)
                for i, full, short in s.execute(
                    select(m.Organization.id, m.Organization.name, m.Organization.short_name).where(
                        m.Organization.deleted_at.is_(None),
                        m.Organization.is_internal.is_(internal),
                    )
                )
                for name in (full, short)
                if name
            ]
            kind = ScopeKind.UNIT if internal else ScopeKind.PARTNER
            wanted, what = args.unit or args.partner, "host unit" if internal else "partner"
        elif args.project:
            found = s.execute(
                select(m.Project.id, m.Project.code, m.Project.title).where(
                    m.Project.code == args.project.strip(), m.Project.deleted_at.is_(None)
                )
            ).first()
            if found is None:
                raise UserError(f"no project with code {args.project!r}")
            return Scope(ScopeKind.PROJECT, found[0], f"{found[1]} – {found[2]}")
        else:
            return Scope()
        chosen = _choose(what, wanted, rows)
        full_name = next(name for i, name in rows if i == chosen)  # the full name comes first
        return Scope(kind, chosen, full_name)


def _report(db: Path, args: argparse.Namespace, language: str) -> str:
    from coordinator.reports.common import offscreen_qt
    from coordinator.reports.status import SUFFIXES, write_report
    from coordinator.reports.status.data import ALL_SECTIONS, ReportRequest, Section

    out: Path = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise UserError(f"{out}: the file must end in .pdf, .docx or .xlsx")
    if args.last < args.first:
        raise UserError("the period must end on or after its first day")
    sections = ALL_SECTIONS
    if args.sections:
        names = [n.strip() for n in args.sections.split(",") if n.strip()]
        unknown = [n for n in names if n not in {s.value for s in Section}]
        if unknown or not names:
            raise UserError(
                f"unknown sections {', '.join(unknown) or '(none)'}; "
                f"choose among {','.join(s.value for s in Section)}"
            )
        sections = frozenset(Section(n) for n in names)
    store = _existing(db)
    try:
        scope = _scope(store, args)
        offscreen_qt(language)  # only once the request is sound
        request = ReportRequest(args.first, args.last, scope, sections)
        try:
            report = write_report(store, request, out)
        except OSError as exc:
            raise UserError(f"{out}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    f = report.figures
    return (
        f"{out}: status report {args.first:%d/%m/%Y}–{args.last:%d/%m/%Y} written "
        f"({scope.name or 'everything'}: {f.projects} projects, {f.events_held} events held, "
        f"{f.actions_overdue} action items overdue)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db: Path = args.db or paths.default_db_path()
    if args.command is None:
        from coordinator.db.backups import start_check

        start_check(db)  # reads the whole file while the window's code loads
        from coordinator.app import run

        return run(db, args.lang)
    try:
        if args.command == "init":
            message = _init(db)
        elif args.command == "demo":
            message = _demo(db)
        elif args.command == "check":
            message = _check(db)
        elif args.command == "import":
            message = _import(db, args.file)
        elif args.command == "export":
            message = _export(db, args.out, args.person, args.unit, args.project)
        elif args.command == "conflicts":
            message = _conflicts(db, args.first, args.last, args.json)
        elif args.command == "actions":
            message = _actions(db, args.overdue, args.owner, args.json)
        elif args.command == "minutes":
            message = _minutes(db, args.event, args.out, args.lang or "vi")
        elif args.command == "report":
            message = _report(db, args, args.lang or "vi")
        elif args.command == "restore":
            message = _restore(db, args.source)
        else:
            message = _backup(db, args.to)
    except UserError as exc:
        print(f"coordinator: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0
