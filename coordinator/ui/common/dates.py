"""Date and time editors that show dd/mm/yyyy; a date field may be left empty.

A date field is a line to type in ("15/05/2026", "5/5/26", "15052026") with a
calendar beside it (the button, or Alt+Down/F4). Empty shows empty. Text that is
not a date stays as typed, framed in red, and says why (``problem``); a form asks
``refuse_bad_dates`` before saving, so such a date is never dropped or replaced
without a word. Enter in the field settles it (tidied to dd/mm/yyyy) and goes no
further: it never presses the form's default button or closes a table's dialog.
"""

from datetime import date, datetime, time

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.dates import FIRST_YEAR, LAST_YEAR, DateError, parse_date, parse_time
from coordinator.domain.timezone import today_local
from coordinator.text.dates import date_problem
from coordinator.ui.common.views import error_line

Day = date  # for the annotations below the field's QDateEdit-like date()
RED_FRAME = "QLineEdit { border: 1px solid #b00020; }"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CalendarPopup(QFrame):
    """The month to pick a day from, under its field."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)

    def open_at(self, day: date, below: QWidget) -> None:
        self.calendar.setSelectedDate(_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        where = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        x = min(where.x(), screen.right() - self.width())
        y = where.y()
        if y + self.height() > screen.bottom():
            y = below.mapToGlobal(QPoint(0, 0)).y() - self.height()
        self.move(max(screen.left(), x), max(screen.top(), y))
        self.show()
        self.calendar.setFocus()


class DateField(QWidget):
    """A date typed as dd/mm/yyyy or d/m/yy, or picked from a calendar.

    ``value()`` is the date the text names (None when empty or not a date: see
    ``problem()``); ``set_value`` shows a date (None: empty). ``dateChanged`` carries
    the settled date (a null QDate for empty); ``problemChanged`` the message to show
    beside the field ("" once it is right again).
    """

    dateChanged = Signal(QDate)
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self._required = required
        self._settled: date | None = None
        self._problem = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        self.edit.setMaxLength(24)
        self.edit.setToolTip(
            QCoreApplication.translate(
                "DateField", "Type dd/mm/yyyy or d/m/yy; Alt+Down opens the calendar"
            )
        )
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(
            QCoreApplication.translate("DateField", "Choose the day on a calendar (Alt+Down)")
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_popup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        width = self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 12
        self.edit.setMinimumWidth(width)
        # As wide as a date in a form (a table's cell sets its own width).
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.popup: CalendarPopup | None = None
        self.edit.editingFinished.connect(self.settle)
        self.edit.textEdited.connect(self._edited)
        self.edit.installEventFilter(self)

    # --- the value -----------------------------------------------------------------
    def value(self) -> date | None:
        try:
            return parse_date(self.edit.text())
        except DateError:
            return None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(fmt(value))
        self._set_problem("")
        self._announce(value)

    def text(self) -> str:
        return self.edit.text()

    def problem(self) -> str:
        """Why the text is not a date ("" when it is, or is empty and may be)."""
        return date_problem(self.edit.text(), self._required)

    def settled_value(self) -> date | None:
        """The last date the field settled on: a filter keeps it while the text is not a
        date (and the field says so)."""
        return self._settled

    def shown_problem(self) -> str:
        """The message the field shows now (set when it was left or a save refused)."""
        return self._problem

    def is_required(self) -> bool:
        return self._required

    # QDateEdit's words, for code written for it: a null QDate is "no date".
    def date(self) -> QDate:
        value = self.value()
        return QDate() if value is None else _qdate(value)

    def setDate(self, day: QDate) -> None:  # noqa: N802 - Qt's name
        self.set_value(day.toPython() if day.isValid() else None)  # type: ignore[arg-type]

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # --- settling what was typed -------------------------------------------------
    def settle(self) -> bool:
        """Tidy a readable date to dd/mm/yyyy and announce it; mark one that is not.
        True when the field holds a date or may be empty."""
        problem = self.problem()
        self._set_problem(problem)
        if problem:
            return False
        value = self.value()
        if self.edit.text() != fmt(value):
            self.edit.setText(fmt(value))
        self._announce(value)
        return True

    def _edited(self, _text: str) -> None:
        # A message stays until the text is right; it does not nag while typing.
        if self._problem and not self.problem():
            self._set_problem("")

    def _set_problem(self, problem: str, force: bool = False) -> None:
        if problem == self._problem and not force:
            return
        self._problem = problem
        self.edit.setStyleSheet(RED_FRAME if problem else "")
        self.edit.setToolTip(
            problem
            or QCoreApplication.translate(
                "DateField", "Type dd/mm/yyyy or d/m/yy; Alt+Down opens the calendar"
            )
        )
        self.problemChanged.emit(problem)

    def mark(self) -> str:
        """Show this field's problem again (a refused save); returns it."""
        problem = self.problem()
        self._set_problem(problem, force=True)
        return problem

    def _announce(self, value: Day | None) -> None:
        if value != self._settled:
            self._settled = value
            self.dateChanged.emit(QDate() if value is None else _qdate(value))

    # --- the calendar --------------------------------------------------------------
    def open_popup(self) -> None:
        """The calendar at the field's date, or at today when it has none."""
        if not self.edit.isEnabled() or self.edit.isReadOnly():
            return
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.open_at(self.value() or today_local(), self)

    def _picked(self, day: QDate) -> None:
        self.set_value(day.toPython())  # type: ignore[arg-type]
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (
                key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            ):
                self.open_popup()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter settles this field only: never the form's default button.
                self.settle()
                return True
        return super().eventFilter(watched, event)


