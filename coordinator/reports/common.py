"""What every printed document shares: the letterhead, fonts, page and safe rich text."""

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from coordinator.db import files
from coordinator.db.queries.settings import Letterhead
from coordinator.text import labels
from coordinator.text.html import esc


def offscreen_app() -> None:
    """A QGuiApplication with no window shown: documents need its fonts and painting,
    not widgets (an application already running, the window's, is used as it is)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QCoreApplication.instance() or QGuiApplication([])
    load_fonts()


def offscreen_qt(language: str) -> None:
    """Fonts, painting and translations for documents, with no window shown
    (the process that writes a report for the window; the command line uses
    ``offscreen_app`` and ``coordinator.text.translations.speaking``)."""
    from coordinator.text.translations import Translations

    offscreen_app()
    app = QCoreApplication.instance()
    assert app is not None
    Translations(app).install(language)


# Times New Roman, or Liberation Serif (same widths) where it is missing; the app
# carries Liberation Serif (SIL OFL) in resources/fonts for a machine with neither.
FONT_FAMILIES = ["Times New Roman", "Liberation Serif"]
FONT_POINTS = 13
# Margins of an administrative document (mm): top, right, bottom, left (Nghị định 30).
MARGINS_MM = (20.0, 15.0, 20.0, 30.0)
TEXT_WIDTH_MM = 210 - MARGINS_MM[1] - MARGINS_MM[3]
PX_PER_MM = 96 / 25.4  # rich text's pixels, which Qt scales to the printer's resolution
BODY_INDENT_MM = 12.7  # first-line indent of a paragraph of text
NATIONAL_POINTS, MOTTO_POINTS, ISSUER_POINTS = 12.5, 13, 12.5
# The header's two columns (percent of the text width): the national title needs
# about 92 mm at 12.5 pt bold, so the right column takes 62% (102 mm).
HEADER_SPLIT = (38, 62)
RULE = "rule:black"  # the image a drawn rule is made of


def load_fonts() -> None:
    """Add the bundled Liberation Serif when the machine has no Times New Roman and no
    Liberation Serif, so a PDF always embeds a serif with Times' widths."""
    from PySide6.QtGui import QFontDatabase

    from coordinator.resources import resource_dir

    if any(f in QFontDatabase.families() for f in FONT_FAMILIES):
        return
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def province_short(province: str) -> str:
    """``Bình Dương`` from ``Tỉnh Bình Dương``, for the place-and-date line."""
    for prefix in ("Tỉnh ", "Thành phố ", "TP. ", "Province of "):
        if province.startswith(prefix):
            return province[len(prefix) :]
    return province


def issuer_lines(head: Letterhead) -> tuple[str, str]:
    """The parent body (capitals, not bold) and the issuing body (capitals, bold)."""
    if head.parent:
        upper = head.parent.upper()
    elif head.province:
        upper = labels.arg(
            QCoreApplication.translate("Report", "PEOPLE'S COMMITTEE OF %1"),
            head.province.upper(),
        )
    else:
        upper = ""
    return upper, head.department.upper()


def motto_lines() -> tuple[str, str]:
    return (
        QCoreApplication.translate("Report", "SOCIALIST REPUBLIC OF VIETNAM"),
        QCoreApplication.translate("Report", "Independence - Freedom - Happiness"),
    )


def place_date_line(head: Letterhead, day: date) -> str:
    """``Bình Dương, ngày 05 tháng 02 năm 2026``: a day below 10 and the months
    January and February written with two digits (Nghị định 30)."""
    return labels.arg(
        QCoreApplication.translate("Report", "%1, day %2 month %3 year %4"),
        province_short(head.province),
        f"{day.day:02d}",
        f"{day.month:02d}" if day.month < 3 else str(day.month),
        day.year,
    ).lstrip(", ")


