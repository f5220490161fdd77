"""Minutes as a Vietnamese administrative record (biên bản), on paper, PDF and DOCX.

The record is gathered once from the store (``gather``) and rendered twice: as
HTML for a QTextDocument, which Qt prints and writes to PDF with its fonts
embedded, and as a Word file through python-docx. Both follow the layout of an
administrative record: issuing body and national motto, place and date, title,
time and place, attendees, content, conclusions, action items, signatures.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPdfWriter, QTextDocument
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.minutes import MinutesInput, load_minutes
from coordinator.db.queries.settings import Letterhead, get_letterhead
from coordinator.db.store import Store
from coordinator.domain.enums import Attendance
from coordinator.domain.text import clean_strings
from coordinator.reports import common
from coordinator.reports.common import (
    page_layout,
)
from coordinator.text import labels
from coordinator.text.html import esc


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str
    due: str
    status: str


@dataclass(frozen=True)
class MinutesDocument:
    head: Letterhead
    made_on: date
    title: str  # the event's kind and title
    starts: datetime
    ends: datetime
    place: str
    chair: str
    secretary: str
    present: list[str] = field(default_factory=list)
    represented: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    summary: str = ""
    decisions: list[str] = field(default_factory=list)
    actions: list[ActionLine] = field(default_factory=list)
    final: bool = False
    number: int | None = None  # the outgoing number; None: not issued, the Số line blank


def _names(store: Store, data: MinutesInput) -> tuple[dict[int, str], dict[int, str]]:
    people_ids = {i for i in (data.chair_id, data.secretary_id) if i is not None}
    unit_ids: set[int] = set()
    for a in data.actions:
        if a.owner is not None:
            (people_ids if a.owner.kind == "person" else unit_ids).add(a.owner.id)
    with store.reading() as s:
        people: dict[int, str] = {
            i: n
            for i, n in s.execute(
                select(m.Person.id, m.Person.full_name).where(m.Person.id.in_(people_ids))
            )
        }
        units: dict[int, str] = {
            i: n
            for i, n in s.execute(
                select(m.Organization.id, m.Organization.name).where(
                    m.Organization.id.in_(unit_ids)
                )
            )
        }
    return people, units


def gather(store: Store, event_id: int, made_on: date | None = None) -> MinutesDocument | None:
    """The record of an event's minutes, names resolved; None if the event is gone."""
    data = load_minutes(store, event_id)
    if data is None:
        return None
    return document_of(store, data, made_on)


def document_of(store: Store, data: MinutesInput, made_on: date | None = None) -> MinutesDocument:
    """The record of minutes as they stand in the editor (saved or not)."""
    people, units = _names(store, data)

    def who(a_name: str, org: str | None) -> str:
        return f"{a_name} – {org}" if org else a_name

    present = [
        who(a.name, a.organization) for a in data.attendees if a.attendance == Attendance.PRESENT
    ]
    represented = [
        labels.arg(
            QCoreApplication.translate("MinutesDocument", "%1 (represented by %2)"),
            who(a.name, a.organization),
            a.represented_by or "",
        )
        for a in data.attendees
        if a.attendance == Attendance.REPRESENTED
    ]
    absent = [
        who(a.name, a.organization) for a in data.attendees if a.attendance == Attendance.ABSENT
    ]
    actions = [
        ActionLine(
            a.text,
            (people if a.owner.kind == "person" else units).get(a.owner.id, "") if a.owner else "",
            labels.fmt_date(a.due_on),
            labels.task_status(a.status),
        )
        for a in data.actions
    ]
    e = data.event
    document = MinutesDocument(
        head=get_letterhead(store),
        made_on=made_on or e.starts.date(),
        title=f"{labels.event_kind(e.kind)}: {e.title}",
        starts=e.starts,
        ends=e.ends,
        place=data.place or e.location or "",
        chair=people.get(data.chair_id, "") if data.chair_id else "",
        secretary=people.get(data.secretary_id, "") if data.secretary_id else "",
        present=present,
        represented=represented,
        absent=absent,
        summary=data.summary or "",
        decisions=[d.text for d in data.decisions if d.text.strip()],
        actions=actions,
        final=data.final,
    )
    return clean_strings(document)  # text an older version stored uncleaned breaks Word


# --- the pieces both renderings share ------------------------------------------------
def place_date_line(doc: MinutesDocument) -> str:
    return common.place_date_line(doc.head, doc.made_on)


def time_text(doc: MinutesDocument) -> str:
    return labels.arg(
        QCoreApplication.translate("MinutesDocument", "From %1 to %2 on %3"),
        doc.starts.strftime("%H:%M"),
        doc.ends.strftime("%H:%M"),
        labels.fmt_date(doc.starts.date()),
    )


