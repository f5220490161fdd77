"""Follow-up: every action item from minutes and every commitment from agreements,
as one list filtered, sorted and paged in SQL.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, literal, literal_column, null, or_, select, union_all
from sqlalchemy.orm import aliased

from coordinator.db import models as m
from coordinator.db.queries.agreements import count_ending
from coordinator.db.queries.common import Choice, Sort, apply_sort, text_filter
from coordinator.db.queries.minutes import Owner
from coordinator.db.queries.settings import read_alert_days
from coordinator.db.store import Store
from coordinator.domain.enums import TaskStatus
from coordinator.domain.timezone import to_local, today_local

ACTION, COMMITMENT = "action", "commitment"
OPEN_STATES = (TaskStatus.OPEN.value, TaskStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class ActionRow:
    source: str  # ACTION or COMMITMENT
    id: int
    text: str
    owner: str | None
    due_on: date | None
    status: str
    done_on: date | None
    origin: str | None  # the event or the agreement it comes from
    origin_at: datetime | None  # the event's local start
    event_id: int | None
    partner: str | None
    project: str | None
    agreement_id: int | None = None  # the agreement a commitment belongs to

    @property
    def key(self) -> tuple[str, int]:
        return (self.source, self.id)

    def overdue(self, today: date) -> bool:
        return self.status in OPEN_STATES and self.due_on is not None and self.due_on < today


class Due:
    """Which items a follow-up list shows."""

    OPEN = "open"
    OVERDUE = "overdue"
    THIS_WEEK = "week"
    DONE = "done"
    ALL = "all"


@dataclass(frozen=True)
class ActionFilter:
    due: str = Due.OPEN
    today: date | None = None  # None: the real today
    owner: Owner | None = None
    partner_id: int | None = None
    project_id: int | None = None
    text: str = ""


def week_end(today: date) -> date:
    """The Sunday that ends ``today``'s week."""
    return today + timedelta(days=6 - today.weekday())


_Owner = aliased(m.Organization)
_Partner = aliased(m.Organization)
_Party = aliased(m.Organization)


def agreement_partner(agreement_id: Any) -> Any:
    """The partner of an agreement: its first party that is not the province's own."""
    return (
        select(m.agreement_party.c.organization_id)
        .join(_Party, _Party.id == m.agreement_party.c.organization_id)
        .where(
            m.agreement_party.c.agreement_id == agreement_id,
            _Party.is_internal.is_(False),
        )
        .order_by(_Party.id)
        .limit(1)
        .scalar_subquery()
    )


def _narrowed(f: "ActionFilter | None", table: Any, owner_person: Any, owner_org: Any) -> list[Any]:
    """The filter's conditions on one kind's own columns. They go inside each half of the
    union, where the status and due-date indexes serve them; outside, SQLite would build
    the whole union of every item ever recorded first."""
    if f is None:
        return []
    today = f.today or today_local()
    # Few items are still open among the many done; SQLite's statistics cannot tell,
    # and without the hint it reads every minutes record to reach them.
    is_open = func.likelihood(table.status.in_(OPEN_STATES), literal_column("0.05"))
    match f.due:
        case Due.OPEN:
            out: list[Any] = [is_open]
        case Due.OVERDUE:
            out = [is_open, table.due_on < today]
        case Due.THIS_WEEK:
            out = [is_open, table.due_on >= today, table.due_on <= week_end(today)]
        case Due.DONE:
            out = [table.status == TaskStatus.DONE]
        case _:
            out = []
    if f.owner is not None:
        column = owner_person if f.owner.kind == "person" else owner_org
        out.append(literal(False) if column is None else column == f.owner.id)
    cond = text_filter(table.search_text, f.text)
    if cond is not None:
        out.append(cond)
    return out


