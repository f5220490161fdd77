"""The app's one time zone, and conversion between stored UTC and local wall time."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL_TZ_NAME = "Asia/Ho_Chi_Minh"
LOCAL_TZ = ZoneInfo(LOCAL_TZ_NAME)


def to_utc(local: datetime, tz: str = LOCAL_TZ_NAME) -> datetime:
    """A wall-clock time in ``tz`` (naive or aware) as naive UTC, the stored form."""
    aware = local if local.tzinfo else local.replace(tzinfo=ZoneInfo(tz))
    return aware.astimezone(UTC).replace(tzinfo=None)


def to_local(utc: datetime, tz: str = LOCAL_TZ_NAME) -> datetime:
    """A stored naive-UTC time as naive wall-clock time in ``tz``."""
    return utc.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).replace(tzinfo=None)


def steady_offset(
    first_utc: datetime, last_utc: datetime, tz: str = LOCAL_TZ_NAME
) -> timedelta | None:
    """The zone's offset from UTC when it is the same all through first..last (naive
    UTC), else None. For a calendar's weeks: converting thousands of times by adding
    one offset is many times quicker than asking the zone for each. No zone changes
    its clocks and back within a few weeks, so the ends and the middle tell."""
    zone = ZoneInfo(tz)
    middle = first_utc + (last_utc - first_utc) / 2
    offsets = {
        at.replace(tzinfo=UTC).astimezone(zone).utcoffset() for at in (first_utc, middle, last_utc)
    }
    return offsets.pop() if len(offsets) == 1 else None


def day_bounds_utc(first: date, last: date, tz: str = LOCAL_TZ_NAME) -> tuple[datetime, datetime]:
    """The UTC interval covering local days ``first``..``last`` inclusive."""
    start = to_utc(datetime.combine(first, time()), tz)
    end = to_utc(datetime.combine(last + timedelta(days=1), time()), tz)
    return start, end


# Set by tests (tests/clock.py) to stand the whole app at one moment.
frozen_now: datetime | None = None


def now_local() -> datetime:
    """Now in Vietnam, whatever the computer's zone: the app's one clock."""
    if frozen_now is not None:
        return frozen_now
    return datetime.now(LOCAL_TZ).replace(tzinfo=None)


def today_local() -> date:
    """Today in Vietnam: the day "today", "overdue" and "ending soon" are counted on."""
    return now_local().date()
