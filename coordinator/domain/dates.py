"""Dates as Vietnamese offices write them: dd/mm/yyyy."""

from datetime import date, datetime


def parse_date(text: str) -> date | None:
    """``dd/mm/yyyy`` (also with ``-`` or ``.``) to a date; blank is None; else ValueError."""
    text = text.strip()
    if not text:
        return None
    for sep in "/-.":
        if sep in text:
            parts = text.split(sep)
            break
    else:
        raise ValueError(text)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    day, month, year = (int(p) for p in parts)
    if year < 100:
        year += 2000
    return date(year, month, day)


def parse_number(text: str) -> float | None:
    """A number as typed in Vietnam or elsewhere: ``1.234,5`` or ``1234.5``; blank is None."""
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return float(text)


def format_date(value: date | datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
