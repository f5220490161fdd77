"""Pieces shared by the query modules: paging, sorting, text filters."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func
from sqlalchemy.orm import Session

from coordinator.domain.text import clean_text, fold


@dataclass(frozen=True)
class Sort:
    key: str
    descending: bool = False


@dataclass(frozen=True)
class Choice:
    """An id with its display name, for combo boxes and pickers."""

    id: int
    name: str


def text_filter(column: Any, text: str | None) -> Any:
    """Every folded word of ``text`` must occur in ``column`` (a folded search_text)."""
    words = fold(text or "").split()
    if not words:
        return None
    return and_(*(column.contains(w, autoescape=True) for w in words))


def apply_sort(stmt: Select[Any], columns: dict[str, Any], sort: Sort, tiebreak: Any) -> Any:
    col = columns.get(sort.key)
    if col is None:
        return stmt.order_by(tiebreak)
    return stmt.order_by(col.desc() if sort.descending else col.asc(), tiebreak)


def count_of(session: Session, stmt: Select[Any]) -> int:
    """How many rows ``stmt`` selects. Its FROM is kept: a select with no WHERE would
    otherwise become ``SELECT count(*)`` of nothing, which is 1."""
    counted = stmt.with_only_columns(func.count(), maintain_column_froms=True)
    return session.scalar(counted.order_by(None)) or 0


def blank_to_none(value: str | None) -> str | None:
    """A typed text as stored: without control characters and outer spaces; None if
    nothing is left."""
    if value is None:
        return None
    value = clean_text(value).strip()
    return value or None
