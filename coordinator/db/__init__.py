"""The store: SQLAlchemy models, migrations, and the services the UI calls."""