def number_line(number: int | None, type_code: str, head: Letterhead) -> str:
    """``Số: 07/BB-SKHCN``; before the document is issued, a blank for the number."""
    code = f"{type_code}-{head.abbreviation.upper()}" if head.abbreviation else type_code
    shown = f"{number:02d}" if number is not None else "\u00a0" * 6
    label = QCoreApplication.translate("Report", "No.:")
    return f"{label} {shown}/{code}"


def filed_line(head: Letterhead) -> str:
    """The last line of Nơi nhận: the copy the clerk files."""
    if head.filing_unit:
        return labels.arg(
            QCoreApplication.translate("Report", "- Filed: VT, %1."), head.filing_unit
        )
    return QCoreApplication.translate("Report", "- Filed: VT.")


def recipient_lines(head: Letterhead, recipients: list[str] | tuple[str, ...]) -> list[str]:
    """One recipient a line, ``- `` before and ``;`` after; the filed copy last."""
    seen: list[str] = []
    for r in recipients:
        r = r.strip().lstrip("-").strip().rstrip(";.").strip()
        if r and r not in seen:
            seen.append(r)
    return [f"- {r};" for r in seen] + [filed_line(head)]


def recipients_title() -> str:
    return QCoreApplication.translate("Report", "Recipients:")


def text_width_mm(text: str, points: float, bold: bool = False) -> float:
    """How wide ``text`` prints in the document font (mm)."""
    from PySide6.QtGui import QFontMetricsF

    font = document_font()
    font.setPointSizeF(points)
    font.setBold(bold)
    # Measured at 72 dpi a point is a pixel, whatever the screen.
    font.setPixelSize(round(points * 10))
    return QFontMetricsF(font).horizontalAdvance(text) / 10 * 25.4 / 72


def balanced_lines(text: str, points: float, bold: bool, width_mm: float) -> list[str]:
    """``text`` as it should stand in a header column ``width_mm`` wide: one line when it
    fits, else broken where its lines come out most even ("SỞ THÔNG TIN VÀ" over
    "TRUYỀN THÔNG"), never leaving one word alone on a line it need not."""
    if not text or text_width_mm(text, points, bold) <= width_mm:
        return [text]
    words = text.split()
    best: list[str] = [text]
    widest = float("inf")
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        width = max(text_width_mm(line, points, bold) for line in lines)
        if width < widest:
            best, widest = lines, width
    return best


def rule_html(width_mm: float) -> str:
    """A solid rule ``width_mm`` long, centred: a drawn line, never dashes."""
    return f"<img src='{RULE}' width='{round(width_mm * PX_PER_MM)}' height='1'/>"


def letterhead_html(
    head: Letterhead, day: date, *, number: int | None = None, type_code: str = ""
) -> str:
    """Issuing body and national motto side by side, each with its rule; under the body
    the Số line (when ``type_code`` is given), under the motto the place and date."""
    issuer, motto = issuer_lines(head), motto_lines()
    left_w = TEXT_WIDTH_MM * HEADER_SPLIT[0] / 100
    body_rule = rule_html(left_w * 0.42)
    # The column's cell margins aside; Qt and Word would break the name anywhere.
    body = "<br/>".join(
        esc(line) for line in balanced_lines(issuer[1], ISSUER_POINTS, True, left_w - 4)
    )
    motto_rule = rule_html(text_width_mm(motto[1], MOTTO_POINTS, bold=True))
    number_html = (
        f"<p align='center' style='margin: 6px 0 0 0; font-size: 13pt'>"
        f"{esc(number_line(number, type_code, head))}</p>"
        if type_code
        else ""
    )
    parent = (
        f"<p align='center' style='margin: 0; font-size: {ISSUER_POINTS}pt'>{esc(issuer[0])}</p>"
        if issuer[0]
        else ""
    )
    return f"""
<table width='100%' cellspacing='0' cellpadding='0' style='margin-bottom: 6px'>
<tr>
<td width='{HEADER_SPLIT[0]}%' align='center' valign='top'>{parent}
<p align='center' style='margin: 0; font-size: {ISSUER_POINTS}pt'><b>{body}</b></p>
<p align='center' style='margin: 7px 0 0 0'>{body_rule}</p>
{number_html}</td>
<td width='{HEADER_SPLIT[1]}%' align='center' valign='top'>
<p align='center' style='margin: 0; font-size: {NATIONAL_POINTS}pt; white-space: nowrap'>\
<b>{esc(motto[0])}</b></p>
<p align='center' style='margin: 0; font-size: {MOTTO_POINTS}pt'><b>{esc(motto[1])}</b></p>
<p align='center' style='margin: 7px 0 0 0'>{motto_rule}</p>
<p align='center' style='margin: 6px 0 0 0; font-size: 13pt'>\
<i>{esc(place_date_line(head, day))}</i></p>
</td>
</tr>
</table>"""


