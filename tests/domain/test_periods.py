from datetime import date

import pytest

from coordinator.domain.periods import (
    Preset,
    Shape,
    following,
    months,
    period,
    preset_of,
    previous,
    shape,
)


@pytest.mark.parametrize(
    ("preset", "today", "expected"),
    [
        (Preset.THIS_MONTH, date(2026, 2, 14), (date(2026, 2, 1), date(2026, 2, 28))),
        (Preset.THIS_MONTH, date(2028, 2, 14), (date(2028, 2, 1), date(2028, 2, 29))),
        (Preset.LAST_MONTH, date(2026, 1, 10), (date(2025, 12, 1), date(2025, 12, 31))),
        (Preset.LAST_MONTH, date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28))),
        (Preset.THIS_QUARTER, date(2026, 11, 22), (date(2026, 10, 1), date(2026, 12, 31))),
        (Preset.THIS_QUARTER, date(2026, 4, 1), (date(2026, 4, 1), date(2026, 6, 30))),
        (Preset.THIS_YEAR, date(2026, 11, 22), (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_presets(preset: Preset, today: date, expected: tuple[date, date]) -> None:
    assert period(preset, today) == expected


def test_a_period_is_named_by_its_preset_or_is_custom() -> None:
    today = date(2026, 11, 22)
    assert preset_of(date(2026, 10, 1), date(2026, 10, 31), today) == Preset.LAST_MONTH
    assert preset_of(date(2026, 10, 1), date(2026, 12, 31), today) == Preset.THIS_QUARTER
    assert preset_of(date(2026, 10, 2), date(2026, 10, 31), today) == Preset.CUSTOM


def test_months_touched() -> None:
    assert months(date(2025, 11, 15), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert months(date(2026, 3, 5), date(2026, 3, 6)) == [date(2026, 3, 1)]


# --- the period a report compares with, and the one its next tasks fall in -------------
def test_the_previous_period_has_the_same_length() -> None:
    # A month: the calendar month before, whatever its length.
    assert shape(date(2026, 3, 1), date(2026, 3, 31)) == Shape.MONTH
    assert previous(date(2026, 3, 1), date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert previous(date(2026, 1, 1), date(2026, 1, 31)) == (date(2025, 12, 1), date(2025, 12, 31))
    # A quarter: the quarter before, across the new year too.
    assert shape(date(2026, 4, 1), date(2026, 6, 30)) == Shape.QUARTER
    assert previous(date(2026, 4, 1), date(2026, 6, 30)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert previous(date(2026, 1, 1), date(2026, 3, 31)) == (date(2025, 10, 1), date(2025, 12, 31))
    # A year: the year before.
    assert shape(date(2026, 1, 1), date(2026, 12, 31)) == Shape.YEAR
    assert previous(date(2026, 1, 1), date(2026, 12, 31)) == (date(2025, 1, 1), date(2025, 12, 31))
    # Whole months that are no quarter: as many months before.
    assert shape(date(2026, 2, 1), date(2026, 4, 30)) == Shape.MONTHS
    assert previous(date(2026, 2, 1), date(2026, 4, 30)) == (date(2025, 11, 1), date(2026, 1, 31))
    # Any other run of days: as many days just before.
    assert shape(date(2026, 4, 1), date(2026, 4, 15)) == Shape.DAYS
    assert previous(date(2026, 4, 1), date(2026, 4, 15)) == (date(2026, 3, 17), date(2026, 3, 31))
    assert previous(date(2026, 4, 6), date(2026, 4, 6)) == (date(2026, 4, 5), date(2026, 4, 5))


def test_the_following_period_has_the_same_length() -> None:
    assert following(date(2026, 4, 1), date(2026, 4, 30)) == (date(2026, 5, 1), date(2026, 5, 31))
    assert following(date(2026, 10, 1), date(2026, 12, 31)) == (date(2027, 1, 1), date(2027, 3, 31))
    assert following(date(2026, 4, 1), date(2026, 4, 15)) == (date(2026, 4, 16), date(2026, 4, 30))
