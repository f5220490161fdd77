"""One number formatter for every number shown or printed, by the interface language."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from coordinator.domain.dates import parse_number
from coordinator.text import labels
from coordinator.text.translations import speaking


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(request.param):
        yield request.param


def _in(language: str, vi: str) -> str:
    """The Vietnamese form, or the same number with the English marks."""
    return vi if language == "vi" else vi.translate({ord("."): ",", ord(","): "."})


@pytest.mark.parametrize(
    ("value", "vi"),
    [
        (1_500_000, "1.500.000"),
        (1.5e6, "1.500.000"),  # never "1.5e+06"
        (1234.5, "1.234,5"),
        (-1234.5, "-1.234,5"),
        (-1_234_567, "-1.234.567"),
        (0.1 + 0.2, "0,3"),  # not 0,30000000000000004
        (12.0, "12"),
        (12, "12"),
        (0, "0"),
        (0.000123, "0,000123"),
        (2 / 3, "0,666667"),  # six decimals at most
        (-1e-9, "0"),  # no minus before a rounded zero
        (1e20, "100.000.000.000.000.000.000"),
        (123_456_789_012_345_678_901_234, "123.456.789.012.345.678.901.234"),  # exact
    ],
)
def test_numbers_follow_the_language(language: str, value: float, vi: str) -> None:
    assert labels.fmt_number(value) == _in(language, vi)


def test_decimals_are_fixed_when_asked_and_rounded_half_up(language: str) -> None:
    assert labels.fmt_number(2 / 3, 2) == _in(language, "0,67")
    assert labels.fmt_number(1234.5, 0) == _in(language, "1.235")
    assert labels.fmt_number(2.5, 0) == "3"
    assert labels.fmt_number(1500, 2) == _in(language, "1.500,00")


def test_no_value_is_empty_and_counts_are_grouped(language: str) -> None:
    assert labels.fmt_number(None) == ""
    assert labels.fmt_count(1200) == _in(language, "1.200")
    assert labels.fmt_count(38560) == _in(language, "38.560")
    assert labels.fmt_count(7) == "7"


def test_the_marks_are_the_languages_own() -> None:
    with speaking("vi"):
        assert labels.number_marks() == (",", ".")
        assert QLocale().toString(1234) == "1.234"  # what Qt's own widgets show agrees
    with speaking("en"):
        assert labels.number_marks() == (".", ",")


@pytest.mark.parametrize(
    ("text", "mark", "value"),
    [
        ("1.234,5", ",", 1234.5),
        ("1.500.000", ",", 1_500_000),
        ("1.500", ",", 1500),  # a thousands mark in Vietnamese
        ("12.5", ",", 12.5),  # a foreign decimal point, not a group of three
        ("-12,5", ",", -12.5),
        ("1 500 000", ",", 1_500_000),
        ("−3", ",", -3),
        ("1,234.5", ".", 1234.5),
        ("1,500,000", ".", 1_500_000),
        ("12,5", ".", 12.5),
        ("", ",", None),
    ],
)
def test_typed_numbers_are_read_in_the_languages_form(
    text: str, mark: str, value: float | None
) -> None:
    assert parse_number(text, mark) == value


@pytest.mark.parametrize("text", ["abc", "1.2.3", "1.23,4", "12,5,3", "1e6", "-", ",", "٣"])
def test_garbage_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, ",")


def test_what_is_shown_reads_back(language: str) -> None:
    mark = labels.number_marks()[0]
    for value in (1_500_000, 1234.5, -0.25, 0.3):
        assert parse_number(labels.fmt_number(value), mark) == pytest.approx(value)
