"""The paginator (reports/pages.py): rows whole across many pages, planned in few passes."""

from pathlib import Path

from PySide6.QtGui import QPdfWriter, QTextTable

from coordinator.reports import common, pages


def _long_table(rows: int) -> str:
    body = "".join(
        f"<tr><td>{n}</td><td>{'Dòng chữ dài của hàng này. ' * (1 + n % 7)}</td></tr>"
        for n in range(rows)
    )
    return (
        "<p>Bảng dài</p><table width='100%' border='1' cellspacing='0' cellpadding='3'>"
        f"<thead><tr><th>TT</th><th>Nội dung</th></tr></thead>{body}</table><p>Hết.</p>"
    )


def test_rows_of_a_long_table_never_split_and_are_planned_in_a_few_passes(
    qapp: object, tmp_path: Path, monkeypatch: object
) -> None:
    doc = common.text_document(_long_table(400))
    passes: list[int] = []
    real = pages._fix_one

    def counted(*args: object, **kwargs: object) -> bool:
        passes.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "_fix_one", counted)  # type: ignore[attr-defined]
    writer = QPdfWriter(str(tmp_path / "t.pdf"))
    count = pages.print_document(doc, writer)
    del writer
    height = doc.pageSize().height()
    (table,) = [it.table for it in pages._items(doc) if isinstance(it.table, QTextTable)]
    split = [
        row
        for row in range(1, table.rows())
        if pages._page(pages._row_span(doc, table, row)[0], height)
        != pages._page(pages._row_span(doc, table, row)[1] - 0.5, height)
    ]
    assert count > 10 and split == []
    # Each row moved used to cost a whole new layout; now a table is planned at once.
    assert len(passes) < 10, len(passes)
