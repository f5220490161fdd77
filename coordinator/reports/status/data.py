"""The facts of a status summary (báo cáo tình hình), gathered once from the store.

Every renderer (paper and PDF, Word, Excel) draws from one ``StatusReport``, so
the three files always agree. Counting and filtering happen in SQL; Python only
groups the rows it is given.

The figures are taken *as of* the end of the period, or now if the period has
not ended: an event before that moment counts as held, one after it as planned;
an action item is open if it was not done by then, overdue if also past its due
date. Projects are those whose dates touch the period (undated ones always do), and
those left open past their end (as of then), each
with its status as of then (its latest status change on or before it) and its
indicators' latest measurements on or before it; the flags (domain/flags.py) are
raised as of then too, an indicator asked for a measurement within the period.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from coordinator.db import models as m
from coordinator.db.queries.actions import OPEN_STATES, agreement_partner
from coordinator.db.queries.agreements import EndingAgreement, ending_in
from coordinator.db.queries.progress import (
    flags_of,
    measured_indicators,
    measurement_on,
    status_column,
)
from coordinator.db.queries.settings import (
    Letterhead,
    Signer,
    get_letterhead,
    get_signer,
    read_alert_days,
)
from coordinator.db.store import Store
from coordinator.domain.enums import EventStatus, ProjectStatus, TaskStatus
from coordinator.domain.flags import CLOSED, Flag, FlagKind
from coordinator.domain.periods import following, months, previous
from coordinator.domain.text import fold
from coordinator.domain.timezone import now_local, to_local, to_utc

ENDING_SOON_DAYS = 90  # the alert window when a database has none set
COMING_DAYS = 30  # coming events: at least this far ahead of the as-of moment

Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class ReportCancelledError(Exception):
    """The person stopped the report; nothing was written."""


class ScopeKind(StrEnum):
    ALL = "all"
    PROGRAMME = "programme"
    PARTNER = "partner"
    PROJECT = "project"
    UNIT = "unit"  # a host unit of the province


class Section(StrEnum):
    SUMMARY = "summary"
    CHARTS = "charts"
    PARTNERS = "partners"  # one line per partner, in a grouped report
    PROJECTS = "projects"
    INDICATORS = "indicators"
    HELD = "held"
    COMING = "coming"
    OVERDUE = "overdue"


ALL_SECTIONS = frozenset(Section)
GROUPED_SCOPES = (ScopeKind.ALL, ScopeKind.UNIT)
# The item lists of each group, in the order a report shows them.
DETAIL_PARTS = (
    Section.PROJECTS,
    Section.INDICATORS,
    Section.HELD,
    Section.COMING,
    Section.OVERDUE,
)
# A grouped report prints its item lists only up to this many rows (about a hundred
# pages); beyond it, paper gets one line per partner and the lists stay in Excel.
PAPER_LIST_ROWS = 1500


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind = ScopeKind.ALL
    id: int | None = None
    name: str = ""  # shown in the report's title block


@dataclass(frozen=True)
class ReportRequest:
    first: date
    last: date
    scope: Scope = Scope()
    sections: frozenset[Section] = ALL_SECTIONS
    made_at: datetime | None = None  # local wall time; None: now
    number: int | None = None  # in the outgoing register; None: not issued yet
    issued_on: date | None = None  # the number's day in the register; None: made_at's
    signer: Signer | None = None  # None: the one kept in Preferences
    recipients: tuple[str, ...] = ()  # Nơi nhận lines, without "- " and ";"
    addressee: str = ""  # Kính gửi
    proposals: str = ""  # kiến nghị, đề xuất


@dataclass(frozen=True)
class Figures:
    partners: int
    agreements_active: int
    agreements_ending: int  # active, ending within ``ending_days`` and not renewed
    projects_by_status: dict[str, int]  # every ProjectStatus, in its order
    events_held: int
    events_planned: int
    decisions: int
    actions_open: int
    actions_overdue: int
    actions_done: int  # done within the period
    ending_days: int = ENDING_SOON_DAYS  # the database's alert window for agreements

    @property
    def projects(self) -> int:
        return sum(self.projects_by_status.values())


@dataclass(frozen=True)
class ProjectLine:
    code: str
    title: str
    status: str
    milestones_done: int
    milestones_total: int
    next_milestone: str | None
    next_due: date | None
    # Past its end and not closed, milestones past due (not the indicators' flags).
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class IndicatorLine:
    project_code: str
    name: str
    unit: str | None
    baseline: float | None
    target: float | None
    actual: float | None  # the latest measurement as of the report's day
    measured_on: date | None
    flags: tuple[Flag, ...] = ()  # no measurement in the period


@dataclass(frozen=True)
class EventLine:
    event_id: int
    starts: datetime  # local wall time
    all_day: bool
    kind: str
    title: str
    place: str | None
    project_code: str | None
    decisions: tuple[str, ...] = ()


@dataclass(frozen=True)
class OverdueLine:
    text: str
    owner: str | None
    due_on: date
    days_late: int
    origin: str  # the meeting or agreement it comes from


@dataclass
class Group:
    """One partner (or the programme, project or partner the report is about)."""

    name: str
    projects: list[ProjectLine] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    held: list[EventLine] = field(default_factory=list)
    coming: list[EventLine] = field(default_factory=list)
    overdue: list[OverdueLine] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.projects or self.held or self.coming or self.overdue)

    def items(self, part: Section) -> list[Any]:
        """The lines of one detail part."""
        lists: dict[Section, list[Any]] = {
            Section.PROJECTS: self.projects,
            Section.INDICATORS: self.indicators,
            Section.HELD: self.held,
            Section.COMING: self.coming,
            Section.OVERDUE: self.overdue,
        }
        return lists[part]

    @property
    def decisions(self) -> int:
        return sum(len(e.decisions) for e in self.held)


@dataclass(frozen=True)
class MonthCount:
    month: date  # first day of the month (or of the year, when ``yearly``)
    held: int
    planned: int


@dataclass(frozen=True)
class StatusReport:
    request: ReportRequest
    head: Letterhead
    made_at: datetime
    as_of: date
    coming_until: date
    figures: Figures
    events_by_month: list[MonthCount]
    yearly: bool  # events_by_month counts years (periods over two years)
    groups: list[Group]
    # The agreements counted as ending soon, each named (in the summary section).
    ending: list[EndingAgreement] = field(default_factory=list)
    signer: Signer = Signer()  # who signs (the request's, or the one in Preferences)
    # The báo cáo's prose: this period's counts, the previous period's (same length),
    # and what falls due in the next one. None only in a report built by hand.
    tally: "Tally | None" = None
    before: "Tally | None" = None
    outlook: "Outlook | None" = None
    subject: str = ""  # the scope as a title names it: the partner, programme, project code

    @property
    def grouped(self) -> bool:
        """Shown partner by partner (everything, a host unit), not as one group."""
        return self.request.scope.kind in GROUPED_SCOPES

    @property
    def flags(self) -> list[Flag]:
        """Every flag of the report's projects and indicators, group by group."""
        out: list[Flag] = []
        for g in self.groups:
            for p in g.projects:
                out.extend(p.flags)
                out.extend(f for i in g.indicators if i.project_code == p.code for f in i.flags)
        return out

    def shows(self, section: Section) -> bool:
        if section == Section.PARTNERS:
            return self.grouped and section in self.request.sections
        return section in self.request.sections

    @property
    def list_rows(self) -> int:
        """Rows of the item lists the report includes, over all its groups."""
        parts = [p for p in DETAIL_PARTS if self.shows(p)]
        return sum(len(g.items(p)) for g in self.groups for p in parts)

    @property
    def lists_on_paper(self) -> bool:
        """Whether paper and Word print the item lists. A report about one programme,
        partner or project always does; one over many partners only while the lists
        stay readable (PAPER_LIST_ROWS), and otherwise leaves them to Excel."""
        return not self.grouped or self.list_rows <= PAPER_LIST_ROWS


