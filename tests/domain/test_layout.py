from datetime import datetime

from coordinator.domain.layout import Placed, place_side_by_side


def at(h: int, m: int = 0) -> datetime:
    return datetime(2026, 4, 6, h, m)


def test_overlapping_events_share_the_width() -> None:
    placed = place_side_by_side([(at(9), at(11)), (at(10), at(12)), (at(14), at(15))])
    assert placed == [Placed(0, 0, 2), Placed(1, 1, 2), Placed(2, 0, 1)]


def test_touching_events_do_not_overlap() -> None:
    placed = place_side_by_side([(at(9), at(10)), (at(10), at(11))])
    assert [(p.column, p.columns) for p in placed] == [(0, 1), (0, 1)]


def test_a_freed_column_is_reused_within_a_cluster() -> None:
    spans = [(at(9), at(12)), (at(9), at(10)), (at(10), at(11)), (at(9, 30), at(10, 30))]
    placed = place_side_by_side(spans)
    assert [p.column for p in placed] == [0, 1, 1, 2]
    assert {p.columns for p in placed} == {3}
