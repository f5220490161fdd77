"""The register of outgoing documents (sổ văn bản đi): what a number says and which
record it belongs to.

A minutes (biên bản, ``BB``) or a report (báo cáo, ``BC``) takes the next number of
its year and type when it is issued; re-issuing the same record keeps it. A record
is named by a key: ``minutes:<event id>`` for an event's minutes, and
``report:<scope kind>:<scope id or ->:<first day>:<last day>`` for a report.
"""

from datetime import date
from enum import StrEnum


class DocumentType(StrEnum):
    """The type's abbreviation on the Số line (Nghị định 30, Phụ lục III)."""

    MINUTES = "BB"
    REPORT = "BC"


def number_text(number: int, type_code: str, abbreviation: str = "") -> str:
    """``07/BB-SKHCN``: the number zero-padded below 10, the type's abbreviation, then
    the issuing body's (left out when the body has none set: ``07/BB``)."""
    text = f"{number:02d}/{type_code}"
    return f"{text}-{abbreviation}" if abbreviation else text


def minutes_key(event_id: int) -> str:
    return f"minutes:{event_id}"


def report_key(scope_kind: str, scope_id: int | None, first: date, last: date) -> str:
    """One key per scope and period: the same report made again is the same record."""
    scope = "-" if scope_id is None else str(scope_id)
    return f"report:{scope_kind}:{scope}:{first.isoformat()}:{last.isoformat()}"