def _items(
    f: "ActionFilter | None" = None,
    keep: tuple[str, ...] | None = None,
    only: tuple[list[int], list[int]] | None = None,
) -> Any:
    """Both kinds as one subquery with the same columns, narrowed by ``f``.

    ``keep`` names the columns wanted (all when None); the partner and project come
    along when ``f`` filters on them. With few columns the joins that fetch names
    and origins are left out, and the open items are read from their index alone:
    for counting and for choosing a page. ``only`` keeps the action items and
    commitments with these ids.
    """
    other_party = agreement_partner(m.Commitment.agreement_id)
    # (name, the action item's column, the commitment's column), in the union's order.
    columns: list[tuple[str, Any, Any]] = [
        ("source", literal(ACTION), literal(COMMITMENT)),
        ("id", m.ActionItem.id, m.Commitment.id),
        ("text", m.ActionItem.text, m.Commitment.text),
        ("owner", func.coalesce(m.Person.full_name, _Owner.name), _Owner.name),
        ("owner_person_id", m.ActionItem.owner_person_id, null()),
        ("owner_org_id", m.ActionItem.owner_org_id, m.Commitment.party_id),
        ("due_on", m.ActionItem.due_on, m.Commitment.due_on),
        ("status", m.ActionItem.status, m.Commitment.status),
        ("done_on", m.ActionItem.done_on, m.Commitment.done_on),
        ("origin", m.Event.title, m.Agreement.title),
        ("origin_at", m.Event.starts_at, null()),
        ("event_id", m.Event.id, null()),
        ("agreement_id", null(), m.Commitment.agreement_id),
        ("partner_id", func.coalesce(m.Event.partner_id, m.Project.partner_id), other_party),
        ("project_id", m.Event.project_id, null()),
        ("search_text", m.ActionItem.search_text, m.Commitment.search_text),
    ]
    if keep is not None:
        wanted = {"source", *keep}
        if f is not None and f.partner_id is not None:
            wanted.add("partner_id")
        if f is not None and f.project_id is not None:
            wanted.add("project_id")
        columns = [c for c in columns if c[0] in wanted]
    action_columns = [a.label(name) for name, a, _c in columns]
    commitment_columns = [c for _name, _a, c in columns]
    action_only: list[Any] = []
    commitment_only: list[Any] = []
    if only is not None:
        action_only = [m.ActionItem.id.in_(only[0])]
        commitment_only = [m.Commitment.id.in_(only[1])]
    actions = (
        select(*action_columns)
        .select_from(m.ActionItem)
        .where(
            m.ActionItem.minutes_id.is_not(None),
            m.ActionItem.minutes_id.not_in(_minutes_of_deleted_events()),
            *_narrowed(f, m.ActionItem, m.ActionItem.owner_person_id, m.ActionItem.owner_org_id),
            *action_only,
        )
    )
    joined = ("owner", "origin", "origin_at", "event_id", "partner_id", "project_id")
    if any(name in joined for name, _a, _c in columns):
        actions = (
            actions.join(m.Minutes, m.Minutes.id == m.ActionItem.minutes_id)
            .join(m.Event, m.Event.id == m.Minutes.event_id)
            .outerjoin(m.Project, m.Project.id == m.Event.project_id)
        )
    commitments = (
        select(*commitment_columns)
        .select_from(m.Commitment)
        .join(m.Agreement, m.Agreement.id == m.Commitment.agreement_id)
        .where(
            m.Agreement.deleted_at.is_(None),
            *_narrowed(f, m.Commitment, None, m.Commitment.party_id),
            *commitment_only,
        )
    )
    if keep is None:
        actions = actions.outerjoin(m.Person, m.Person.id == m.ActionItem.owner_person_id)
        actions = actions.outerjoin(_Owner, _Owner.id == m.ActionItem.owner_org_id)
        commitments = commitments.outerjoin(_Owner, _Owner.id == m.Commitment.party_id)
    return union_all(actions, commitments).subquery("item")


def _minutes_of_deleted_events() -> Any:
    """Minutes of deleted events: few, found through the partial index of deleted
    events, so an open item is told apart without reading its minutes or event."""
    deleted = select(m.Event.id).where(m.Event.deleted_at.is_not(None))
    return select(m.Minutes.id).where(m.Minutes.event_id.in_(deleted))


def _where_partner_and_project(stmt: Any, item: Any, f: ActionFilter) -> Any:
    """The two conditions on columns the union derives, so they stay outside it."""
    if f.partner_id is not None:
        stmt = stmt.where(item.c.partner_id == f.partner_id)
    if f.project_id is not None:
        stmt = stmt.where(item.c.project_id == f.project_id)
    return stmt


def _select(f: ActionFilter, only: tuple[list[int], list[int]] | None = None) -> tuple[Any, Any]:
    item = _items(f, only=only)
    stmt = (
        select(
            item.c.source,
            item.c.id,
            item.c.text,
            item.c.owner,
            item.c.due_on,
            item.c.status,
            item.c.done_on,
            item.c.origin,
            item.c.origin_at,
            item.c.event_id,
            _Partner.name,
            m.Project.code,
            item.c.agreement_id,
        )
        .select_from(item)
        .outerjoin(_Partner, _Partner.id == item.c.partner_id)
        .outerjoin(m.Project, m.Project.id == item.c.project_id)
    )
    return _where_partner_and_project(stmt, item, f), item


def _row(r: Any) -> ActionRow:
    return ActionRow(
        source=r[0],
        id=r[1],
        text=r[2],
        owner=r[3],
        due_on=_as_date(r[4]),
        status=r[5],
        done_on=_as_date(r[6]),
        origin=r[7],
        origin_at=to_local(_as_datetime(r[8])) if r[8] is not None else None,
        event_id=r[9],
        partner=r[10],
        project=r[11],
        agreement_id=r[12],
    )


def _as_date(value: Any) -> date | None:
    # A union loses the column types on SQLite: dates may come back as text.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _due_order(item: Any) -> Any:
    """Due date order; items without a due date come after those with one."""
    return case((item.c.due_on.is_(None), date.max), else_=item.c.due_on)


def count_actions(store: Store, f: ActionFilter) -> int:
    """How many items ``f`` shows, counted without the joins that only feed the display."""
    item = _items(f, keep=("id",))
    stmt = _where_partner_and_project(select(func.count()).select_from(item), item, f)
    with store.reading() as s:
        return int(s.scalar(stmt) or 0)


