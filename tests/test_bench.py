"""`make bench` keeps working: its synthetic database is deterministic and complete,
and the benchmark runs end to end (at a tiny scale here; the real one is `make bench`)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import bench_data  # noqa: E402

TOOLS = Path(__file__).resolve().parent.parent / "tools"
TABLES = ["organization", "person", "project", "event", "minutes", "decision", "action_item"]


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_the_synthetic_database_is_the_same_every_time(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    bench_data.build(first, 0.01)
    bench_data.build(second, 0.01)
    wanted = bench_data.scaled(0.01)
    assert counts(first) == {t: wanted[t] for t in TABLES}
    with sqlite3.connect(first) as a, sqlite3.connect(second) as b:
        query = "SELECT id, title, starts_at, search_text FROM event ORDER BY id"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        occurrences = a.execute("SELECT count(*) FROM event_occurrence").fetchone()[0]
        indexed = a.execute("SELECT count(*) FROM search_fts").fetchone()[0]
    assert occurrences == wanted["event"]  # every event can be found by the calendar
    assert indexed >= sum(wanted[t] for t in TABLES)  # and by the global search


def test_the_benchmark_runs_end_to_end_and_prints_its_table(tmp_path: Path) -> None:
    env = dict(os.environ, COORDINATOR_BENCH_CACHE=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(TOOLS / "bench.py"), "--scale", "0.002", "--runs", "1"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = done.stdout[done.stdout.index("| Measure") :]
    for measure in (
        "start to a usable window (large database)",
        "open the Follow-up tab",
        "one keystroke of filtering in Projects",
        "render the week view of a busy month",
        "global search",
        "conflict check when saving one event",
        "planner: 4 projects × 14 volunteers × 4 weeks",
        "status summary PDF",
        "-event .ics file",
        "rows to xlsx",
        "rows to csv",
        "peak memory",
    ):
        assert measure in table, measure
