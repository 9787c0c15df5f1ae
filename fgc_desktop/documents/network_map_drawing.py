"""The network map on paper: the children at the centre, the people around them by side.

The geometry comes from domain.network_map, so the PDF shows the same picture as the screen.
Boxes, lines, side labels and the legend are reportlab graphics (a Drawing). The names are not:
a Drawing's String is never shaped, so Arabic would print as loose letters in the wrong order.
MapFigure therefore draws the Drawing and then sets every name and relationship as a Paragraph
(through user_paragraph, which picks the fonts for each script and shapes Arabic).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from fgc_desktop.documents.fonts import LATIN, LATIN_BOLD, register_fonts
from fgc_desktop.documents.styles import (
    ACCENT,
    HEADER_TINT,
    INK,
    MUTED,
    TINT,
    user_paragraph,
)
from fgc_desktop.domain.network import Role, Side
from fgc_desktop.domain.network_map import (
    NODE_HEIGHT,
    NODE_WIDTH,
    MapKind,
    MapNode,
    NetworkMap,
    kinds_on,
    map_kind,
    sample_role,
)

LEGEND_HEIGHT = 12.0
ELLIPSIS = "…"

_LINK = colors.HexColor("#b9b0a3")
_LABEL_SIZE = 7.0
_LEGEND_SIZE = 6.8
# The text in a box is set at this height of box and scaled with it (map_name + map_caption).
_LEAST_BOX_HEIGHT = 18.0
_TEXT_BOX_HEIGHT = 17.0
_CHILD_GAP = 3.0
_BOX_GAP = 3.0
_LEAST_BOX_WIDTH = 36.0
_PADDING = 2.0


@dataclass(frozen=True)
class _Look:
    stroke_width: float
    dashes: tuple[float, ...] | None
    rounded: bool
    fill: colors.Color
    stroke: colors.Color


_LOOKS = {
    MapKind.CHILD: _Look(2.0, None, True, HEADER_TINT, ACCENT),
    MapKind.PARENT: _Look(1.4, None, True, colors.white, INK),
    MapKind.FAMILY: _Look(0.7, None, True, colors.white, INK),
    MapKind.FRIEND: _Look(0.8, (2.2, 1.6), True, colors.white, INK),
    MapKind.PROFESSIONAL: _Look(0.8, (0.6, 1.4), False, TINT, MUTED),
}


@dataclass(frozen=True)
class Box:
    """Where one person's box sits in the drawing (reportlab's y, growing upwards)."""

    node: MapNode
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of the box."""
        return self.x + self.width / 2, self.y + self.height / 2


def map_boxes(layout: NetworkMap, width: float, height: float) -> list[Box]:
    """Each person's box, the layout scaled into width x height."""
    sx, sy = width / layout.width, height / layout.height
    # A squashed map keeps boxes tall enough for a name and a relationship.
    box_height = max(NODE_HEIGHT * sy, _LEAST_BOX_HEIGHT)
    centre_y = _children_spread(layout, sy, box_height)
    centres = [(node.x * sx, height - centre_y(node) * sy) for node in layout.nodes]
    boxes = []
    for index, (node, (x, y)) in enumerate(zip(layout.nodes, centres, strict=True)):
        box_width = _room_beside(index, layout.nodes, centres, NODE_WIDTH * sx, box_height)
        boxes.append(Box(node, x - box_width / 2, y - box_height / 2, box_width, box_height))
    return boxes


def _room_beside(
    index: int,
    nodes: tuple[MapNode, ...],
    centres: list[tuple[float, float]],
    width: float,
    height: float,
) -> float:
    """The box's width, narrowed so that it does not reach into a neighbour's box.

    A crowded side puts boxes side by side closer than their full width; two such neighbours
    each take at most the distance between their centres, less a gap (never less than
    _LEAST_BOX_WIDTH, so a very crowded side can still overlap: the layout is the domain's).
    """
    x, y = centres[index]
    if nodes[index].is_child:
        return width  # the centre of the map keeps its full width; the others make room
    for other, (other_x, other_y) in enumerate(centres):
        if other != index and abs(other_y - y) < height + _BOX_GAP:
            width = min(width, abs(other_x - x) - _BOX_GAP)
    return max(width, _LEAST_BOX_WIDTH)


def _children_spread(
    layout: NetworkMap, sy: float, box_height: float
) -> Callable[[MapNode], float]:
    """Each node's y in the layout, the children stacked at the centre moved apart if need be.

    Boxes taller than the layout's (see map_boxes) would overlap where the children are stacked.
    """
    heights = sorted(node.y for node in layout.nodes if node.is_child)
    spacing = min((b - a for a, b in itertools.pairwise(heights)), default=0.0)
    if not spacing:
        return lambda node: node.y
    middle = (heights[0] + heights[-1]) / 2
    spread = max(1.0, (box_height + _CHILD_GAP) / (spacing * sy))
    return lambda node: middle + (node.y - middle) * spread if node.is_child else node.y


def map_drawing(layout: NetworkMap, width: float, height: float) -> Drawing:
    """The map's lines, boxes and side labels, without names (see MapFigure)."""
    register_fonts()
    drawing = Drawing(width, height)
    boxes = map_boxes(layout, width, height)
    by_id = {box.node.person_id: box for box in boxes}
    for child_id, person_id in layout.links:
        (x1, y1), (x2, y2) = by_id[child_id].centre, by_id[person_id].centre
        drawing.add(Line(x1, y1, x2, y2, strokeColor=_LINK, strokeWidth=0.7))
    # Children last, so the lines meeting at the centre run under their boxes.
    for box in sorted(boxes, key=lambda b: b.node.is_child):
        drawing.add(_box_shape(box))
    for label in _side_labels(boxes, width, height):
        drawing.add(label)
    return drawing


