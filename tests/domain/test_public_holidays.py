from datetime import date

from coordinator.domain.public_holidays import holiday_names


def test_lunar_holidays_and_substitute_days_are_named_in_vietnamese() -> None:
    names = holiday_names(date(2026, 1, 1), date(2026, 12, 31))
    assert names[date(2026, 2, 17)] == "Tết Nguyên Đán"
    assert "Hùng Vương" in names[date(2026, 4, 26)]
    assert date(2026, 4, 27) in names  # observed on Monday, the holiday fell on a Sunday
    assert date(2026, 4, 6) not in names


def test_names_follow_the_language() -> None:
    names = holiday_names(date(2026, 9, 2), date(2026, 9, 2), "en_US")
    assert names == {date(2026, 9, 2): "National Day"}