# --- scope as SQL ---------------------------------------------------------------------
_Party = aliased(m.Organization)


class _Scoped:
    """SQL conditions that keep a row inside the report's scope."""

    def __init__(self, s: Session, scope: Scope) -> None:
        self.scope = scope
        self.partner_id: int | None = None  # the partner whose agreements count
        if scope.kind == ScopeKind.PARTNER:
            self.partner_id = scope.id
        elif scope.kind == ScopeKind.PROGRAMME:
            self.partner_id = s.scalar(
                select(m.Programme.partner_id).where(m.Programme.id == scope.id)
            )
        elif scope.kind == ScopeKind.PROJECT:
            self.partner_id = s.scalar(select(m.Project.partner_id).where(m.Project.id == scope.id))
        elif scope.kind == ScopeKind.UNIT:
            self.partner_id = scope.id

    def _partner_programmes(self) -> Any:
        return select(m.Programme.id).where(m.Programme.partner_id == self.scope.id)

    def project(self) -> ColumnElement[bool]:
        """For a query over m.Project."""
        k, i = self.scope.kind, self.scope.id
        if k == ScopeKind.PROGRAMME:
            return m.Project.programme_id == i
        if k == ScopeKind.PARTNER:
            return or_(
                m.Project.partner_id == i, m.Project.programme_id.in_(self._partner_programmes())
            )
        if k == ScopeKind.PROJECT:
            return m.Project.id == i
        if k == ScopeKind.UNIT:
            return m.Project.host_unit_id == i
        return true()

    def event(self) -> ColumnElement[bool]:
        """For a query over m.Event outer-joined to m.Project."""
        k, i = self.scope.kind, self.scope.id
        if k == ScopeKind.PROGRAMME:
            return m.Project.programme_id == i
        if k == ScopeKind.PARTNER:
            return or_(
                func.coalesce(m.Event.partner_id, m.Project.partner_id) == i,
                m.Project.programme_id.in_(self._partner_programmes()),
            )
        if k == ScopeKind.PROJECT:
            return m.Event.project_id == i
        if k == ScopeKind.UNIT:
            return func.coalesce(m.Event.host_unit_id, m.Project.host_unit_id) == i
        return true()

    def agreement(self) -> ColumnElement[bool]:
        """For a query over m.Agreement: it has the scope's partner among its parties."""
        if self.scope.kind == ScopeKind.ALL:
            return true()
        if self.partner_id is None:
            return false()
        return m.Agreement.id.in_(
            select(m.agreement_party.c.agreement_id).where(
                m.agreement_party.c.organization_id == self.partner_id
            )
        )

    @property
    def grouped(self) -> bool:
        """Everything and a host unit are shown partner by partner; the rest as one group."""
        return self.scope.kind in GROUPED_SCOPES


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- gathering ------------------------------------------------------------------------
class _Gatherer:
    STEPS = 7

    def __init__(self, s: Session, request: ReportRequest, progress: Progress | None) -> None:
        self.s = s
        self.r = request
        self.progress = progress
        self.step = 0
        self.scoped = _Scoped(s, request.scope)
        made_at = request.made_at or now_local()
        self.made_at = made_at
        end_of_period = datetime.combine(request.last + timedelta(days=1), time())
        self.as_of_at = min(made_at, end_of_period)  # local
        self.as_of = min(made_at.date(), request.last)
        self.coming_until = max(request.last, self.as_of + timedelta(days=COMING_DAYS))
        self.first_utc = to_utc(datetime.combine(request.first, time()))
        self.end_utc = to_utc(end_of_period)
        self.as_of_utc = to_utc(self.as_of_at)
        self.coming_end_utc = to_utc(datetime.combine(self.coming_until + timedelta(1), time()))
        self.groups: dict[int | None, Group] = {}
        self.ending_days = read_alert_days(s)

    def tick(self) -> None:
        self.step += 1
        if self.progress is not None and not self.progress(self.step, self.STEPS):
            raise ReportCancelledError

    def group(self, partner_id: int | None) -> Group:
        key = partner_id if self.scoped.grouped else None
        if key not in self.groups:
            self.groups[key] = Group(name="")
        return self.groups[key]

    # -- projects, milestones, indicators
    def projects(self) -> dict[str, int]:
        asof, first, status = status_column(self.as_of)
        # A project left open past its end stays in every report until it is closed.
        in_period = and_(
            m.Project.deleted_at.is_(None),
            self.scoped.project(),
            or_(m.Project.starts_on.is_(None), m.Project.starts_on <= self.r.last),
            or_(
                m.Project.ends_on.is_(None),
                m.Project.ends_on >= self.r.first,
                status.not_in([str(s) for s in CLOSED]),
            ),
        )
        done = and_(m.Milestone.done_on.is_not(None), m.Milestone.done_on <= self.as_of)
        counts = (
            select(
                m.Milestone.project_id.label("pid"),
                func.count().label("total"),
                func.count().filter(done).label("done"),
            )
            .group_by(m.Milestone.project_id)
            .subquery()
        )
        ranked = (
            select(
                m.Milestone.project_id.label("pid"),
                m.Milestone.title.label("title"),
                m.Milestone.due_on.label("due_on"),
                func.row_number()
                .over(
                    partition_by=m.Milestone.project_id,
                    order_by=(m.Milestone.due_on.is_(None), m.Milestone.due_on, m.Milestone.id),
                )
                .label("n"),
            )
            .where(~done)
            .subquery()
        )
        rows = self.s.execute(
            select(
                m.Project.id,
                m.Project.code,
                m.Project.title,
                status,
                m.Project.partner_id,
                func.coalesce(counts.c.done, 0),
                func.coalesce(counts.c.total, 0),
                ranked.c.title,
                ranked.c.due_on,
            )
            .outerjoin(counts, counts.c.pid == m.Project.id)
            .outerjoin(ranked, and_(ranked.c.pid == m.Project.id, ranked.c.n == 1))
            .outerjoin(asof, asof.c.project_id == m.Project.id)
            .outerjoin(first, first.c.project_id == m.Project.id)
            .where(in_period)
            .order_by(m.Project.code)
        ).all()
        flags = flags_of(self.s, (r[0] for r in rows), self.as_of, self.r.first)
        by_status = dict.fromkeys(ProjectStatus, 0)
        for pid, code, title, st, partner_id, done_n, total, next_title, next_due in rows:
            by_status[st] = by_status.get(st, 0) + 1
            own = tuple(f for f in flags.get(pid, ()) if f.kind != FlagKind.INDICATOR_UNMEASURED)
            self.group(partner_id).projects.append(
                ProjectLine(code, title, st, done_n, total, next_title, _as_date(next_due), own)
            )
        self.tick()
        unmeasured = {
            (f.project_code, f.subject): f
            for found in flags.values()
            for f in found
            if f.kind == FlagKind.INDICATOR_UNMEASURED
        }
        latest, measured_ever = measurement_on(self.as_of), measured_indicators()
        indicators = self.s.execute(
            select(
                m.Project.code,
                m.Project.partner_id,
                m.Indicator.name,
                m.Indicator.unit,
                m.Indicator.baseline,
                m.Indicator.target,
                latest.c.value,
                latest.c.measured_on,
                measured_ever.c.indicator_id.is_not(None),
                m.Indicator.actual,
                m.Indicator.measured_on,
            )
            .join(m.Project, m.Project.id == m.Indicator.project_id)
            .outerjoin(asof, asof.c.project_id == m.Project.id)
            .outerjoin(first, first.c.project_id == m.Project.id)
            .outerjoin(latest, latest.c.indicator_id == m.Indicator.id)
            .outerjoin(measured_ever, measured_ever.c.indicator_id == m.Indicator.id)
            .where(in_period)
            .order_by(m.Project.code, m.Indicator.id)
        )
        for (
            code,
            partner_id,
            name,
            unit,
            baseline,
            target,
            value,
            measured,
            has_history,
            actual,
            actual_on,
        ) in indicators:
            on = _as_date(measured)
            kept_on = _as_date(actual_on)
            if not has_history and (kept_on is None or kept_on <= self.as_of):
                value, on = actual, kept_on  # never measured with a date kept
            flag = unmeasured.get((code, name))
            self.group(partner_id).indicators.append(
                IndicatorLine(
                    code, name, unit, baseline, target, value, on, (flag,) if flag else ()
                )
            )
        self.tick()
        return {str(k): v for k, v in by_status.items()}

    # -- events and their decisions
    def _occurrences(self, start_utc: datetime, end_utc: datetime) -> Any:
        return (
            select(
                m.EventOccurrence.starts_at,
                m.Event.id,
                m.Event.all_day,
                m.Event.kind,
                m.Event.title,
                m.Event.location,
                m.Project.code,
                func.coalesce(m.Event.partner_id, m.Project.partner_id),
            )
            .join(m.Event, m.Event.id == m.EventOccurrence.event_id)
            .outerjoin(m.Project, m.Project.id == m.Event.project_id)
            .where(
                m.Event.deleted_at.is_(None),
                m.Event.status != EventStatus.CANCELLED,
                m.EventOccurrence.starts_at >= start_utc,
                m.EventOccurrence.starts_at < end_utc,
                self.scoped.event(),
            )
            .order_by(m.EventOccurrence.starts_at, m.Event.id)
        )

    def events(self) -> tuple[int, int, int, list[datetime], list[datetime]]:
        """(held, planned, decisions, held starts, planned starts) within the period."""
        held_rows = self.s.execute(self._occurrences(self.first_utc, self.as_of_utc)).all()
        self.tick()
        held_ids = select(m.EventOccurrence.event_id).where(
            m.EventOccurrence.starts_at >= self.first_utc,
            m.EventOccurrence.starts_at < self.as_of_utc,
        )
        decisions: dict[int, list[str]] = defaultdict(list)
        for event_id, text in self.s.execute(
            select(m.Minutes.event_id, m.Decision.text)
            .join(m.Minutes, m.Minutes.id == m.Decision.minutes_id)
            .join(m.Event, m.Event.id == m.Minutes.event_id)
            .outerjoin(m.Project, m.Project.id == m.Event.project_id)
            .where(
                m.Minutes.event_id.in_(held_ids),
                m.Event.deleted_at.is_(None),
                m.Event.status != EventStatus.CANCELLED,
                self.scoped.event(),
            )
            .order_by(m.Minutes.event_id, m.Decision.position, m.Decision.id)
        ):
            decisions[event_id].append(text)
        decision_count = sum(len(v) for v in decisions.values())
        held_starts: list[datetime] = []
        for row in held_rows:
            line = self._event_line(row, tuple(decisions.get(row[1], ())))
            held_starts.append(line.starts)
            self.group(row[7]).held.append(line)
        self.tick()
        coming_rows = self.s.execute(self._occurrences(self.as_of_utc, self.coming_end_utc)).all()
        planned_starts: list[datetime] = []
        for row in coming_rows:
            line = self._event_line(row, ())
            if row[0] < self.end_utc:
                planned_starts.append(line.starts)
            self.group(row[7]).coming.append(line)
        self.tick()
        return len(held_rows), len(planned_starts), decision_count, held_starts, planned_starts

    @staticmethod
    def _event_line(row: Any, decisions: tuple[str, ...]) -> EventLine:
        starts_at, event_id, all_day, kind, title, place, code, _partner = row
        return EventLine(
            event_id, to_local(starts_at), all_day, kind, title, place, code, decisions
        )

    # -- action items and commitments
    def _action_items(self) -> Any:
        return (
            select(
                m.ActionItem.text.label("text"),
                func.coalesce(m.Person.full_name, _Party.name).label("owner"),
                m.ActionItem.due_on.label("due_on"),
                m.ActionItem.status.label("status"),
                m.ActionItem.done_on.label("done_on"),
                m.Event.title.label("origin"),
                m.Event.starts_at.label("origin_at"),
                func.coalesce(m.Event.partner_id, m.Project.partner_id).label("partner_id"),
            )
            .join(m.Minutes, m.Minutes.id == m.ActionItem.minutes_id)
            .join(m.Event, m.Event.id == m.Minutes.event_id)
            .outerjoin(m.Project, m.Project.id == m.Event.project_id)
            .outerjoin(m.Person, m.Person.id == m.ActionItem.owner_person_id)
            .outerjoin(_Party, _Party.id == m.ActionItem.owner_org_id)
            .where(
                m.Event.deleted_at.is_(None),
                m.Event.starts_at < self.as_of_utc,
                self.scoped.event(),
            )
        )

    def _commitments(self) -> Any:
        return (
            select(
                m.Commitment.text,
                _Party.name,
                m.Commitment.due_on,
                m.Commitment.status,
                m.Commitment.done_on,
                m.Agreement.title,
                literal(None),
                agreement_partner(m.Agreement.id),
            )
            .join(m.Agreement, m.Agreement.id == m.Commitment.agreement_id)
            .outerjoin(_Party, _Party.id == m.Commitment.party_id)
            .where(m.Agreement.deleted_at.is_(None), self.scoped.agreement())
        )

    def actions(self) -> tuple[int, int, int]:
        """(open, overdue, done in the period), the overdue ones listed in their groups."""
        item = self._action_items().union_all(self._commitments()).subquery("item")
        still_open = or_(
            item.c.status.in_(OPEN_STATES),
            and_(item.c.status == TaskStatus.DONE, item.c.done_on > self.as_of),
        )
        overdue = and_(still_open, item.c.due_on < self.as_of)
        done = and_(
            item.c.status == TaskStatus.DONE,
            item.c.done_on >= self.r.first,
            item.c.done_on <= self.r.last,
        )
        open_n, overdue_n, done_n = self.s.execute(
            select(
                func.count().filter(still_open),
                func.count().filter(overdue),
                func.count().filter(done),
            ).select_from(item)
        ).one()
        rows = self.s.execute(
            select(
                item.c.text,
                item.c.owner,
                item.c.due_on,
                item.c.origin,
                item.c.origin_at,
                item.c.partner_id,
            )
            .where(overdue)
            .order_by(item.c.due_on, item.c.text)
        )
        for text, owner, due_on, origin, origin_at, partner_id in rows:
            due = _as_date(due_on)
            assert due is not None  # overdue items have a due date
            if origin_at is not None:
                when = to_local(datetime.fromisoformat(str(origin_at)))
                origin = f"{origin} ({when.strftime('%d/%m/%Y')})"
            self.group(partner_id).overdue.append(
                OverdueLine(text, owner, due, (self.as_of - due).days, origin or "")
            )
        self.tick()
        return open_n, overdue_n, done_n

    # -- partners and agreements
    def partners_and_agreements(
        self, seen: Iterable[int | None]
    ) -> tuple[int, int, list[EndingAgreement]]:
        if self.r.scope.kind == ScopeKind.ALL:
            partners = self.s.scalar(
                select(func.count()).where(
                    m.Organization.deleted_at.is_(None), m.Organization.is_internal.is_(False)
                )
            )
        else:
            ids = {i for i in seen if i is not None}
            if self.r.scope.kind != ScopeKind.UNIT and self.scoped.partner_id is not None:
                ids.add(self.scoped.partner_id)
            partners = self.s.scalar(
                select(func.count()).where(
                    m.Organization.id.in_(ids),
                    m.Organization.deleted_at.is_(None),
                    m.Organization.is_internal.is_(False),
                )
            )
        begins = func.coalesce(m.Agreement.starts_on, m.Agreement.signed_on)
        active = and_(
            m.Agreement.deleted_at.is_(None),
            self.scoped.agreement(),
            or_(begins.is_(None), begins <= self.as_of),
            or_(m.Agreement.ends_on.is_(None), m.Agreement.ends_on >= self.as_of),
        )
        active_n = self.s.scalar(select(func.count()).where(active)) or 0
        soon = ending_in(self.s, self.as_of, self.ending_days, None, active)
        return partners or 0, active_n, soon

    def name_groups(self) -> list[Group]:
        scope = self.r.scope
        if not self.scoped.grouped:
            group = self.groups.get(None, Group(name=""))
            group.name = scope.name
            return [group]
        ids = [k for k in self.groups if k is not None]
        names = dict(
            self.s.execute(
                select(m.Organization.id, m.Organization.name).where(m.Organization.id.in_(ids))
            ).all()
        )
        for key, group in self.groups.items():
            group.name = names.get(key, "") if key is not None else ""
        named = sorted(
            (g for k, g in self.groups.items() if k is not None and not g.is_empty()),
            key=lambda g: fold(g.name),
        )
        rest = self.groups.get(None)
        return named + ([rest] if rest is not None and not rest.is_empty() else [])


