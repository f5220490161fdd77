"""Form validation as data: each problem names its field and a code the UI words."""

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from coordinator.domain.text import clean_text

# Deliberately loose: one @, something before, a dotted domain after, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ().\-]{6,20}$")
MAX_NAME = 300
FIRST_YEAR, LAST_YEAR = 1945, 2200  # years a date of cooperation may sensibly have


class Problem(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    EMAIL = "email"
    PHONE = "phone"
    END_BEFORE_START = "end_before_start"
    DUPLICATE = "duplicate"
    FORMAT = "format"
    EMPTY_SERIES = "empty_series"
    FUTURE_DATE = "future_date"


@dataclass(frozen=True)
class FieldError:
    field: str
    problem: Problem


class ValidationError(Exception):
    """Raised by a service when its input breaks a rule; carries every problem found."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.problem}" for e in errors))
        self.errors = errors


class Checker:
    """Collects field problems; ``raise_if_any`` turns them into ``ValidationError``."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, problem: Problem) -> None:
        self.errors.append(FieldError(field, problem))

    def required(self, field: str, value: str | None, max_len: int = MAX_NAME) -> None:
        if value is None or not clean_text(value).strip():  # NULs alone are no name
            self.add(field, Problem.REQUIRED)
        elif len(value) > max_len:
            self.add(field, Problem.TOO_LONG)

    def email(self, field: str, value: str | None) -> None:
        if value and not _EMAIL.match(value.strip()):
            self.add(field, Problem.EMAIL)

    def phone(self, field: str, value: str | None) -> None:
        if value and not _PHONE.match(value.strip()):
            self.add(field, Problem.PHONE)

    def order(self, field: str, start: date | datetime | None, end: date | datetime | None) -> None:
        """``end`` must not come before ``start``; datetimes must strictly follow."""
        if start is None or end is None:
            return
        if isinstance(start, datetime) and isinstance(end, datetime):
            if end <= start:
                self.add(field, Problem.END_BEFORE_START)
        elif end < start:
            self.add(field, Problem.END_BEFORE_START)

    def plausible_date(self, field: str, value: date | None) -> None:
        """A date of an agreement or a stay, not a slip of the keyboard (year 0001, 9999)."""
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            self.add(field, Problem.FORMAT)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
