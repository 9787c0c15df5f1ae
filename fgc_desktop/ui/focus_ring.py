"""A ring in the palette's highlight colour around the focused control, where the style draws none.

The Fusion style marks focus on line edits, combo boxes and buttons, but not on text boxes,
tables, the network map, the signature pad or the charts, nor on a dialog's default button or
buttons a style sheet paints.
One ring follows the focus to those, so a keyboard user always sees where they are, in the
palette's colours (yellow on black in a high-contrast palette).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QWidget,
)

_NAME = "focus_ring"


def needs_ring(widget: QWidget) -> bool:
    """True for a focusable widget whose own painting does not show that it has the focus."""
    if isinstance(widget, QAbstractScrollArea):
        return True
    if isinstance(widget, QPushButton) and widget.isDefault():
        return True  # a default button looks the same with the focus as without
    if isinstance(widget, QAbstractButton):
        return bool(_style_sheet(widget))
    return type(widget).__module__.startswith("fgc_desktop")  # painted by the app itself


def install(app: QApplication | None = None) -> None:
    """Follow the focus in every window of the application with the ring (once)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.findChild(_RingKeeper, _NAME) is not None:
        return
    keeper = _RingKeeper(app)
    keeper.setObjectName(_NAME)
    app.focusChanged.connect(keeper.follow)  # type: ignore[attr-defined]


class FocusRing(QWidget):
    """The ring itself: laid over the focused widget, letting every click through."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Two pixels of highlight just inside the focused widget's edge."""
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


class _RingKeeper(QObject):
    """Moves one ring to whichever widget takes the focus, and keeps it on the widget's edge."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._ring: FocusRing | None = None
        self._target: QWidget | None = None

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Put the ring on the newly focused widget, or take it away."""
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None
        ring = self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None
        if new is None or not needs_ring(new):
            if ring is not None:
                ring.hide()
            return
        if ring is None:
            ring = self._ring = FocusRing()
        ring.setParent(new)  # owned by the widget it marks; a new ring is made if it goes
        ring.setGeometry(new.rect())
        ring.raise_()
        ring.show()
        self._target = new
        new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the ring the size of the widget it marks."""
        ring = self._ring
        if event.type() == QEvent.Type.Resize and ring is not None and shiboken6.isValid(ring):
            ring.setGeometry(watched.rect())  # type: ignore[attr-defined]
        return False


def _style_sheet(widget: QWidget) -> str:
    sheets = []
    current: QWidget | None = widget
    while current is not None:
        sheets.append(current.styleSheet())
        current = current.parentWidget()
    return "".join(sheets) + (QApplication.instance().styleSheet())  # type: ignore[union-attr]
