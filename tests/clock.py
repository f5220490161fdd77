"""A fixed "today" for tests whose answer depends on the date (alerts, overdue items)."""

from datetime import date, datetime

import pytest

from coordinator.domain import timezone

ALERT_DAY = date(2026, 11, 30)  # the demo loaded on this day: its Navigator plan ends 31/12/2026


def fix_today(monkeypatch: pytest.MonkeyPatch, day: date = ALERT_DAY) -> date:
    """Make ``today_local()`` answer ``day`` (at 09:00 local time)."""
    monkeypatch.setattr(timezone, "frozen_now", datetime(day.year, day.month, day.day, 9))
    return day
