"""Vietnamese public holidays, lunar ones and substitute days off included."""

from datetime import date
from functools import cache

import holidays


@cache
def _year(year: int, language: str) -> dict[date, str]:
    return dict(holidays.country_holidays("VN", years=year, language=language).items())


def holiday_names(first: date, last: date, language: str = "vi") -> dict[date, str]:
    """Holidays between ``first`` and ``last`` inclusive, named in ``language`` (vi / en_US)."""
    out: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        out.update({d: n for d, n in _year(year, language).items() if first <= d <= last})
    return out
