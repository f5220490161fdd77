"""Typing like a person into the window's date fields, table cells and pickers.

Real key presses only (pytest-qt's keyClicks/keyClick), so a journey test goes through
what a coordinator's keyboard goes through:

- ``type_date(qtbot, field, "15/05/2026")``: a date field (``OptionalDateEdit`` /
  ``RequiredDateEdit``: agreement, project, stay, recurrence "until", the report's and
  the planner's period, an action item's due cell) or a ``DateTimeEdit`` (an event's
  start and end: "24/04/2013 14:00").
- ``type_in_cell(qtbot, table, row, column, "5/6/27")``: a cell edited through its
  delegate (the agreement's commitments, the project's milestones), F2 then Enter.
- ``pick_by_typing(qtbot, combo, "so thong")``: a person, unit or partner picker
  (``choice_combo``/``items_combo``/``LazyChoiceCombo``), typed without diacritics; when
  several entries hold the words, ``choose`` names the one to take from the list.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.common.dates import DateField, DateTimeEdit


def _retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)


def type_date(qtbot: QtBot, field: QWidget, text: str, enter: bool = True) -> None:
    """Replace what ``field`` holds by ``text`` typed (ASCII: digits and separators), then
    Enter (which settles the field and nothing else). "" empties it. A DateTimeEdit takes
    "dd/mm/yyyy HH:mm": the day into its day, the time into its time."""
    if isinstance(field, DateTimeEdit):
        day, _, at = text.partition(" ")
        type_date(qtbot, field.day, day, enter)
        if at:
            _retype(qtbot, field.time, at)
            if enter:
                qtbot.keyClick(field.time, Qt.Key.Key_Return)
        return
    assert isinstance(field, DateField), field
    _retype(qtbot, field.edit, text)
    if enter:
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def type_in_cell(
    qtbot: QtBot, table: QAbstractItemView, row: int, column: int, text: str
) -> QWidget:
    """Open the cell's editor with F2, type ``text`` over what it held, press Enter.
    Returns the editor (closed by then: the delegate committed the cell)."""
    model = table.model()
    assert model is not None
    table.setFocus()
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(model.index(row, column))
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor from the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState, timeout=2000)
    return editor


def pick_by_typing(qtbot: QtBot, combo: QComboBox, text: str, choose: str | None = None) -> None:
    """Type ``text`` (ASCII, as a person without a Vietnamese keyboard would) into a
    picker and take an entry from its list by keyboard: the only one offered, or the one
    whose shown text is ``choose``."""
    line = combo.lineEdit()
    assert line is not None, "not a type-to-find picker"
    _retype(qtbot, line, text)
    completer = combo.completer()
    assert completer is not None
    popup = completer.popup()
    if choose is not None and popup.isVisible():
        rows = popup.model().rowCount()
        for _ in range(rows):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            if popup.currentIndex().data() == choose:
                break
        else:
            raise AssertionError(f"{choose!r} is not offered for {text!r}")
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    elif popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Return)
