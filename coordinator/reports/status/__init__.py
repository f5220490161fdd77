"""Status summaries (báo cáo tình hình): gather once, write as PDF, Word or Excel."""

from collections.abc import Callable
from pathlib import Path

from coordinator.db.store import Store
from coordinator.reports.status.data import (
    Progress,
    ReportRequest,
    StatusReport,
    gather,
)

SUFFIXES = (".pdf", ".docx", ".xlsx")
GATHER_SHARE = 20  # of 100 progress steps; writing takes the rest


def _writer(suffix: str) -> Callable[[StatusReport, Path, Progress | None], object]:
    from coordinator.reports.status import office, paper

    writers: dict[str, Callable[[StatusReport, Path, Progress | None], object]] = {
        ".pdf": paper.write_pdf,
        ".docx": office.write_docx,
        ".xlsx": office.write_xlsx,
    }
    return writers[suffix]


def _part(progress: Progress | None, start: int, share: int) -> Progress | None:
    """Progress of one stage, reported as its share of the whole (0..100)."""
    if progress is None:
        return None

    def report(done: int, total: int) -> bool:
        return progress(start + share * done // max(total, 1), 100)

    return report


def write_report(
    store: Store, request: ReportRequest, path: Path, progress: Progress | None = None
) -> StatusReport:
    """Gather and write the report to ``path``; its suffix chooses the format.

    Needs a QGuiApplication (fonts, charts). Raises ValueError for another suffix,
    ReportCancelledError when progress says stop (no file is left behind).
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(suffix)
    report = gather(store, request, _part(progress, 0, GATHER_SHARE))
    _writer(suffix)(report, path, _part(progress, GATHER_SHARE, 100 - GATHER_SHARE))
    if progress is not None:
        progress(100, 100)
    return report


def write_in_own_process(
    db: Path, language: str, request: ReportRequest, path: Path, progress: Progress
) -> None:
    """``write_report`` in a process of its own (see ui.common.operation, in_process):
    laying out a long document holds Python's lock for seconds, which a thread beside
    the window would turn into a frozen window."""
    from coordinator.reports.common import offscreen_qt

    offscreen_qt(language)
    store = Store.reader(db)
    try:
        write_report(store, request, path, progress)
    finally:
        store.close()
