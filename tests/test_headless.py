"""Every command that does not open the window loads no widget: not ``coordinator.ui``, not
``coordinator.app``, not ``PySide6.QtWidgets`` — the documents (report, minutes) included,
which lay out and paint with QtGui only."""

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.store import Store

ROOT = Path(__file__).resolve().parent.parent
ICS = ROOT / "tests" / "data" / "ics" / "google.ics"
WIDGETS = ("coordinator.ui", "coordinator.app", "PySide6.QtWidgets")

# Each argument is one command, its words joined by "|"; the last line printed is the
# exit codes and the widget modules loaded by then.
HEADLESS = f"""
import sys
from coordinator.cli import main
codes = [main(a.split("|")) for a in sys.argv[1:]]
print(codes, sorted(m for m in sys.modules if m.startswith({WIDGETS!r})))
"""


def _demo(tmp_path: Path) -> tuple[Path, int]:
    db = tmp_path / "so.sqlite"
    store = Store.open(db)
    try:
        demo.load(store)
        with store.session() as s:
            event_id = s.scalars(select(m.Event.id).order_by(m.Event.id)).first()
    finally:
        store.close()
    assert event_id is not None
    return db, event_id


def test_headless_commands_and_documents_load_no_widget_module(tmp_path: Path) -> None:
    db, event_id = _demo(tmp_path)
    new = tmp_path / "moi.sqlite"
    people = tmp_path / "nguoi.csv"
    people.write_text("Họ và tên;Email\nNguyễn Văn An;an@example.vn\n", encoding="utf-8")
    commands = [
        f"init|--db|{new}",
        f"check|--db|{db}",
        f"conflicts|--db|{db}",
        f"actions|--db|{db}",
        f"import|{ICS}|--db|{new}",
        f"import|{people}|--db|{new}|--as|people",
        f"export|--db|{db}|--out|{tmp_path / 'ra.ics'}",
        f"backup|--db|{db}",
        f"restore|--db|{new}",
        f"report|--db|{db}|--from|01/01/2026|--to|31/12/2026|--out|{tmp_path / 'bc.pdf'}",
        f"report|--db|{db}|--from|01/01/2026|--to|31/12/2026|--out|{tmp_path / 'bc.docx'}",
        f"report|--db|{db}|--from|01/01/2026|--to|31/12/2026|--out|{tmp_path / 'bc.xlsx'}",
        f"minutes|--db|{db}|--event|{event_id}|--out|{tmp_path / 'bb.pdf'}",
        f"minutes|--db|{db}|--event|{event_id}|--out|{tmp_path / 'bb.docx'}",
        f"schedule|--db|{db}|--week|10/04/2013|--out|{tmp_path / 'lct.pdf'}",
        f"schedule|--db|{db}|--week|10/04/2013|--out|{tmp_path / 'lct.docx'}|--project|CSC-01",
    ]
    done = subprocess.run(
        [sys.executable, "-c", HEADLESS, *commands],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"{[0] * len(commands)} []"
    for name in ("bc.pdf", "bc.docx", "bc.xlsx", "bb.pdf", "bb.docx", "lct.pdf", "lct.docx"):
        assert (tmp_path / name).stat().st_size > 1000, name
