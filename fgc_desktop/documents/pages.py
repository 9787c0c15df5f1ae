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
    LARGE_PRINT_SCALE,
    MUTED,
    PAGE_SIZE,
    RULE,
    TEXT_LEFT,
    TEXT_RIGHT,
    user_paragraph,
)
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.language import Language


@dataclass(frozen=True)
class PageFurniture:
    """The words around the content of each page (plain Latin text, drawn on the canvas).

    An addressee (a name in any script) puts "Copy for <name>" before the header's right text;
    large print makes the header and footer type half as big again. The language is that of
    the DRAFT mark, "Copy for" and "Page X of Y"; the caller words the other texts.
    """

    header_left: str
    header_right: str
    footer_left: str = ""
    draft: bool = False
    addressee: str = ""
    large_print: bool = False
    language: Language = Language.ENGLISH


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
    scale = LARGE_PRINT_SCALE if furniture.large_print else 1
    words = Wording(furniture.language)
    canvas.saveState()
    if furniture.draft:
        _draw_draft_watermark(canvas, words.say("DRAFT"))
    header_y = height - 14 * mm
    canvas.setFont(LATIN, 8.5 * scale)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, header_y, furniture.header_left)
    # The DRAFT mark is centred unless the left text reaches it (in large print, say); the right
    # text takes the room that is left, a long name wrapping upwards.
    gap = 5 * mm
    right_start = left + canvas.stringWidth(furniture.header_left, LATIN, 8.5 * scale) + gap
    if furniture.draft:
        draft_mark = words.say("DRAFT – not agreed")
        draft_width = canvas.stringWidth(draft_mark, LATIN_BOLD, 9 * scale)
        draft_left = max(width / 2 - draft_width / 2, right_start)
        right_start = draft_left + draft_width + gap
    if furniture.addressee:
        _draw_right_paragraph(
            canvas,
            words.say(
                "Copy for {name}  ·  {version}",
                name=furniture.addressee,
                version=furniture.header_right,
            ),
            right - right_start,
            header_y,
            furniture.large_print,
        )
    else:
        canvas.drawRightString(right, header_y, furniture.header_right)
    if furniture.draft:
        canvas.setFont(LATIN_BOLD, 9 * scale)
        canvas.setFillColor(DRAFT)
        canvas.drawString(draft_left, header_y, draft_mark)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(left, header_y - 2.5 * mm, right, header_y - 2.5 * mm)
    footer_y = 11 * mm
    canvas.line(left, footer_y + 4.5 * mm, right, footer_y + 4.5 * mm)
    canvas.setFont(LATIN, 8.5 * scale)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, footer_y, furniture.footer_left)
    canvas.drawRightString(
        right, footer_y, words.say("Page {number} of {total}", number=number, total=total)
    )
    canvas.restoreState()


def _draw_right_paragraph(
    canvas: Canvas, text: str, width: float, baseline: float, large_print: bool
) -> None:
    """Header text with a name in it, in the fonts its scripts need, ending at the right edge."""
    paragraph = user_paragraph(text, "header_right", is_name=True, large_print=large_print)
    paragraph.wrap(width, PAGE_SIZE[1])
    style = paragraph.style
    # Its last line sits on the baseline drawString would use; more lines go upwards.
    paragraph.drawOn(canvas, TEXT_RIGHT - width, baseline - (style.leading - style.fontSize))


def _draw_draft_watermark(canvas: Canvas, mark: str) -> None:
    """A large, light, diagonal DRAFT that stays readable under and over the content."""
    width, height = PAGE_SIZE
    canvas.saveState()
    canvas.setFillColor(DRAFT)
    canvas.setFillAlpha(0.09)
    canvas.setFont(LATIN_BOLD, 150)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(52)
    canvas.drawCentredString(0, -50, mark)
    canvas.restoreState()
