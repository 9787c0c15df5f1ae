"""The network map on screen: the children at the centre and the people around them by side.

The geometry comes from domain.network_map, so the screen shows the same picture as the
referral summary PDF. Roles are told apart by the border (double, thick, thin, dashed, dotted)
as well as by colour, and a small legend under the map says which is which.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Side
from fgc_desktop.domain.network_map import (
    HEIGHT,
    NODE_HEIGHT,
    NODE_WIDTH,
    WIDTH,
    MapKind,
    MapNode,
    NetworkMap,
    kinds_on,
    map_kind,
    network_map,
)
from fgc_desktop.ui.translation import tr, tr_noop

EMPTY_MESSAGE = tr_noop("Add the children and the people around them on the Network page.")
ACCESSIBLE_NAME = tr_noop("Network map")

# The same quiet palette as the printed documents.
_INK = QColor("#262626")
_MUTED = QColor("#625d57")
_ACCENT = QColor("#2e5e5a")
_LINK = QColor("#b9b0a3")
_TINT = QColor("#f3eee6")
_CHILD_TINT = QColor("#e3ecea")
_PAPER = QColor("#ffffff")
_BACKING = QColor(255, 255, 255, 225)

_RULE = QColor("#d4ccc0")
_LEGEND_GAP = 18.0
_PADDING = 6.0
# Sizes in scene units (pixels at 1:1), so the map looks the same on any screen or export.
_NAME_PIXELS = 16
_CAPTION_PIXELS = 14
_LABEL_PIXELS = 13
_MARGIN = 16.0


@dataclass(frozen=True)
class _Look:
    width: float
    style: Qt.PenStyle
    rounded: bool
    fill: QColor
    stroke: QColor
    double: bool = False


_LOOKS = {
    MapKind.CHILD: _Look(2.0, Qt.PenStyle.SolidLine, True, _CHILD_TINT, _ACCENT, double=True),
    MapKind.PARENT: _Look(2.4, Qt.PenStyle.SolidLine, True, _PAPER, _INK),
    MapKind.FAMILY: _Look(1.2, Qt.PenStyle.SolidLine, True, _PAPER, _INK),
    MapKind.FRIEND: _Look(1.4, Qt.PenStyle.DashLine, True, _PAPER, _INK),
    MapKind.PROFESSIONAL: _Look(1.6, Qt.PenStyle.DotLine, False, _TINT, _MUTED),
}


def _font(pixels: int, *, bold: bool = False) -> QFont:
    """The interface font (Noto Sans with the bundled fallbacks) at a size in scene units."""
    font = QFont(QApplication.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _paint_box(painter: QPainter, rect: QRectF, kind: MapKind) -> None:
    """A person's box: fill, border and (for children) a second border inside the first."""
    look = _LOOKS[kind]
    radius = 10.0 if look.rounded else 0.0
    pen = QPen(look.stroke, look.width, look.style)
    pen.setCosmetic(False)
    painter.setPen(pen)
    painter.setBrush(QBrush(look.fill))
    painter.drawRoundedRect(rect, radius, radius)
    if look.double:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inner = rect.adjusted(4, 4, -4, -4)
        painter.drawRoundedRect(inner, radius - 3, radius - 3)


