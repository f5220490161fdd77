"""Render the README's screenshots offscreen from a fresh demo database.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coordinator.app import Application
from coordinator.db import demo
from coordinator.db.store import Store
from coordinator.ui.calendar.tab import AGENDA, MONTH, WEEK


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        store = Store.open(db)
        demo.load(store)
        store.close()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        app = Application(qapp, settings, "vi")
        assert app.open(db)
        window = app.window
        assert window is not None
        window.resize(1400, 860)

        def shot(name: str) -> None:
            qapp.processEvents()
            window.grab().save(str(out / f"{name}.png"))

        window.tabs.setCurrentIndex(0)
        window.partners.search.setText("vien thong")
        window.partners._apply_filter()
        window.partners.search.clear()
        window.partners._apply_filter()
        window.partners.select_partner(_partner_id(window, "Tập đoàn Viễn thông Quốc gia"))
        shot("partners")
        window.tabs.setCurrentIndex(1)
        shot("projects")
        window.tabs.setCurrentIndex(2)
        cal = window.calendar
        cal.set_view(MONTH)
        cal.go_to(date(2026, 4, 1))
        shot("calendar-month")
        cal.set_view(WEEK)
        cal.go_to(date(2026, 4, 20))
        cal.week_panel.scroll_to_hour(7)
        shot("calendar-week")
        cal.go_to(date(2026, 11, 23))
        cal.set_view(AGENDA)
        shot("calendar-agenda")
        window.close()


def _partner_id(window: object, name: str) -> int:
    model = window.partners.model  # type: ignore[attr-defined]
    row = model.row_at(model.find_row(lambda r: r.name == name))
    return int(row.id)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
