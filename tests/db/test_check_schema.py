"""``coordinator check`` compares the file's tables, columns, indexes and triggers with
those its revision has, and writes nothing while it looks."""

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.db import demo
from coordinator.db.backups import schema_problems
from coordinator.db.migrate import expected_schema, head_revision
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.schema import Difference, Problem
from coordinator.db.store import Store
from coordinator.domain.enums import OrgKind
from tests.reliability.test_opening import Snapshot
from tests.reliability.test_opening import snapshot as every_file

SCHEMAS = sorted((Path(__file__).parent.parent / "data" / "schemas").glob("*.sqlite"))


EMPTY = hashlib.sha256(b"").hexdigest()


def snapshot(folder: Path) -> Snapshot:
    """Every file but the side files an SQLite reader makes of a WAL database: its shared
    memory (``-shm``, touched by every reader) and an empty ``-wal``. The database itself
    keeps its bytes and its time, and no other file (a backup) appears."""
    return {
        name: seen
        for name, seen in every_file(folder).items()
        if not name.endswith("-shm") and not (name.endswith("-wal") and seen[0] == EMPTY)
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A database made empty, one partner typed in."""
    path = tmp_path / "office.sqlite"
    store = Store.open(path)
    save_partner(store, PartnerInput(name="Sở Ngoại vụ", kind=OrgKind.GOVERNMENT.value))
    store.close()
    return path


def _drop(sql: str) -> Callable[[sqlite3.Connection], None]:
    return lambda conn: conn.execute(sql) and None


def _drop_column(conn: sqlite3.Connection) -> None:
    """SQLite's table rebuild, as a hand-made repair would do it: ``done_on`` left out."""
    (create,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'milestone'").fetchone()
    rebuilt = create.replace("\tdone_on DATE, \n", "").replace(
        "CREATE TABLE milestone", "CREATE TABLE milestone_new"
    )
    assert "done_on" not in rebuilt
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(rebuilt)
    conn.execute("INSERT INTO milestone_new SELECT id, project_id, title, due_on FROM milestone")
    conn.execute("DROP TABLE milestone")
    conn.execute("ALTER TABLE milestone_new RENAME TO milestone")
    conn.execute("CREATE INDEX ix_milestone_project_id ON milestone (project_id)")


def _retype_column(conn: sqlite3.Connection) -> None:
    (create,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'milestone'").fetchone()
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        create.replace("title VARCHAR(300) NOT NULL", "title VARCHAR(300)").replace(
            "CREATE TABLE milestone", "CREATE TABLE milestone_new"
        )
    )
    conn.execute("INSERT INTO milestone_new SELECT * FROM milestone")
    conn.execute("DROP TABLE milestone")
    conn.execute("ALTER TABLE milestone_new RENAME TO milestone")
    conn.execute("CREATE INDEX ix_milestone_project_id ON milestone (project_id)")


CASES = [
    (_drop("DROP TABLE milestone"), Problem(Difference.TABLE_MISSING, "milestone"),
     "thiếu bảng milestone", "table milestone is missing"),
    (_drop("DROP INDEX ix_event_span"), Problem(Difference.INDEX_MISSING, "ix_event_span"),
     "thiếu chỉ mục ix_event_span", "index ix_event_span is missing"),
    (_drop_column, Problem(Difference.COLUMN_MISSING, "milestone.done_on"),
     "thiếu cột milestone.done_on", "column milestone.done_on is missing"),
    (_retype_column, Problem(Difference.COLUMN_CHANGED, "milestone.title"),
     "cột milestone.title sai kiểu dữ liệu hoặc ràng buộc",
     "column milestone.title has another type or constraint"),
    (_drop("DROP TRIGGER search_organization_ai"),
     Problem(Difference.TRIGGER_MISSING, "search_organization_ai"),
     "thiếu trigger search_organization_ai", "trigger search_organization_ai is missing"),
    (_drop("CREATE TABLE notes_of_mine (x)"), Problem(Difference.TABLE_EXTRA, "notes_of_mine"),
     "có bảng notes_of_mine không thuộc cấu trúc", "table notes_of_mine should not be there"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "problem", "vi", "en"),
    CASES,
    ids=["table", "index", "column", "column-type", "trigger", "extra-table"],
)
def test_each_difference_from_the_revision_is_reported_not_passed(
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[sqlite3.Connection], None],
    problem: Problem,
    vi: str,
    en: str,
) -> None:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(db, copy)
    conn = sqlite3.connect(copy)
    change(conn)
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # whole, yet wrong
    conn.close()
    assert schema_problems(copy, head_revision()) == [problem]
    before = snapshot(tmp_path)
    for lang, said in (("vi", vi), ("en", en)):
        assert main(["check", "--db", str(copy), "--lang", lang]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and said in err, err
        assert head_revision() in err
    assert snapshot(tmp_path) == before


def test_a_sound_file_passes_and_check_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(tmp_path)
    assert main(["check", "--db", str(db), "--lang", "en"]) == 0
    assert f"ok, schema {head_revision()}" in capsys.readouterr().out
    assert snapshot(tmp_path) == before


def test_the_demo_passes(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "demo.sqlite")
    demo.load(store)
    store.close()
    assert schema_problems(store.path, head_revision()) == []


@pytest.mark.parametrize("stored", SCHEMAS, ids=[p.stem for p in SCHEMAS])
def test_an_older_file_is_checked_against_its_own_revision_and_not_upgraded(
    stored: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / stored.name
    shutil.copy(stored, copy)
    before = snapshot(tmp_path)
    assert main(["check", "--db", str(copy), "--lang", "en"]) == 0
    assert f"ok, schema {stored.stem} (this app: {head_revision()})" in capsys.readouterr().out
    assert snapshot(tmp_path) == before  # no migration, no backup


def test_many_differences_are_counted_not_all_listed(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(db)
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    conn.commit()
    conn.close()
    assert len(names) > 8
    assert main(["check", "--db", str(db), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"({len(names)} in all)" in err


def test_the_expected_schema_is_built_once_per_revision() -> None:
    assert expected_schema(head_revision()) is expected_schema(head_revision())
