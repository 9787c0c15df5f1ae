"""The one-page service statistics report: headline figures and two bar charts for a period.

For managers and the service's own records. It names no one: figures only. It is always one A4
page: charts never have more than domain.statistics.MOST_BARS bars, and KeepInFrame shrinks
whatever would still not fit.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fgc_desktop.documents.fonts import LATIN, LATIN_BOLD
from fgc_desktop.documents.pages import PageFurniture, numbered_canvas
from fgc_desktop.documents.styles import (
    ACCENT,
    HEADER_TINT,
    INK,
    MUTED,
    PAGE_SIZE,
    RULE,
    TEXT_LEFT,
    TEXT_RIGHT,
    fixed_paragraph,
    style,
    user_paragraph,
)
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.statistics import (
    Chart,
    Figure,
    ServiceFigures,
    axis_labels,
    charts,
    long_date,
)

AUTHOR = "FGC Desktop"
NO_NAMES = "Figures only: this report names no family, child or worker."

_MARGIN_TOP = 21 * mm
_MARGIN_BOTTOM = 18.5 * mm
_WIDTH = TEXT_RIGHT - TEXT_LEFT
_HEIGHT = PAGE_SIZE[1] - _MARGIN_TOP - _MARGIN_BOTTOM - 12
_CHART_HEIGHT = 178.0
_FIGURE_SHARES = (50, 16, 34)

# The chart's type sizes (points) and the room around the plot.
_TICK_SIZE = 7.0
_LABEL_SIZE = 7.0
_VALUE_SIZE = 7.0
_LEAST_VALUE_SIZE = 5.0
_BOTTOM_ROOM = 2 * _LABEL_SIZE + 8
_TOP_ROOM = _VALUE_SIZE + 4
_BAR_SHARE = 0.62
_WIDEST_BAR = 30.0
_GRID = RULE
_BAR = ACCENT


def render_statistics_report(
    figures: ServiceFigures, coordinator: Coordinator, *, printed_on: date | None = None
) -> bytes:
    """The report as one A4 page of PDF bytes."""
    printed_on = printed_on or date.today()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=TEXT_LEFT - 6,
        rightMargin=PAGE_SIZE[0] - TEXT_RIGHT - 6,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        title=f"Service statistics, {figures.period.label}",
        author=AUTHOR,
        creator=AUTHOR,
        # Otherwise every page names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
        invariant=1,
    )
    furniture = PageFurniture(
        header_left="Service statistics",
        header_right=figures.period.label,
        footer_left=f"Printed on {long_date(printed_on)}",
    )
    document.build(
        [KeepInFrame(_WIDTH, _HEIGHT, _story(figures, coordinator), mode="shrink")],
        canvasmaker=numbered_canvas(furniture),
    )
    return buffer.getvalue()


def _story(figures: ServiceFigures, coordinator: Coordinator) -> list[Flowable]:
    period = figures.period
    days = f"{period.days:,} day{'s' if period.days != 1 else ''}"
    story: list[Flowable] = [fixed_paragraph("Service statistics", "sheet_title")]
    if coordinator.service.strip():
        story.append(user_paragraph(coordinator.service, "small_strong", is_name=True))
    story += [
        fixed_paragraph(f"{period.label} ({days}, first and last day included)", "small"),
        _heading("Headline figures"),
        _figures_table(figures.headline()),
    ]
    for chart in charts(figures):
        story += [_heading(chart.title), ChartFigure(chart, _WIDTH, _CHART_HEIGHT)]
    story += [
        Spacer(1, 4),
        fixed_paragraph(
            "The first and last bar of a chart count only the days inside the period. "
            "A conference counts as held once its day has begun. " + NO_NAMES,
            "small_note",
        ),
    ]
    return story


def _heading(text: str) -> Flowable:
    heading = fixed_paragraph(text, "sheet_heading")
    heading.keepWithNext = 1
    return heading


@cache
def _value_style() -> ParagraphStyle:
    """A figure's value: large, bold and right-aligned, so the numbers line up."""
    return ParagraphStyle(
        "statistics_value", parent=style("sheet_title"), fontSize=15, leading=18, alignment=TA_RIGHT
    )


@cache
def _right_aligned(name: str) -> ParagraphStyle:
    return ParagraphStyle(f"{name}-right", parent=style(name), alignment=TA_RIGHT)


