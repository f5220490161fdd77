"""“Export list…”: the list a tab or dialog shows, with its filter and sort, to .xlsx or .csv.

Each list says what it is and how to read all of its rows; this asks where to save
(the name suggested from the list and the day), reads and writes off the window's
thread with progress and Stop, and tells how it went in one sentence.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator.domain.timezone import now_local, today_local
from coordinator.sheets.export import (
    Cell,
    ExportCancelledError,
    ListSheet,
    SheetFormat,
    export_list,
    paged,
    suggested_name,
)
from coordinator.text import labels
from coordinator.text.errors import write_error_text
from coordinator.ui.common.lazy_model import Column
from coordinator.ui.common.operation import Operation

Row = TypeVar("Row")


def action_text() -> str:
    return QCoreApplication.translate("ListExport", "E&xport list…")


def described(name: str, filters: Iterable[str]) -> str:
    """The title of an exported list: its name, then the filters that narrow it."""
    shown = [f for f in filters if f]
    if not shown:
        return name
    return labels.arg(
        QCoreApplication.translate("ListExport", "%1 — filter: %2"), name, "; ".join(shown)
    )


def quoted(text: str) -> str:
    """Words typed in a filter box, as the title quotes them."""
    text = text.strip()
    return f"“{text}”" if text else ""


def cells(columns: Sequence[Column[Row]], rows: Iterable[Row]) -> Iterator[list[Cell]]:
    """Each row as the columns export it (real dates and numbers where they have them)."""
    for row in rows:
        yield [c.export_value(row) for c in columns]


def paged_cells(
    columns: Sequence[Column[Row]], fetch: Callable[[int, int], Sequence[Row]]
) -> Callable[[], Iterator[list[Cell]]]:
    """Every row of a paged query, as cells: read when the export runs."""
    return lambda: cells(columns, paged(fetch))


def ask_path(parent: QWidget | None, name: str) -> Path | None:
    """The save dialog: .xlsx or .csv, a name suggested from the list and today."""
    xlsx = QCoreApplication.translate("ListExport", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("ListExport", "CSV, UTF-8 (*.csv)")
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ListExport", "Export list"),
        str(Path.home() / suggested_name(name, today_local(), SheetFormat.XLSX)),
        f"{xlsx};;{csv}",
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_name(path.name + (".csv" if chosen_filter == csv else ".xlsx"))
    return path


def export_rows(
    parent: QWidget | None,
    name: str,
    title: str,
    headers: Sequence[str],
    count: Callable[[], int] | None,
    rows: Callable[[], Iterable[Sequence[Cell]]],
    said: Callable[[str], object],
) -> Operation[int] | None:
    """Ask where, then write the list in the background and pass the sentence for the
    status bar to ``said`` (None when the user chose no file). ``count`` and ``rows``
    are called off the window's thread; a refused write is said in a message box and
    leaves no file."""
    path = ask_path(parent, name)
    if path is None:
        return None
    taken = now_local()
    heads = list(headers)

    def work(progress: Any) -> int:
        total = count() if count is not None else None
        return export_list(path, ListSheet(title, taken, heads, rows(), total), progress)

    def written(count: int) -> None:
        said(
            labels.arg(
                QCoreApplication.translate("ListExport", "%1 rows exported to %2"),
                labels.fmt_count(count),
                str(path),
            )
        )

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ExportCancelledError):
            said(QCoreApplication.translate("ListExport", "Export stopped; nothing was written."))
            return
        if not isinstance(exc, OSError):
            raise exc
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ListExport", "Export list"),
            write_error_text(path, exc),
        )

    return (
        Operation(parent, work)
        .with_progress(
            labels.arg(QCoreApplication.translate("ListExport", "Exporting “%1”…"), name),
            QCoreApplication.translate("ListExport", "Stop"),
        )
        .success(written)
        .failure(refused)
        .run()
    )


def export_model_list(
    parent: QWidget | None,
    name: str,
    title: str,
    columns: Sequence[Column[Row]],
    count: Callable[[], int],
    fetch: Callable[[int, int], Sequence[Row]],
    said: Callable[[str], object],
) -> Operation[int] | None:
    """``export_rows`` for a lazy list: every row read again page by page, as filtered
    and sorted now (``fetch(offset, limit)`` holds the filter and sort of the moment)."""
    return export_rows(
        parent,
        name,
        title,
        [c.title() for c in columns],
        count,
        paged_cells(columns, fetch),
        said,
    )
