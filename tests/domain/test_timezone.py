"""Stored UTC and local wall time."""

from datetime import datetime, timedelta

from coordinator.domain.timezone import steady_offset, to_local, to_utc


def test_vietnam_keeps_one_offset_and_adding_it_is_converting() -> None:
    first, last = datetime(2026, 2, 22, 17), datetime(2026, 4, 5, 17)
    offset = steady_offset(first, last)
    assert offset == timedelta(hours=7)
    for at in (first, datetime(2026, 3, 15, 23, 30), last):
        assert at + offset == to_local(at)
    assert to_utc(to_local(first)) == first


def test_a_range_over_a_clock_change_has_no_steady_offset() -> None:
    amsterdam = "Europe/Amsterdam"  # summer time from 29/03/2026
    assert steady_offset(datetime(2026, 3, 1), datetime(2026, 4, 12), amsterdam) is None
    assert steady_offset(datetime(2026, 4, 1), datetime(2026, 5, 10), amsterdam) == timedelta(
        hours=2
    )
