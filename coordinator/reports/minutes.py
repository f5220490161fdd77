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
from PySide6.QtGui import QPagedPaintDevice, QTextDocument
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.minutes import MinutesInput, load_minutes
from coordinator.db.queries.settings import Letterhead, get_letterhead
from coordinator.db.store import Store
from coordinator.domain.enums import Attendance
from coordinator.domain.text import clean_strings
from coordinator.reports import common, pages
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
    number: int | None = None  # in the outgoing register; None: not issued yet
    recipients: tuple[str, ...] = ()  # Nơi nhận beyond the chair and the attendees' bodies
    organizations: list[str] = field(default_factory=list)  # of those who attended


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
    organizations: list[str] = []
    for a in data.attendees:
        taken = a.organization in organizations
        if a.attendance != Attendance.ABSENT and a.organization and not taken:
            organizations.append(a.organization)
    e = data.event
    document = MinutesDocument(
        head=get_letterhead(store),
        made_on=made_on or e.starts.date(),
        title=subject(labels.event_kind(e.kind), e.title),
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
        organizations=organizations,
    )
    return clean_strings(document)  # text an older version stored uncleaned breaks Word


def subject(kind: str, title: str) -> str:
    """What the minutes are of, the kind said once: ``Hội thảo Các xu hướng…`` for a
    workshop of that title, ``Cuộc họp Thống nhất…`` for a meeting, ``Họp triển khai…``
    as it is (the title already says what the kind's last word says)."""
    said = title.casefold()
    if said.startswith(kind.casefold()) or said.startswith(kind.split()[-1].casefold() + " "):
        return title
    if any(said.startswith(word + " ") for word in GATHERINGS):
        return title  # "Hội nghị báo cáo…" is what it is, whatever its kind is called
    return f"{kind} {title}"


# The words a gathering's own title begins with, in the languages titles are typed in.
GATHERINGS = (
    "hội nghị",
    "hội thảo",
    "hội đàm",
    "họp",
    "cuộc họp",
    "buổi",
    "tọa đàm",
    "diễn đàn",
    "lễ",
    "làm việc",
    "tập huấn",
    "tư vấn",
    "meeting",
    "conference",
    "workshop",
    "seminar",
    "forum",
    "ceremony",
    "training",
)


# --- the pieces both renderings share ------------------------------------------------
TYPE_CODE = "BB"


def number_line(doc: MinutesDocument) -> str:
    return common.number_line(doc.number, TYPE_CODE, doc.head)


def recipients(doc: MinutesDocument) -> list[str]:
    """Nơi nhận: the chair, the attendees' bodies, those added, and the filed copy."""
    chair = (
        labels.arg(QCoreApplication.translate("MinutesDocument", "%1 (chair)"), doc.chair)
        if doc.chair
        else ""
    )
    own = doc.head.department.casefold()
    bodies = [o for o in doc.organizations if o.casefold() != own]
    return common.recipient_lines(doc.head, [chair, *bodies, *doc.recipients])


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
    """The time the meeting ended, and the end of the text (``./.``)."""
    same_day = doc.ends.date() == doc.starts.date()
    text = (
        QCoreApplication.translate(
            "MinutesDocument",
            "The meeting ended at %1:%2 on the same day; these minutes were read to those "
            "present, who agreed with them.",
        )
        if same_day
        else QCoreApplication.translate(
            "MinutesDocument",
            "The meeting ended at %1:%2 on %3; these minutes were read to those "
            "present, who agreed with them.",
        )
    )
    said = labels.arg(
        text, f"{doc.ends.hour:02d}", f"{doc.ends.minute:02d}", labels.fmt_date(doc.ends.date())
    )
    return said.rstrip(".") + "./."  # the sentence's own full stop is the first of "./."


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
        "kind": QCoreApplication.translate("MinutesDocument", "MINUTES"),
        "sign_note": QCoreApplication.translate("MinutesDocument", "(signature and full name)"),
        "none": QCoreApplication.translate("MinutesDocument", "None."),
        "draft": QCoreApplication.translate("MinutesDocument", "DRAFT"),
    }