def _box_shape(box: Box) -> Rect:
    look = _LOOKS[map_kind(box.node.role)]
    radius = min(box.height / 3, 5) if look.rounded else 0
    return Rect(
        box.x,
        box.y,
        box.width,
        box.height,
        rx=radius,
        ry=radius,
        fillColor=look.fill,
        strokeColor=look.stroke,
        strokeWidth=look.stroke_width,
        strokeDashArray=list(look.dashes) if look.dashes else None,
    )


def _side_labels(boxes: list[Box], width: float, height: float) -> list[String]:
    """A label over each side's group (under it for the group below the children).

    The layout's own label points can fall on a box, so labels are placed from the boxes.
    """
    labels = []
    for side in Side:
        group = [b for b in boxes if b.node.side is side and not b.node.is_child]
        if not group:
            continue
        if side is Side.OUTSIDE:
            lowest = min(group, key=lambda b: b.y)
            x, y = lowest.centre[0], lowest.y - _LABEL_SIZE - 1.5
        else:
            top = max(group, key=lambda b: b.y + b.height)
            x, y = top.centre[0], top.y + top.height + 3
        text_width = stringWidth(side.label.upper(), LATIN_BOLD, _LABEL_SIZE)
        x = max(text_width / 2, min(width - text_width / 2, x))
        y = max(1, min(height - _LABEL_SIZE, y))
        labels.append(
            String(
                x,
                y,
                side.label.upper(),
                fontName=LATIN_BOLD,
                fontSize=_LABEL_SIZE,
                fillColor=ACCENT,
                textAnchor="middle",
            )
        )
    return labels


def legend_drawing(layout: NetworkMap) -> Drawing:
    """A one-line key to the kinds of box the map uses, as wide as it needs."""
    register_fonts()
    drawing = Drawing(0, LEGEND_HEIGHT)
    x = 0.0
    for kind in kinds_on(layout):
        drawing.add(_box_shape(Box(_sample_node(kind), x, 1.5, 16, 9)))
        drawing.add(
            String(x + 20, 3.5, kind.value, fontName=LATIN, fontSize=_LEGEND_SIZE, fillColor=INK)
        )
        x += 20 + stringWidth(kind.value, LATIN, _LEGEND_SIZE) + 12
    drawing.width = max(x - 12, 0)
    return drawing


def _sample_node(kind: MapKind) -> MapNode:
    role = sample_role(kind)
    return MapNode("", "", "", role, Side.OUTSIDE, 0, 0, role is Role.CHILD)


class MapFigure(Flowable):
    """The network map as a flowable: the Drawing, then each name set as a Paragraph."""

    def __init__(self, layout: NetworkMap, width: float, height: float) -> None:
        super().__init__()
        self.layout = layout
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The figure's fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the shapes, then the names and relationships inside the boxes."""
        if not self.layout.nodes:
            self.canv.setFont(LATIN, 8)
            self.canv.setFillColor(MUTED)
            self.canv.drawString(0, self.height / 2, "No one is on the network map yet.")
            return
        renderPDF.draw(map_drawing(self.layout, self.width, self.height), self.canv, 0, 0)
        for box in map_boxes(self.layout, self.width, self.height):
            self._draw_words(box)

    def _draw_words(self, box: Box) -> None:
        """The name and relationship centred in the box, scaled with it."""
        scale = min(box.height / _TEXT_BOX_HEIGHT, 1.1)
        inner_width = (box.width - 2 * _PADDING) / scale
        lines = [_one_line(box.node.name, "map_name", inner_width)]
        if box.node.caption:
            lines.append(_one_line(box.node.caption, "map_caption", inner_width))
        heights = [line.wrap(inner_width, 100)[1] for line in lines]
        canvas = self.canv
        canvas.saveState()
        canvas.translate(box.x + _PADDING, box.y + box.height / 2 + sum(heights) * scale / 2)
        canvas.scale(scale, scale)
        top = 0.0
        for line, line_height in zip(lines, heights, strict=True):
            top -= line_height
            line.drawOn(canvas, 0, top)
        canvas.restoreState()


def map_figure(layout: NetworkMap, width: float, height: float) -> MapFigure:
    """The map as a flowable of that size, names in every script included."""
    return MapFigure(layout, width, height)


def _one_line(text: str, style_name: str, width: float) -> Paragraph:
    """The text on one line of that width, cut short with an ellipsis if it is too long."""
    paragraph = user_paragraph(text, style_name, is_name=True)
    if _fits_one_line(paragraph, width):
        return paragraph
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        trial = user_paragraph(text[:middle].rstrip() + ELLIPSIS, style_name, is_name=True)
        if _fits_one_line(trial, width):
            low = middle
        else:
            high = middle - 1
    return user_paragraph(text[:low].rstrip() + ELLIPSIS, style_name, is_name=True)


def _fits_one_line(paragraph: Paragraph, width: float) -> bool:
    # A word wider than the line is not broken but sticks out, so the widest word counts too.
    height = paragraph.wrap(width, 100)[1]
    return height <= paragraph.style.leading * 1.05 and paragraph.minWidth() <= width
