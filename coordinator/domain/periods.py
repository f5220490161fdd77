"""Reporting periods: the presets a coordinator picks from, as first and last day."""

from datetime import date, timedelta
from enum import StrEnum


class Preset(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def period(preset: Preset, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of ``preset`` around ``today``; CUSTOM is this month."""
    match preset:
        case Preset.LAST_MONTH:
            last = today.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last
        case Preset.THIS_QUARTER:
            first = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
            return first, _month_end(date(today.year, first.month + 2, 1))
        case Preset.THIS_YEAR:
            return date(today.year, 1, 1), date(today.year, 12, 31)
        case _:
            first = today.replace(day=1)
            return first, _month_end(first)


def preset_of(first: date, last: date, today: date) -> Preset:
    """The preset that gives exactly this period today, else CUSTOM."""
    for preset in Preset:
        if preset != Preset.CUSTOM and period(preset, today) == (first, last):
            return preset
    return Preset.CUSTOM


def months(first: date, last: date) -> list[date]:
    """The first day of each month touched by ``first``..``last``."""
    out: list[date] = []
    at = first.replace(day=1)
    while at <= last:
        out.append(at)
        at = date(at.year + at.month // 12, at.month % 12 + 1, 1)
    return out


class Shape(StrEnum):
    """What a period is, for naming it and for finding the one before and after."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    MONTHS = "months"  # whole months, another count of them (two months, a half-year)
    DAYS = "days"  # any other run of days


def _add_months(first: date, n: int) -> date:
    index = first.year * 12 + first.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def _whole_months(first: date, last: date) -> int:
    """How many whole calendar months ``first``..``last`` is; 0 if it is not whole months."""
    if first.day != 1 or last + timedelta(days=1) != _add_months(last.replace(day=1), 1):
        return 0
    return (last.year - first.year) * 12 + last.month - first.month + 1


def shape(first: date, last: date) -> Shape:
    n = _whole_months(first, last)
    if n == 1:
        return Shape.MONTH
    if n == 3 and first.month % 3 == 1:
        return Shape.QUARTER
    if n == 12 and first.month == 1:
        return Shape.YEAR
    return Shape.MONTHS if n else Shape.DAYS


def quarter(first: date) -> int:
    return (first.month - 1) // 3 + 1


def shifted(first: date, last: date, steps: int) -> tuple[date, date]:
    """The period of the same length ``steps`` periods later (earlier when negative):
    the month, quarter or year before or after, the same count of whole months, or
    the same count of days."""
    n = _whole_months(first, last)
    if n:
        start = _add_months(first, n * steps)
        return start, _add_months(start, n) - timedelta(days=1)
    days = (last - first).days + 1
    return first + timedelta(days=days * steps), last + timedelta(days=days * steps)


def previous(first: date, last: date) -> tuple[date, date]:
    """The period before, of the same length: what a report compares its figures with."""
    return shifted(first, last, -1)


def following(first: date, last: date) -> tuple[date, date]:
    """The period after, of the same length: where a report's next tasks fall."""
    return shifted(first, last, 1)
