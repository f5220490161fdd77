"""Projects, with their milestones, indicators, volunteers and events."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import and_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from coordinator.db import models as m
from coordinator.db.queries.common import (
    Choice,
    Sort,
    apply_sort,
    blank_to_none,
    count_of,
    text_filter,
)
from coordinator.db.queries.progress import (
    move_status_since,
    record_measurement,
    record_status,
    status_since,
)
from coordinator.db.store import Store
from coordinator.db.versions import claim
from coordinator.domain.enums import ProjectStatus
from coordinator.domain.timezone import to_local, today_local
from coordinator.domain.validation import Checker, FieldError, Problem, ValidationError


@dataclass(frozen=True)
class ProjectFilter:
    text: str = ""
    status: ProjectStatus | None = None
    programme_id: int | None = None
    partner_id: int | None = None
    host_unit_id: int | None = None


@dataclass(frozen=True)
class ProjectRow:
    id: int
    code: str
    title: str
    programme: str | None
    partner: str | None
    host_unit: str | None
    status: str
    starts_on: date | None
    ends_on: date | None


@dataclass
class MilestoneInput:
    title: str
    due_on: date | None = None
    done_on: date | None = None


@dataclass
class IndicatorInput:
    name: str
    unit: str | None = None
    baseline: float | None = None
    target: float | None = None
    actual: float | None = None
    measured_on: date | None = None  # the day ``actual`` was measured; None: today


@dataclass
class ProjectInput:
    code: str
    title: str
    status: str = ProjectStatus.PLANNED
    programme_id: int | None = None
    partner_id: int | None = None
    host_unit_id: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    objectives: str | None = None
    # The day the status took effect; None: today for a changed status, as it was else.
    status_since: date | None = None
    milestones: list[MilestoneInput] = field(default_factory=list)
    indicators: list[IndicatorInput] = field(default_factory=list)
    id: int | None = None
    version: int | None = None  # as loaded; None for a new project


@dataclass(frozen=True)
class VolunteerView:
    person_id: int
    name: str
    nationality: str | None
    expertise: str | None
    arrives_on: date | None
    departs_on: date | None
    assignment_id: int = 0
    role: str | None = None


@dataclass(frozen=True)
class EventBrief:
    id: int
    kind: str
    title: str
    starts: datetime  # local wall time
    status: str


@dataclass(frozen=True)
class ProjectDetail:
    project: ProjectInput
    programme: str | None
    partner: str | None
    host_unit: str | None
    volunteers: list[VolunteerView]
    events: list[EventBrief]


_Partner = aliased(m.Organization)
_Host = aliased(m.Organization)

_SORTS: dict[str, Any] = {
    "code": m.Project.code,
    "title": m.Project.search_text,
    "programme": m.Programme.name,
    "partner": _Partner.search_text,
    "host_unit": _Host.search_text,
    "status": m.Project.status,
    "starts_on": m.Project.starts_on,
    "ends_on": m.Project.ends_on,
}


def _filtered(f: ProjectFilter) -> Any:
    stmt = (
        select(m.Project)
        .outerjoin(  # a programme in the trash is not shown (its projects keep the link)
            m.Programme,
            and_(m.Project.programme_id == m.Programme.id, m.Programme.deleted_at.is_(None)),
        )
        .outerjoin(_Partner, m.Project.partner_id == _Partner.id)
        .outerjoin(_Host, m.Project.host_unit_id == _Host.id)
        .where(m.Project.deleted_at.is_(None))
    )
    cond = text_filter(m.Project.search_text, f.text)
    if cond is not None:
        stmt = stmt.where(cond)
    if f.status is not None:
        stmt = stmt.where(m.Project.status == f.status.value)
    if f.programme_id is not None:
        stmt = stmt.where(m.Project.programme_id == f.programme_id)
    if f.partner_id is not None:
        stmt = stmt.where(m.Project.partner_id == f.partner_id)
    if f.host_unit_id is not None:
        stmt = stmt.where(m.Project.host_unit_id == f.host_unit_id)
    return stmt


def count_projects(store: Store, f: ProjectFilter) -> int:
    with store.reading() as s:
        return count_of(s, _filtered(f))


def list_projects(
    store: Store, f: ProjectFilter, sort: Sort, offset: int, limit: int
) -> list[ProjectRow]:
    stmt = _filtered(f).with_only_columns(
        m.Project.id,
        m.Project.code,
        m.Project.title,
        m.Programme.name,
        _Partner.name,
        _Host.name,
        m.Project.status,
        m.Project.starts_on,
        m.Project.ends_on,
    )
    stmt = apply_sort(stmt, _SORTS, sort, m.Project.id).offset(offset).limit(limit)
    with store.reading() as s:
        return [ProjectRow(*row) for row in s.execute(stmt)]


def programme_choices(store: Store) -> list[Choice]:
    with store.reading() as s:
        rows = s.execute(
            select(m.Programme.id, m.Programme.name)
            .where(m.Programme.deleted_at.is_(None))
            .order_by(m.Programme.name)
        )
        return [Choice(i, n) for i, n in rows]


def project_choices(store: Store) -> list[Choice]:
    with store.reading() as s:
        rows = s.execute(
            select(m.Project.id, m.Project.code, m.Project.title)
            .where(m.Project.deleted_at.is_(None))
            .order_by(m.Project.code)
        )
        return [Choice(i, f"{c} – {t}") for i, c, t in rows]


def get_project(store: Store, project_id: int) -> ProjectDetail | None:
    with store.reading() as s:
        p = s.get(m.Project, project_id)
        if p is None or p.deleted_at is not None:
            return None
        data = ProjectInput(
            id=p.id,
            version=p.version,
            code=p.code,
            title=p.title,
            status=p.status,
            programme_id=p.programme_id,
            partner_id=p.partner_id,
            host_unit_id=p.host_unit_id,
            starts_on=p.starts_on,
            ends_on=p.ends_on,
            objectives=p.objectives,
            status_since=status_since(s, p.id),
            milestones=[MilestoneInput(x.title, x.due_on, x.done_on) for x in p.milestones],
            indicators=[
                IndicatorInput(x.name, x.unit, x.baseline, x.target, x.actual, x.measured_on)
                for x in p.indicators
            ],
        )
        volunteers = s.execute(
            select(m.Assignment, m.Person)
            .join(m.Person, m.Assignment.person_id == m.Person.id)
            .where(
                m.Assignment.project_id == project_id,
                m.Assignment.deleted_at.is_(None),
                m.Person.deleted_at.is_(None),
            )
            .order_by(m.Person.full_name, m.Assignment.arrives_on)
        ).all()
        events = s.scalars(
            select(m.Event)
            .where(m.Event.project_id == project_id, m.Event.deleted_at.is_(None))
            .order_by(m.Event.starts_at)
        ).all()
        return ProjectDetail(
            project=data,
            programme=p.programme.name if p.programme and not p.programme.deleted_at else None,
            partner=p.partner.name if p.partner else None,
            host_unit=p.host_unit.name if p.host_unit else None,
            volunteers=[
                VolunteerView(
                    person.id,
                    person.full_name,
                    person.nationality,
                    person.expertise,
                    a.arrives_on,
                    a.departs_on,
                    a.id,
                    a.role,
                )
                for a, person in volunteers
            ],
            events=[
                EventBrief(e.id, e.kind, e.title, to_local(e.starts_at, e.tz), e.status)
                for e in events
            ],
        )


def validate_project(data: ProjectInput) -> None:
    check = Checker()
    check.required("code", data.code, 40)
    check.required("title", data.title)
    check.order("ends_on", data.starts_on, data.ends_on)
    if data.status not in set(ProjectStatus):
        check.add("status", Problem.REQUIRED)
    today = today_local()
    if data.status_since is not None and data.status_since > today:
        check.add("status_since", Problem.FUTURE_DATE)
    for i, ms in enumerate(data.milestones):
        check.required(f"milestones.{i}.title", ms.title)
    for i, ind in enumerate(data.indicators):
        check.required(f"indicators.{i}.name", ind.name)
        if ind.measured_on is not None and ind.measured_on > today:
            check.add(f"indicators.{i}.measured_on", Problem.FUTURE_DATE)
    check.raise_if_any()


def save_project(store: Store, data: ProjectInput) -> int:
    validate_project(data)
    code = data.code.strip()
    try:
        with store.session() as s:
            clash = s.scalar(
                select(m.Project.id).where(m.Project.code == code, m.Project.id != (data.id or 0))
            )
            if clash is not None:
                raise ValidationError([FieldError("code", Problem.DUPLICATE)])
            p = s.get(m.Project, data.id) if data.id else None
            if data.id:
                claim(p, data.version, "project", data.id)
            p = _write_project(s, p, code, data)
            s.flush()
            data.id, data.version = p.id, p.version
            return p.id
    except IntegrityError as exc:  # a concurrent writer took the code meanwhile
        raise ValidationError([FieldError("code", Problem.DUPLICATE)]) from exc


def project_snapshot(store: Store, project_id: int) -> ProjectInput | None:
    """The project as it is now, for undo; None when it is in the trash."""
    detail = get_project(store, project_id)
    return None if detail is None else detail.project


def put_project(store: Store, project_id: int, data: ProjectInput | None) -> None:
    """Undo and redo: put a project back as a snapshot had it (None: in the trash)."""
    try:
        with store.session() as s:
            p = s.get(m.Project, project_id)
            if p is None:
                return
            if data is None:
                p.deleted_at = p.deleted_at or m.utcnow()
                return
            p.deleted_at = None
            _write_project(s, p, data.code.strip(), data)
    except IntegrityError as exc:  # its old code was taken meanwhile
        raise ValidationError([FieldError("code", Problem.DUPLICATE)]) from exc


def _write_project(s: Session, p: m.Project | None, code: str, data: ProjectInput) -> m.Project:
    """The project as ``data`` has it, with its status change and its indicators'
    measurements kept in their histories."""
    was = None if p is None else p.status
    if p is None:
        p = m.Project(code=code, title="")
        s.add(p)
    p.code = code
    p.title = data.title.strip()
    p.status = data.status
    p.programme_id = data.programme_id
    p.partner_id = data.partner_id
    p.host_unit_id = data.host_unit_id
    p.starts_on = data.starts_on
    p.ends_on = data.ends_on
    p.objectives = blank_to_none(data.objectives)
    p.milestones = _matched(
        p.milestones,
        data.milestones,
        lambda row, x: _milestone_values(row) == _milestone_values(x),
        _set_milestone,
        lambda: m.Milestone(title=""),
    )
    p.indicators = _matched(
        p.indicators,
        data.indicators,
        _same_indicator,
        _set_indicator,
        lambda: m.Indicator(name=""),
    )
    s.flush()  # the ids of a new project and new indicators
    if was != data.status:
        record_status(s, p.id, data.status, data.status_since or today_local())
    elif data.status_since is not None:
        move_status_since(s, p.id, data.status_since)
    for row in p.indicators:
        if row.actual is not None and row.measured_on is not None:
            record_measurement(s, row.id, row.actual, row.measured_on)
    return p


Row = TypeVar("Row")
Wanted = TypeVar("Wanted")


def _matched(
    rows: list[Row],
    wanted: list[Wanted],
    same: Callable[[Row, Wanted], bool],
    apply: Callable[[Row, Wanted], None],
    make: Callable[[], Row],
) -> list[Row]:
    """The stored rows for the rows of a form, kept where possible.

    A row the form left as it was keeps its identity (and its history stays quiet);
    an edited one is updated in place, in order; only what is left over is created
    or removed. The form's rows carry no ids, so this is done by value.
    """
    spare = list(rows)
    kept: list[Row | None] = []
    for x in wanted:
        twin = next((r for r in spare if same(r, x)), None)
        if twin is not None:
            spare.remove(twin)
        kept.append(twin)
    result: list[Row] = []
    for x, row in zip(wanted, kept, strict=True):
        if row is None:
            row = spare.pop(0) if spare else make()
            apply(row, x)
        result.append(row)
    return result


def _milestone_values(x: m.Milestone | MilestoneInput) -> tuple[object, ...]:
    return (x.title.strip(), x.due_on, x.done_on)


def _set_milestone(row: m.Milestone, x: MilestoneInput) -> None:
    row.title, row.due_on, row.done_on = x.title.strip(), x.due_on, x.done_on


def _indicator_values(x: m.Indicator | IndicatorInput) -> tuple[object, ...]:
    return (x.name.strip(), blank_to_none(x.unit), x.baseline, x.target, x.actual, x.measured_on)


def _same_indicator(row: m.Indicator, x: IndicatorInput) -> bool:
    """A form's row with no measuring day keeps the stored one."""
    if x.measured_on is not None and x.measured_on != row.measured_on:
        return False
    return _indicator_values(row)[:5] == _indicator_values(x)[:5]


def _set_indicator(row: m.Indicator, x: IndicatorInput) -> None:
    if x.actual is None:
        row.measured_on = None
    elif x.measured_on is not None:
        row.measured_on = x.measured_on
    elif row.actual != x.actual or row.measured_on is None:
        row.measured_on = today_local()  # a new measurement is dated when it is entered
    row.name, row.unit = x.name.strip(), blank_to_none(x.unit)
    row.baseline, row.target, row.actual = x.baseline, x.target, x.actual


def set_project_deleted(store: Store, project_id: int, deleted: bool) -> None:
    with store.session() as s:
        p = s.get(m.Project, project_id)
        if p is not None:
            p.deleted_at = m.utcnow() if deleted else None
