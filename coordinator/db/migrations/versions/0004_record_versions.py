"""a version number on the records forms edit, against silent overwrites

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ("organization", "project", "event", "minutes")


def upgrade() -> None:
    for table in TABLES:  # ADD COLUMN with a constant default: no table rebuild
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
