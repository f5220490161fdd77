"""an index on how long each occurrence lasts, so range queries are bounded

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 16:00:00

A calendar range asks for occurrences that start before its end and end after its
start. The span index can only bound the first: a month of 2026 read every
occurrence since 2017. With the longest occurrence known (this index gives it in
one step) the start is bounded on both sides.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX IF NOT EXISTS ix_event_occurrence_length "
        "ON event_occurrence ((julianday(ends_at) - julianday(starts_at)))"
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_event_occurrence_length")
