"""A read-only table whose rows can be ticked: what a reviewed step will act on."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fgc_desktop.ui.translation import tr

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class TickTableModel(QAbstractTableModel, Generic[Row]):
    """Rows with a tick box in the first column; columns are (header, text of a row)."""

    ticks_changed = Signal()

    def __init__(
        self, columns: Sequence[tuple[str, Callable[[Row], str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._ticked: list[bool] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns, the first one holding the tick."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return tr(self._columns[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell can be chosen; the first column's tick can be changed."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text, and the tick of the first column."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            ticked = self._ticked[index.row()]
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self._columns[index.column()][1](row)
            return " ".join(text.split()) if role == Qt.ItemDataRole.DisplayRole else text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a row."""
        if (
            not index.isValid()
            or index.column() != 0
            or role != Qt.ItemDataRole.CheckStateRole
            or index.row() >= len(self._rows)
        ):
            return False
        self._ticked[index.row()] = _is_checked(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def set_rows(self, rows: Sequence[Row], *, ticked: bool = False) -> None:
        """Show new rows, all ticked or all unticked."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked = [ticked] * len(self._rows)
        self.endResetModel()
        self.ticks_changed.emit()

    def tick_all(self, ticked: bool) -> None:
        """Tick (or untick) every row."""
        if not self._rows:
            return
        self._ticked = [ticked] * len(self._rows)
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(self._rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
        )
        self.ticks_changed.emit()

    def row_at(self, number: int) -> Row:
        """The row shown at a position."""
        return self._rows[number]

    def ticked_rows(self) -> list[Row]:
        """The rows ticked, in the order shown."""
        return [row for row, ticked in zip(self._rows, self._ticked, strict=True) if ticked]


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value == Qt.CheckState.Checked.value or value is True
