"""One clock: every "today" of the app is Vietnam's, and tests can stand it still."""

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from coordinator.domain import timezone
from tests.clock import fix_today

PACKAGE = Path(__file__).parents[2] / "coordinator"
# The stored UTC stamp, the .ics DTSTAMP, the clock itself, and the demo's fixed story.
ALLOWED = {"db/models.py", "ical.py", "domain/timezone.py", "db/demo.py"}


def test_today_is_read_from_the_one_clock_everywhere() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if str(path.relative_to(PACKAGE)) not in ALLOWED
        and re.search(r"\bdate\.today\(\)|\bdatetime\.(now|today)\(", path.read_text("utf-8"))
    ]
    assert offenders == []


def test_no_test_reads_the_machines_day() -> None:
    """A test that compares with the machine's day fails after 17:00 UTC, when it is
    already tomorrow in Hồ Chí Minh City: tests fix the day (tests/clock.py)."""
    tests = Path(__file__).parent.parent
    offenders = [
        str(path.relative_to(tests))
        for path in tests.rglob("*.py")
        if path.name != "test_clock.py"
        and re.search(r"\bdate\.today\(\)|\bdatetime\.(now|today)\(", path.read_text("utf-8"))
    ]
    assert offenders == []


def test_a_fixed_day_is_seen_by_code_that_imported_the_clock_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coordinator.domain.timezone import now_local, today_local

    fix_today(monkeypatch, date(2013, 3, 25))
    assert today_local() == date(2013, 3, 25)
    assert now_local() == datetime(2013, 3, 25, 9)
    monkeypatch.setattr(timezone, "frozen_now", None)
    assert today_local() != date(2013, 3, 25)
