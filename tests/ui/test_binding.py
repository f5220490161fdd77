"""The Qt binding keeps Python's reference counts straight at the scale of a department.

PySide6 6.12.0 dropped a reference to None on every call that returns nothing; under
Python 3.11 the interpreter aborts once None's count reaches zero, which a window
over a large database did while filling its lists.
"""

import sys

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_leave_none_alone(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    table = QTableWidget(10, 2)
    qtbot.addWidget(table)
    before = sys.getrefcount(None)
    for i in range(5_000):
        combo.addItem(f"Người {i}", i)
        combo.setItemData(i, str(i))
        table.setItem(i % 10, 0, QTableWidgetItem("x"))
    assert sys.getrefcount(None) >= before - 100
