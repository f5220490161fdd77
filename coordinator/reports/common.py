"""What every printed document shares: the letterhead, fonts, page and safe rich text."""

from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QTextDocument

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


def offscreen_qt(language: str) -> None:
    """Fonts, painting and translations for documents, with no window shown
    (the process that writes a report for the window; the command line uses
    ``offscreen_app`` and ``coordinator.text.translations.speaking``)."""
    from coordinator.text.translations import Translations

    offscreen_app()
    app = QCoreApplication.instance()
    assert app is not None
    Translations(app).install(language)


FONT_FAMILIES = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]
FONT_POINTS = 13
# Margins of an administrative document (mm): top, right, bottom, left.
MARGINS_MM = (20.0, 15.0, 20.0, 30.0)


def province_short(province: str) -> str:
    """``Bình Dương`` from ``Tỉnh Bình Dương``, for the place-and-date line."""
    for prefix in ("Tỉnh ", "Thành phố ", "TP. ", "Province of "):
        if province.startswith(prefix):
            return province[len(prefix) :]
    return province


def issuer_lines(head: Letterhead) -> tuple[str, str]:
    upper = (
        labels.arg(
            QCoreApplication.translate("Report", "PEOPLE'S COMMITTEE OF %1"),
            head.province.upper(),
        )
        if head.province
        else ""
    )
    return upper, head.department.upper()


def motto_lines() -> tuple[str, str]:
    return (
        QCoreApplication.translate("Report", "SOCIALIST REPUBLIC OF VIETNAM"),
        QCoreApplication.translate("Report", "Independence – Freedom – Happiness"),
    )


def place_date_line(head: Letterhead, day: date) -> str:
    return labels.arg(
        QCoreApplication.translate("Report", "%1, day %2 month %3 year %4"),
        province_short(head.province),
        day.day,
        day.month,
        day.year,
    ).lstrip(", ")


def letterhead_html(head: Letterhead, day: date) -> str:
    """Issuing body and national motto side by side, then the place-and-date line."""
    issuer, motto = issuer_lines(head), motto_lines()
    return f"""
<table width='100%' cellspacing='0' cellpadding='3' style='font-size: 11.5pt'>
<tr>
<td width='40%' align='center'>{esc(issuer[0])}<br/><b>{esc(issuer[1])}</b><br/>———</td>
<td width='60%' align='center'><b>{esc(motto[0])}</b><br/><b>{esc(motto[1])}</b><br/>———————</td>
</tr>
<tr><td></td><td align='center'><i>{esc(place_date_line(head, day))}</i></td></tr>
</table>"""


def document_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINTS)
    return font


def page_layout() -> QPageLayout:
    top, right, bottom, left = MARGINS_MM
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


class SafeTextDocument(QTextDocument):
    """Rich text that never reads a file or a URL: only resources added in code show.

    User text is escaped before it reaches the HTML, so it cannot name a resource;
    this is the second lock on the same door. (Empty bytes, not None: PySide 6.12
    on Python 3.11 drops a reference to None for each None a Python override returns.)
    """

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt names it so
        return QByteArray()


def text_document(html: str) -> SafeTextDocument:
    text = SafeTextDocument()
    text.setDefaultFont(document_font())
    text.setHtml(html)
    return text


# Moved to coordinator.db.files, where exported lists use it too; the name stays here.
write_whole = files.write_whole
