from datetime import date

import pytest

from coordinator.domain.periods import Preset, months, period, preset_of


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
