"""Projects' status and indicators' values through time, and the flags they raise.

A project's status on a day is its latest status change on or before that day (the
status it was first recorded with, when the day comes before every change; its status
now, when it has no history at all). An indicator's value on a day is its latest
measurement on or before it. The report and the project's page both take their flags
from ``flags_of`` here, over the rules of domain/flags.py.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Subquery, delete, func, select
from sqlalchemy.orm import Session

from coordinator.db import models as m
from coordinator.db.store import Store
from coordinator.domain.flags import (
    PAGE_WINDOW_DAYS,
    Flag,
    IndicatorFacts,
    MilestoneFacts,
    ProjectFacts,
    page_window,
    project_flags,
)
from coordinator.domain.timezone import today_local

_Change = m.ProjectStatusChange
_Measure = m.IndicatorMeasurement


# --- as of a day, in SQL ----------------------------------------------------------------
def status_on(day: date) -> Subquery:
    """(project_id, status): each project's latest status change on or before ``day``."""
    ranked = (
        select(
            _Change.project_id,
            _Change.status,
            func.row_number()
            .over(
                partition_by=_Change.project_id,
                order_by=(_Change.changed_on.desc(), _Change.id.desc()),
            )
            .label("n"),
        )
        .where(_Change.changed_on <= day)
        .subquery()
    )
    return select(ranked.c.project_id, ranked.c.status).where(ranked.c.n == 1).subquery()


def first_status() -> Subquery:
    """(project_id, status): each project's first recorded status."""
    ranked = select(
        _Change.project_id,
        _Change.status,
        func.row_number()
        .over(partition_by=_Change.project_id, order_by=(_Change.changed_on, _Change.id))
        .label("n"),
    ).subquery()
    return select(ranked.c.project_id, ranked.c.status).where(ranked.c.n == 1).subquery()


def status_column(day: date) -> tuple[Subquery, Subquery, ColumnElement[str]]:
    """Two subqueries to outer-join on m.Project.id (as ``.c.project_id``) and the
    status column they give: as of ``day``, else the first recorded, else today's."""
    asof, first = status_on(day), first_status()
    return asof, first, func.coalesce(asof.c.status, first.c.status, m.Project.status)


def measurement_on(day: date) -> Subquery:
    """(indicator_id, value, measured_on): each indicator's latest measurement on or
    before ``day``."""
    ranked = (
        select(
            _Measure.indicator_id,
            _Measure.value,
            _Measure.measured_on,
            func.row_number()
            .over(partition_by=_Measure.indicator_id, order_by=_Measure.measured_on.desc())
            .label("n"),
        )
        .where(_Measure.measured_on <= day)
        .subquery()
    )
    return (
        select(ranked.c.indicator_id, ranked.c.value, ranked.c.measured_on)
        .where(ranked.c.n == 1)
        .subquery()
    )


def measured_indicators() -> Subquery:
    """(indicator_id): the indicators with any measurement at all."""
    return select(_Measure.indicator_id).distinct().subquery()


# --- writing ------------------------------------------------------------------------------
def record_status(s: Session, project_id: int, status: str, on: date) -> None:
    """The project's status is ``status`` from ``on`` until now: a change recorded for
    that day or later gives way (a status corrected, or a change undone), and none is
    added when the status before ``on`` was already ``status``."""
    s.execute(delete(_Change).where(_Change.project_id == project_id, _Change.changed_on >= on))
    before = s.scalar(
        select(_Change.status)
        .where(_Change.project_id == project_id, _Change.changed_on < on)
        .order_by(_Change.changed_on.desc(), _Change.id.desc())
        .limit(1)
    )
    if before != status:
        s.add(_Change(project_id=project_id, status=status, changed_on=on, recorded_at=m.utcnow()))


def status_since(s: Session, project_id: int) -> date | None:
    """The day the project's latest status change took effect."""
    return s.scalar(
        select(_Change.changed_on)
        .where(_Change.project_id == project_id)
        .order_by(_Change.changed_on.desc(), _Change.id.desc())
        .limit(1)
    )