def _by_month(
    first: date, last: date, held: list[datetime], planned: list[datetime]
) -> tuple[list[MonthCount], bool]:
    buckets = months(first, last)
    yearly = len(buckets) > 24
    if yearly:
        buckets = [date(y, 1, 1) for y in range(first.year, last.year + 1)]

    def key(at: datetime) -> date:
        return date(at.year, 1, 1) if yearly else date(at.year, at.month, 1)

    held_n: dict[date, int] = defaultdict(int)
    planned_n: dict[date, int] = defaultdict(int)
    for at in held:
        held_n[key(at)] += 1
    for at in planned:
        planned_n[key(at)] += 1
    return [MonthCount(b, held_n[b], planned_n[b]) for b in buckets], yearly


def _gather_period(
    store: Store, request: ReportRequest, progress: Progress | None = None
) -> StatusReport:
    """The figures and lists of one period (see ``gather``)."""
    if request.last < request.first:
        raise ValueError("the period ends before it starts")
    head = get_letterhead(store)
    signer = request.signer or get_signer(store)
    with store.reading() as s:
        g = _Gatherer(s, request, progress)
        by_status = g.projects()
        held, planned, decisions, held_at, planned_at = g.events()
        open_n, overdue_n, done_n = g.actions()
        seen: set[int | None] = set()
        if g.scoped.grouped:
            seen = set(g.groups)
        else:
            seen = set(
                s.scalars(
                    select(m.Project.partner_id).where(
                        m.Project.deleted_at.is_(None), g.scoped.project()
                    )
                )
            )
        partners, active, soon = g.partners_and_agreements(seen)
        groups = g.name_groups()
        g.tick()
    by_month, yearly = _by_month(request.first, request.last, held_at, planned_at)
    return StatusReport(
        request=request,
        head=head,
        signer=signer,
        made_at=g.made_at,
        as_of=g.as_of,
        coming_until=g.coming_until,
        figures=Figures(
            partners=partners,
            agreements_active=active,
            agreements_ending=len(soon),
            projects_by_status=by_status,
            events_held=held,
            events_planned=planned,
            decisions=decisions,
            actions_open=open_n,
            actions_overdue=overdue_n,
            actions_done=done_n,
            ending_days=g.ending_days,
        ),
        events_by_month=by_month,
        yearly=yearly,
        groups=groups,
        ending=soon,
    )