class _PersonBox(QGraphicsItem):
    """One person: a box of their kind with the name in bold and the relationship under it."""

    def __init__(self, node: MapNode) -> None:
        super().__init__()
        self.node = node
        self.kind = map_kind(node.role)
        self._rect = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)
        self.setPos(node.x, node.y)
        self.setZValue(2 if node.is_child else 1)
        name_font, caption_font = _font(_NAME_PIXELS, bold=True), _font(_CAPTION_PIXELS)
        room = NODE_WIDTH - 2 * _PADDING - (8 if node.is_child else 0)
        self.name_text = _elided(node.name, name_font, room)
        self.caption_text = _elided(node.caption, caption_font, room)
        self._fonts = name_font, caption_font
        # Hovering shows everything, however much the box had to cut short.
        self.setToolTip(f"{node.name}\n{node.caption} · {tr(node.role.label)}")

    def boundingRect(self) -> QRectF:
        """The box and its border."""
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Draw the box, then the two lines of text centred in it."""
        del option, widget  # the box looks the same however it is shown
        _paint_box(painter, self._rect, self.kind)
        name_font, caption_font = self._fonts
        top = self._rect.adjusted(0, 5, 0, -NODE_HEIGHT / 2)
        bottom = self._rect.adjusted(0, NODE_HEIGHT / 2 - 1, 0, -5)
        painter.setPen(_INK)
        painter.setFont(name_font)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self.name_text)
        painter.setPen(_MUTED)
        painter.setFont(caption_font)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, self.caption_text)


def _around_centre(drawn: QRectF) -> QRectF:
    """The drawn area widened to be even about the map's centre, so the children stay central."""
    half_width = max(WIDTH / 2 - drawn.left(), drawn.right() - WIDTH / 2)
    half_height = max(HEIGHT / 2 - drawn.top(), drawn.bottom() - HEIGHT / 2)
    return QRectF(WIDTH / 2 - half_width, HEIGHT / 2 - half_height, 2 * half_width, 2 * half_height)


