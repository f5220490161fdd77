"""indexes that let the follow-up list and its count read open items from an index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 17:30:00

The follow-up list shows the open action items among ten years of them, in due
order. Each had to be looked up in its table, its minutes and its event (to leave
out deleted events). With status, due date and minutes in one index, and the few
deleted events in a partial index of their own, the list and its count read
neither table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_action_item_open", "action_item", ["status", "due_on", "minutes_id"])
    op.create_index(
        "ix_event_deleted",
        "event",
        ["deleted_at"],
        sqlite_where=sa.text("deleted_at IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_event_deleted", "event")
    op.drop_index("ix_action_item_open", "action_item")