# --- the báo cáo's prose: counts of a period, the one before, and the one after ---------
CLOSED_PROJECT = (ProjectStatus.COMPLETED.value, ProjectStatus.CANCELLED.value)


@dataclass(frozen=True)
class CancelledLine:
    starts: datetime  # local wall time
    kind: str
    title: str


@dataclass(frozen=True)
class LateProject:
    code: str
    title: str
    ends_on: date
    status: str  # as the report shows it


@dataclass(frozen=True)
class MilestoneLine:
    project_code: str
    title: str
    due_on: date


@dataclass(frozen=True)
class DueLine:
    text: str
    owner: str | None
    due_on: date
    origin: str


@dataclass(frozen=True)
class Tally:
    """What the prose of one period counts (the figures, and more), as of its end."""

    first: date
    last: date
    as_of: date
    figures: Figures
    held_by_kind: dict[str, int]  # every EventKind, in its order
    minutes: int  # minutes kept of the events held
    cancelled: list[CancelledLine]  # events of the period that were cancelled
    agreements_signed: int  # signed within the period
    volunteers: int  # on a project at some time in the period
    volunteers_arrived: int
    milestones_done: int  # done within the period
    overdue: list[OverdueLine]  # every group's, latest due first
    late_projects: list[LateProject]  # past their end, neither completed nor cancelled
    late_milestones: list[MilestoneLine]  # past their date and not done


