"""What an adversary's try at issue 20 found, each case as it was met: the outgoing
register, the period-true history, the weekly schedule, the documents and typed numbers."""

import math

import pytest

from coordinator.domain.dates import parse_number


@pytest.mark.parametrize("text", ["9" * 400, "-" + "9" * 400, "9" * 309 + ",5"])
def test_a_number_too_large_for_a_float_is_refused_not_stored_as_infinity(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, ",")


def test_minus_zero_is_read_as_zero() -> None:
    value = parse_number("-0", ",")
    assert value is not None and math.copysign(1, value) == 1
