"""Control characters: removed wherever text enters, and harmless in any file written.

A NUL in a title used to import, save and then make every later Excel report fail
(openpyxl's IllegalCharacterError; Word's XML refuses it too). Text now loses its
control characters other than tab and newline on the way in (forms, the .ics
import, spreadsheets, anything flushed to the store), and the Office writers clean
what an older version left in a database.
"""

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from coordinator.db import models as m
from coordinator.db.queries.events import EventInput, save_event
from coordinator.db.queries.partners import PartnerInput, save_partner
from coordinator.db.store import Store
from coordinator.domain.enums import EventKind, OrgKind
from coordinator.domain.text import clean_text
from coordinator.domain.validation import Problem, ValidationError
from coordinator.sheets.reading import read_grid
from tests.clock import fix_today

CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x9F])


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_today(monkeypatch, date(2026, 6, 15))


# --- the one cleaning function ------------------------------------------------------


@given(st.text())
def test_cleaning_leaves_no_control_character_but_tab_and_newline(value: str) -> None:
    cleaned = clean_text(value)
    assert clean_text(cleaned) == cleaned
    assert all(ch in "\t\n" or ch.isprintable() or not _is_control(ch) for ch in cleaned)


def _is_control(ch: str) -> bool:
    return ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\ufffe\uffff"


def test_cleaning_keeps_vietnamese_lines_and_tabs_and_joins_other_line_ends() -> None:
    assert clean_text("Đại học\tThủ Dầu Một\nBình Dương") == "Đại học\tThủ Dầu Một\nBình Dương"
    assert clean_text(f"Họp{CONTROLS} tổ") == "Họp tổ"
    assert clean_text("một\r\nhai\rba\x0bbốn\x0cnăm") == "một\nhai\nba\nbốn\nnăm"
    assert clean_text("\u202eđảo chiều\u200b") == "\u202eđảo chiều\u200b"  # not controls


# --- on the way in ------------------------------------------------------------------


def test_a_form_saves_text_without_its_control_characters(store: Store) -> None:
    pid = save_partner(
        store,
        PartnerInput(
            name=f"Công ty{CONTROLS} Sao Việt ", kind=OrgKind.ENTERPRISE, notes="ghi\x00chú\nhai"
        ),
    )
    eid = save_event(
        store,
        EventInput(
            kind=EventKind.MEETING,
            title="\x00 Họp giao ban\x07",
            starts=datetime(2026, 6, 16, 8),
            ends=datetime(2026, 6, 16, 9),
            location="\x1b[31mPhòng họp số 2",
        ),
    )
    with store.session() as s:
        partner = s.get(m.Organization, pid)
        event = s.get(m.Event, eid)
        assert partner is not None and event is not None
        assert (partner.name, partner.notes) == ("Công ty Sao Việt", "ghichú\nhai")
        assert (event.title, event.location) == ("Họp giao ban", "[31mPhòng họp số 2")
        assert "\x00" not in (event.search_text or "")


def test_a_field_of_control_characters_alone_is_refused_as_empty(store: Store) -> None:
    with pytest.raises(ValidationError) as failure:
        save_partner(store, PartnerInput(name="\x00\x01\x02", kind=OrgKind.ENTERPRISE))
    assert [(e.field, e.problem) for e in failure.value.errors] == [("name", Problem.REQUIRED)]


def test_any_writer_through_a_session_stores_clean_text(store: Store) -> None:
    """The demo, the CLI and the importers write models directly: the flush cleans."""
    with store.session() as s:
        s.add(m.Organization(name="Hội\x00 Doanh nhân", kind="association", notes="\x07"))
    with store.session() as s:
        org = s.scalar(select(m.Organization))
        assert org is not None and (org.name, org.notes) == ("Hội Doanh nhân", "")
        org.notes = "sửa\x00 lại"
    with store.session() as s:
        assert s.scalar(select(m.Organization.notes)) == "sửa lại"


def test_a_spreadsheet_brings_its_cells_without_control_characters(tmp_path: Path) -> None:
    long = "Hợp tác đào tạo nguồn nhân lực " * 200  # a NUL in the first 4 KB means binary
    csv = tmp_path / "doi-tac.csv"
    csv.write_bytes(
        "Tên,Ghi chú\r\n"
        '"Công ty\x01 Sao\x07 Việt","dòng một\r\ndòng\x1b hai"\r\n'
        f"Trường Đại học,{long}\r\n"
        "Sở\x00 Ngoại vụ,\x00\r\n"
        "\x01\x02,\x7f\r\n".encode()
    )
    grid = read_grid(csv)
    assert [cells for _n, cells in grid.rows] == [
        ["Tên", "Ghi chú"],
        ["Công ty Sao Việt", "dòng một\ndòng hai"],
        ["Trường Đại học", long.strip()],
        ["Sở Ngoại vụ"],
    ]
