"""The report's two charts, drawn with QPainter: projects by status, events per month.

Each is painted into an image at print resolution; the same picture goes into the
PDF, the print-out and the Word file.
"""

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from coordinator.domain.enums import ProjectStatus
from coordinator.reports.status.data import MonthCount
from coordinator.text import labels

WIDTH_MM, HEIGHT_MM = 160.0, 62.0
DPI = 200
SANS = ["Arial", "Liberation Sans", "DejaVu Sans"]
STATUS_COLOURS = {
    ProjectStatus.PROPOSED: "#9e9e9e",
    ProjectStatus.PLANNED: "#5c8bd6",
    ProjectStatus.ACTIVE: "#2e7d32",
    ProjectStatus.ON_HOLD: "#ef8f00",
    ProjectStatus.COMPLETED: "#1f4e96",
    ProjectStatus.CANCELLED: "#b00020",
}
HELD_COLOUR, PLANNED_COLOUR = QColor("#1f4e96"), QColor("#9db9e8")
GRID = QColor("#d0d0d0")


def _image() -> QImage:
    per_mm = DPI / 25.4
    image = QImage(round(WIDTH_MM * per_mm), round(HEIGHT_MM * per_mm), QImage.Format.Format_RGB32)
    dots_per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    return image


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def nice_step(largest: int, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50…) that splits 0..largest into about ``ticks``."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return int(factor * power)
    return int(10 * power)


def projects_by_status(counts: dict[str, int]) -> QImage:
    """Horizontal bars, one per status, with the count at the end of each."""
    image = _image()
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(_font(9))
    metrics = QFontMetricsF(p.font(), image)
    rows = [
        (labels.project_status(s), counts.get(s, 0), QColor(STATUS_COLOURS[s]))
        for s in ProjectStatus
    ]
    w, h = image.width(), image.height()
    pad = metrics.height() * 0.6
    label_w = max(metrics.horizontalAdvance(name) for name, _n, _c in rows) + pad * 2
    largest_text = labels.fmt_count(max(counts.values(), default=0))
    number_w = metrics.horizontalAdvance(max(largest_text, "00000", key=len)) + pad
    area = QRectF(label_w, pad, w - label_w - number_w - pad, h - 2 * pad)
    slot = area.height() / len(rows)
    largest = max((n for _name, n, _c in rows), default=0) or 1
    p.setPen(QPen(GRID, 2))
    p.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
    for i, (name, n, colour) in enumerate(rows):
        top = area.top() + i * slot
        label_rect = QRectF(0, top, label_w - pad, slot)
        p.setPen(QColor("black"))
        p.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        bar = QRectF(area.left(), top + slot * 0.2, area.width() * n / largest, slot * 0.6)
        p.fillRect(bar, colour)
        p.drawText(
            QRectF(bar.right() + pad / 2, top, number_w, slot),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            labels.fmt_count(n),
        )
    p.end()
    return image


def _bucket_label(month: MonthCount, yearly: bool, many: bool) -> str:
    if yearly:
        return str(month.month.year)
    return month.month.strftime("%m/%y" if many else "%m/%Y")


def events_by_month(buckets: Sequence[MonthCount], yearly: bool) -> QImage:
    """Stacked columns per month (or year): held below, planned above; a legend on top."""
    image = _image()
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = _font(8 if len(buckets) > 12 else 9)
    p.setFont(font)
    metrics = QFontMetricsF(font, image)
    w, h = image.width(), image.height()
    pad = metrics.height() * 0.6
    largest = max((b.held + b.planned for b in buckets), default=0)
    step = nice_step(largest)
    top_value = max(step, math.ceil(largest / step) * step)
    axis_w = metrics.horizontalAdvance(labels.fmt_count(top_value)) + pad * 1.5
    legend_h = metrics.height() * 1.6
    label_h = metrics.height() * 1.4
    area = QRectF(axis_w, legend_h + pad, w - axis_w - pad, h - legend_h - label_h - 2 * pad)

    # Legend.
    x = area.left()
    for colour, text in (
        (HELD_COLOUR, QCoreApplication.translate("ReportChart", "Held")),
        (PLANNED_COLOUR, QCoreApplication.translate("ReportChart", "Planned")),
    ):
        box = QRectF(
            x, pad / 2 + metrics.height() * 0.2, metrics.height() * 0.8, metrics.height() * 0.8
        )
        p.fillRect(box, colour)
        p.setPen(QColor("black"))
        p.drawText(QPointF(box.right() + pad / 2, pad / 2 + metrics.ascent()), text)
        x = box.right() + pad + metrics.horizontalAdvance(text) + pad * 2

    # Grid and axis values.
    for value in range(0, top_value + 1, step):
        y = area.bottom() - area.height() * value / top_value
        p.setPen(QPen(GRID, 1.5))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(QColor("black"))
        p.drawText(
            QRectF(0, y - metrics.height() / 2, axis_w - pad / 2, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            labels.fmt_count(value),
        )

    # Columns.
    if buckets:
        slot = area.width() / len(buckets)
        many = len(buckets) > 12
        for i, b in enumerate(buckets):
            left = area.left() + i * slot + slot * 0.18
            width = slot * 0.64
            held_h = area.height() * b.held / top_value
            planned_h = area.height() * b.planned / top_value
            p.fillRect(QRectF(left, area.bottom() - held_h, width, held_h), HELD_COLOUR)
            p.fillRect(
                QRectF(left, area.bottom() - held_h - planned_h, width, planned_h), PLANNED_COLOUR
            )
            total = b.held + b.planned
            p.setPen(QColor("black"))
            if total:
                p.drawText(
                    QRectF(
                        left - slot * 0.18,
                        area.bottom() - held_h - planned_h - metrics.height(),
                        slot,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    labels.fmt_count(total),
                )
            p.drawText(
                QRectF(area.left() + i * slot, area.bottom() + pad / 2, slot, label_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                _bucket_label(b, yearly, many),
            )
    p.setPen(QPen(QColor("black"), 2))
    p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
    p.end()
    return image
