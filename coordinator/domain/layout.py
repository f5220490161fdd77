"""Placing overlapping events side by side, as a week view's time grid shows them."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Placed:
    index: int  # position of the item in the input sequence
    column: int
    columns: int  # columns in the item's overlap cluster


def place_side_by_side(spans: Sequence[tuple[datetime, datetime]]) -> list[Placed]:
    """Give each interval a column so that no two overlapping intervals share one.

    Intervals that only touch (one ends when the next starts) do not overlap.
    Every interval in a cluster of mutually reachable overlaps gets the cluster's
    column count, so their widths match.
    """
    # Longer events first at equal starts, so they take the left-most columns.
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][0] - spans[i][1]))
    result: dict[int, tuple[int, int]] = {}
    cluster: list[int] = []
    column_ends: list[datetime] = []
    cluster_end: datetime | None = None

    def close_cluster() -> None:
        for i in cluster:
            result[i] = (result[i][0], len(column_ends))

    for i in order:
        start, end = spans[i]
        if cluster_end is not None and start >= cluster_end:
            close_cluster()
            cluster, column_ends, cluster_end = [], [], None
        for col, col_end in enumerate(column_ends):
            if col_end <= start:
                column_ends[col] = end
                break
        else:
            col = len(column_ends)
            column_ends.append(end)
        result[i] = (col, 0)
        cluster.append(i)
        cluster_end = end if cluster_end is None else max(cluster_end, end)
    close_cluster()
    return [Placed(i, *result[i]) for i in range(len(spans))]
