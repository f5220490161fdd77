"""What needs a coordinator's eye on a project, as of a day: the warnings a report
and the project's page show.

- a project past its end date that is not closed (completed or cancelled);
- a milestone past its due date that was not done by then;
- an indicator of a project in progress with no measurement within a window (the
  report's period; on the page, the last ``PAGE_WINDOW_DAYS`` days). A project that
  started within the window is not asked for one yet.

Plain facts in, flags out: the db layer gathers the facts (the status and the latest
measurement as of the day) and the words are in text/flags.py.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coordinator.domain.enums import ProjectStatus

PAGE_WINDOW_DAYS = 90
CLOSED = frozenset({ProjectStatus.COMPLETED, ProjectStatus.CANCELLED})


class FlagKind(StrEnum):
    PROJECT_OVERDUE = "project_overdue"
    MILESTONE_OVERDUE = "milestone_overdue"
    INDICATOR_UNMEASURED = "indicator_unmeasured"


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    project_code: str
    subject: str = ""  # the milestone's title or the indicator's name
    days: int = 0  # days past the end or the due date
    last_measured: date | None = None  # the indicator's latest measurement, if any
    window_days: int | None = None  # None: the report's period


@dataclass(frozen=True)
class MilestoneFacts:
    title: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class IndicatorFacts:
    name: str
    last_measured: date | None  # latest measurement on or before the day


@dataclass(frozen=True)
class ProjectFacts:
    code: str
    status: str  # as of the day
    starts_on: date | None
    ends_on: date | None
    milestones: tuple[MilestoneFacts, ...] = ()
    indicators: tuple[IndicatorFacts, ...] = ()


def project_flags(
    p: ProjectFacts, as_of: date, window_first: date, window_days: int | None = None
) -> list[Flag]:
    """The flags of ``p`` on ``as_of``; indicators are asked for a measurement dated
    ``window_first``..``as_of``."""
    out: list[Flag] = []
    if p.status == ProjectStatus.CANCELLED:
        return out
    if p.ends_on is not None and p.ends_on < as_of and p.status not in CLOSED:
        out.append(Flag(FlagKind.PROJECT_OVERDUE, p.code, days=(as_of - p.ends_on).days))
    for ms in p.milestones:
        done = ms.done_on is not None and ms.done_on <= as_of
        if ms.due_on is not None and ms.due_on < as_of and not done:
            out.append(
                Flag(
                    FlagKind.MILESTONE_OVERDUE,
                    p.code,
                    subject=ms.title,
                    days=(as_of - ms.due_on).days,
                )
            )
    started = p.starts_on is None or p.starts_on <= window_first
    if p.status == ProjectStatus.ACTIVE and started:
        for ind in p.indicators:
            if ind.last_measured is None or ind.last_measured < window_first:
                out.append(
                    Flag(
                        FlagKind.INDICATOR_UNMEASURED,
                        p.code,
                        subject=ind.name,
                        last_measured=ind.last_measured,
                        window_days=window_days,
                    )
                )
    return out


def page_window(today: date) -> date:
    """The first day of the window a project's page asks a measurement within."""
    return today - timedelta(days=PAGE_WINDOW_DAYS - 1)
