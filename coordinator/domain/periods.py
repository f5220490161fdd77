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