@dataclass(frozen=True)
class Outlook:
    """The next period of the same length: what is planned and falls due in it."""

    first: date
    last: date
    events: list[EventLine]
    actions: list[DueLine]
    milestones: list[MilestoneLine]


def _dated(value: Any) -> date:
    """A date the query's condition guarantees is there."""
    day = _as_date(value)
    assert day is not None
    return day


def _tally(s: Session, report: StatusReport) -> Tally:
    from coordinator.domain.enums import EventKind

    r = report.request
    g = _Gatherer(s, r, None)
    scoped_event = and_(m.Event.deleted_at.is_(None), g.scoped.event())
    held_ids = (
        select(m.EventOccurrence.event_id)
        .join(m.Event, m.Event.id == m.EventOccurrence.event_id)
        .outerjoin(m.Project, m.Project.id == m.Event.project_id)
        .where(
            scoped_event,
            m.Event.status != EventStatus.CANCELLED,
            m.EventOccurrence.starts_at >= g.first_utc,
            m.EventOccurrence.starts_at < g.as_of_utc,
        )
    )
    minutes = s.scalar(select(func.count()).where(m.Minutes.event_id.in_(held_ids))) or 0
    cancelled = [
        CancelledLine(to_local(at), kind, title)
        for at, kind, title in s.execute(
            select(m.EventOccurrence.starts_at, m.Event.kind, m.Event.title)
            .join(m.Event, m.Event.id == m.EventOccurrence.event_id)
            .outerjoin(m.Project, m.Project.id == m.Event.project_id)
            .where(
                scoped_event,
                m.Event.status == EventStatus.CANCELLED,
                m.EventOccurrence.starts_at >= g.first_utc,
                m.EventOccurrence.starts_at < g.end_utc,
            )
            .order_by(m.EventOccurrence.starts_at, m.Event.id)
        )
    ]
    signed = (
        s.scalar(
            select(func.count()).where(
                m.Agreement.deleted_at.is_(None),
                g.scoped.agreement(),
                m.Agreement.signed_on >= r.first,
                m.Agreement.signed_on <= r.last,
            )
        )
        or 0
    )
    live_project = and_(m.Project.deleted_at.is_(None), g.scoped.project())
    on_site = (
        select(m.Assignment.person_id, m.Assignment.arrives_on)
        .join(m.Project, m.Project.id == m.Assignment.project_id)
        .join(m.Person, m.Person.id == m.Assignment.person_id)
        .where(
            m.Assignment.deleted_at.is_(None),
            m.Person.deleted_at.is_(None),
            live_project,
            or_(m.Assignment.arrives_on.is_(None), m.Assignment.arrives_on <= r.last),
            or_(m.Assignment.departs_on.is_(None), m.Assignment.departs_on >= r.first),
        )
    ).subquery()
    volunteers, arrived = s.execute(
        select(
            func.count(func.distinct(on_site.c.person_id)),
            func.count(func.distinct(on_site.c.person_id)).filter(on_site.c.arrives_on >= r.first),
        )
    ).one()
    milestone_in = and_(m.Milestone.project_id == m.Project.id, live_project)
    done = (
        s.scalar(
            select(func.count())
            .select_from(m.Milestone)
            .join(m.Project, milestone_in)
            .where(m.Milestone.done_on >= r.first, m.Milestone.done_on <= r.last)
        )
        or 0
    )
    not_done = or_(m.Milestone.done_on.is_(None), m.Milestone.done_on > report.as_of)
    late_milestones = [
        MilestoneLine(code, title, _dated(due))
        for code, title, due in s.execute(
            select(m.Project.code, m.Milestone.title, m.Milestone.due_on)
            .join(m.Project, milestone_in)
            .where(
                m.Project.status != ProjectStatus.CANCELLED,
                m.Milestone.due_on < report.as_of,
                not_done,
            )
            .order_by(m.Milestone.due_on, m.Project.code, m.Milestone.id)
        )
    ]
    shown = {p.code: p.status for grp in report.groups for p in grp.projects}
    late_projects = []
    for code, title, ends_on, status in s.execute(
        select(m.Project.code, m.Project.title, m.Project.ends_on, m.Project.status)
        .where(live_project, m.Project.ends_on < report.as_of)
        .order_by(m.Project.ends_on, m.Project.code)
    ):
        status = shown.get(code, status)  # the status the report shows for the period
        if status not in CLOSED_PROJECT:
            late_projects.append(LateProject(code, title, _dated(ends_on), status))
    by_kind = dict.fromkeys((k.value for k in EventKind), 0)
    for grp in report.groups:
        for e in grp.held:
            by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
    overdue = sorted(
        (o for grp in report.groups for o in grp.overdue), key=lambda o: (o.due_on, o.text)
    )
    return Tally(
        first=r.first,
        last=r.last,
        as_of=report.as_of,
        figures=report.figures,
        held_by_kind=by_kind,
        minutes=minutes,
        cancelled=cancelled,
        agreements_signed=signed,
        volunteers=volunteers,
        volunteers_arrived=arrived,
        milestones_done=done,
        overdue=overdue,
        late_projects=late_projects,
        late_milestones=late_milestones,
    )


