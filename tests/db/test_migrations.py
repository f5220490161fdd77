"""Migrations are the only source of the schema, and every released schema upgrades."""

import logging
import runpy
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from coordinator.db.backups import backups_dir, list_backups
from coordinator.db.migrate import MIGRATIONS, MigrationError, head_revision, upgrade
from coordinator.db.models import Base
from coordinator.db.store import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    Store,
    StoreError,
)
from coordinator.text.errors import store_error_text

SCHEMAS = sorted((Path(__file__).parent.parent / "data" / "schemas").glob("*.sqlite"))
REVISIONS = sorted(p.name[:4] for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


# SQLAlchemy cannot reflect an index on an expression from SQLite; the one such
# index is checked by name below instead.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings(
    "ignore:autogenerate skipping metadata-specified expression-based index"
)
def test_models_and_migrations_agree(store: Store) -> None:
    engine = create_engine(f"sqlite:///{store.path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        indexes = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_occurrence'"
        ).scalars()
        assert "ix_event_occurrence_length" in set(indexes)
    engine.dispose()
    # The FTS5 search index is made by SQL of its own (db/search_index.py), not by a model.
    assert [
        d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_fts"))
    ] == []


def test_a_new_file_is_migrated_to_head_and_healthy(store: Store) -> None:
    assert store.revision() == head_revision()
    assert store.integrity_check() == ["ok"]


def _rows(conn: sqlite3.Connection, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    """Every row of every table, in the columns given; search texts are left out (a
    migration may fold them again)."""
    out = {}
    for table, names in columns.items():
        kept = [c for c in names if c != "search_text"]
        listed = ", ".join(f'"{c}"' for c in kept)
        out[table] = sorted(conn.execute(f'SELECT {listed} FROM "{table}"').fetchall(), key=repr)
    return out


def _columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_fts%' AND name != 'alembic_version'"
        )
    ]
    return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}


@pytest.mark.parametrize("stored", SCHEMAS, ids=[p.stem for p in SCHEMAS])
def test_each_released_schema_upgrades_with_its_data(stored: Path, tmp_path: Path) -> None:
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    conn = sqlite3.connect(copy)
    columns = _columns(conn)
    before = _rows(conn, columns)
    conn.close()
    assert before["organization"]
    s = Store.open(copy)
    try:
        assert s.revision() == head_revision()
        assert s.integrity_check() == ["ok"]
        with s.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        s.close()
    conn = sqlite3.connect(copy)
    after = _rows(conn, columns)
    conn.close()
    for table in columns:
        assert after[table] == before[table], table


def test_there_is_a_stored_database_for_every_released_revision() -> None:
    """A new migration comes with the stored database of its revision
    (``python tests/data/schemas/make.py NNNN``), which the next one must upgrade."""
    missing = set(REVISIONS) - {p.stem for p in SCHEMAS}
    assert not missing, f"no tests/data/schemas/<revision>.sqlite for {sorted(missing)}"
    assert REVISIONS[-1] == head_revision()


# --- a migration that fails ----------------------------------------------------------


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The revisions listed fail at the end of their upgrade, as a bug in a new
    migration would, after their steps ran (Alembic loads each file anew per run)."""
    from alembic.script.base import Script

    failing: list[str] = []
    load = Script._from_path

    def loaded(scriptdir: object, path: object) -> Script | None:
        script = load(scriptdir, path)  # type: ignore[arg-type]
        if script is not None and script.revision in failing:
            steps = script.module.upgrade

            def upgrade_then_fail() -> None:
                steps()
                raise RuntimeError("a step of this revision failed")

            script.module.upgrade = upgrade_then_fail
        return script

    monkeypatch.setattr(Script, "_from_path", staticmethod(loaded))
    yield failing


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("failing", ["0007", "0008"])
def test_a_failed_upgrade_names_its_revision_and_leaves_the_file_as_it_was(
    failing: str, broken: list[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "office.sqlite"
    shutil.copy(Path(__file__).parent.parent / "data" / "schemas" / "0006.sqlite", path)
    before = _dump(path)
    broken.append(failing)
    with caplog.at_level(logging.INFO, logger="coordinator"), pytest.raises(MigrationError) as got:
        Store.open(path)
    exc = got.value
    assert isinstance(exc, StoreError)
    assert exc.revision == failing and exc.left_at == "0006"
    assert f"the upgrade stopped at revision {failing} (" in str(exc)
    assert "a step of this revision failed" in str(exc)
    # 0007's tables and columns too are gone when 0008 fails: one transaction.
    assert _dump(path) == before
    backups = list_backups(path)
    assert [b.reason for b in backups] == [f"before-{head_revision()}"]
    assert _dump(backups[0].database) == before
    said = store_error_text(path, exc)
    assert f"stopped at revision {failing}" in said and "has not been changed" in said
    logged = [r.getMessage() for r in caplog.records if r.name == "coordinator.db.migrate"]
    assert f"upgrading {path} from revision 0006 to head" in logged
    assert any(
        f"stopped at revision {failing}" in m and "left at revision 0006" in m for m in logged
    )
    broken.clear()
    s = Store.open(path)  # the file is whole: once the bug is fixed, it upgrades
    assert s.revision() == head_revision()
    s.close()


def test_a_new_file_whose_first_revision_fails_is_said_to_stop_there(
    broken: list[str], tmp_path: Path
) -> None:
    broken.append("0001")
    with pytest.raises(MigrationError, match="stopped at revision 0001 \\(initial schema\\)"):
        upgrade(tmp_path / "new.sqlite")


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()


def test_a_newer_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    Store.open(path).close()
    _set_revision(path, "9999_from_the_future")
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        Store.open(path)
    assert path.read_bytes() == before


def test_an_older_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(SCHEMAS[0], path)  # the first released schema, with its data
    Store.open(path).close()
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].reason.startswith("before-")
    saved = sqlite3.connect(backups[0].database)
    assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMAS[0].stem,)
    saved.close()


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Biên bản họp ngày 03/04", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        Store.open(path)
    assert path.read_text(encoding="utf-8") == "Biên bản họp ngày 03/04"
    assert not backups_dir(path).exists()


def test_a_damaged_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    s = Store.open(path)
    s.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 200] = b"\xff" * 200  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        Store.open(path)


def test_make_migration_writes_the_next_revision_from_the_models(tmp_path: Path) -> None:
    """What ``make migration m="…"`` runs, into a copy of the versions folder."""
    versions = tmp_path / "versions"
    shutil.copytree(MIGRATIONS / "versions", versions, ignore=shutil.ignore_patterns("__pycache__"))
    tool = runpy.run_path(str(Path(__file__).parents[2] / "tools" / "new_migration.py"))
    path = tool["new_revision"]("a note on each room", versions)
    number = f"{int(head_revision()) + 1:04d}"
    assert path == versions / f"{number}_a_note_on_each_room.py"
    text = path.read_text(encoding="utf-8")
    assert f'revision = "{number}"' in text and f'down_revision = "{head_revision()}"' in text
    assert "def upgrade() -> None:" in text and "pass" in text  # the models are at head
    ruff = Path(sys.executable).with_name("ruff")
    if ruff.exists():
        assert subprocess.run([ruff, "check", "-q", path]).returncode == 0


def test_the_revisions_read_at_start_are_alembics() -> None:
    """Start reads the revision chain without importing Alembic; it must agree with it."""
    from alembic.script import ScriptDirectory

    from coordinator.db.migrate import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
