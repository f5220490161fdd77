"""what a coordinator enters by hand: agreements, programmes, people, stays and rooms

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 13:00:00

Agreements get a number, the agreement they renew, a version and search text;
programmes, people and stays can be deleted to the trash and carry a version; a
person may hold several roles; rooms are a list of their own, and an event may be
held in one of them. Agreements, programmes and rooms join the search index.
"""

import sqlalchemy as sa
from alembic import op

from coordinator.db import search_index
from coordinator.domain.text import search_key

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _version() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def upgrade() -> None:
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("host_unit_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        _version(),
        sa.ForeignKeyConstraint(
            ["host_unit_id"],
            ["organization.id"],
            name=op.f("fk_room_host_unit_id_organization"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
    )
    op.create_index(op.f("ix_room_host_unit_id"), "room", ["host_unit_id"])

    with op.batch_alter_table("agreement") as batch_op:
        batch_op.add_column(sa.Column("number", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("renews_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(_version())
        batch_op.create_index(batch_op.f("ix_agreement_renews_id"), ["renews_id"])
        batch_op.create_index(batch_op.f("ix_agreement_ends_on"), ["ends_on"])
        batch_op.create_foreign_key(
            batch_op.f("fk_agreement_renews_id_agreement"),
            "agreement",
            ["renews_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("programme") as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch_op.add_column(_version())
    with op.batch_alter_table("person") as batch_op:
        batch_op.alter_column(
            "role", existing_type=sa.String(length=20), type_=sa.String(length=60)
        )
        batch_op.add_column(_version())
    with op.batch_alter_table("assignment") as batch_op:
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
        batch_op.add_column(_version())
    with op.batch_alter_table("event") as batch_op:
        batch_op.add_column(sa.Column("room_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_event_room_id"), ["room_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_event_room_id_room"), "room", ["room_id"], ["id"], ondelete="SET NULL"
        )

    # Fold the text of the rows that existed before; the batch steps rebuilt tables
    # and dropped their triggers, so the index is built again over everything.
    conn = op.get_bind()
    for table, columns in (
        ("agreement", ("title", "number", "fields")),
        ("programme", ("name", "domain")),
    ):
        rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).all()
        for row in rows:
            conn.execute(
                sa.text(f"UPDATE {table} SET search_text = :t WHERE id = :id"),
                {"t": search_key(*row[1:]), "id": row[0]},
            )
    search_index.install(conn)


def downgrade() -> None:
    with op.batch_alter_table("event") as batch_op:
        batch_op.drop_constraint("fk_event_room_id_room", type_="foreignkey")
        batch_op.drop_index("ix_event_room_id")
        batch_op.drop_column("room_id")
    with op.batch_alter_table("assignment") as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("deleted_at")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("version")
        batch_op.alter_column(
            "role", existing_type=sa.String(length=60), type_=sa.String(length=20)
        )
    with op.batch_alter_table("programme") as batch_op:
        batch_op.drop_column("version")
        batch_op.drop_column("deleted_at")
        batch_op.drop_column("search_text")
    with op.batch_alter_table("agreement") as batch_op:
        batch_op.drop_constraint("fk_agreement_renews_id_agreement", type_="foreignkey")
        batch_op.drop_index("ix_agreement_ends_on")
        batch_op.drop_index("ix_agreement_renews_id")
        batch_op.drop_column("version")
        batch_op.drop_column("search_text")
        batch_op.drop_column("renews_id")
        batch_op.drop_column("number")
    op.drop_index("ix_room_host_unit_id", "room")
    op.drop_table("room")
    op.execute("DROP TABLE IF EXISTS search_fts")
    search_index.install(op.get_bind())
