"""A signature drawn on screen, printed as smooth vector ink in the plan's signature box."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from itertools import pairwise

from reportlab.graphics.shapes import Drawing, Path, PolyLine

from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.styles import SIGNATURE_BASELINE, SIGNATURE_INK
from fgc_desktop.domain.plan import SIGNATURE_BOX, Point, Stroke

# Pen width in points: a fine ballpoint, dark enough to photocopy.
INK_WIDTH = 1.2
# Where the pad draws its line to sign on: three quarters down, 5% in from each side.
BASELINE_AT = 0.75
BASELINE_MARGIN = 0.05


def signature_drawing(strokes: Iterable[Stroke], width: float, height: float) -> Drawing:
    """The strokes as vector ink on a faint baseline, in a `width` x `height` area (a flowable).

    The pad's whole 3:1 box is mapped to the largest 3:1 rectangle that fits, centred, so a
    signature keeps the size and place it was drawn at, never stretched, over the same
    baseline the pad showed. Points outside the box are brought back to its edge.
    """
    box_width, box_height = SIGNATURE_BOX
    scale = min(width / box_width, height / box_height)
    # Centre the 3:1 rectangle in the area; reportlab's y grows up, the pad's grows down.
    left = (width - box_width * scale) / 2
    top = height - (height - box_height * scale) / 2

    def place(point: Point) -> Point:
        x, y = point
        x = min(max(x, 0.0), box_width)
        y = min(max(y, 0.0), box_height)
        return left + x * scale, top - y * scale

    # The font is never used, but otherwise the drawing names Helvetica, which is not embedded.
    drawing = Drawing(width, height, initialFontName=LATIN)
    margin = box_width * scale * BASELINE_MARGIN
    baseline_y = top - box_height * scale * BASELINE_AT
    drawing.add(
        PolyLine(
            [left + margin, baseline_y, left + box_width * scale - margin, baseline_y],
            strokeColor=SIGNATURE_BASELINE,
            strokeWidth=0.5,
        )
    )
    for stroke in strokes:
        points = [place(point) for point in _finite(stroke)]
        if points:
            drawing.add(_ink_path(points))
    return drawing


def _finite(stroke: Iterable[Sequence[float]]) -> list[Point]:
    """The stroke's points that are real numbers: a damaged record must not stop printing."""
    kept = []
    for point in stroke:
        try:
            x, y = float(point[0]), float(point[1])
        except (TypeError, ValueError, IndexError):
            continue
        if math.isfinite(x) and math.isfinite(y):
            kept.append((x, y))
    return kept


def _ink_path(points: list[Point]) -> Path:
    """One stroke as a smooth path, the same curve the pad drew on screen.

    The pad draws quadratic curves through the midpoints of its samples, with each sample as the
    control point; PDF has only cubic curves, so each quadratic is raised to its exact cubic.
    """
    path = Path(
        strokeColor=SIGNATURE_INK,
        strokeWidth=INK_WIDTH,
        strokeLineCap=1,
        strokeLineJoin=1,
        fillColor=None,
    )
    path.moveTo(*points[0])
    if len(points) == 1:
        # A dot (the i's dot, a full stop): a tiny segment that round caps turn into a point.
        x, y = points[0]
        path.lineTo(x + 0.01, y)
        return path
    if len(points) < 3:
        path.lineTo(*points[1])
        return path
    start = points[0]
    for control, following in pairwise(points[1:]):
        end = ((control[0] + following[0]) / 2, (control[1] + following[1]) / 2)
        path.curveTo(*_cubic_controls(start, control, end), *end)
        start = end
    path.lineTo(*points[-1])
    return path


def _cubic_controls(start: Point, control: Point, end: Point) -> tuple[float, float, float, float]:
    """The two control points of the cubic that traces the quadratic start-control-end."""
    return (
        start[0] + 2 / 3 * (control[0] - start[0]),
        start[1] + 2 / 3 * (control[1] - start[1]),
        end[0] + 2 / 3 * (control[0] - end[0]),
        end[1] + 2 / 3 * (control[1] - end[1]),
    )