class OptionalDateEdit(DateField):
    """A date that may be left empty."""


class RequiredDateEdit(DateField):
    """A date that must be given (a report's or a plan's period)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, required=True)
        if value is not None:
            self.set_value(value)


def date_text(text: str) -> str:
    """A typed date in the form shown (dd/mm/yyyy), or the text as typed if unreadable."""
    try:
        day = parse_date(text)
    except DateError:
        return text
    return fmt(day)


class DateDelegate(QStyledItemDelegate):
    """A table cell to type a date in: what is kept is the text, tidied to dd/mm/yyyy
    when it is a date and left as typed when not (saving then says which row)."""

    def createEditor(  # noqa: N802 - Qt's name
        self,
        parent: QWidget,
        _option: QStyleOptionViewItem,
        _index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        return editor

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, date_text(editor.text()), Qt.ItemDataRole.EditRole)


def fmt(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DateTimeEdit(QWidget):
    """Wall-clock time in Asia/Ho_Chi_Minh: a day typed dd/mm/yyyy (``day``, a
    DateField with its calendar) and a time typed HH:mm (``time``: 9:30, 9h30, 0930).

    ``value()`` is the day and time last settled (a part that is not a date or a time
    keeps the last good one, and says so: ``problem()``); ``dateTimeChanged`` carries
    each new settled value.
    """

    dateTimeChanged = Signal(QDateTime)
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = datetime(2000, 1, 1, 9)
        self._time_problem = ""
        self.day = DateField(self, required=True)
        self.time = QLineEdit(self)
        self.time.setPlaceholderText(QCoreApplication.translate("DateField", "HH:mm"))
        self.time.setMaxLength(8)
        self.time.setToolTip(
            QCoreApplication.translate("DateField", "Type the time as 09:30, 9:30 or 9h30")
        )
        self.time.setFixedWidth(self.time.fontMetrics().horizontalAdvance("00:000") + 14)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.day)
        layout.addWidget(self.time)
        layout.addStretch(1)
        self.setFocusProxy(self.day)
        self.day.dateChanged.connect(lambda _d: self._settle())
        self.day.problemChanged.connect(lambda _p: self.problemChanged.emit(self.shown_problem()))
        self.time.editingFinished.connect(self._settle)
        self.time.textEdited.connect(self._time_edited)
        self.time.installEventFilter(self)
        self.set_value(self._value)

    def value(self) -> datetime:
        return self._value

    def set_value(self, value: datetime) -> None:
        value = value.replace(second=0, microsecond=0)
        self.time.setText(value.strftime("%H:%M"))
        self._set_time_problem("")
        changed = value != self._value
        self._value = value
        self.day.blockSignals(True)
        self.day.set_value(value.date())
        self.day.blockSignals(False)
        if changed:
            self.dateTimeChanged.emit(to_qdatetime(value))

    def text(self) -> str:
        return f"{self.day.text()} {self.time.text()}".strip()

    def _time_of(self) -> time | None:
        try:
            return parse_time(self.time.text())
        except ValueError:
            return None

    def time_problem(self) -> str:
        if self._time_of() is not None:
            return ""
        return QCoreApplication.translate(
            "DateField", "“%1” is not a time: write HH:mm (09:30)."
        ).replace("%1", self.time.text().strip())

    def problem(self) -> str:
        return self.day.problem() or self.time_problem()

    def shown_problem(self) -> str:
        return self.day.shown_problem() or self._time_problem

    def mark(self) -> str:
        self.day.mark()
        self._set_time_problem(self.time_problem())
        return self.problem()

    def _set_time_problem(self, problem: str) -> None:
        if problem == self._time_problem:
            return
        self._time_problem = problem
        self.time.setStyleSheet(RED_FRAME if problem else "")
        self.problemChanged.emit(self.shown_problem())

    def _time_edited(self, _text: str) -> None:
        if self._time_problem and not self.time_problem():
            self._set_time_problem("")

    def _settle(self) -> None:
        day, at = self.day.value(), self._time_of()
        self._set_time_problem(self.time_problem())
        if at is not None:
            self.time.setText(at.strftime("%H:%M"))
        if day is None or at is None:
            return
        value = datetime.combine(day, at)
        if value != self._value:
            self._value = value
            self.dateTimeChanged.emit(to_qdatetime(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.time and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._settle()
                return True
        return super().eventFilter(watched, event)


def checked_fields(root: QWidget) -> list["DateField | DateTimeEdit"]:
    """The date and date-and-time fields under ``root`` (a date-and-time's day once)."""
    both = [w for w in root.findChildren(DateTimeEdit) if isinstance(w, DateTimeEdit)]
    parts = {w.day for w in both}
    days = [f for f in root.findChildren(DateField) if isinstance(f, DateField)]
    return [*both, *(f for f in days if f not in parts)]


def refuse_bad_dates(root: QWidget) -> list["DateField | DateTimeEdit"]:
    """The shown date (and date-and-time) fields under ``root`` whose text is not a
    date: each is marked again (its message beside it), the first takes the focus. An
    empty list lets a save go on."""
    bad: list[DateField | DateTimeEdit] = [
        w for w in checked_fields(root) if w.isVisibleTo(root) and w.isEnabled() and w.problem()
    ]
    for field in bad:
        field.mark()
    if bad:
        bad[0].setFocus()
    return bad


def message_beside(field: "DateField | DateTimeEdit") -> QLabel:
    """A red line that says what is wrong with ``field``'s text, hidden while it is right."""
    label = error_line()

    def show(problem: str) -> None:
        label.setText(problem)
        label.setVisible(bool(problem))

    field.problemChanged.connect(show)
    return label
