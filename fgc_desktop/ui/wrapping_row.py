"""A row of equal buttons that wraps onto more lines when they no longer fit side by side.

Home's stage buttons fit in one row at the usual font size; with a large system font they
would be squeezed until their words were cut, so they take two or more rows instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QWidget


class WrappingRow(QWidget):
    """Lays its widgets out left to right, in as many columns as the width allows."""

    def __init__(self, widgets: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        # The grid must not hold the row at the width of all columns, or it could never wrap.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._columns = 0
        self._place(len(self._widgets))

    def columns_for(self, width: int) -> int:
        """How many of the widgets fit side by side in a width, at least one."""
        spacing = self._grid.horizontalSpacing()
        hints = [widget.sizeHint().width() for widget in self._widgets] or [1]
        if sum(hints) + spacing * (len(hints) - 1) <= width:
            return len(hints)
        return max(1, min(len(hints), (width + spacing) // (max(hints) + spacing)))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest widget; the height is set for the rows the width makes."""
        widest = max((widget.sizeHint().width() for widget in self._widgets), default=0)
        return QSize(widest, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rewrap for the new width."""
        super().resizeEvent(event)
        self._rewrap(event.size().width())

    def event(self, event: QEvent) -> bool:
        """A widget's text changed its size: rewrap at the width the row has."""
        if event.type() == QEvent.Type.LayoutRequest:
            self._rewrap(self.width())
        return super().event(event)

    def _rewrap(self, width: int) -> None:
        columns = self.columns_for(width)
        if columns != self._columns:
            self._place(columns)
        rows = -(-len(self._widgets) // columns)
        row_height = max((widget.sizeHint().height() for widget in self._widgets), default=0)
        height = rows * row_height + (rows - 1) * self._grid.verticalSpacing()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def _place(self, columns: int) -> None:
        self._columns = columns
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
