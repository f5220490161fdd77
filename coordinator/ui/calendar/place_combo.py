"""An event's place: one of the rooms, found by typing without diacritics, or free text.

Typing "phong hop" offers "Phòng họp số 2"; picking it (or typing its whole name in
any spelling) makes the event be held in that room. Anything else typed is a free
place ("Trung tâm Hội nghị tỉnh", an address) and no room.
"""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from coordinator.db.queries.rooms import RoomChoice, match_room
from coordinator.domain.text import fold

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # what typing is matched against


class RoomListModel(QAbstractListModel):
    """Rooms by their label: the name, with the unit when two units share a name."""

    def __init__(self, rooms: Sequence[RoomChoice], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rooms = list(rooms)
        shared = Counter(fold(r.name) for r in self.rooms)
        self.labels = [
            f"{r.name} – {r.host_unit}" if shared[fold(r.name)] > 1 and r.host_unit else r.name
            for r in self.rooms
        ]
        # Folded and as written, so both "phong hop" and "họp" find it.
        self._keys = [f"{fold(text)} | {text}" for text in self.labels]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rooms)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.rooms):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.labels[row]
        if role == Qt.ItemDataRole.UserRole:
            return self.rooms[row].id
        if role == KEY_ROLE:
            return self._keys[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rooms[row].host_unit
        return None


class _FoldingCompleter(QCompleter):
    """Matches on the folded key but writes the room's label into the field."""

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PlaceCombo(QComboBox):
    def __init__(self, rooms: Sequence[RoomChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(30)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._rooms = RoomListModel(rooms, self)
        self.setModel(self._rooms)
        completer = _FoldingCompleter(self._rooms, self)
        completer.setCompletionRole(KEY_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self._kept: int | None = None  # the stored room, while its stored text is shown
        self._kept_text = ""

    def rooms(self) -> list[RoomChoice]:
        return self._rooms.rooms

    def set_place(self, text: str | None, room_id: int | None) -> None:
        """Show an event's stored place: the room it is in keeps it while this text stays
        (an old "P.2", or a room since put in the trash)."""
        self._kept, self._kept_text = room_id, (text or "").strip()
        row = self.findData(room_id) if room_id is not None else -1
        if row >= 0 and fold(self._rooms.rooms[row].name) == fold(text or ""):
            self.setCurrentIndex(row)
        else:
            self.setCurrentIndex(-1)
        self.setEditText(text or "")

    def room(self, host_unit_id: int | None = None) -> RoomChoice | None:
        """The room the text names (by its label or its name), or None for free text."""
        key = fold(self.currentText())
        if not key:
            return None
        for room, label in zip(self._rooms.rooms, self._rooms.labels, strict=True):
            if fold(label) == key and label != room.name:
                return room
        return match_room(self._rooms.rooms, self.currentText(), host_unit_id)

    def place(self, host_unit_id: int | None = None) -> tuple[str, int | None]:
        """(location, room id) as the event is saved: a room is called by its name."""
        room = self.room(host_unit_id)
        if room is not None:
            return room.name, room.id
        text = self.currentText().strip()
        if self._kept is not None and text == self._kept_text:
            return text, self._kept
        return text, None
