"""The status report names each agreement ending soon, on paper, in Word and in Excel."""

from datetime import date, datetime
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from coordinator.db.queries.agreements import get_agreement, renewal_draft, save_agreement
from coordinator.db.queries.settings import set_alert_days
from coordinator.db.store import Store
from coordinator.reports.status import office, paper, words
from coordinator.reports.status.data import ReportRequest, Scope, ScopeKind, gather

# The demo, loaded on 30/11/2026, has its Navigator plan end 31 days later.
NAME = "Kế hoạch hợp tác triển khai Bình Dương Navigator giai đoạn 2024–2026"
PARTY = "Thành phố Eindhoven"
NOVEMBER = ReportRequest(date(2026, 11, 1), date(2026, 11, 30), made_at=datetime(2026, 11, 30, 9))


def test_the_report_names_the_demo_agreement_ending_31_12_2026(
    qapp: QApplication, demo_store: Store, tmp_path: Path
) -> None:
    report = gather(demo_store, NOVEMBER)
    assert report.figures.agreements_ending == 1
    assert [(e.title, e.ends_on, e.days_left) for e in report.ending] == [
        (NAME, date(2026, 12, 31), 31)
    ]
    assert PARTY in report.ending[0].parties
    labels = [label for label, _v, _i in words.figure_rows(report.figures)]
    assert "of which ending within 90 days" in labels

    html = paper.to_html(report)
    assert "Cooperation agreements ending within 90 days" in html
    assert NAME in html and "31/12/2026" in html and PARTY in html

    docx = tmp_path / "report.docx"
    office.write_docx(report, docx)
    cells = [c.text for t in Document(str(docx)).tables for row in t.rows for c in row.cells]
    assert NAME in cells and "31/12/2026" in cells

    xlsx = tmp_path / "report.xlsx"
    office.write_xlsx(report, xlsx)
    sheet = load_workbook(xlsx).worksheets[0]
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert NAME in values and datetime(2026, 12, 31) in values


def test_the_window_and_scope_and_a_renewal_decide_what_is_named(demo_store: Store) -> None:
    set_alert_days(demo_store, 20)
    report = gather(demo_store, NOVEMBER)
    assert (report.figures.ending_days, report.ending) == (20, [])
    assert "of which ending within 20 days" in [
        label for label, _v, _i in words.figure_rows(report.figures)
    ]
    set_alert_days(demo_store, 90)
    agreement_id = gather(demo_store, NOVEMBER).ending[0].id
    detail = get_agreement(demo_store, agreement_id)
    assert detail is not None
    for party, named in ((detail.agreement.party_ids[0], [agreement_id]), (None, [])):
        scope = Scope(ScopeKind.PARTNER, party, "x")  # None: a partner without agreements
        scoped = ReportRequest(NOVEMBER.first, NOVEMBER.last, scope, made_at=NOVEMBER.made_at)
        assert [e.id for e in gather(demo_store, scoped).ending] == named
    draft = renewal_draft(demo_store, agreement_id)
    assert draft is not None
    save_agreement(demo_store, draft)
    report = gather(demo_store, NOVEMBER)
    assert (report.figures.agreements_ending, report.ending) == (0, [])
