from datetime import date, datetime

import pytest

from coordinator.domain.dates import parse_date, parse_number
from coordinator.domain.validation import Checker, FieldError, Problem, ValidationError


def problems(check: Checker) -> list[tuple[str, Problem]]:
    return [(e.field, e.problem) for e in check.errors]


def test_required_rejects_blank_and_overlong() -> None:
    check = Checker()
    check.required("name", "   ")
    check.required("code", "x" * 41, 40)
    check.required("title", "ok")
    assert problems(check) == [("name", Problem.REQUIRED), ("code", Problem.TOO_LONG)]


@pytest.mark.parametrize("value", ["a@b.vn", "nguyen.van.a@so-tttt.binhduong.gov.vn"])
def test_email_accepts_addresses(value: str) -> None:
    check = Checker()
    check.email("email", value)
    assert check.errors == []


@pytest.mark.parametrize("value", ["a@b", "ab.vn", "a b@c.vn", "@c.vn"])
def test_email_rejects_non_addresses(value: str) -> None:
    check = Checker()
    check.email("email", value)
    assert problems(check) == [("email", Problem.EMAIL)]


def test_order_needs_datetimes_strictly_after_but_dates_may_equal() -> None:
    check = Checker()
    check.order("ends", datetime(2026, 4, 6, 9), datetime(2026, 4, 6, 9))
    check.order("ends_on", date(2026, 4, 6), date(2026, 4, 6))
    check.order("ends_on", date(2026, 4, 6), date(2026, 4, 5))
    assert problems(check) == [
        ("ends", Problem.END_BEFORE_START),
        ("ends_on", Problem.END_BEFORE_START),
    ]


def test_raise_if_any_carries_every_problem() -> None:
    check = Checker()
    check.required("a", "")
    check.email("b", "x")
    with pytest.raises(ValidationError) as info:
        check.raise_if_any()
    assert info.value.errors == [FieldError("a", Problem.REQUIRED), FieldError("b", Problem.EMAIL)]


def test_parse_date_reads_day_first() -> None:
    assert parse_date("03/04/2026") == date(2026, 4, 3)
    assert parse_date("3-4-26") == date(2026, 4, 3)
    assert parse_date("  ") is None
    for bad in ("2026/13/01", "31/02/2026", "hôm nay", "1/2"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_parse_number_reads_vietnamese_decimal_comma() -> None:
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("12.5") == 12.5
    assert parse_number("") is None
