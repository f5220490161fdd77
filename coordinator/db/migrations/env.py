"""Alembic environment: run only from coordinator.db.migrate with a live connection."""

from alembic import context
from sqlalchemy import create_engine

from coordinator.db.models import Base

config = context.config
target_metadata = Base.metadata


def _include(obj: object, name: str | None, type_: str, reflected: bool, _to: object) -> bool:
    """Leave the FTS5 search index (made by db/search_index.py) out of autogenerate."""
    return not (type_ == "table" and reflected and (name or "").startswith("search_fts"))


def _configure(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=_include,
        on_version_apply=config.attributes.get("on_version_apply"),
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        # A caller that began a transaction commits it (db/migrate.py, after its checks).
        owned = not connection.in_transaction()
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        if owned:
            connection.commit()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