def title_html(kind: str, subject: str, *more: str) -> str:
    """The type's name (BIÊN BẢN, BÁO CÁO), the subject under it and a short rule."""
    lines = "".join(
        f"<p align='center' style='margin: 0; font-size: 14pt'><b>{esc(line)}</b></p>"
        for line in (subject, *more)
        if line
    )
    return (
        f"<p align='center' style='margin: 18px 0 0 0; font-size: 14pt'><b>{esc(kind)}</b></p>"
        f"{lines}<p align='center' style='margin: 8px 0 12px 0'>{rule_html(30)}</p>"
    )


def heading_html(text: str, level: int, style: str) -> str:
    """A heading in the body's size (set_html clears Qt's own scaling of <hN>); its level
    lets the paginator keep it with what follows."""
    return (
        f"<h{level} style='{style}'>"
        f"<span style='font-size: 13pt; font-weight: bold'>{esc(text)}</span></h{level}>"
    )


def body_style() -> str:
    """A paragraph of text: justified, first line indented, 6 pt after."""
    return (
        f"margin: 0 0 8px 0; text-align: justify; "
        f"text-indent: {round(BODY_INDENT_MM * PX_PER_MM)}px"
    )


def document_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINTS)
    return font


def page_layout(
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> QPageLayout:
    """A4 with the administrative margins (Nghị định 30), upright unless told."""
    top, right, bottom, left = MARGINS_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


PDF_DPI = 300  # every PDF is laid out at this resolution


def pdf_writer(target: Path, title: str, layout: QPageLayout | None = None) -> QPdfWriter:
    """A PDF writer at ``PDF_DPI`` with the document's title, A4 upright unless
    ``layout`` says otherwise. The file is flushed and closed when the writer goes."""
    writer = QPdfWriter(str(target))
    writer.setPageLayout(layout or page_layout())
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Coordinator")
    return writer


class SafeTextDocument(QTextDocument):
    """Rich text that never reads a file or a URL: only resources added in code show.

    User text is escaped before it reaches the HTML, so it cannot name a resource;
    this is the second lock on the same door. (Empty bytes, not None: PySide 6.12
    on Python 3.11 drops a reference to None for each None a Python override returns.)
    """

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt names it so
        return QByteArray()


def rule_image() -> QImage:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    return image


def text_document(html: str) -> SafeTextDocument:
    text = SafeTextDocument()
    text.setDefaultFont(document_font())
    text.setDocumentMargin(0)  # the page's margins are the only ones
    text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(RULE), rule_image())
    set_html(text, html)
    return text


def set_html(text: QTextDocument, html: str) -> None:
    """``html`` into ``text``, headings in the size their style gives: Qt would scale an
    <h3> up by a fifth and an <h5> down, whatever its font-size says."""
    text.setHtml(html)
    adjustment = QTextFormat.Property.FontSizeAdjustment
    block = text.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            plain = QTextCharFormat()
            plain.setProperty(adjustment, 0)
            cursor.mergeCharFormat(plain)
        block = block.next()


# Moved to coordinator.db.files, where exported lists use it too; the name stays here.
write_whole = files.write_whole
