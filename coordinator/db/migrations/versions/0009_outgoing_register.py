"""the register of outgoing documents (sổ văn bản đi): each issued minutes and report
with its number of the year and type

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 00:25:00

A table of its own, with nothing to fill: no document was numbered before it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


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


def downgrade() -> None:
    op.drop_table("outgoing_document")
