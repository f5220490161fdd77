"""Combo boxes over lists of choices: type-to-find pickers and refillable filters."""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from coordinator.db.queries.common import Choice


def choice_combo(choices: list[Choice], none_text: str, width: int = 30) -> QComboBox:
    """``none_text`` (data None) first, then each choice with its id as data."""
    combo = QComboBox()
    combo.addItem(none_text, None)
    for c in choices:
        combo.addItem(c.name, c.id)
    combo.setEditable(True)  # type to find among hundreds of entries
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def refill(combo: QComboBox, none_text: str, items: Iterable[tuple[str, object]]) -> None:
    """Replace a filter's entries (``none_text`` first, data None), keeping the current
    choice when it is still there, without signalling a change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
