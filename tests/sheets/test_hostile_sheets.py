"""No generated sheet crashes the reader or the planner: a file is read, or refused
with a SheetError; every row is planned, with its problems named."""

import contextlib
import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from coordinator.db.store import Store
from coordinator.sheets.fields import ListKind
from coordinator.sheets.importing import apply_plan, plan_import
from coordinator.sheets.reading import SheetError, read_grid

HEADERS = ["Họ và tên", "Tên đơn vị", "Điện thoại", "Email", "Ngày đến", "Ngày đi", "Dự án",
           "Loại hình", "Vai trò", "Nội bộ", "Quốc gia"]  # fmt: skip

cells = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(
        [
            "Sở TT&TT",
            "so tt&tt",
            "0274 3822 123",
            "a@b.vn",
            "@",
            "31/02/2013",
            "01/01/0001",
            "31/12/9999",
            "2013-04-01",
            "x",
            "Có",
            "tình nguyện viên",
            "=1+1",
            "\x00\x07",
            "Việt Nam",
            "USA",
        ]
    ),  # fmt: skip
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1)),
)
sheets = st.lists(st.lists(cells, max_size=len(HEADERS) + 2), max_size=12)


def _xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADERS)
    for row in rows:
        ws.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                for v in row
                if not (isinstance(v, float) and v != v)  # openpyxl writes no NaN
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv(rows: list[list[object]], encoding: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return out.getvalue().encode(encoding, errors="replace")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=sheets, kind=st.sampled_from(list(ListKind)), form=st.sampled_from(["xlsx", "csv"]))
def test_no_generated_sheet_crashes_the_reader(
    store: Store, tmp_path: Path, rows: list[list[object]], kind: ListKind, form: str
) -> None:
    path = tmp_path / f"list.{form}"
    try:
        data = _xlsx(rows) if form == "xlsx" else _csv(rows, "utf-8")
    except (ValueError, TypeError, OverflowError):
        return  # a value openpyxl itself cannot write
    path.write_bytes(data)
    try:
        grid = read_grid(path)
    except SheetError:
        return
    plan = plan_import(store, grid, kind)
    assert [r.row for r in plan.rows] == [n for n, _ in grid.rows if n > plan.header_row]
    for row in plan.rows:
        assert row.bad == bool(row.problems)
        assert all(p.row == row.row for p in row.problems)
    plan.skip_bad()
    apply_plan(store, plan)  # what is left is written, or a clear error is raised


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=600))
def test_no_bytes_crash_the_reader(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("raw") / "x.csv"
    path.write_bytes(data)
    with contextlib.suppress(SheetError):
        read_grid(path)
