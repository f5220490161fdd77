"""Dates, times, numbers and ``%1`` placeholders, as every screen and command writes them."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def fmt_number(value: float | None) -> str:
    """12, 12.5 or 1234.5 without a trailing ".0"; empty for no value."""
    return "" if value is None else f"{value:g}"


def fmt_count(value: int) -> str:
    """A whole number with the language's thousands mark: 38.560, or 38,560 in English."""
    return QLocale().toString(value)


def fmt_period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return ""
    return f"{fmt_date(start)} – {fmt_date(end)}"


def arg(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2``… in a translated text (highest first, so %1 ≠ %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def fmt_span(starts: datetime, ends: datetime, all_day: bool = False) -> str:
    """``07/04/2026 08:30–10:00``, or the days of an all-day event."""
    if all_day:
        last = (ends - timedelta(days=1)).date() if ends > starts else starts.date()
        return fmt_period(starts.date(), last) if last != starts.date() else fmt_date(last)
    if starts.date() == ends.date():
        return f"{fmt_datetime(starts)}–{ends:%H:%M}"
    return f"{fmt_datetime(starts)} – {fmt_datetime(ends)}"
