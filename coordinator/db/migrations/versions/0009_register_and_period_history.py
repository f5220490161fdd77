"""the register of outgoing documents (sổ văn bản đi); project status changes and
indicator measurements, with their dates

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 09:00:00

The register is a table of its own, with nothing to fill: no document was numbered
before it.

A report for a past period reads a project's status and an indicator's value as they
stood at the period's end, so both are kept with their dates. The history is filled
from what the file already tells:

- a project's status: the status it was created with and each status change the
  change log holds, each at its logged day (local time). The first of them is dated no
  later than the day the project's own dates give it (its start for "in progress", its
  end for "completed"), since a finished project is usually typed in after the fact.
  A project the log says nothing about gets one row from its status now: at its start
  when in progress, at its end when completed, and on the day of the migration
  otherwise (or when that date is missing).
- an indicator's value: each logged value, at its logged measuring day (or the day it
  was logged), and its value now at its measuring day (the migration's day when it has
  none); one a day, the later one kept.
"""

import json
import math
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from coordinator.domain.timezone import now_local, to_local, to_utc

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ACTIVE, _COMPLETED = "active", "completed"
# The statuses a project had at 0008; a logged value that is none of them (a file edited
# by hand, a log written by a broken copy) is not history and is passed over.
_STATUSES = frozenset({"proposed", "planned", "active", "on_hold", "completed", "cancelled"})


def upgrade() -> None:
    op.create_table(
        "outgoing_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("type_code", sa.String(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("file_path", sa.Text(), nullable=True),
        sa.Column("record_key", sa.String(length=200), nullable=False),
        sa.Column("proposals", sa.Text(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("os_user", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_document")),
        sa.UniqueConstraint("type_code", "record_key", name="uq_outgoing_document_record"),
        sa.UniqueConstraint("year", "type_code", "number", name="uq_outgoing_document_number"),
    )

    op.create_table(
        "project_status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_project_status_change_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_status_change")),
    )
    op.create_index(
        "ix_project_status_change_on",
        "project_status_change",
        ["project_id", "changed_on"],
        unique=False,
    )
    op.create_table(
        "indicator_measurement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_measurement")),
        sa.UniqueConstraint(
            "indicator_id", "measured_on", name=op.f("uq_indicator_measurement_indicator_id")
        ),
    )
    _fill(op.get_bind())


def downgrade() -> None:
    op.drop_table("outgoing_document")
    op.drop_table("indicator_measurement")
    op.drop_index("ix_project_status_change_on", table_name="project_status_change")
    op.drop_table("project_status_change")


# --- filling from the change log ------------------------------------------------------
_changes_t = sa.table(
    "project_status_change",
    sa.column("project_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("changed_on", sa.Date),
    sa.column("recorded_at", sa.DateTime),
)
_measures_t = sa.table(
    "indicator_measurement",
    sa.column("indicator_id", sa.Integer),
    sa.column("value", sa.Float),
    sa.column("measured_on", sa.Date),
)


def _day(value: Any) -> date | None:
    """A stored day, or None when it is missing or is not a day (a hand-edited file)."""
    if not isinstance(value, str | date):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _stamp(value: Any) -> datetime | None:
    """A logged moment that local time can be told of, or None (the entry is skipped)."""
    try:
        stamp = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        to_local(stamp)  # 31/12/9999 23:00 UTC is past the last day local time can name
    except (ValueError, OverflowError):
        return None
    return stamp


def _known(status: Any) -> bool:
    return isinstance(status, str) and status in _STATUSES


def _value(value: Any) -> float | None:
    """A logged or stored measurement, or None when it is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _log(conn: sa.Connection, entity: str, field: str) -> dict[int, list[tuple[Any, ...]]]:
    """Each record's logged entries that touch ``field`` (and its creations and purges,
    which end an earlier record of the same id), oldest first."""
    out: dict[int, list[tuple[Any, ...]]] = {}
    rows = conn.execute(
        sa.text(
            "SELECT entity_id, at, action, changes FROM change_log "
            "WHERE entity = :entity ORDER BY at, id"
        ),
        {"entity": entity},
    )
    for entity_id, at, action, text in rows:
        try:
            changes = json.loads(text) if text else {}
        except ValueError:
            continue
        if not isinstance(changes, dict):
            continue
        if field in changes or action in ("created", "purged"):
            stamp = _stamp(at)
            if stamp is not None:
                out.setdefault(entity_id, []).append((stamp, action, changes))
    return out


def _sensible(status: str, starts_on: date | None, ends_on: date | None) -> date | None:
    if status == _ACTIVE:
        return starts_on
    if status == _COMPLETED:
        return ends_on
    return None


def project_history(
    status: str,
    starts_on: date | None,
    ends_on: date | None,
    entries: list[tuple[Any, ...]],
    today: date,
    now: datetime,
) -> list[tuple[str, date, datetime]]:
    """(status, from day, recorded at) of one project, oldest first."""
    rows: list[tuple[str, date, datetime]] = []
    for at, action, changes in entries:
        if action in ("created", "purged"):
            rows = []  # an id used again: what came before was another project
        pair = changes.get("status")
        if not isinstance(pair, list) or len(pair) != 2 or not _known(pair[1]):
            continue
        old, new = pair
        old = old if _known(old) else None
        day = to_local(at).date()
        if not rows and old is not None:  # its creation was not logged
            rows.append((old, min(day, _sensible(old, starts_on, ends_on) or day), at))
        on = day if rows else min(day, _sensible(new, starts_on, ends_on) or day)
        rows.append((new, on, at))
    if rows and rows[-1][0] != status:  # the log stops short of today's status
        rows.append((status, today, now))
    if not rows:
        rows.append((status, _sensible(status, starts_on, ends_on) or today, now))
    return rows


def indicator_history(
    actual: float | None, measured_on: date | None, entries: list[tuple[Any, ...]], today: date
) -> dict[date, float]:
    """Value by measuring day of one indicator."""
    out: dict[date, float] = {}
    for at, action, changes in entries:
        if action in ("created", "purged"):
            out = {}
        pair = changes.get("actual")
        if not isinstance(pair, list) or len(pair) != 2 or _value(pair[1]) is None:
            continue
        measured = changes.get("measured_on")
        on = _day(measured[1]) if isinstance(measured, list) and len(measured) == 2 else None
        out[on or to_local(at).date()] = float(pair[1])
    now = _value(actual)
    if now is not None:
        out[measured_on or today] = now
    return out


def _fill(conn: sa.Connection) -> None:
    local_now = now_local()
    today = local_now.date()
    now = to_utc(local_now)  # the stored form of a timestamp: naive UTC
    logged = _log(conn, "project", "status")
    changes: list[dict[str, Any]] = []
    for pid, status, starts, ends in conn.execute(
        sa.text("SELECT id, status, starts_on, ends_on FROM project ORDER BY id")
    ):
        for st, on, at in project_history(
            status, _day(starts), _day(ends), logged.get(pid, []), today, now
        ):
            changes.append({"project_id": pid, "status": st, "changed_on": on, "recorded_at": at})
    if changes:
        op.bulk_insert(_changes_t, changes)
    logged = _log(conn, "indicator", "actual")
    measures: list[dict[str, Any]] = []
    for iid, actual, measured in conn.execute(
        sa.text("SELECT id, actual, measured_on FROM indicator ORDER BY id")
    ):
        history = indicator_history(actual, _day(measured), logged.get(iid, []), today)
        for on, value in sorted(history.items()):
            measures.append({"indicator_id": iid, "value": value, "measured_on": on})
    if measures:
        op.bulk_insert(_measures_t, measures)