def move_status_since(s: Session, project_id: int, on: date) -> None:
    """The latest status change took effect on ``on`` rather than the day it has."""
    latest = s.scalar(
        select(_Change)
        .where(_Change.project_id == project_id)
        .order_by(_Change.changed_on.desc(), _Change.id.desc())
        .limit(1)
    )
    if latest is not None and latest.changed_on != on:
        earlier = s.scalar(
            select(func.max(_Change.changed_on)).where(
                _Change.project_id == project_id, _Change.id != latest.id
            )
        )
        latest.changed_on = on if earlier is None or on >= earlier else earlier


def record_measurement(s: Session, indicator_id: int, value: float, on: date) -> None:
    """The indicator's latest value is ``value``, measured on ``on``: that day's
    measurement is replaced and any later one gives way (an undone entry)."""
    s.execute(
        delete(_Measure).where(_Measure.indicator_id == indicator_id, _Measure.measured_on > on)
    )
    row = s.scalar(
        select(_Measure).where(_Measure.indicator_id == indicator_id, _Measure.measured_on == on)
    )
    if row is None:
        s.add(_Measure(indicator_id=indicator_id, value=value, measured_on=on))
    elif row.value != value:
        row.value = value


@dataclass(frozen=True)
class StatusStep:
    status: str
    changed_on: date


def status_history(store: Store, project_id: int) -> list[StatusStep]:
    """The project's statuses, oldest first."""
    with store.reading() as s:
        rows = s.execute(
            select(_Change.status, _Change.changed_on)
            .where(_Change.project_id == project_id)
            .order_by(_Change.changed_on, _Change.id)
        )
        return [StatusStep(st, on) for st, on in rows]


# --- flags ----------------------------------------------------------------------------------
def flags_of(
    s: Session,
    project_ids: Iterable[int],
    as_of: date,
    window_first: date,
    window_days: int | None = None,
) -> dict[int, list[Flag]]:
    """The flags of each project (by id) as of ``as_of``, indicators asked for a
    measurement within ``window_first``..``as_of``; projects without flags are left out."""
    ids = sorted(set(project_ids))
    if not ids:
        return {}
    asof, first, status = status_column(as_of)
    projects = s.execute(
        select(m.Project.id, m.Project.code, status, m.Project.starts_on, m.Project.ends_on)
        .outerjoin(asof, asof.c.project_id == m.Project.id)
        .outerjoin(first, first.c.project_id == m.Project.id)
        .where(m.Project.id.in_(ids))
    ).all()
    milestones: dict[int, list[MilestoneFacts]] = defaultdict(list)
    for pid, title, due, done in s.execute(
        select(m.Milestone.project_id, m.Milestone.title, m.Milestone.due_on, m.Milestone.done_on)
        .where(m.Milestone.project_id.in_(ids), m.Milestone.due_on < as_of)
        .order_by(m.Milestone.project_id, m.Milestone.due_on, m.Milestone.id)
    ):
        milestones[pid].append(MilestoneFacts(title, due, done))
    latest = measurement_on(as_of)
    indicators: dict[int, list[IndicatorFacts]] = defaultdict(list)
    for pid, name, measured in s.execute(
        select(m.Indicator.project_id, m.Indicator.name, latest.c.measured_on)
        .outerjoin(latest, latest.c.indicator_id == m.Indicator.id)
        .where(m.Indicator.project_id.in_(ids))
        .order_by(m.Indicator.project_id, m.Indicator.id)
    ):
        indicators[pid].append(IndicatorFacts(name, measured))
    out: dict[int, list[Flag]] = {}
    for pid, code, st, starts, ends in projects:
        facts = ProjectFacts(code, st, starts, ends, tuple(milestones[pid]), tuple(indicators[pid]))
        found = project_flags(facts, as_of, window_first, window_days)
        if found:
            out[pid] = found
    return out


def project_flags_now(store: Store, project_id: int) -> list[Flag]:
    """The flags a project's page shows today (indicators: the last 90 days)."""
    today = today_local()
    with store.reading() as s:
        return flags_of(s, [project_id], today, page_window(today), PAGE_WINDOW_DAYS).get(
            project_id, []
        )
