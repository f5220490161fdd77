"""Fixtures shared by every level: a fresh database file per test."""

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator.db import demo
from coordinator.db.store import Store
from tests.clock import fix_today


@pytest.fixture(autouse=True, scope="session")
def _log_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The command line writes the user's log file (coordinator/logs.py); the tests'
    runs write theirs here, not into the account running the tests."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
        yield


@pytest.fixture(autouse=True, scope="session")
def _the_tests_application(qapp: object) -> object:
    """pytest-qt's QApplication, made before any test runs: a document written in a test
    would otherwise make a QGuiApplication (reports.common.offscreen_app) that every
    later widget test then cannot use, depending on the order the tests run in."""
    return qapp


@pytest.fixture(autouse=True)
def _crash_hooks_restored() -> Iterator[None]:
    """A test that installs the window's crash hooks (app.install_crash_hook) must not
    leave them to a later one: a thread's error would open a modal dialog there."""
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


@pytest.fixture(autouse=True)
def _no_saved_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line takes the window's saved language when --lang is not given;
    the tests' user settings must not choose it for them."""
    monkeypatch.setattr("coordinator.cli.saved_language", lambda: None)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "test.sqlite")
    yield s
    s.close()


@pytest.fixture
def demo_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The demo, loaded on ALERT_DAY with the clock standing there (a test may move it):
    its current cycle lies around that day."""
    fix_today(monkeypatch)
    s = Store.open(tmp_path / "demo.sqlite")
    demo.load(s)
    yield s
    s.close()