# --- HTML for Qt: print, preview and PDF ----------------------------------------------
def to_html(doc: MinutesDocument) -> str:
    h = headings()
    body = common.body_style()

    def para(text: str, style: str = "", keep: bool = False) -> str:
        lines = "<br/>".join(esc(line) for line in text.splitlines()) or "&nbsp;"
        mark = pages.KEEP_MARK if keep else ""
        return f"<p style='{body}; {style}'>{mark}{lines}</p>"

    def labelled(label: str, value: str) -> str:
        return f"<p style='{body}'><b>{esc(label)}</b> {esc(value)}</p>"

    def heading(text: str) -> str:
        return common.heading_html(text, 4, "margin: 10px 0 6px 0")

    def people(label: str, names: list[str]) -> str:
        if not names:
            return ""
        items = "".join(para(f"- {n}") for n in names)
        return f"<p style='{body}'>{pages.KEEP_MARK}<b>{esc(label)}</b></p>{items}"

    decisions_html = (
        "".join(para(f"{i}. {d}") for i, d in enumerate(doc.decisions, 1))
        if doc.decisions
        else para(h["none"], "font-style: italic")
    )
    if doc.actions:
        head = "".join(
            f"<th width='{w}%' bgcolor='#e8e8e8'>{esc(x)}</th>"
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
            "style='border-collapse: collapse; border-color: #000; font-size: 11.5pt; "
            "margin-bottom: 8px'>"
            f"<thead><tr>{head}</tr></thead>"
            f"{rows}</table>"
        )
    else:
        actions_html = para(h["none"], "font-style: italic")
    draft = (
        ""
        if doc.final
        else f"<p align='right' style='margin: 0; color:#888'><b>{esc(h['draft'])}</b></p>"
    )
    # Nơi nhận moves whole, and with the signatures above it (text_document).
    lines = recipients(doc)
    recipients_html = "".join(
        f"<p style='margin: 0; font-size: 11pt'>{pages.KEEP_MARK if i < len(lines) else ''}"
        f"{esc(line)}</p>"
        for i, line in enumerate(lines, 1)
    )
    return f"""
<html><body>
{draft}
{common.letterhead_html(doc.head, doc.made_on, number=doc.number, type_code=TYPE_CODE)}
{common.title_html(h["kind"], doc.title)}
{heading(h["time_place"])}
{labelled(h["time"], time_text(doc))}
{labelled(h["place"], doc.place)}
{heading(h["attendees"])}
{labelled(h["chair"], doc.chair)}
{labelled(h["secretary"], doc.secretary)}
{people(h["present"], doc.present)}
{people(h["represented"], doc.represented)}
{people(h["absent"], doc.absent)}
{heading(h["content"])}
{para(doc.summary) if doc.summary else para(h["none"], "font-style: italic")}
{heading(h["decisions"])}
{decisions_html}
{heading(h["actions"])}
{actions_html}
{para(closing_text(doc), "margin-top: 6px", keep=True)}
<table width='100%' cellspacing='0' cellpadding='0' style='margin-top: 6px'>
<tr>
<td width='50%' align='center'><b>{esc(h["sign_secretary"])}</b><br/>\
<i>{esc(h["sign_note"])}</i><br/><br/><br/><br/><br/><b>{esc(doc.secretary)}</b></td>
<td width='50%' align='center'><b>{esc(h["sign_chair"])}</b><br/>\
<i>{esc(h["sign_note"])}</i><br/><br/><br/><br/><br/><b>{esc(doc.chair)}</b></td>
</tr>
</table>
<p style='margin: 18px 0 0 0; font-size: 12pt'>{pages.KEEP_MARK}\
<b><i>{esc(common.recipients_title())}</i></b></p>
{recipients_html}
</body></html>"""


def text_document(doc: MinutesDocument) -> QTextDocument:
    """A QTextDocument of the record, to print, preview or write as PDF: the closing
    lines, the signatures and Nơi nhận kept on one page."""
    text = common.text_document(to_html(doc))
    pages.keep_last_table(text)  # the signatures' table, before Nơi nhận
    return text


