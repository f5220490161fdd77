"""Make the stored database of one schema revision: ``python tests/data/schemas/make.py 0009``.

An empty file is migrated step by step to that revision; at each revision that has a
``rows/NNNN.sql`` those rows are written, in plain SQL valid for that revision (so they
depend neither on today's models nor on today's columns), as a coordinator's file
grows over the releases. The result is written as ``NNNN.sqlite`` beside this script.

Run it once, when the revision is released, with rows of its own in ``rows/`` for
what it adds, and commit both; never again for a released revision: the file stands
for the databases coordinators have, and the next migration must upgrade it.
"""

import sqlite3
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

HERE = Path(__file__).resolve().parent


def make(revision: str) -> Path:
    sys.path.insert(0, str(HERE.parent.parent.parent))
    from coordinator.db.migrate import known_revisions, upgrade

    if revision not in known_revisions():
        raise SystemExit(f"no migration has revision {revision}")
    target = HERE / f"{revision}.sqlite"
    steps = sorted(p for p in (HERE / "rows").glob("*.sql") if p.stem <= revision)
    with TemporaryDirectory() as tmp:
        made = Path(tmp) / target.name
        for rows in steps:
            upgrade(made, rows.stem)
            _fill(made, rows)
        upgrade(made, revision)
        conn = sqlite3.connect(made)
        conn.execute("VACUUM")
        conn.close()
        target.write_bytes(made.read_bytes())
    return target


def _fill(path: Path, rows: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.executescript("BEGIN;\n" + rows.read_text(encoding="utf-8") + "\nCOMMIT;")
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            raise SystemExit(f"{rows.name}: rows point at nothing: {dangling}")
    finally:
        conn.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(make(sys.argv[1]))