def _value(figure: Figure) -> Paragraph:
    """The value large, its unit in smaller type after it."""
    unit = f" <font size=9>{figure.unit}</font>" if figure.unit and figure.value is not None else ""
    return Paragraph(f"{figure.number}{unit}", _value_style())


def _figures_table(figures: tuple[Figure, ...]) -> Table:
    """Each figure: what it is and counts, its value, and what it is out of."""
    head = [
        fixed_paragraph("Figure and what it counts", "small_cell_head"),
        Paragraph("Value", _right_aligned("small_cell_head")),
        fixed_paragraph("Out of", "small_cell_head"),
    ]
    rows = [
        [
            [
                fixed_paragraph(figure.label, "small_strong"),
                fixed_paragraph(figure.explanation, "small_note"),
            ],
            _value(figure),
            fixed_paragraph(figure.detail or "–", "small"),
        ]
        for figure in figures
    ]
    widths = [_WIDTH * share / sum(_FIGURE_SHARES) for share in _FIGURE_SHARES]
    table = Table([head, *rows], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), LATIN),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_TINT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (1, 0), (1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


class ChartFigure(Flowable):
    """A bar chart drawn with reportlab graphics: gridlines, bars, each bar's value and label."""

    def __init__(self, chart: Chart, width: float, height: float) -> None:
        super().__init__()
        self.chart = chart
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The chart takes its full size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the chart at the flowable's origin."""
        renderPDF.draw(chart_drawing(self.chart, self.width, self.height), self.canv, 0, 0)


def chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """The chart as a reportlab Drawing of the given size."""
    drawing = Drawing(width, height)
    steps = chart.steps
    left = max(stringWidth(f"{step:,}", LATIN, _TICK_SIZE) for step in steps) + 6
    plot_width = width - left - 2
    plot_height = height - _BOTTOM_ROOM - _TOP_ROOM
    bottom = _BOTTOM_ROOM
    top_value = steps[-1]
    for step in steps:
        y = bottom + plot_height * step / top_value
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=_GRID, strokeWidth=0.5))
        drawing.add(_text(left - 4, y - _TICK_SIZE / 3, f"{step:,}", _TICK_SIZE, MUTED, "end"))
    drawing.add(Line(left, bottom, left + plot_width, bottom, strokeColor=INK, strokeWidth=0.8))
    if not chart.bars:
        return drawing
    slot = plot_width / len(chart.bars)
    bar_width = min(slot * _BAR_SHARE, _WIDEST_BAR)
    value_size = _value_size(chart, slot)
    for index, bar in enumerate(chart.bars):
        middle = left + slot * (index + 0.5)
        bar_height = plot_height * bar.value / top_value
        if bar.value:
            drawing.add(
                Rect(
                    middle - bar_width / 2,
                    bottom,
                    bar_width,
                    bar_height,
                    fillColor=_BAR,
                    strokeColor=None,
                )
            )
        value = _text(middle, bottom + bar_height + 2.5, f"{bar.value:,}", value_size, INK)
        value.fontName = LATIN_BOLD
        drawing.add(value)
    for label in axis_labels(chart.bars, slot, _label_width):
        middle = left + slot * (label.bar + 0.5)
        if label.is_year_line:
            # The year starts where its first bar does.
            year_y = bottom - 2 * _LABEL_SIZE - 5
            drawing.add(
                _text(middle - bar_width / 2, year_y, label.text, _LABEL_SIZE, MUTED, "start")
            )
        else:
            drawing.add(_text(middle, bottom - _LABEL_SIZE - 3, label.text, _LABEL_SIZE, INK))
    if chart.is_empty:
        middle_y = bottom + plot_height / 2
        drawing.add(_text(left + plot_width / 2, middle_y, "None in this period", 9, MUTED))
    return drawing


def _text(
    x: float, y: float, text: str, size: float, colour: Color, anchor: str = "middle"
) -> String:
    """A line of the chart's own (Latin) words in the embedded font."""
    return String(x, y, text, fontName=LATIN, fontSize=size, fillColor=colour, textAnchor=anchor)


def _value_size(chart: Chart, slot: float) -> float:
    """The largest type, up to _VALUE_SIZE, in which every value fits above its bar."""
    widest = max(stringWidth(f"{bar.value:,}", LATIN_BOLD, _VALUE_SIZE) for bar in chart.bars)
    return max(_LEAST_VALUE_SIZE, min(_VALUE_SIZE, _VALUE_SIZE * (slot - 2) / widest))


def _label_width(text: str) -> float:
    return stringWidth(text, LATIN, _LABEL_SIZE)
