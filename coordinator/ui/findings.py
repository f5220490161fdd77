"""The scheduling findings in words live in ``coordinator.text.findings`` (the command
line prints them too); the widgets take them from here or there alike."""

from coordinator.text.findings import Names as Names
from coordinator.text.findings import conflict_text as conflict_text
from coordinator.text.findings import warning_text as warning_text
