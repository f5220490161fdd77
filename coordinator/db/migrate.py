"""Alembic, driven from code: no alembic.ini and no subprocess.

Alembic itself is imported only to migrate. Every start asks which revisions exist
and which is the head; that is read from the version files' own ``revision`` and
``down_revision`` lines, which keeps Alembic's import (a fifth of a second) out of
the start (a test checks both readings agree).
"""

import ast
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine

if TYPE_CHECKING:
    from alembic.config import Config

    from coordinator.db.schema import Schema

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(db_path: Path | None = None) -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if db_path is not None:
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


@cache
def _chain() -> dict[str, str | None]:
    """Each revision and the one it revises, from the version files."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        names: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        names[target.id] = node.value.value
        revision = names.get("revision")
        if isinstance(revision, str):
            down = names.get("down_revision")
            chain[revision] = down if isinstance(down, str) else None
    return chain


def head_revision() -> str:
    chain = _chain()
    heads = set(chain) - {down for down in chain.values() if down is not None}
    assert len(heads) == 1, f"migrations must form one line, heads: {heads}"
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_chain())


class MigrationError(Exception):
    def __init__(self, step: str, cause: Exception) -> None:
        super().__init__(f"migration {step} failed: {cause}")
        self.step = step


def upgrade(db_path: Path, target: str = "head") -> None:
    """Upgrade the file to ``target``. Foreign keys are off for the batch steps and
    checked afterwards; any dangling reference fails the migration."""
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            from alembic import command

            cfg = alembic_config(db_path)
            cfg.attributes["connection"] = conn
            try:
                command.upgrade(cfg, target)
            except Exception as exc:
                raise MigrationError(target, exc) from exc
            dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                raise MigrationError(target, ValueError(f"foreign key check: {dangling[:5]}"))
    finally:
        engine.dispose()


@cache
def expected_schema(revision: str) -> "Schema":
    """The schema a file of ``revision`` has: Alembic migrates an empty file to it (about
    a second, once per revision and process)."""
    import sqlite3
    import tempfile

    from coordinator.db.schema import describe

    with tempfile.TemporaryDirectory(prefix="coordinator-schema-") as folder:
        path = Path(folder) / "expected.sqlite"
        upgrade(path, revision)
        conn = sqlite3.connect(path)
        try:
            return describe(conn)
        finally:
            conn.close()
