"""A table that keeps each row on one page unless the row is taller than a page."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table

from fgc_desktop.documents.styles import CONTENT_HEIGHT

# Below this much room, a too-tall row starts on the next page rather than with a line or two.
_LEAST_ROOM_TO_START_A_ROW = 60


class RowKeepingTable(Table):
    """Splits between rows; splits inside a row only for a row that cannot fit on any page.

    reportlab's splitInRow would also split ordinary rows, and when rows are split first it puts
    the next row's start under a repeated header mid-page, so it is used only for the row that
    needs it, straight after the rows that fit.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """Parts of the table for this page and the rest, as reportlab's Table.split."""
        self.splitByRow, self.splitInRow = 1, 0
        parts = super().split(availWidth, availHeight)
        fitted_rows = len(parts[0]._cellvalues) if parts else self._header_rows()
        if not self._too_tall(fitted_rows):
            return parts
        used = sum(self._rowHeights[:fitted_rows])
        if availHeight - used < _LEAST_ROOM_TO_START_A_ROW:
            return parts
        self.splitByRow, self.splitInRow = 0, 1
        try:
            return super().split(availWidth, availHeight)
        finally:
            self.splitByRow, self.splitInRow = 1, 0

    def _header_rows(self) -> int:
        return self.repeatRows if isinstance(self.repeatRows, int) else 0

    def _too_tall(self, row: int) -> bool:
        """True when the header and that row together are taller than a whole page."""
        heights = self._rowHeights
        header = sum(heights[: self._header_rows()])
        return row < len(heights) and header + heights[row] > CONTENT_HEIGHT
