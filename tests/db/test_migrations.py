"""Migrations are the only source of the schema, and every released schema upgrades."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from coordinator.db.backups import backups_dir, list_backups
from coordinator.db.migrate import head_revision
from coordinator.db.models import Base
from coordinator.db.store import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    Store,
)

SCHEMAS = sorted((Path(__file__).parent.parent / "data" / "schemas").glob("*.sqlite"))


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


@pytest.mark.parametrize("stored", SCHEMAS, ids=[p.stem for p in SCHEMAS])
def test_each_released_schema_upgrades_with_its_data(stored: Path, tmp_path: Path) -> None:
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    before = sqlite3.connect(copy).execute("SELECT count(*) FROM organization").fetchone()[0]
    s = Store.open(copy)
    try:
        assert s.revision() == head_revision()
        assert s.integrity_check() == ["ok"]
        with s.engine.connect() as conn:
            after = conn.exec_driver_sql("SELECT count(*) FROM organization").scalar()
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert after == before > 0
    finally:
        s.close()


def test_there_is_a_stored_database_for_every_released_revision() -> None:
    assert {p.stem for p in SCHEMAS} >= {"0001", "0002", "0006"}


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


def test_the_revisions_read_at_start_are_alembics() -> None:
    """Start reads the revision chain without importing Alembic; it must agree with it."""
    from alembic.script import ScriptDirectory

    from coordinator.db.migrate import alembic_config, head_revision, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