def closing_text(doc: MinutesDocument) -> str:
    return labels.arg(
        QCoreApplication.translate(
            "MinutesDocument",
            "The meeting ended at %1 on the same day. These minutes were read to those "
            "present, who agreed with them.",
        ),
        doc.ends.strftime("%H:%M"),
    )


def headings() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("MinutesDocument", "MINUTES"),
        "time_place": QCoreApplication.translate("MinutesDocument", "I. TIME AND PLACE"),
        "time": QCoreApplication.translate("MinutesDocument", "Time:"),
        "place": QCoreApplication.translate("MinutesDocument", "Place:"),
        "attendees": QCoreApplication.translate("MinutesDocument", "II. ATTENDEES"),
        "chair": QCoreApplication.translate("MinutesDocument", "Chair:"),
        "secretary": QCoreApplication.translate("MinutesDocument", "Secretary:"),
        "present": QCoreApplication.translate("MinutesDocument", "Present:"),
        "represented": QCoreApplication.translate("MinutesDocument", "Represented:"),
        "absent": QCoreApplication.translate("MinutesDocument", "Absent:"),
        "content": QCoreApplication.translate("MinutesDocument", "III. CONTENT"),
        "decisions": QCoreApplication.translate("MinutesDocument", "IV. CONCLUSIONS"),
        "actions": QCoreApplication.translate("MinutesDocument", "V. ACTION ITEMS"),
        "no": QCoreApplication.translate("MinutesDocument", "No."),
        "task": QCoreApplication.translate("MinutesDocument", "Task"),
        "owner": QCoreApplication.translate("MinutesDocument", "Owner"),
        "due": QCoreApplication.translate("MinutesDocument", "Due"),
        "status": QCoreApplication.translate("MinutesDocument", "Status"),
        "sign_secretary": QCoreApplication.translate("MinutesDocument", "SECRETARY"),
        "sign_chair": QCoreApplication.translate("MinutesDocument", "CHAIR"),
        "sign_note": QCoreApplication.translate("MinutesDocument", "(signature and full name)"),
        "none": QCoreApplication.translate("MinutesDocument", "None."),
        "draft": QCoreApplication.translate("MinutesDocument", "DRAFT"),
    }


# --- HTML for Qt: print, preview and PDF ----------------------------------------------
def to_html(doc: MinutesDocument) -> str:
    h = headings()

    def para(text: str, style: str = "") -> str:
        lines = "<br/>".join(esc(line) for line in text.splitlines()) or "&nbsp;"
        return f"<p style='margin: 0 0 6px 0; {style}'>{lines}</p>"

    def people(label: str, names: list[str]) -> str:
        if not names:
            return ""
        items = "".join(f"<li>{esc(n)}</li>" for n in names)
        return f"<p style='margin: 4px 0 0 0'><b>{esc(label)}</b></p><ul>{items}</ul>"

    decisions = "".join(f"<li>{esc(d)}</li>" for d in doc.decisions)
    decisions_html = f"<ol>{decisions}</ol>" if decisions else para(h["none"], "font-style: italic")
    if doc.actions:
        head = "".join(
            f"<th width='{w}%' style='background:#eee'>{esc(x)}</th>"
            for x, w in zip(
                (h["no"], h["task"], h["owner"], h["due"], h["status"]),
                (7, 39, 24, 16, 14),
                strict=True,
            )
        )
        rows = "".join(
            f"<tr><td align='center'>{i}</td><td>{esc(a.text)}</td><td>{esc(a.owner)}</td>"
            f"<td align='center' style='white-space: nowrap'>{esc(a.due)}</td>"
            f"<td>{esc(a.status)}</td></tr>"
            for i, a in enumerate(doc.actions, 1)
        )
        actions_html = (
            "<table width='100%' border='1' cellspacing='0' cellpadding='4' "
            "style='border-collapse: collapse; border-color: #000; font-size: 11pt'>"
            f"<thead><tr>{head}</tr></thead>"
            f"{rows}</table>"
        )
    else:
        actions_html = para(h["none"], "font-style: italic")
    draft = "" if doc.final else f"<p align='right' style='color:#888'><b>{esc(h['draft'])}</b></p>"
    return f"""
<html><body>
{draft}
{common.letterhead_html(doc.head, doc.made_on)}
<p align='center' style='margin-top: 18px; margin-bottom: 0; font-size: 15pt'>
<b>{esc(h["title"])}</b></p>
<p align='center' style='margin-top: 0'><b>{esc(doc.title)}</b></p>
<p><b>{esc(h["time_place"])}</b></p>
{para(h["time"] + " " + time_text(doc))}
{para(h["place"] + " " + doc.place)}
<p><b>{esc(h["attendees"])}</b></p>
{para(h["chair"] + " " + doc.chair)}
{para(h["secretary"] + " " + doc.secretary)}
{people(h["present"], doc.present)}
{people(h["represented"], doc.represented)}
{people(h["absent"], doc.absent)}
<p><b>{esc(h["content"])}</b></p>
{para(doc.summary) if doc.summary else para(h["none"], "font-style: italic")}
<p><b>{esc(h["decisions"])}</b></p>
{decisions_html}
<p><b>{esc(h["actions"])}</b></p>
{actions_html}
<p style='margin-top: 12px'>{esc(closing_text(doc))}</p>
<table width='100%' style='margin-top: 18px' cellspacing='0' cellpadding='0'>
<tr>
<td width='50%' align='center'><b>{esc(h["sign_secretary"])}</b><br/><i>{esc(h["sign_note"])}</i>
<br/><br/><br/><br/><br/><b>{esc(doc.secretary)}</b></td>
<td width='50%' align='center'><b>{esc(h["sign_chair"])}</b><br/><i>{esc(h["sign_note"])}</i>
<br/><br/><br/><br/><br/><b>{esc(doc.chair)}</b></td>
</tr>
</table>
</body></html>"""


