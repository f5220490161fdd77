"""Command line: the window by default, and headless sub-commands for scripts.

Exit codes: 0 done, 1 a user-facing error (one line on stderr), 2 bad arguments.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator import __version__, paths

if TYPE_CHECKING:
    from coordinator.db.store import Store


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", type=Path, help="database file (default: %(default)s)", default=None
    )
    parser = argparse.ArgumentParser(
        prog="coordinator",
        description="Coordinator: partners, projects and consultations of a cooperation "
        "programme. Without a command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["vi", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("demo", parents=[common], help="fill a new, empty database with demo data")
    sub.add_parser("check", parents=[common], help="report integrity and schema version")
    backup = sub.add_parser("backup", parents=[common], help="copy the database safely")
    backup.add_argument("--to", type=Path, required=True, help="backup file to write")
    return parser


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

    if not db.exists():
        raise UserError(f"{db}: no such file")
    store = _open(db)
    try:
        problems = store.integrity_check()
        revision = store.revision()
    finally:
        store.close()
    if problems != ["ok"]:
        raise UserError(f"{db}: integrity check failed: {'; '.join(problems[:5])}")
    return f"{db}: ok, schema {revision} (this app: {head_revision()})"


def _backup(db: Path, target: Path) -> str:
    from coordinator.db.store import backup_to

    if not db.exists():
        raise UserError(f"{db}: no such file")
    if target.resolve() == db.resolve():
        raise UserError("the backup must be a different file from the database")
    store = _open(db)  # refuses damaged or newer files before copying
    store.close()
    try:
        backup_to(db, target)
    except OSError as exc:
        raise UserError(f"{target}: {exc.strerror or exc}") from exc
    return f"backup written to {target}"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    db: Path = args.db or paths.default_db_path()
    if args.command is None:
        from coordinator.app import run

        return run(args.db, args.lang)
    try:
        if args.command == "demo":
            message = _demo(db)
        elif args.command == "check":
            message = _check(db)
        else:
            message = _backup(db, args.to)
    except UserError as exc:
        print(f"coordinator: {exc}", file=sys.stderr)
        return 1
    print(message)
    return 0
