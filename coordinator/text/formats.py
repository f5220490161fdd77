"""Dates, times, numbers and ``%1`` placeholders, as every screen and command writes them.

Numbers follow the interface language, which sets Qt's default locale
(``translations.Translations.install``): 1.234.567 and 1.234,5 in Vietnamese,
1,234,567 and 1,234.5 in English, never in scientific notation. The marks come from
QLocale (no library beyond Qt, and the same locale the window's own widgets use); the
digits come from Python's exact formatting, so a 20-digit whole number stays exact.
"""

import math
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

from PySide6.QtCore import QLocale


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


MAX_DECIMALS = 6  # what a measured value may need; 0.1 + 0.2 is 0,3, not 0,30000000000000004


def number_marks() -> tuple[str, str]:
    """(decimal mark, thousands mark) of the interface language: (",", ".") in Vietnamese."""
    locale = QLocale()
    return locale.decimalPoint() or ".", locale.groupSeparator() or ","


def fmt_number(value: float | Decimal | None, decimals: int | None = None) -> str:
    """A number by the language's rules: ``1.500.000``, ``1.234,5``, ``-0,25``; empty for
    no value. ``decimals`` fixes the places shown (rounded); None shows as many as the
    value needs, at most ``MAX_DECIMALS``, without trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return "" if math.isnan(value) else ("-∞" if value < 0 else "∞")
    exact = Decimal(value) if isinstance(value, int) else Decimal(str(value))
    places = MAX_DECIMALS if decimals is None else max(decimals, 0)
    with localcontext() as exactly:
        exactly.prec = 400  # room for every digit of the largest float
        exact = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)  # 2,5 → 3
    text = f"{exact:,f}"  # Python's own grouping: "1,234.500000"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("-").strip("0.,") == "":  # -0,0001 rounded: no minus before a zero
        text = text.lstrip("-")
    point, group = number_marks()
    return text.translate({ord(","): group, ord("."): point})


def fmt_count(value: int) -> str:
    """A whole number with the language's thousands mark: 38.560, or 38,560 in English."""
    return fmt_number(int(value), 0)


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
