"""Date and time editors that show dd/mm/yyyy and may be left empty."""

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A calendar-popup date field whose lowest value stands for "no date"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText("—")
        self.set_value(None)

    def value(self) -> date | None:
        d = self.date()
        return None if d == EMPTY else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(EMPTY if value is None else QDate(value.year, value.month, value.day))


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DateTimeEdit(QDateTimeEdit):
    """Wall-clock time in Asia/Ho_Chi_Minh, shown dd/mm/yyyy HH:mm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.setCalendarPopup(True)

    def value(self) -> datetime:
        return from_qdatetime(self.dateTime())

    def set_value(self, value: datetime) -> None:
        self.setDateTime(to_qdatetime(value))
