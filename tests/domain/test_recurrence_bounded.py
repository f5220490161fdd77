"""A repeating event's dates: the bounded expansion gives what dateutil gives, fast."""

import time
from datetime import datetime, timedelta

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from coordinator.domain.recurrence import MAX_OCCURRENCES, OPEN_HORIZON, occurrences

RULES = [
    "FREQ=DAILY",
    "FREQ=WEEKLY;BYDAY=MO,WE;INTERVAL=3",
    "FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=SU,SA",
    "FREQ=MONTHLY;BYDAY=-1FR",
    "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=MONTHLY;INTERVAL=5;BYMONTHDAY=31",
    "FREQ=MONTHLY;BYMONTHDAY=-1,31,15;COUNT=40",
    "FREQ=YEARLY;BYWEEKNO=1,53;BYDAY=MO",
    "FREQ=YEARLY;BYYEARDAY=366,-1,100",
    "FREQ=YEARLY;BYMONTH=2;BYDAY=-1MO",
    "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=DAILY;INTERVAL=10;BYDAY=MO",
    "FREQ=HOURLY;INTERVAL=37",
    "FREQ=MINUTELY;INTERVAL=1439;COUNT=300",
]


def plain(rule: str, start: datetime) -> list[datetime]:
    out: list[datetime] = []
    for s in rrulestr(rule, dtstart=start):
        if s > start + OPEN_HORIZON or len(out) >= MAX_OCCURRENCES:
            break
        out.append(s)
    return out


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(RULES),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31)),
    st.one_of(st.none(), st.integers(0, 3000)),
)
def test_the_dates_are_dateutils_own(rule: str, start: datetime, until_days: int | None) -> None:
    start = start.replace(second=0, microsecond=0)
    if until_days is not None and "COUNT" not in rule:
        rule += f";UNTIL={start + timedelta(days=until_days):%Y%m%dT%H%M%S}"
    got = [s for s, _ in occurrences(rule, start, start + timedelta(hours=1))]
    assert got == plain(rule, start)


def test_a_rule_that_never_matches_takes_a_fraction_of_a_second() -> None:
    start = datetime(2026, 1, 5, 9)
    for rule in (
        "FREQ=SECONDLY;BYWEEKNO=53;BYMONTH=6",  # about 20 seconds with dateutil alone
        "FREQ=DAILY;BYYEARDAY=1;BYMONTH=2",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31",
    ):
        began = time.monotonic()
        assert occurrences(rule, start, start + timedelta(hours=1)) == []
        assert time.monotonic() - began < 1.0, rule
