"""Alembic, driven from code: no alembic.ini and no subprocess."""

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(db_path: Path | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if db_path is not None:
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


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
