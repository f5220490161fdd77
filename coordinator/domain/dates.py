"""Dates as Vietnamese offices write them: dd/mm/yyyy."""

import math
from datetime import date, datetime, time

FIRST_YEAR, LAST_YEAR = 1900, 2200  # a year outside these is a slip of the keyboard


class DateError(ValueError):
    """A typed date that cannot be read (``reason`` says why: FORMAT, NO_SUCH_DAY, YEAR)."""

    FORMAT, NO_SUCH_DAY, YEAR = "format", "no_such_day", "year"

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text)
        self.text, self.reason = text, reason


def _year(digits: str) -> int:
    """Two digits are this century up to 69 and the last one from 70 (as strptime's %y)."""
    year = int(digits)
    if len(digits) == 2:
        return year + (2000 if year < 70 else 1900)
    return year


def parse_date(text: str) -> date | None:
    """``dd/mm/yyyy`` or ``d/m/yy`` (also with ``-`` or ``.``, or the digits alone:
    ``15052026``) to a date; blank is None; otherwise DateError (a ValueError).

    Years run from 1900 to 2200: ``0001`` or ``9999`` is a typing slip, not a date.
    """
    text = text.strip()
    if not text:
        return None
    for sep in "/-.":
        if sep in text:
            parts = [p.strip() for p in text.split(sep)]
            break
    else:
        if text.isdigit() and len(text) in (6, 8):  # 150526 or 15052026
            parts = [text[:2], text[2:4], text[4:]]
        else:
            raise DateError(text, DateError.FORMAT)
    if (
        len(parts) != 3
        or not all(p.isascii() and p.isdigit() for p in parts)
        or not (1 <= len(parts[0]) <= 2 and 1 <= len(parts[1]) <= 2)
        or len(parts[2]) not in (2, 4)
    ):
        raise DateError(text, DateError.FORMAT)
    day, month, year = int(parts[0]), int(parts[1]), _year(parts[2])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(text, DateError.YEAR)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(text, DateError.NO_SUCH_DAY) from None


def parse_time(text: str) -> time:
    """A time of day as typed: ``09:30``, ``9:30``, ``9h30``, ``9.30``, ``0930`` or ``9``
    (on the hour); otherwise ValueError."""
    text = text.strip().lower()
    for sep in ":h.":
        if sep in text:
            hours, _, minutes = text.partition(sep)
            minutes = minutes or "00"
            break
    else:
        hours, minutes = (text[:-2], text[-2:]) if len(text) > 2 else (text, "00")
    if not (hours.isascii() and hours.isdigit() and minutes.isascii() and minutes.isdigit()):
        raise ValueError(text)
    if len(hours) > 2 or len(minutes) != 2:
        raise ValueError(text)
    return time(int(hours), int(minutes))  # ValueError past 23:59


def parse_number(text: str, decimal_mark: str = ",") -> float | None:
    """A number as typed in the interface language; blank is None, anything else that is
    not a number a ValueError.

    With the Vietnamese ``decimal_mark`` ",": ``1.234,5``, ``1.500.000`` and ``-12,5``;
    the other mark groups thousands only in groups of three, so ``12.5`` (a decimal point
    from a foreign habit) still reads 12.5 while ``1.500`` reads one thousand five hundred.
    With ".": ``1,234.5``, ``1,500,000`` and ``12,5`` likewise. Spaces may group too.
    """
    group = "." if decimal_mark == "," else ","
    text = "".join(text.split()).replace("\u2212", "-")  # spaces of every kind; a real minus
    if not text:
        return None
    sign, body = ("-", text[1:]) if text[:1] in "+-" else ("", text)
    whole, point, fraction = body.partition(decimal_mark)
    if not point and whole.count(group) == 1 and len(whole.split(group)[1]) != 3:
        whole, fraction = whole.split(group)  # "12.5": the other mark meant as a decimal point
    groups = whole.split(group)
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        raise ValueError(text)
    digits = "".join(groups)
    if not ((digits + fraction).isascii() and (digits + fraction).isdigit()):
        raise ValueError(text)  # letters, a second mark, "1e6", or no digit at all
    value = float(f"{sign}{digits or 0}.{fraction or 0}")
    if math.isinf(value):
        raise ValueError(text)  # 400 nines: beyond what a float holds, not infinity
    return value + 0.0  # "-0" is 0, not a negative zero shown as "-0"


def format_date(value: date | datetime | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
