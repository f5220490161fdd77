"""The window fixtures of the UI tests, for the reliability tests that click through windows."""

from tests.ui.conftest import demo_window, dialogs, make_window, settings, window

__all__ = ["demo_window", "dialogs", "make_window", "settings", "window"]
