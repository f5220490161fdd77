"""Render every printed document of the demo to pictures, page by page, for docs/.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/documents.py docs/documents

From a fresh demo database (the letterhead and signer it sets), in Vietnamese: the
workshop report's minutes issued as 01/BB, the April 2013 report for IBM issued as
01/BC with an addressee, recipients and a proposal (PDF, Word and Excel), and the
lịch công tác tuần of 15–21/04/2013 (PDF and Word). PDFs become pictures with
poppler's pdftoppm; Word and Excel files go through LibreOffice first when it is
installed (``soffice --headless --convert-to pdf``), and are left out otherwise.
Other pictures in the folder (the calendar prints, screens) are left as they are.
"""

import dataclasses
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from coordinator.db import demo
from coordinator.db import models as m
from coordinator.db.queries import register
from coordinator.db.store import Store
from coordinator.domain.register import DocumentType, minutes_key, report_key
from coordinator.reports import minutes, schedule
from coordinator.reports.common import offscreen_app
from coordinator.reports.status import office, paper
from coordinator.reports.status.data import ReportRequest, Scope, ScopeKind, gather
from coordinator.text.translations import speaking

RESOLUTION = 50  # dots per inch of the pictures: a page is about 410×585 pixels
OWN = ("minutes-", "report-", "schedule-")  # the pictures this script makes


def pictures(pdf: Path, out: Path, stem: str) -> list[Path]:
    subprocess.run(
        ["pdftoppm", "-r", str(RESOLUTION), "-png", str(pdf), str(out / stem)], check=True
    )
    return sorted(out.glob(f"{stem}-*.png"))


def through_office(path: Path, out: Path, stem: str) -> list[Path]:
    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"LibreOffice not installed: {path.name} left out", file=sys.stderr)
        return []
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
        check=True,
        capture_output=True,
    )
    return pictures(path.with_suffix(".pdf"), out, stem)


def main(out: Path) -> None:
    offscreen_app()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        if old.name.startswith(OWN):
            old.unlink()
    with tempfile.TemporaryDirectory() as tmp, speaking("vi"):
        work = Path(tmp)
        store = Store.open(work / "demo.sqlite")
        demo.load(store, today=date(2013, 5, 2))
        with store.reading() as s:
            event_id = s.scalars(
                select(m.Minutes.event_id)
                .join(m.ActionItem, m.ActionItem.minutes_id == m.Minutes.id)
                .group_by(m.Minutes.event_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            ibm = s.scalars(
                select(m.Organization.id).where(m.Organization.name == "Tập đoàn IBM")
            ).one()
        record = minutes.gather(store, event_id)
        assert record is not None
        issued = register.issue(
            store, DocumentType.MINUTES, minutes_key(event_id), record.title, record.made_on
        )
        record = dataclasses.replace(record, number=issued.number)
        minutes.write_pdf(record, work / "minutes.pdf")
        minutes.write_docx(record, work / "minutes.docx")
        pictures(work / "minutes.pdf", out, "minutes-pdf")
        through_office(work / "minutes.docx", out, "minutes-word")

        first, last = date(2013, 4, 1), date(2013, 4, 30)
        scope = Scope(ScopeKind.PARTNER, ibm, "Tập đoàn IBM")
        proposals = (
            "Đề nghị Ủy ban nhân dân tỉnh cho phép Sở phối hợp với Tập đoàn IBM tổ chức "
            "đợt tư vấn tiếp theo trong năm 2014."
        )
        issued = register.issue(
            store,
            DocumentType.REPORT,
            report_key(scope.kind.value, ibm, first, last),
            "Tình hình hợp tác với Tập đoàn IBM tháng 4/2013",
            date(2013, 5, 2),
            proposals=proposals,
        )
        request = ReportRequest(
            first,
            last,
            scope,
            made_at=datetime(2013, 5, 2, 9, 0),
            number=issued.number,
            recipients=("Như trên", "Giám đốc Sở (để báo cáo)"),
            addressee="Ủy ban nhân dân tỉnh Bình Dương",
            proposals=proposals,
        )
        report = gather(store, request)
        paper.write_pdf(report, work / "report.pdf")
        office.write_docx(report, work / "report.docx")
        office.write_xlsx(report, work / "report.xlsx")
        pictures(work / "report.pdf", out, "report-pdf")
        through_office(work / "report.docx", out, "report-word")
        through_office(work / "report.xlsx", out, "report-xlsx")

        week = schedule.gather(store, date(2013, 4, 15))
        schedule.write_pdf(week, work / "schedule.pdf")
        schedule.write_docx(week, work / "schedule.docx")
        pictures(work / "schedule.pdf", out, "schedule-pdf")
        through_office(work / "schedule.docx", out, "schedule-word")
    for picture in sorted(out.glob("*.png")):
        print(picture)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/documents"))