def print_to(doc: MinutesDocument, device: QPagedPaintDevice) -> int:
    """The record on a printer (or any paged device), laid out as the PDF is."""
    return pages.print_document(text_document(doc), device)


def write_pdf(doc: MinutesDocument, path: Path) -> None:
    """A4 PDF with the fonts embedded. Needs a QGuiApplication. Written beside and moved
    into place when whole; OSError when it cannot be."""
    pages.write_pdf(text_document(doc), path, doc.title)


# --- DOCX ----------------------------------------------------------------------------
def write_docx(doc: MinutesDocument, path: Path) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from coordinator.reports import word as w

    h = headings()
    word = w.new_document()
    if not doc.final:
        p = word.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
        p.add_run(h["draft"]).bold = True
    w.letterhead(word, doc.head, doc.made_on, number=doc.number, type_code=TYPE_CODE)
    w.title(word, h["kind"], doc.title)

    def heading(text: str) -> None:
        p = word.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(6)
        p.add_run(text).bold = True

    def labelled(label: str, value: str) -> Any:
        p = w.body(word, "")
        p.runs[0].text = label + " "
        p.runs[0].bold = True
        p.add_run(value)
        return p

    heading(h["time_place"])
    labelled(h["time"], time_text(doc))
    labelled(h["place"], doc.place)
    heading(h["attendees"])
    labelled(h["chair"], doc.chair)
    labelled(h["secretary"], doc.secretary)
    for label, names in (
        (h["present"], doc.present),
        (h["represented"], doc.represented),
        (h["absent"], doc.absent),
    ):
        if names:
            p = w.body(word, "")
            p.runs[0].text, p.runs[0].bold = label, True
            p.paragraph_format.keep_with_next = True
            for n in names:
                w.body(word, f"- {n}")
    heading(h["content"])
    if doc.summary:
        for line in doc.summary.splitlines() or [""]:
            w.body(word, line)
    else:
        w.body(word, h["none"], italic=True)
    heading(h["decisions"])
    for i, d in enumerate(doc.decisions, 1):
        w.body(word, f"{i}. {d}")
    if not doc.decisions:
        w.body(word, h["none"], italic=True)
    heading(h["actions"])
    if doc.actions:
        table = word.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        w.repeat_as_header(table.rows[0])
        for cell, text in zip(
            table.rows[0].cells,
            (h["no"], h["task"], h["owner"], h["due"], h["status"]),
            strict=True,
        ):
            cell.text = ""
            cell.paragraphs[0].alignment = w.CENTER
            run = cell.paragraphs[0].add_run(text)
            run.bold, run.font.size = True, Pt(11.5)
        for i, a in enumerate(doc.actions, 1):
            cells = table.add_row().cells
            for cell, text in zip(cells, (str(i), a.text, a.owner, a.due, a.status), strict=True):
                cell.text = ""
                cell.paragraphs[0].add_run(text).font.size = Pt(11.5)
        for row in table.rows:
            w.keep_row_together(row)
        w.widths(table, (10, 64, 40, 26, 25))
    else:
        w.body(word, h["none"], italic=True)
    closing = w.body(word, closing_text(doc))
    closing.paragraph_format.space_before = Pt(6)
    w.keep_with_next([closing])  # the signatures stay on the page of the last lines
    signs = word.add_table(rows=1, cols=2)
    w.keep_row_together(signs.rows[0])
    w.widths(signs, (w.TEXT_WIDTH_MM / 2, w.TEXT_WIDTH_MM / 2))
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
                ("", False, False),
                (name, True, False),
            ],
        )
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True
    gap = word.add_paragraph()
    gap.paragraph_format.space_after = Pt(0)
    gap.paragraph_format.space_before = Pt(Mm(4).pt)
    lines = recipients(doc)
    w.recipients(word, lines)
    # Nơi nhận moves whole, and with the signatures above it.
    w.keep_with_next([gap, *word.paragraphs[-len(lines) - 1 : -1]])
    word.core_properties.title = doc.title[:255]  # Word's limit for a property
    common.write_whole(path, lambda target: word.save(str(target)))
