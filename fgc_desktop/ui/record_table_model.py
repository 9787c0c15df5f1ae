"""A read-only Qt table over a short list of records (people, bottom lines, actions)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from fgc_desktop.ui.translation import tr

Record = TypeVar("Record")
Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[Record]):
    """Rows of records, columns given as (header, text of a record); records carry an `id`."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[Record], str]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[Record] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of records (a table has no children)."""
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text for display, tooltips and screen readers."""
        if not index.isValid() or index.row() >= len(self._records):
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self._columns[index.column()][1](self._records[index.row()])
            # One line in the table; the full text is in the form below it and in the tooltip.
            return text if role != Qt.ItemDataRole.DisplayRole else " ".join(text.split())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles across the top."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return tr(self._columns[section][0])
        return None

    def set_records(self, records: Sequence[Record]) -> None:
        """Show a new list of records."""
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Record:
        """The record shown in a row."""
        return self._records[row]

    def row_of(self, record_id: str) -> int | None:
        """The row of the record with that id, or None."""
        for row, record in enumerate(self._records):
            if getattr(record, "id", None) == record_id:
                return row
        return None