def _outlook(s: Session, report: StatusReport) -> Outlook:
    r = report.request
    first, last = following(r.first, r.last)
    ahead = _Gatherer(s, replace(r, first=first, last=last), None)
    events = [
        ahead._event_line(row, ())
        for row in s.execute(ahead._occurrences(ahead.first_utc, ahead.end_utc))
    ]
    now = _Gatherer(s, r, None)
    item = now._action_items().union_all(now._commitments()).subquery("item")
    still_open = or_(
        item.c.status.in_(OPEN_STATES),
        and_(item.c.status == TaskStatus.DONE, item.c.done_on > report.as_of),
    )
    actions = [
        DueLine(text, owner, due, origin or "")
        for text, owner, due, origin in s.execute(
            select(item.c.text, item.c.owner, item.c.due_on, item.c.origin)
            .where(still_open, item.c.due_on >= first, item.c.due_on <= last)
            .order_by(item.c.due_on, item.c.text)
        )
    ]
    milestones = [
        MilestoneLine(code, title, _dated(due))
        for code, title, due in s.execute(
            select(m.Project.code, m.Milestone.title, m.Milestone.due_on)
            .join(m.Project, m.Project.id == m.Milestone.project_id)
            .where(
                m.Project.deleted_at.is_(None),
                now.scoped.project(),
                m.Project.status.not_in(CLOSED_PROJECT),
                m.Milestone.due_on >= first,
                m.Milestone.due_on <= last,
                or_(m.Milestone.done_on.is_(None), m.Milestone.done_on > report.as_of),
            )
            .order_by(m.Milestone.due_on, m.Project.code, m.Milestone.id)
        )
    ]
    return Outlook(first, last, events, actions, milestones)


