"""A conference's history as a Qt table that loads a page at a time as it is scrolled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fgc_desktop.domain.audit_wording import HistoryLine
from fgc_desktop.services import history
from fgc_desktop.store.connection import Store
from fgc_desktop.store.history import TrailFilter
from fgc_desktop.ui.column_titles import column_title
from fgc_desktop.ui.translation import history_record, tr_noop, tr_value

Index = QModelIndex | QPersistentModelIndex
HEADERS = (tr_noop("When"), tr_noop("Who"), tr_noop("Record"), tr_noop("What changed"))
LineRole = Qt.ItemDataRole.UserRole + 1


class HistoryModel(QAbstractTableModel):
    """Newest first; the next page of older entries is read only when the view reaches it."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference_id: str | None = None
        self._filter = history.trail_filter()
        self._lines: list[HistoryLine] = []
        self._seqs: list[int] = []
        self._fetching = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Entries loaded so far."""
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """When, who, record, what changed."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text on one line; the tooltip has it whole."""
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == LineRole:
            return line
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            record = history_record(line.kind, line.title)
            text = (line.when, line.actor, record, tr_value(line.summary))[index.column()]
            return " ".join(text.split()) if role == Qt.ItemDataRole.DisplayRole else text
        return None

    @property
    def total(self) -> int:
        """How many entries the filter shows, read or not."""
        return len(self._seqs)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True while older entries are still unread."""
        return not parent.isValid() and not self._fetching and len(self._lines) < len(self._seqs)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page of older entries."""
        if not self.canFetchMore(parent):
            return
        start = len(self._lines)
        older = history.history_lines(self._store, self._seqs[start : start + history.PAGE_SIZE])
        # A view may ask for more again while the rows go in; one page at a time.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(older) - 1)
            self._lines.extend(older)
            self.endInsertRows()
        finally:
            self._fetching = False

    def show_history(self, conference_id: str | None, chosen: TrailFilter | None = None) -> None:
        """Start again from the newest entry of a conference, with a new filter if given."""
        self._conference_id = conference_id
        if chosen is not None:
            self._filter = chosen
        self.beginResetModel()
        if conference_id is None:
            self._seqs = []
        else:
            self._seqs = history.matching(self._store, conference_id, self._filter)
        self._lines = history.history_lines(self._store, self._seqs[: history.PAGE_SIZE])
        self.endResetModel()

    def line(self, row: int) -> HistoryLine:
        """The history line shown in a row."""
        return self._lines[row]