def text_document(doc: MinutesDocument) -> QTextDocument:
    """A QTextDocument of the record, to print, preview or write as PDF."""
    return common.text_document(to_html(doc))


def write_pdf(doc: MinutesDocument, path: Path) -> None:
    """A4 PDF with the fonts embedded. Needs a QGuiApplication. Written beside and moved
    into place when whole; OSError when it cannot be."""

    def write(target: Path) -> None:
        writer = QPdfWriter(str(target))
        writer.setPageLayout(page_layout())
        writer.setResolution(300)
        writer.setTitle(doc.title)
        writer.setCreator("Coordinator")
        text_document(doc).print_(writer)
        del writer  # flushed and closed before write_whole looks at the file

    common.write_whole(path, write)


# --- DOCX ----------------------------------------------------------------------------
def write_docx(doc: MinutesDocument, path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from coordinator.reports import word as w

    h = headings()
    word = w.new_document()
    center = w.CENTER
    w.letterhead(word, doc.head, doc.made_on)
    if not doc.final:
        p = word.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(h["draft"]).bold = True

    def para(text: str, bold: bool = False, align: Any = None) -> None:
        p = word.add_paragraph()
        if align is not None:
            p.alignment = align
        p.add_run(text).bold = bold

    def labelled(label: str, value: str) -> None:
        p = word.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(value)

    title = word.add_paragraph()
    title.alignment = center
    title.paragraph_format.space_before = Pt(12)
    run = title.add_run(h["title"])
    run.bold, run.font.size = True, Pt(15)
    para(doc.title, bold=True, align=center)
    para(h["time_place"], bold=True)
    labelled(h["time"], time_text(doc))
    labelled(h["place"], doc.place)
    para(h["attendees"], bold=True)
    labelled(h["chair"], doc.chair)
    labelled(h["secretary"], doc.secretary)
    for label, names in (
        (h["present"], doc.present),
        (h["represented"], doc.represented),
        (h["absent"], doc.absent),
    ):
        if names:
            para(label, bold=True)
            for n in names:
                word.add_paragraph(n, style="List Bullet")
    para(h["content"], bold=True)
    for line in (doc.summary or h["none"]).splitlines() or [""]:
        word.add_paragraph(line)
    para(h["decisions"], bold=True)
    if doc.decisions:
        for d in doc.decisions:
            word.add_paragraph(d, style="List Number")
    else:
        word.add_paragraph(h["none"])
    para(h["actions"], bold=True)
    if doc.actions:
        table = word.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        for cell, text in zip(
            table.rows[0].cells,
            (h["no"], h["task"], h["owner"], h["due"], h["status"]),
            strict=True,
        ):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for i, a in enumerate(doc.actions, 1):
            cells = table.add_row().cells
            for cell, text in zip(cells, (str(i), a.text, a.owner, a.due, a.status), strict=True):
                cell.text = text
        table.autofit = False
        for i, width in enumerate((Mm(10), Mm(64), Mm(40), Mm(26), Mm(25))):
            table.columns[i].width = width
            for cell in table.columns[i].cells:
                cell.width = width
    else:
        word.add_paragraph(h["none"])
    word.add_paragraph(closing_text(doc)).paragraph_format.space_before = Pt(12)
    signs = word.add_table(rows=1, cols=2)
    w.keep_row_together(signs.rows[0])  # the signature block stays on one page
    for cell, role, name in (
        (signs.cell(0, 0), h["sign_secretary"], doc.secretary),
        (signs.cell(0, 1), h["sign_chair"], doc.chair),
    ):
        w.cell_lines(
            cell,
            [
                (role, True, False),
                (h["sign_note"], False, True),
                ("", False, False),
                ("", False, False),
                ("", False, False),
                (name, True, False),
            ],
        )
    word.core_properties.title = doc.title[:255]  # Word's limit for a property
    common.write_whole(path, lambda target: word.save(str(target)))
