"""The "Repeat" part of the event editor: daily, weekly on chosen days, or monthly."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.dates import parse_date
from coordinator.domain.recurrence import Frequency, Recurrence
from coordinator.text.labels import fmt_date
from coordinator.ui.common.dates import OptionalDateEdit

_NEVER, _UNTIL, _COUNT = "never", "until", "count"


class RecurrenceEdit(QWidget):
    """Edits an RRULE and its skipped dates; a rule it cannot show is kept as it is."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept_rule: str | None = None
        self.frequency = QComboBox()
        self.frequency.addItem(self.tr("Does not repeat"), None)
        self.frequency.addItem(self.tr("Daily"), Frequency.DAILY)
        self.frequency.addItem(self.tr("Weekly"), Frequency.WEEKLY)
        self.frequency.addItem(self.tr("Monthly"), Frequency.MONTHLY)
        self.interval = QSpinBox()
        self.interval.setRange(1, 99)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setToolTip(self.tr("1 = every day, week or month; 2 = every other one…"))
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.weekdays = [QCheckBox(n) for n in names]
        self.end = QComboBox()
        self.end.addItem(self.tr("no end date"), _NEVER)
        self.end.addItem(self.tr("until"), _UNTIL)
        self.end.addItem(self.tr("number of times"), _COUNT)
        self.until = OptionalDateEdit()
        self.count = QSpinBox()
        self.count.setRange(1, 999)
        self.count.setValue(10)
        self.skipped = QLineEdit()
        self.skipped.setPlaceholderText(self.tr("Skipped dates: dd/mm/yyyy, dd/mm/yyyy"))
        self.kept = QLabel(self.tr("Repeats by a rule from an imported file (kept as it is)."))
        self.kept.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.frequency)
        top.addWidget(self.interval)
        top.addWidget(self.end)
        top.addWidget(self.until)
        top.addWidget(self.count)
        top.addStretch(1)
        self.days_row = QWidget()
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        for box in self.weekdays:
            days.addWidget(box)
        days.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.days_row)
        layout.addWidget(self.kept)
        layout.addWidget(self.skipped)

        for signal in (
            self.frequency.currentIndexChanged,
            self.interval.valueChanged,
            self.end.currentIndexChanged,
            self.until.dateChanged,
            self.count.valueChanged,
            self.skipped.textChanged,
            *(box.toggled for box in self.weekdays),
        ):
            signal.connect(self._changed)
        self._update()

    def _changed(self, *_args: object) -> None:
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        freq = self.frequency.currentData()
        repeating = freq is not None or self._kept_rule is not None
        editable = self._kept_rule is None
        for w in (self.interval, self.end):
            w.setVisible(freq is not None and editable)
        self.days_row.setVisible(freq == Frequency.WEEKLY and editable)
        self.until.setVisible(freq is not None and self.end.currentData() == _UNTIL)
        self.count.setVisible(freq is not None and self.end.currentData() == _COUNT)
        self.frequency.setVisible(editable)
        self.kept.setVisible(not editable)
        self.skipped.setVisible(repeating)

    def set_value(self, rule: str | None, skipped: list[date], first: date) -> None:
        parsed = Recurrence.from_rrule(rule) if rule else None
        self._kept_rule = rule if rule and parsed is None else None
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(parsed and parsed.frequency)))
        for i, box in enumerate(self.weekdays):
            box.setChecked(i in (parsed.weekdays if parsed else (first.weekday(),)))
        self.interval.setValue(parsed.interval if parsed else 1)
        end = _NEVER
        if parsed and parsed.until:
            end = _UNTIL
            self.until.set_value(parsed.until)
        elif parsed and parsed.count:
            end = _COUNT
            self.count.setValue(parsed.count)
        self.end.setCurrentIndex(self.end.findData(end))
        self.skipped.setText(", ".join(fmt_date(d) for d in skipped))
        self._update()

    def default_weekday(self, day: date) -> None:
        """Tick the start's weekday when nothing else is chosen yet."""
        if not any(b.isChecked() for b in self.weekdays):
            self.weekdays[day.weekday()].setChecked(True)

    def rule(self) -> str | None:
        if self._kept_rule is not None:
            return self._kept_rule
        freq = self.frequency.currentData()
        if freq is None:
            return None
        end = self.end.currentData()
        return Recurrence(
            Frequency(freq),
            self.interval.value(),
            tuple(i for i, b in enumerate(self.weekdays) if b.isChecked()),
            until=self.until.value() if end == _UNTIL else None,
            count=self.count.value() if end == _COUNT else None,
        ).to_rrule()

    def skipped_dates(self) -> list[date]:
        """The skipped dates typed; ValueError names the first that cannot be read."""
        out = []
        for part in self.skipped.text().replace(";", ",").split(","):
            if part.strip():
                day = parse_date(part)
                if day is not None:
                    out.append(day)
        return out
