"""Combo boxes over lists of choices: type-to-find pickers and refillable filters.

Typing in a picker folds diacritics, đ included, and wants every word typed: "So
Thong" offers "Sở Thông tin và Truyền thông", "dai hoc thu dau mot" offers "Trường
Đại học Thủ Dầu Một". Enter or a click picks from the list; text that names no entry
(or several) leaves the entry chosen before and says so, rather than picking one.

A department has tens of thousands of people and thousands of partners and
projects. Their entries live in a Python list behind a small list model, so
filling a combo is one call rather than one per entry. Qt asks for the rows it
actually shows, and the combo's width comes from a set number of characters
rather than from measuring every entry.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QToolTip, QWidget

from coordinator.db.queries.common import Choice
from coordinator.domain.text import fold, words

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the folded text typing is matched against


class ChoiceModel(QAbstractListModel):
    """Entries ``(text, data)``: the text is shown, the data is the item data."""

    def __init__(self, items: Sequence[tuple[str, object]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = [text for text, _ in items]
        self._data = [data for _, data in items]
        self._rows = {data: row for row, data in reversed(list(enumerate(self._data)))}
        self._keys: list[str] | None = None  # folded when first typed into

    def keys(self) -> list[str]:
        """Each entry's text folded (lower case, no diacritics, đ as d)."""
        if self._keys is None:
            self._keys = [fold(text) for text in self._texts]
        return self._keys

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
        if role == KEY_ROLE:
            return self.keys()[row]
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
    finder = finder_of(combo)
    if finder is not None:
        finder.attach()


class Finder(QObject):
    """Type-to-find for an editable combo over a ``ChoiceModel``: the completion list
    holds the entries whose folded text has every folded word typed.

    ``strict`` (the default): text left that names no single entry puts back the entry
    chosen before and says so (``message``). Not strict: the text is left as typed for
    the form to read (a walk-in's new name).
    """

    def __init__(self, combo: QComboBox, strict: bool = True) -> None:
        super().__init__(combo)
        self.setObjectName("finder")
        self.combo, self.strict = combo, strict
        self.message = ""
        self.matches = QSortFilterProxyModel(self)
        self.matches.setFilterRole(KEY_ROLE)
        self.completer = QCompleter(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        popup = self.completer.popup()
        if isinstance(popup, QListView):
            # Thousands of matches after the first letter: rows of one height are laid out
            # without measuring each one (measuring took seconds at 5,000 people).
            popup.setUniformItemSizes(True)
        combo.setCompleter(self.completer)
        self.attach()
        line = combo.lineEdit()
        assert line is not None
        line.textEdited.connect(self._typed)
        self._by_enter = False  # the text is being settled by Enter: a choice made
        line.returnPressed.connect(self._enter)
        line.editingFinished.connect(self.settle)
        combo.currentIndexChanged.connect(lambda _i: self._say(""))
        # A narrow picker shows the start of its entry, not its end ("…i người/đơn vị").
        combo.currentIndexChanged.connect(lambda _i: QTimer.singleShot(0, self, self._show_start))
        line.setCursorPosition(0)
        line.installEventFilter(self)

    def _show_start(self) -> None:
        line = self.combo.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)

    def attach(self) -> None:
        """Follow the combo's (new) list of entries."""
        self.matches.setSourceModel(self.combo.model())
        if self.completer.model() is not self.matches:
            self.completer.setModel(self.matches)

    def _typed(self, text: str) -> None:
        typed = words(text)
        pattern = "".join(f"(?=.*{re.escape(w)})" for w in typed)
        # Filtered while detached from the completer: attached, every row that drops out
        # is a signal its list view handles one at a time (seconds at 2,000 people).
        self.completer.setModel(None)  # type: ignore[arg-type]
        self.matches.setFilterRegularExpression(QRegularExpression(f"^{pattern}"))
        self.completer.setModel(self.matches)
        self._say("")

    def rows_matching(self, text: str) -> list[int]:
        """The rows naming ``text``: those whose folded text equals it, else those holding
        every word of it."""
        model = self.combo.model()
        if not isinstance(model, ChoiceModel):
            return []
        keys, wanted, typed = model.keys(), fold(text), words(text)
        exact = [r for r, k in enumerate(keys) if k == wanted]
        if exact or not typed:
            return exact
        return [r for r, k in enumerate(keys) if all(w in k for w in typed)]

    def _enter(self) -> None:
        self._by_enter = True

    def settle(self) -> bool:
        """Make the typed text an entry: the one it names, or (strict) the one chosen
        before, saying why. True when the text and the entry agree."""
        combo = self.combo
        by_enter, self._by_enter = self._by_enter, False
        text, row = combo.currentText(), combo.currentIndex()
        if row >= 0 and text == combo.itemText(row):
            return True
        found = self.rows_matching(text)
        if not text.strip() and combo.count() and combo.itemData(0) is None:
            found = [0]  # cleared: the "(none)" entry
        if len(found) == 1 or (found and fold(combo.itemText(found[0])) == fold(text)):
            combo.setCurrentIndex(found[0])
            combo.setEditText(combo.itemText(found[0]))
            self._say("")
            if by_enter:  # as a choice from the list is
                combo.activated.emit(found[0])
            return True
        if not self.strict:
            return False
        kept = combo.itemText(row) if row >= 0 else ""
        combo.setEditText(kept)
        if found:
            said = QCoreApplication.translate(
                "Finder", "Several entries hold “%1”: choose one from the list."
            )
        else:
            said = QCoreApplication.translate("Finder", "Nothing in the list matches “%1”.")
        said = said.replace("%1", text.strip())
        if kept:
            said += " " + QCoreApplication.translate("Finder", "“%1” is kept.").replace("%1", kept)
        self._say(said)
        return False

    def _say(self, message: str) -> None:
        if message == self.message:
            return
        self.message = message
        self.combo.setStyleSheet("QComboBox { border: 1px solid #b00020; }" if message else "")
        if message and self.combo.isVisible():
            where = self.combo.mapToGlobal(QPoint(0, self.combo.height()))
            QToolTip.showText(where, message, self.combo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                combo = self.combo
                row = combo.currentIndex()
                if not (row >= 0 and combo.currentText() == combo.itemText(row)):
                    # Enter picks what was typed; it does not also press the default button.
                    self.settle()
                    return self.strict
        return super().eventFilter(watched, event)


def finder_of(combo: QComboBox) -> Finder | None:
    """The type-to-find of a picker made here, if it has one."""
    return combo.findChild(Finder, "finder", Qt.FindChildOption.FindDirectChildrenOnly)


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
    Finder(combo)


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