def _subject(s: Session, scope: Scope) -> str:
    """The scope as the title names it: a partner's, programme's or unit's name, or a
    project's code."""
    match scope.kind:
        case ScopeKind.PROJECT:
            name = s.scalar(select(m.Project.code).where(m.Project.id == scope.id))
        case ScopeKind.PROGRAMME:
            name = s.scalar(select(m.Programme.name).where(m.Programme.id == scope.id))
        case ScopeKind.PARTNER | ScopeKind.UNIT:
            name = s.scalar(select(m.Organization.name).where(m.Organization.id == scope.id))
        case _:
            return ""
    return name or scope.name


def gather(store: Store, request: ReportRequest, progress: Progress | None = None) -> StatusReport:
    """Everything the report says, for ``request``; ReportCancelledError if progress says stop.

    The previous period of the same length (the month, quarter or year before, or as
    many days before) is gathered the same way, as of its own end, so every count of
    the prose can be compared; the next period gives the tasks ahead.
    """
    report = _gather_period(store, request, progress)
    first, last = previous(request.first, request.last)
    earlier = _gather_period(
        store, replace(request, first=first, last=last, made_at=report.made_at)
    )
    with store.reading() as s:
        return replace(
            report,
            tally=_tally(s, report),
            before=_tally(s, earlier),
            outlook=_outlook(s, report),
            subject=_subject(s, request.scope),
        )
