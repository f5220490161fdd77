"""Workbooks and CSV bytes as an office makes them, for the import tests."""

import unicodedata
from pathlib import Path

import openpyxl

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def workbook(
    path: Path,
    rows: list[list[object]],
    title: str | None = None,
    sheet: str = "Đối tác",
    more_sheets: bool = False,
) -> Path:
    """``rows`` on the first sheet, below a merged title row and a blank row if ``title``."""
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
        ws.append([])
    for row in rows:
        ws.append(row)
    if more_sheets:
        book.create_sheet("Ghi chú").append(["Bảng này để trống"])
    book.save(path)
    return path


def cp1258(text: str) -> bytes:
    """Text as Windows writes it in Vietnamese (Excel's "CSV" on a Vietnamese PC): a
    letter with its tone mark apart, as cp1258 has no room for every pair."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            letter = unicodedata.normalize("NFC", "".join(c for c in marks if c not in _TONES))
            out += (letter + "".join(c for c in marks if c in _TONES)).encode("cp1258")
    return out
