"""What is shipped says what it is: its licence, its version, its entry points."""

import re
import tomllib
from pathlib import Path

import coordinator
from coordinator.db.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent


def test_the_licence_the_metadata_names_is_shipped() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert project["license-files"] == ["LICENSE"]


def test_the_window_has_an_entry_point_without_a_console() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"]["coordinator-window"] == project["scripts"]["coordinator"]


def test_the_version_follows_the_schema() -> None:
    """A new migration comes with a new minor version."""
    major, minor, _patch = (int(x) for x in coordinator.__version__.split("."))
    revision = int(re.match(r"\d+", head_revision() or "").group())  # type: ignore[union-attr]
    assert (major, minor) == (0, revision)
