"""Two windows issue a number at the same moment (tests/reliability/racers.py): each
reads the highest number before either writes, yet they get 01 and 02."""

import multiprocessing
from datetime import date
from pathlib import Path

from coordinator.db.queries import register
from coordinator.db.store import Store
from tests.reliability import racers

SPAWN = multiprocessing.get_context("spawn")


def test_two_processes_issuing_at_once_get_consecutive_numbers(tmp_path: Path) -> None:
    path = tmp_path / "so.sqlite"
    store = Store.open(path)
    loaded, inside, out = SPAWN.Barrier(2), SPAWN.Barrier(2), SPAWN.Queue()
    finished = SPAWN.Barrier(2)
    processes = [
        SPAWN.Process(
            target=racers.issue_number,
            args=(str(path), key, loaded, inside, out, finished),
        )
        for key in ("minutes:1", "minutes:2")
    ]
    try:
        for p in processes:
            p.start()
        said = dict(out.get(timeout=120) for _ in processes)
        for p in processes:
            p.join(timeout=60)
            assert p.exitcode == 0
    finally:
        for p in processes:
            if p.is_alive():
                p.kill()
    assert sorted(said.values()) == ["01", "02"], said
    listed = {e.record_key: e.number for e in register.entries(store, 2026, "BB")}
    assert listed == {key: int(n) for key, n in said.items()}
    assert register.prospect(store, "BB", "minutes:3", date(2026, 12, 2)).number == 3
    store.close()
