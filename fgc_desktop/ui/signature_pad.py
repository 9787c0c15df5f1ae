"""A box to sign in with a mouse, a finger or a stylus, kept as strokes in the 3x1 signature box."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from fgc_desktop.domain.plan import SIGNATURE_BOX, Point, Stroke
from fgc_desktop.ui.translation import tr, tr_noop

_INK = QColor("#102a5c")
_BASELINE = QColor("#9aa5b8")
_HINT = QColor("#8b95a7")
_BORDER = QColor("#7d8aa0")
# Points closer than this (in pixels) to the previous one add nothing but bulk to the store.
_MIN_STEP_PX = 0.75
# The ink is 2.5 px on a 200 px high pad and grows or shrinks with it, as pen on paper would.
_INK_PER_HEIGHT = 2.5 / 200

DESCRIPTION = tr_noop(
    "Draw the signature here with a mouse, a finger or a stylus. Ctrl+Z takes back the last "
    "stroke, Ctrl+Shift+Z puts it back. Signing needs a pointer: without one, record instead "
    "that the person agreed by phone, signed on paper or declined to sign."
)


def signing_rect(area: QRectF) -> QRectF:
    """The largest 3:1 rectangle centred in an area, so a signature never stretches."""
    width, height = SIGNATURE_BOX
    scale = min(area.width() / width, area.height() / height)
    size_w, size_h = width * scale, height * scale
    return QRectF(
        area.x() + (area.width() - size_w) / 2,
        area.y() + (area.height() - size_h) / 2,
        size_w,
        size_h,
    )


def stroke_path(points: Sequence[QPointF]) -> QPainterPath:
    """A smooth path through a stroke: quadratic curves between the midpoints of its points.

    Each sampled point becomes a control point and the curve passes through the midpoints, which
    irons out the corners that mouse and touch sampling leave in a line.
    """
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) < 3:
        for point in points[1:]:
            path.lineTo(point)
        return path
    for current, following in pairwise(points[1:]):
        middle = (current + following) / 2
        path.quadTo(current, middle)
    path.lineTo(points[-1])
    return path


def paint_strokes(
    painter: QPainter,
    strokes: Sequence[Stroke],
    rect: QRectF,
    *,
    ink: QColor = _INK,
    pen_width: float | None = None,
) -> None:
    """Draw strokes given in the signature box into a 3:1 rectangle on screen."""
    scale = rect.width() / SIGNATURE_BOX[0]
    width = pen_width if pen_width is not None else rect.height() * _INK_PER_HEIGHT
    pen = QPen(ink, max(1.0, width))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for stroke in strokes:
        points = [QPointF(rect.x() + x * scale, rect.y() + y * scale) for x, y in stroke]
        painter.drawPath(stroke_path(points))
    painter.restore()


def signature_picture(strokes: Sequence[Stroke], width: int) -> QPixmap:
    """A small picture of a signature on white, `width` pixels wide and a third as high."""
    height = max(1, round(width * SIGNATURE_BOX[1] / SIGNATURE_BOX[0]))
    picture = QPixmap(width, height)
    picture.fill(Qt.GlobalColor.white)
    painter = QPainter(picture)
    # Thumbnails get slightly heavier ink, or a signature fades to hairlines at this size.
    rect = QRectF(0, 0, width, height).adjusted(1, 1, -1, -1)
    paint_strokes(painter, strokes, rect, pen_width=max(1.4, height * _INK_PER_HEIGHT))
    painter.end()
    return picture


class SignaturePad(QWidget):
    """Where a participant signs: smooth ink, undo and redo, and the strokes in box units.

    Points are kept in the 3x1 signature box from the moment they are drawn, so resizing the
    window never distorts what was signed; `strokes()` gives exactly what the service stores.
    """

    changed = Signal()
    empty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: list[Point] | None = None
        # Whole states rather than single strokes, so Clear can be undone like any stroke.
        self._undo: list[list[Stroke]] = []
        self._redo: list[list[Stroke]] = []
        self._was_empty = True
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(300, 100)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(tr("Signature pad"))
        self.setAccessibleDescription(tr(DESCRIPTION))
        self.setToolTip(tr("Sign here with a mouse, finger or stylus"))

    # What a dialog reads and sets.
    def strokes(self) -> tuple[Stroke, ...]:
        """The signature as strokes of (x, y) points in the 3x1 box, y pointing down."""
        return tuple(self._strokes)

    def set_strokes(self, strokes: Sequence[Sequence[Point]]) -> None:
        """Show a signature given in box units (e.g. to look at a stored one); clears history."""
        self._strokes = [tuple((float(x), float(y)) for x, y in s) for s in strokes if len(s) >= 2]
        self._current = None
        self._undo.clear()
        self._redo.clear()
        self._changed()

    def is_empty(self) -> bool:
        """True while nothing has been signed."""
        return not self._strokes and self._current is None

    def can_undo(self) -> bool:
        """Whether Undo has something to take back."""
        return bool(self._undo)

    def can_redo(self) -> bool:
        """Whether Redo has something to put back."""
        return bool(self._redo)

    def clear(self) -> None:
        """Wipe the pad; Undo brings the signature back."""
        if self._strokes:
            self._remember()
            self._strokes = []
            self._changed()

    def undo(self) -> None:
        """Take back the last change (normally the last stroke)."""
        if self._undo:
            self._redo.append(self._strokes)
            self._strokes = self._undo.pop()
            self._changed()

    def redo(self) -> None:
        """Put back what Undo took."""
        if self._redo:
            self._undo.append(self._strokes)
            self._strokes = self._redo.pop()
            self._changed()

    # Geometry.
    def sizeHint(self) -> QSize:
        """Big enough to sign comfortably with a finger."""
        return QSize(600, 200)

    def hasHeightForWidth(self) -> bool:
        """The pad keeps the signature box's 3:1 shape."""
        return True

    def heightForWidth(self, width: int) -> int:
        """A third of the width, as the signature box."""
        return round(width * SIGNATURE_BOX[1] / SIGNATURE_BOX[0])

    def signing_area(self) -> QRectF:
        """The 3:1 rectangle on screen that maps onto the signature box."""
        return signing_rect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def to_box(self, position: QPointF) -> Point:
        """A widget position as a point in the signature box, kept inside it."""
        area = self.signing_area()
        scale = area.width() / SIGNATURE_BOX[0]
        x = (position.x() - area.x()) / scale
        y = (position.y() - area.y()) / scale
        return (min(max(x, 0.0), SIGNATURE_BOX[0]), min(max(y, 0.0), SIGNATURE_BOX[1]))

    # Pen down, move, pen up: shared by mouse, stylus and touch.
    def _begin(self, position: QPointF) -> None:
        self._current = [self.to_box(position)]
        self.update()

    def _extend(self, position: QPointF) -> None:
        if self._current is None:
            return
        point = self.to_box(position)
        last = self._current[-1]
        step = self.signing_area().width() / SIGNATURE_BOX[0]
        if abs(point[0] - last[0]) * step + abs(point[1] - last[1]) * step < _MIN_STEP_PX:
            return
        self._current.append(point)
        self.update()

    def _end(self, position: QPointF | None) -> None:
        if self._current is None:
            return
        if position is not None:
            self._extend(position)
        stroke, self._current = tuple(self._current), None
        # A single point is a slip of the finger or a click, not part of a signature.
        if len(stroke) >= 2:
            self._remember()
            self._strokes = [*self._strokes, stroke]
        self._changed()

    def _cancel(self) -> None:
        self._current = None
        self._changed()

    def _remember(self) -> None:
        self._undo.append(self._strokes)
        self._redo.clear()

    def _changed(self) -> None:
        self.update()
        self.changed.emit()
        empty = self.is_empty()
        if empty != self._was_empty:
            self._was_empty = empty
            self.empty_changed.emit(empty)

    # Qt input.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The left button puts the pen down."""
        if event.button() is Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Moving with the left button held draws."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Letting go ends the stroke."""
        if event.button() is Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A stylus draws like the mouse; accepting stops Qt making mouse events of it too.

        Pressure is not used: the stored strokes have no width, so the signature on paper
        could not show it anyway.
        """
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            if event.buttons() & Qt.MouseButton.LeftButton or event.pressure() > 0:
                self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """Touch: the first finger signs; a second finger is ignored, not drawn."""
        kind = event.type()
        if isinstance(event, QTouchEvent) and kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._touch(event)
            event.accept()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            return
        points = event.points()
        if not points:
            return
        position = points[0].position()
        if kind == QEvent.Type.TouchBegin:
            self._begin(position)
        elif kind == QEvent.Type.TouchUpdate:
            self._extend(position)
        else:
            self._end(position)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Z undoes the last stroke; Ctrl+Shift+Z (or the platform's Redo) redoes it."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Z
            and event.modifiers()
            == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.redo()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # Painting.
    def paintEvent(self, event: QPaintEvent) -> None:
        """White paper, a baseline to sign on, a hint until the first stroke, then the ink."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        area = self.signing_area()
        painter.fillRect(area, Qt.GlobalColor.white)
        border = QPen(self.palette().highlight().color() if self.hasFocus() else _BORDER)
        border.setWidthF(2.0 if self.hasFocus() else 1.0)
        painter.setPen(border)
        painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
        margin, height = area.width() * 0.05, area.height()
        baseline_y = area.y() + height * 0.75
        painter.setPen(QPen(_BASELINE, 1.0))
        painter.drawLine(
            QPointF(area.x() + margin, baseline_y), QPointF(area.right() - margin, baseline_y)
        )
        cross = QFont(self.font())
        cross.setPointSizeF(cross.pointSizeF() * 1.3)
        painter.setFont(cross)
        painter.drawText(
            QRectF(area.x() + margin, baseline_y - height * 0.3, margin, height * 0.28),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            "✕",
        )
        if self.is_empty():
            hint = QFont(self.font())
            hint.setPointSizeF(max(hint.pointSizeF(), area.height() / 9))
            painter.setFont(hint)
            painter.setPen(_HINT)
            painter.drawText(
                QRectF(area.x(), baseline_y - height * 0.42, area.width(), height * 0.4),
                Qt.AlignmentFlag.AlignCenter,
                tr("Sign here"),
            )
        strokes = list(self._strokes)
        if self._current is not None and len(self._current) >= 1:
            strokes.append(tuple(self._current))
        paint_strokes(painter, strokes, area)
        painter.end()
