"""Column titles for the app's table models: one rule for every list's header."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from fgc_desktop.ui.translation import tr


def column_title(
    titles: Sequence[str], section: int, orientation: Qt.Orientation, role: int
) -> str | None:
    """The title of a column (its English kept in *titles*) in the interface's language."""
    if (
        role == Qt.ItemDataRole.DisplayRole
        and orientation == Qt.Orientation.Horizontal
        and 0 <= section < len(titles)
    ):
        return tr(titles[section])
    return None
