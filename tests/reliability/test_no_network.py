"""The app opens no network connection: nothing in it can, and an import does not try."""

import ast
import socket
from pathlib import Path

import pytest

from coordinator.db.store import Store
from coordinator.ical import import_bytes

ROOT = Path(__file__).resolve().parents[2] / "coordinator"
NETWORK_MODULES = ("socket", "urllib", "http", "requests", "ftplib", "smtplib", "QtNetwork")


def test_no_module_of_the_app_imports_a_network_library() -> None:
    found = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            found += [
                (path.name, n)
                for n in names
                if any(part in NETWORK_MODULES for part in n.split("."))
            ]
    assert found == []


def test_an_import_with_links_and_remote_attachments_fetches_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network use is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:net@x\r\n"
        b'SUMMARY:<img src="http://example.com/a.png">\r\n'
        b"DTSTART:20261201T020000Z\r\nDTEND:20261201T030000Z\r\n"
        b"URL:http://example.com/event\r\nATTACH:https://example.com/agenda.pdf\r\n"
        b"ORGANIZER;CN=An:mailto:an@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = import_bytes(store, ics)
    assert report.added == 1 and attempts == []
