"""a room's other names ("P.2, PH2"), each of which is that room when typed as a place

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 15:00:00

Its own step rather than part of 0007: databases were made at 0007 before the column
was thought of (a cached benchmark file among them).
"""

import sqlalchemy as sa
from alembic import op

from coordinator.db import search_index

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN rebuilds nothing: the search triggers stay, and no room has other
    # names yet, so the index is already true.
    op.add_column("room", sa.Column("aliases", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("room") as batch_op:
        batch_op.drop_column("aliases")
    search_index.install(op.get_bind())  # the rebuilt table lost its search triggers