def _elided(text: str, font: QFont, width: float) -> str:
    """The text on one line of that width, cut short with an ellipsis if it is too long."""
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class NetworkMapView(QGraphicsView):
    """The map of one conference's network, scaled to fit the view; exportable as PNG."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)
        self._scene.setBackgroundBrush(QBrush(_PAPER))
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(320, 240)
        self.setAccessibleName(tr(ACCESSIBLE_NAME))
        # Focus lets keyboard and screen reader users reach the map and hear its description.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layout_map: NetworkMap | None = None
        self._show_empty()

    def show_conference(self, conference: Conference) -> None:
        """Draw the conference's network: its children at the centre, each side around them."""
        layout = network_map(conference)
        self.layout_map = layout
        self._scene.clear()
        if not layout.nodes:
            self._show_empty()
            return
        self._add_links(layout)
        for node in layout.nodes:
            self._scene.addItem(_PersonBox(node))
        self._add_side_labels(layout)
        drawn = _around_centre(self._scene.itemsBoundingRect())
        self._add_legend(layout, drawn)
        # Only the part of the layout's box that is used, so a small family is shown large.
        used = self._scene.itemsBoundingRect()
        self._scene.setSceneRect(used.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN))
        self.setAccessibleDescription(describe(layout))
        self._fit()

    def person_boxes(self) -> list[_PersonBox]:
        """The people on the map, children first (as laid out)."""
        boxes = [item for item in self._scene.items() if isinstance(item, _PersonBox)]
        nodes = self.layout_map.nodes if self.layout_map else ()
        order = {node.person_id: number for number, node in enumerate(nodes)}
        return sorted(boxes, key=lambda box: order.get(box.node.person_id, 0))

    def render_image(self, width: int = 1600) -> QImage:
        """The whole map as a picture `width` pixels wide, on white, for export."""
        source = self._scene.sceneRect()
        height = max(1, round(width * source.height() / source.width()))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(1.0)
        image.fill(_PAPER)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self._scene.render(painter, QRectF(0, 0, width, height), source)
        painter.end()
        return image

    def save_png(self, path: Path) -> None:
        """Export the map as a PNG file; OSError says why when the file cannot be written."""
        path = Path(path)
        if not path.parent.is_dir():
            raise OSError(
                tr("Cannot save the network map: the folder {folder} does not exist.").format(
                    folder=path.parent
                )
            )
        if not self.render_image().save(str(path), "PNG"):
            raise OSError(
                tr(
                    "Cannot save the network map to {path}: the folder may be read-only "
                    "or the disk full. Choose another place."
                ).format(path=path)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the whole map in view, at its own proportions, whatever the window's size."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _show_empty(self) -> None:
        self._scene.clear()
        self._scene.setSceneRect(QRectF(0, 0, WIDTH, HEIGHT / 2))
        message = self._scene.addText(tr(EMPTY_MESSAGE), _font(20))
        message.setDefaultTextColor(_MUTED)
        message.setTextWidth(WIDTH * 0.6)
        message.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignCenter))
        bounds = message.boundingRect()
        message.setPos((WIDTH - bounds.width()) / 2, (HEIGHT / 2 - bounds.height()) / 2)
        self.setAccessibleDescription(tr(EMPTY_MESSAGE))
        self._fit()

    def _add_links(self, layout: NetworkMap) -> None:
        by_id = {node.person_id: node for node in layout.nodes}
        pen = QPen(_LINK, 1.6)
        for child_id, person_id in layout.links:
            child, person = by_id[child_id], by_id[person_id]
            line = self._scene.addLine(child.x, child.y, person.x, person.y, pen)
            line.setZValue(0)  # under the boxes, so lines meet at the children's edges

    def _add_side_labels(self, layout: NetworkMap) -> None:
        font = _font(_LABEL_PIXELS, bold=True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        for group in layout.groups:
            label = self._scene.addSimpleText(tr(group.label).upper(), font)
            label.setBrush(_ACCENT)
            bounds = label.boundingRect()
            x = min(max(group.x - bounds.width() / 2, 2), WIDTH - bounds.width() - 2)
            label.setPos(x, group.y - bounds.height() / 2)
            label.setZValue(4)
            # A crowded map can put a label near a box or a line: a paper backing keeps it legible.
            backing = QPainterPath()
            backing.addRoundedRect(label.sceneBoundingRect().adjusted(-4, -1, 4, 1), 4, 4)
            paper = self._scene.addPath(backing, QPen(Qt.PenStyle.NoPen), QBrush(_BACKING))
            paper.setZValue(3)

    def _add_legend(self, layout: NetworkMap, drawn: QRectF) -> None:
        """A one-line key under the map to the kinds of box it uses."""
        font = _font(_CAPTION_PIXELS)
        metrics = QFontMetricsF(font)
        rule_y = drawn.bottom() + _LEGEND_GAP
        rule = self._scene.addLine(drawn.left(), rule_y, drawn.right(), rule_y, QPen(_RULE, 1))
        rule.setZValue(0)
        top = rule_y + 10
        x = drawn.left()
        for kind in kinds_on(layout):
            sample = _LegendSample(kind)
            sample.setPos(x, top)
            self._scene.addItem(sample)
            text = self._scene.addSimpleText(kind.value, font)
            text.setBrush(_INK)
            text.setPos(x + 38, top + (24 - metrics.height()) / 2)
            x += 38 + metrics.horizontalAdvance(kind.value) + 26


class _LegendSample(QGraphicsItem):
    """A small box drawn the way the map draws that kind of person."""

    def __init__(self, kind: MapKind) -> None:
        super().__init__()
        self.kind = kind

    def boundingRect(self) -> QRectF:
        """The sample and its border."""
        return QRectF(-2, -2, 34, 28)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """The sample box."""
        del option, widget
        _paint_box(painter, QRectF(0, 0, 30, 24), self.kind)


def describe(layout: NetworkMap) -> str:
    """The map in words, for screen readers: the children, then each side and its people."""
    children = [node for node in layout.nodes if node.is_child]
    parts = []
    if children:
        names = ", ".join(node.name for node in children)
        parts.append(tr("At the centre: {names}.").format(names=names))
    for side in Side:
        people = [node for node in layout.nodes if node.side is side and not node.is_child]
        if people:
            names = "; ".join(f"{node.name} ({node.caption})" for node in people)
            parts.append(f"{tr(side.label)}: {names}.")
    return " ".join(parts)
