"""Combo boxes over lists of choices: type-to-find pickers and refillable filters.

A department has tens of thousands of people and thousands of partners and
projects. Their entries live in a Python list behind a small list model, so
filling a combo is one call rather than one per entry. Qt asks for the rows it
actually shows, and the combo's width comes from a set number of characters
rather than from measuring every entry.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coordinator.db.queries.common import Choice

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ChoiceModel(QAbstractListModel):
    """Entries ``(text, data)``: the text is shown, the data is the item data."""

    def __init__(self, items: Sequence[tuple[str, object]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = [text for text, _ in items]
        self._data = [data for _, data in items]
        self._rows = {data: row for row, data in reversed(list(enumerate(self._data)))}

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._texts[row]
        if role == Qt.ItemDataRole.UserRole:
            return self._data[row]
        return None

    def row_of(self, data: object) -> int:
        """The first row holding ``data``, or -1 (a dictionary lookup, not a scan)."""
        return self._rows.get(data, -1)


def keep_unlisted(combo: QComboBox, data: object, text: str) -> None:
    """A record's link to an entry the list leaves out (one in the trash) stays chosen,
    shown as ``text``, unless the user picks another: a save never drops it unasked."""
    model = combo.model()
    if data is None or not isinstance(model, ChoiceModel) or model.row_of(data) >= 0:
        return
    fill(combo, [*zip(model._texts, model._data, strict=True), (text, data)])


def fill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
    """Replace the entries of ``combo`` in one step (Qt deletes the model it replaces,
    which the combo owns)."""
    combo.setModel(ChoiceModel(items, combo))


def _make_finder(
    combo: QComboBox, items: Sequence[tuple[str, object]], none_text: str, width: int
) -> None:
    """Type to find among thousands: editable, matching anywhere in an entry, and as
    wide as ``width`` characters rather than as its widest entry."""
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    fill(combo, [(none_text, None), *items])
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def items_combo(items: Sequence[tuple[str, object]], none_text: str, width: int = 30) -> QComboBox:
    """``none_text`` (data None) first, then each entry."""
    combo = QComboBox()
    _make_finder(combo, items, none_text, width)
    return combo


def choice_combo(choices: Iterable[Choice], none_text: str, width: int = 30) -> QComboBox:
    """``none_text`` (data None) first, then each choice with its id as data."""
    return items_combo([(c.name, c.id) for c in choices], none_text, width)


def select_data(combo: QComboBox, data: object) -> None:
    """Make the entry holding ``data`` current (the first entry if there is none)."""
    model = combo.model()
    row = model.row_of(data) if isinstance(model, ChoiceModel) else combo.findData(data)
    combo.setCurrentIndex(max(0, row))


def refill(combo: QComboBox, none_text: str, items: Iterable[tuple[str, object]]) -> None:
    """Replace a filter's entries (``none_text`` first, data None), keeping the current
    choice when it is still there, without signalling a change."""
    current = combo.currentData()
    combo.blockSignals(True)
    if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
        combo.setMinimumContentsLength(max(combo.minimumContentsLength(), 16))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    fill(combo, [(none_text, None), *items])
    select_data(combo, current)
    combo.blockSignals(False)


class LazyChoiceCombo(QComboBox):
    """A type-to-find filter whose entries are read when first needed: when its list
    is opened, when it takes the focus, or when a value is chosen by code. A window
    with several such filters over thousands of people opens without reading them."""

    def __init__(
        self,
        load: Callable[[], Sequence[tuple[str, object]]],
        none_text: str,
        width: int = 30,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._none_text = load, none_text
        self._filled = False
        _make_finder(self, [], none_text, width)

    def ensure_filled(self) -> None:
        if not self._filled:
            self._filled = True
            refill(self, self._none_text, self._load())

    def invalidate(self) -> None:
        """The entries changed in the store: read them again when next needed."""
        self._filled = False

    def choose(self, data: object) -> None:
        """Make the entry holding ``data`` current; None for the first entry."""
        if data is not None:
            self.ensure_filled()
        select_data(self, data)

    def showPopup(self) -> None:
        self.ensure_filled()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_filled()
        super().focusInEvent(event)
