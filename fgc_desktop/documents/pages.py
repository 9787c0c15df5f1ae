"""What is printed on every page: header, footer, "Page X of Y" and the DRAFT mark."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fgc_desktop.documents.fonts import LATIN, LATIN_BOLD
from fgc_desktop.documents.styles import (
    DRAFT,
    MUTED,
    PAGE_SIZE,
    RULE,
    TEXT_LEFT,
    TEXT_RIGHT,
)

DRAFT_MARK = "DRAFT"


@dataclass(frozen=True)
class PageFurniture:
    """The words around the content of each page (plain Latin text, drawn on the canvas)."""

    header_left: str
    header_right: str
    footer_left: str = ""
    draft: bool = False


def numbered_canvas(furniture: PageFurniture) -> Callable[..., Canvas]:
    """A canvasmaker for doc.build that draws the furniture once the page count is known."""

    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(furniture, *args, **kwargs)

    return make


class _NumberedCanvas(Canvas):
    """Holds finished pages back until save(), when "of Y" is known, then draws on each."""

    def __init__(self, furniture: PageFurniture, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            draw_furniture(self, self._furniture, number, total)
            super().showPage()
        super().save()


def draw_furniture(canvas: Canvas, furniture: PageFurniture, number: int, total: int) -> None:
    """Header, footer and (for a draft) the DRAFT mark on one page."""
    width, height = PAGE_SIZE
    left, right = TEXT_LEFT, TEXT_RIGHT
    canvas.saveState()
    if furniture.draft:
        _draw_draft_watermark(canvas)
    header_y = height - 14 * mm
    canvas.setFont(LATIN, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, header_y, furniture.header_left)
    canvas.drawRightString(right, header_y, furniture.header_right)
    if furniture.draft:
        canvas.setFont(LATIN_BOLD, 9)
        canvas.setFillColor(DRAFT)
        canvas.drawCentredString(width / 2, header_y, f"{DRAFT_MARK} – not agreed")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, header_y - 2.5 * mm, right, header_y - 2.5 * mm)
    footer_y = 11 * mm
    canvas.line(left, footer_y + 4.5 * mm, right, footer_y + 4.5 * mm)
    canvas.setFont(LATIN, 8.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, footer_y, furniture.footer_left)
    canvas.drawRightString(right, footer_y, f"Page {number} of {total}")
    canvas.restoreState()


def _draw_draft_watermark(canvas: Canvas) -> None:
    """A large, light, diagonal DRAFT that stays readable under and over the content."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(DRAFT)
    canvas.setFillAlpha(0.09)
    canvas.setFont(LATIN_BOLD, 150)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -50, DRAFT_MARK)
    canvas.restoreState()