def list_actions(
    store: Store, f: ActionFilter, sort: Sort, offset: int = 0, limit: int = 500
) -> list[ActionRow]:
    """One page of the items ``f`` shows, in ``sort`` order.

    Sorted by one of the item's own columns, the page is chosen first on the narrow
    union (tens of thousands of open items sort in a fraction of the time with their
    names and origins left out), and only its rows are then fetched whole.
    """
    by = {"due": "due_on", "text": "text", "status": "status", "done": "done_on"}
    if sort.key not in by:
        return _list_whole(store, f, sort, offset, limit)
    item = _items(f, keep=("id", by[sort.key]))
    order = _due_order(item) if sort.key == "due" else item.c[by[sort.key]]
    page = _where_partner_and_project(select(item.c.source, item.c.id), item, f)
    page = apply_sort(page, {sort.key: order}, sort, item.c.id).order_by(item.c.source)
    with store.reading() as s:
        keys = [(source, id_) for source, id_ in s.execute(page.offset(offset).limit(limit))]
        if not keys:
            return []
        only = (
            [i for source, i in keys if source == ACTION],
            [i for source, i in keys if source == COMMITMENT],
        )
        stmt, _item = _select(f, only)
        rows = {(r[0], r[1]): _row(r) for r in s.execute(stmt)}
    return [rows[key] for key in keys if key in rows]


def _list_whole(
    store: Store, f: ActionFilter, sort: Sort, offset: int, limit: int
) -> list[ActionRow]:
    """A page sorted by a name the display joins fetch (owner, origin, partner)."""
    stmt, item = _select(f)
    sorts = {
        "owner": item.c.owner,
        "origin": item.c.origin,
        "partner": _Partner.name,
    }
    stmt = apply_sort(stmt, sorts, sort, item.c.id).order_by(item.c.source)
    stmt = stmt.offset(offset).limit(limit)
    with store.reading() as s:
        return [_row(r) for r in s.execute(stmt)]


@dataclass(frozen=True)
class DueCounts:
    overdue: int
    this_week: int
    agreements_ending: int = 0  # agreements to renew within the alert window


def due_counts(store: Store, today: date | None = None) -> DueCounts:
    """How many open items are overdue, how many fall due by Sunday, and how many
    agreements end within the alert window without a renewal."""
    today = today or today_local()
    item = _items(ActionFilter(due=Due.OPEN, today=today), keep=("due_on", "status"))
    is_open = item.c.status.in_(OPEN_STATES)
    stmt = select(
        func.count().filter(is_open, item.c.due_on < today),
        func.count().filter(is_open, item.c.due_on >= today, item.c.due_on <= week_end(today)),
    ).select_from(item)
    with store.reading() as s:
        overdue, week = s.execute(stmt).one()
        days = read_alert_days(s)
    return DueCounts(overdue, week, count_ending(store, today, days))


def _table(source: str) -> Any:
    return m.ActionItem if source == ACTION else m.Commitment


def task_state(store: Store, key: tuple[str, int]) -> tuple[str, date | None] | None:
    table = _table(key[0])
    with store.reading() as s:
        row = s.execute(select(table.status, table.done_on).where(table.id == key[1])).first()
    return (row[0], row[1]) if row else None


def set_task_state(store: Store, key: tuple[str, int], status: str, done_on: date | None) -> None:
    """Mark an item done (with its date), open again, or as it was before (undo)."""
    table = _table(key[0])
    with store.session() as s:
        obj = s.get(table, key[1])
        if obj is None:
            raise LookupError(key)
        obj.status = status
        obj.done_on = done_on if status == TaskStatus.DONE else None
        # A new version of its minutes or agreement too (versions.CHILDREN): a form
        # holding them cannot save the item's old status over this.


def open_items_for(
    store: Store, partner_id: int | None, project_id: int | None, limit: int = 50
) -> list[ActionRow]:
    """Still-open action items and commitments with a partner or a project, due first."""
    if partner_id is None and project_id is None:
        return []
    stmt, item = _select(ActionFilter())
    same = [item.c.partner_id == partner_id] if partner_id is not None else []
    same += [item.c.project_id == project_id] if project_id is not None else []
    stmt = stmt.where(or_(*same)).order_by(_due_order(item), item.c.id).limit(limit)
    with store.reading() as s:
        return [_row(r) for r in s.execute(stmt)]


def owner_filter_choices(store: Store) -> tuple[list[Choice], list[Choice]]:
    """People and units who own at least one item."""
    item = _items()
    with store.reading() as s:
        people = [
            Choice(i, n)
            for i, n in s.execute(
                select(m.Person.id, m.Person.full_name)
                .where(m.Person.id.in_(select(item.c.owner_person_id)))
                .order_by(m.Person.full_name)
            )
        ]
        units = [
            Choice(i, n)
            for i, n in s.execute(
                select(m.Organization.id, m.Organization.name)
                .where(m.Organization.id.in_(select(item.c.owner_org_id)))
                .order_by(m.Organization.name)
            )
        ]
    return people, units
