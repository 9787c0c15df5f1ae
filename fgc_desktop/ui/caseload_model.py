"""The caseload as a Qt table: reference, family, stage and what is due next."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fgc_desktop.domain.caseload import CaseloadEntry
from fgc_desktop.services import caseload
from fgc_desktop.store.connection import Store

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Reference", "Family", "Stage", "Next date")
_OVERDUE = QBrush(QColor("#a4000f"))
ConferenceIdRole = Qt.ItemDataRole.UserRole + 1


class CaseloadModel(QAbstractTableModel):
    """Every conference matching the filter, loaded in one service call."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ""
        self._entries: list[CaseloadEntry] = []
        self._rows: dict[str, int] = {}
        self.today = date.today()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of conferences shown."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Reference, family, stage, next date."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text; overdue dates say so in words as well as in red."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == ConferenceIdRole:
            return entry.conference_id
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return _OVERDUE if self._is_overdue(entry) else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and entry.next_date:
            state = "overdue" if self._is_overdue(entry) else "due"
            return f"{entry.next_event} {state} on {entry.next_date:%A %d %B %Y}"
        return None

    def _text(self, entry: CaseloadEntry, column: int) -> str:
        if column == 0:
            return entry.reference
        if column == 1:
            return entry.family_name
        if column == 2:
            return entry.stage.label
        if entry.next_date is None:
            return f"{entry.next_event} – no date" if entry.next_event else ""
        text = f"{entry.next_date.isoformat()} · {entry.next_event}"
        return f"⚠ overdue · {text}" if self._is_overdue(entry) else text

    def _is_overdue(self, entry: CaseloadEntry) -> bool:
        return entry.next_date is not None and entry.next_date < self.today

    @property
    def filter_text(self) -> str:
        """The text the list is filtered by."""
        return self._filter

    def refresh(self, text: str | None = None) -> None:
        """Reload from the store, optionally with a new filter text."""
        if text is not None:
            self._filter = text
        entries = caseload.list_conferences(self._store, self._filter)
        self.beginResetModel()
        self._entries = entries
        self._rows = {entry.conference_id: row for row, entry in enumerate(entries)}
        self.endResetModel()

    def row_of(self, conference_id: str) -> int | None:
        """The row of a conference, or None when the filter hides it."""
        return self._rows.get(conference_id)

    def conference_id(self, row: int) -> str:
        """The id of the conference in a row."""
        return self._entries[row].conference_id
