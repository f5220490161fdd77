"""Where the app keeps its files by default."""

from pathlib import Path

import platformdirs

APP_NAME = "Coordinator"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "coordinator.sqlite"


def log_path() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "coordinator.log"
