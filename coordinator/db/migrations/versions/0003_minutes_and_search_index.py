"""minutes: secretary, uninvited attendees; the global search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 09:10:00
"""

import sqlalchemy as sa
from alembic import op

from coordinator.db import search_index
from coordinator.domain.text import search_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invited", sa.Boolean(), server_default="1", nullable=False))
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("secretary_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_minutes_secretary_id"), ["secretary_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_minutes_secretary_id_person"),
            "person",
            ["secretary_id"],
            ["id"],
            ondelete="SET NULL",
        )
    for table in ("decision", "action_item", "commitment"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("search_text", sa.Text(), server_default="", nullable=False)
            )

    # Fold the text of the rows that existed before, then build the index over all.
    conn = op.get_bind()
    for table, columns in (
        ("minutes", ("place", "summary")),
        ("decision", ("text",)),
        ("action_item", ("text",)),
        ("commitment", ("text",)),
    ):
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
        for row in rows:
            conn.execute(
                sa.text(f"UPDATE {table} SET search_text = :t WHERE id = :id"),
                {"t": search_key(*row[1:]), "id": row[0]},
            )
    search_index.install(conn)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    for table in ("decision", "action_item", "commitment"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("search_text")
    with op.batch_alter_table("minutes", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_minutes_secretary_id_person"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_minutes_secretary_id"))
        batch_op.drop_column("search_text")
        batch_op.drop_column("secretary_id")
    with op.batch_alter_table("event_participant", schema=None) as batch_op:
        batch_op.drop_column("invited")
