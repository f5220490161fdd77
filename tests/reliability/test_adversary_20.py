"""What an adversary's try at issue 20 found, each case as it was met: the outgoing
register, the period-true history, the weekly schedule, the documents and typed numbers."""

import math
import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.progress import status_history
from coordinator.db.store import Store
from coordinator.domain.dates import parse_number
from coordinator.domain.enums import ProjectStatus
from tests.clock import fix_today


@pytest.mark.parametrize("text", ["9" * 400, "-" + "9" * 400, "9" * 309 + ",5"])
def test_a_number_too_large_for_a_float_is_refused_not_stored_as_infinity(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, ",")


def test_minus_zero_is_read_as_zero() -> None:
    value = parse_number("-0", ",")
    assert value is not None and math.copysign(1, value) == 1


# --- the 0009 upgrade fills the history from whatever the change log holds ---------------
SCHEMAS = Path(__file__).parent.parent / "data" / "schemas"
AT = "2026-03-01 02:00:00.000000"
BROKEN_LOG = {
    "status not a text": (AT, "project", '{"status": ["planned", {"a": 1}]}'),
    "status before not a text": (AT, "project", '{"status": [[1], "active"]}'),
    "status unknown": (AT, "project", '{"status": ["planned", "bogus"]}'),
    "status of 5,000 letters": (AT, "project", '{"status": ["planned", "%s"]}' % ("x" * 5000)),
    "value a word": (AT, "indicator", '{"actual": [null, "abc"]}'),
    "value an object": (AT, "indicator", '{"actual": [null, {"x": 1}]}'),
    "value NaN": (AT, "indicator", '{"actual": [null, NaN]}'),
    "value beyond a float": (AT, "indicator", '{"actual": [null, 1e999]}'),
    "measuring day dd/mm/yyyy": (
        AT, "indicator", '{"actual": [null, 4], "measured_on": [null, "31/05/2026"]}'
    ),
    "measuring day a number": (AT, "indicator", '{"actual": [null, 4], "measured_on": [null, 5]}'),
    "logged at no time": ("garbage", "project", '{"status": ["planned", "active"]}'),
    "logged at the last minute of 9999": (
        "9999-12-31 23:59:00.000000", "project", '{"status": ["planned", "active"]}'
    ),
    "half a JSON": (AT, "project", '{"status": ["planned", "act'),
    "a list, not an object": (AT, "project", "[1, 2]"),
    "2 MB of notes": (
        AT, "project", '{"status": ["planned", "active"], "notes": [null, "%s"]}'
        % ("y" * 2_000_000)
    ),
}  # fmt: skip


@pytest.mark.parametrize("entry", BROKEN_LOG.values(), ids=list(BROKEN_LOG))
def test_a_broken_change_log_entry_does_not_stop_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: tuple[str, str, str]
) -> None:
    fix_today(monkeypatch, date(2026, 12, 7))
    path = tmp_path / "office.sqlite"
    shutil.copy(SCHEMAS / "0008.sqlite", path)
    at, entity, changes = entry
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO change_log (at, os_user, entity, entity_id, action, changes) "
            "VALUES (?, 'han', ?, 1, 'updated', ?)",
            (at, entity, changes),
        )
        conn.commit()
    store = Store.open(path)
    try:
        statuses = {s.status for s in status_history(store, 1)}
        assert statuses <= set(ProjectStatus) and statuses, statuses
        with store.reading() as s:
            values = list(s.scalars(select(m.IndicatorMeasurement.value)))
        assert values and all(math.isfinite(v) for v in values), values
    finally:
        store.close()


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE indicator SET actual = 'abc' WHERE id = 1",
        "UPDATE indicator SET measured_on = 'garbage' WHERE id = 1",
        "UPDATE project SET starts_on = 'garbage', status = 'active' WHERE id = 1",
    ],
)
def test_a_hand_edited_value_does_not_stop_the_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    fix_today(monkeypatch, date(2026, 12, 7))
    path = tmp_path / "office.sqlite"
    shutil.copy(SCHEMAS / "0008.sqlite", path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(damage)
        conn.commit()
    Store.open(path).close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)


# --- the weekly schedule's Word file with a crowded day ------------------------------------
def test_a_day_of_1200_events_is_written_to_word_with_its_day_cell_spanning_them(
    qapp: object, tmp_path: Path
) -> None:
    """python-docx's merge recursed once a row: a day of about 1,000 events ended in a
    RecursionError (a traceback from `coordinator schedule`), after minutes of lookups."""
    from docx import Document

    from coordinator.reports import schedule

    store = Store.open(tmp_path / "office.sqlite")
    try:
        week = schedule.gather(store, date(2026, 12, 1))
    finally:
        store.close()
    at = datetime(2026, 12, 1, 8)
    rows = tuple(
        schedule.ScheduleRow(at, at, False, "08h00", f"Buổi {i}", "", "", "", "", "", False, False)
        for i in range(1200)
    )
    days = tuple(replace(d, rows=rows) if d.day == date(2026, 12, 1) else d for d in week.days)
    out = tmp_path / "lich.docx"
    schedule.write_docx(replace(week, days=days), out)
    table = Document(str(out)).tables[-1]
    rows_xml = table._tbl.tr_lst  # python-docx's own cell lookup recurses on merged cells
    merged = [tr.tc_lst[0].vMerge for tr in rows_xml]
    assert merged.count("restart") == 1 and merged.count("continue") == 1199
    listed = ["".join(tr.tc_lst[2].itertext()) for tr in rows_xml]
    assert sum(1 for text in listed if text.startswith("Buổi")) == 1200
