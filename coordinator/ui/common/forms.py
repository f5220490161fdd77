"""Form helpers: a red message beside each field that failed validation."""

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from coordinator.domain.validation import ValidationError
from coordinator.text import labels
from coordinator.ui.common.dates import DateField, DateTimeEdit, checked_fields
from coordinator.ui.common.views import error_line


class FieldErrors:
    """Owns one hidden error label per field; ``show`` fills those a save rejected."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._dates: dict[str, list[DateField | DateTimeEdit]] = {}

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> None:
        """Add ``widget`` to ``form`` with an error line under it for ``field``."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(self.label_for(field, widget))
        form.addRow(label, box)

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        error = error_line(f"error_{field}")
        self._labels[field] = error
        self._widgets[field] = widget
        # A date field says itself when its text is not a date, and when it is right again.
        dates: list[DateField | DateTimeEdit] = (
            [widget] if isinstance(widget, DateField | DateTimeEdit) else checked_fields(widget)
        )
        if dates:
            self._dates[field] = dates
        for date_field in dates:
            date_field.problemChanged.connect(lambda _p, e=error, fs=dates: _say_dates(e, fs))
        # Once the person changes the field, its old message no longer speaks of it.
        for signal in ("textEdited", "currentIndexChanged", "valueChanged", "dateChanged"):
            changed = getattr(widget, signal, None)
            if changed is not None:
                changed.connect(lambda *_a, e=error: e.hide())
                break
        return error

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
        self._say_dates()

    def _say_dates(self) -> None:
        """A date field's own message (its text is not a date) outlasts a new check."""
        for field, dates in self._dates.items():
            _say_dates(self._labels[field], dates, hide=False)

    def show(self, failure: ValidationError) -> list[str]:
        """Show each problem beside its field; return messages for fields without a place."""
        self.clear()
        orphans: list[str] = []
        first: QWidget | None = None
        for err in failure.errors:
            text = labels.problem(err.problem)
            label = self._labels.get(err.field)
            if label is None:
                orphans.append(text)
                continue
            label.setText(text)
            label.show()
            first = first or self._widgets[err.field]
        self._say_dates()
        if first is not None:
            first.setFocus()
            _grow_to_fit(first)
        return orphans

    def set(self, field: str, text: str) -> None:
        label = self._labels[field]
        label.setText(text)
        label.show()
        _grow_to_fit(label)

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def _say_dates(error: QLabel, fields: list[DateField | DateTimeEdit], hide: bool = True) -> None:
    """Say what the date fields of ``error`` show as wrong; hide it when nothing is (unless
    ``hide`` is False: another message may stand there)."""
    problems = [p for p in (f.shown_problem() for f in fields) if p]
    if problems:
        error.setText("\n".join(problems))
        error.show()
        _grow_to_fit(error)
    elif hide:
        error.clear()
        error.hide()


def _grow_to_fit(widget: QWidget) -> None:
    """Messages add lines to a form: let its window grow rather than squeeze the fields."""
    window = widget.window()
    hint = window.sizeHint()
    if hint.height() > window.height() or hint.width() > window.width():
        window.resize(max(hint.width(), window.width()), max(hint.height(), window.height()))
