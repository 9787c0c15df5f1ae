"""A bar chart painted with QPainter: gridlines, bars, each bar's value written above it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from fgc_desktop.domain.statistics import Bar, Chart, axis_labels, long_date
from fgc_desktop.ui.readable_colours import readable_against
from fgc_desktop.ui.translation import tr, tr_words

BAR = QColor("#2e5e5a")
GRID = QColor("#d4ccc0")
AXIS = QColor("#262626")
MUTED = QColor("#625d57")
# Bars take this share of their slot, up to a width that still reads as a bar, not a block.
_BAR_SHARE = 0.62
_WIDEST_BAR = 44.0
_PADDING = 6.0


class BarChart(QWidget):
    """One count over the period as bars; every value is written, so colour carries nothing."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        """`unit` names what is counted in tooltips, e.g. "referrals"."""
        super().__init__(parent)
        self.chart: Chart | None = None
        self._unit = unit
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so screen readers can reach it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)

    def set_chart(self, chart: Chart | None) -> None:
        """Show a chart (None while counting); its bars are also told in words."""
        self.chart = chart
        self.setAccessibleName(tr_words(chart.title) if chart else tr("Chart"))
        self.setAccessibleDescription(chart.description if chart else tr("Counting…"))
        self.update()

    def sizeHint(self) -> QSize:
        """Wide enough for a year of months, tall enough to compare bars."""
        return QSize(480, 230)

    def bar_at(self, x: float) -> Bar | None:
        """The bar under a horizontal position, or None."""
        layout = self._layout()
        if layout is None or not self.chart:
            return None
        left, slot = layout[0], layout[2]
        index = int((x - left) // slot)
        return self.chart.bars[index] if 0 <= index < len(self.chart.bars) else None

    def event(self, event: QEvent) -> bool:
        """Hovering over a bar tells its months and count in full."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.position().x())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tip(bar), self)
            return True
        return super().event(event)

    def _tip(self, bar: Bar) -> str:
        span = (
            tr_words(long_date(bar.start))
            if bar.start == bar.end
            else tr("{start} to {end}").format(
                start=tr_words(long_date(bar.start)), end=tr_words(long_date(bar.end))
            )
        )
        return f"{bar.value:,} {self._unit}, {span}"

    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))
        bold = QFont(small)
        bold.setBold(True)
        return small, bold

    def _layout(self) -> tuple[float, float, float, float, float] | None:
        """Left and top of the plot, the width per bar, and the plot's width and height."""
        if self.chart is None:
            return None
        small, _ = self._fonts()
        metrics = QFontMetricsF(small)
        ticks = max(metrics.horizontalAdvance(f"{step:,}") for step in self.chart.steps)
        left = _PADDING + ticks + 6
        top = _PADDING + metrics.height() + 2
        bottom_room = 2 * metrics.height() + 8
        width = self.width() - left - _PADDING
        height = self.height() - top - bottom_room
        count = max(len(self.chart.bars), 1)
        return left, top, width / count, width, height

    def _ink(self, colour: QColor) -> QColor:
        """One of the chart's colours, made to read on the palette's (e.g. black) background."""
        palette = self.palette()
        return readable_against(colour, palette.base().color(), palette.text().color())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Gridlines with their values, the bars, each value, then the months under them."""
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        layout = self._layout()
        if layout is None:
            painter.setPen(self._ink(MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Counting…"))
            return
        assert self.chart is not None
        left, top, _, width, height = layout
        if width < 40 or height < 40:
            return
        small, bold = self._fonts()
        metrics = QFontMetricsF(small)
        steps = self.chart.steps
        highest = steps[-1]
        base = top + height
        painter.setFont(small)
        for step in steps:
            y = base - height * step / highest
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(left, y), QPointF(left + width, y))
            painter.setPen(self._ink(MUTED))
            box = QRectF(_PADDING, y - metrics.height() / 2, left - _PADDING - 6, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{step:,}"
            )
        painter.setPen(QPen(self._ink(AXIS), 1.2))
        painter.drawLine(QPointF(left, base), QPointF(left + width, base))
        self._paint_bars(painter, layout, bold)
        self._paint_labels(painter, layout, small)
        if self.hasFocus():  # where keyboard focus is, for people who do not use a mouse
            painter.setPen(QPen(self.palette().highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        if self.chart.is_empty:
            painter.setPen(self._ink(MUTED))
            painter.setFont(self.font())
            area = QRectF(left, top, width, height)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("None in this period"))

    def _paint_bars(
        self, painter: QPainter, layout: tuple[float, float, float, float, float], bold: QFont
    ) -> None:
        assert self.chart is not None
        left, top, slot, _, height = layout
        base = top + height
        highest = self.chart.steps[-1]
        bar_width = min(slot * _BAR_SHARE, _WIDEST_BAR)
        metrics = QFontMetricsF(bold)
        widest = max(metrics.horizontalAdvance(f"{bar.value:,}") for bar in self.chart.bars)
        if widest > slot - 2:
            bold = QFont(bold)
            bold.setPointSizeF(max(bold.pointSizeF() * (slot - 2) / widest, 5.0))
            metrics = QFontMetricsF(bold)
        painter.setFont(bold)
        for index, bar in enumerate(self.chart.bars):
            middle = left + slot * (index + 0.5)
            bar_height = height * bar.value / highest
            if bar.value:
                painter.fillRect(
                    QRectF(middle - bar_width / 2, base - bar_height, bar_width, bar_height),
                    self._ink(BAR),
                )
            painter.setPen(self._ink(AXIS))
            box = QRectF(
                middle - slot / 2, base - bar_height - metrics.height() - 1, slot, metrics.height()
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{bar.value:,}")

    def _paint_labels(
        self, painter: QPainter, layout: tuple[float, float, float, float, float], small: QFont
    ) -> None:
        assert self.chart is not None
        left, top, slot, _, height = layout
        base = top + height
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        shown = axis_text

        def widths(text: str) -> float:
            return metrics.horizontalAdvance(shown(text))

        for label in axis_labels(self.chart.bars, slot, widths):
            if label.is_year_line:
                painter.setPen(self._ink(MUTED))
                # The year starts where its first bar does.
                x = left + slot * (label.bar + 0.5) - min(slot * _BAR_SHARE, _WIDEST_BAR) / 2
                box = QRectF(
                    x,
                    base + 4 + metrics.height(),
                    widths(label.text) + 2,
                    metrics.height(),
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignLeft, shown(label.text))
            else:
                painter.setPen(self._ink(AXIS))
                middle = left + slot * (label.bar + 0.5)
                text_width = widths(label.text) + 2
                box = QRectF(middle - text_width / 2, base + 3, text_width, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown(label.text))


def axis_text(text: str) -> str:
    """A bar's label in the interface's language: "Apr", "Apr–Jun" or a year."""
    return "–".join(tr(part) for part in text.split("–"))
