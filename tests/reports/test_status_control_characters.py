"""What an older version let into a database (a NUL in a title) no longer makes every
later Excel or Word file fail: the writers clean each text with clean_text."""

from datetime import datetime
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from coordinator.db.queries.common import Sort
from coordinator.db.queries.partners import PartnerFilter, list_partners_for_export
from coordinator.db.store import Store
from coordinator.reports.status import office
from coordinator.reports.status.data import ReportRequest, gather
from coordinator.sheets.export import ListSheet, export_list
from tests.reports.conftest import JUNE, MADE_AT, Known


def _poison(store: Store) -> None:
    """Control characters straight into the file, as an older version let them in."""
    with store.engine.begin() as c:
        c.execute(text("UPDATE event SET title = title || char(0) || char(7) || ' x'"))
        c.execute(text("UPDATE organization SET name = name || char(0) || char(27) || ' y'"))
        c.execute(text("UPDATE agreement SET title = title || char(0) || char(1)"))
    with store.engine.connect() as c:
        assert c.scalar(text("SELECT count(*) FROM event WHERE instr(title, char(0)) > 0"))


def test_the_status_report_in_excel_and_word_writes_text_a_database_holds(
    qapp: QApplication, known: Known, tmp_path: Path
) -> None:
    _poison(known.store)
    report = gather(known.store, ReportRequest(*JUNE, made_at=MADE_AT))
    office.write_xlsx(report, tmp_path / "bao-cao.xlsx")
    office.write_docx(report, tmp_path / "bao-cao.docx")
    book = load_workbook(tmp_path / "bao-cao.xlsx")
    values = [
        v for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v
    ]
    assert "Thành phố Đối tác y" in values  # a partner's name, its NUL and ESC gone
    assert not any(isinstance(v, str) and "\x00" in v for v in values)
    words = [
        c.text
        for t in Document(str(tmp_path / "bao-cao.docx")).tables
        for r in t.rows
        for c in r.cells
    ]
    assert any(w.endswith(" y") for w in words)


def test_an_exported_list_writes_text_a_database_holds(known: Known, tmp_path: Path) -> None:
    _poison(known.store)
    rows = list_partners_for_export(known.store, PartnerFilter(), Sort("name"), 0, 100)
    assert any("\x00" in r.name for r in rows)
    sheet = ListSheet(
        title="Đối tác\x00",
        taken=datetime(2026, 6, 15, 10),
        headers=["Tên"],
        rows=[[r.name] for r in rows],
        total=len(rows),
    )
    export_list(tmp_path / "doi-tac.xlsx", sheet)
    names = [
        row[0]
        for row in load_workbook(tmp_path / "doi-tac.xlsx").active.iter_rows(values_only=True)
    ]
    assert "Thành phố Đối tác y" in names
