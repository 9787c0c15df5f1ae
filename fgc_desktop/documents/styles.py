"""The look of printed documents: page size, colours and paragraph styles."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from fgc_desktop.documents.fonts import LATIN, LATIN_BOLD, register_fonts
from fgc_desktop.documents.script_runs import paragraph_markup

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 22 * mm
# reportlab's page frame pads its content by 6 points on every side.
FRAME_PADDING = 6
TEXT_LEFT = MARGIN_LEFT + FRAME_PADDING
TEXT_RIGHT = PAGE_SIZE[0] - MARGIN_RIGHT - FRAME_PADDING
CONTENT_WIDTH = TEXT_RIGHT - TEXT_LEFT
CONTENT_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 2 * FRAME_PADDING

INK = colors.HexColor("#262626")
MUTED = colors.HexColor("#625d57")
ACCENT = colors.HexColor("#2e5e5a")
RULE = colors.HexColor("#d4ccc0")
TINT = colors.HexColor("#f3eee6")
HEADER_TINT = colors.HexColor("#e3ecea")
DRAFT = colors.HexColor("#b4532a")
# Signatures print in the blue-black ink and on the faint baseline of the signature pad.
SIGNATURE_INK = colors.HexColor("#102a5c")
SIGNATURE_BASELINE = colors.HexColor("#9aa5b8")
# Large print: every size half as big again, with body text at 16 pt.
LARGE_PRINT_SCALE = 16 / 10.5


@cache
def style(name: str, large_print: bool = False) -> ParagraphStyle:
    """A named paragraph style, e.g. title, heading, body, note, cell, cell_head, strong.

    In large print, sizes, line spacing and the space around paragraphs grow by
    LARGE_PRINT_SCALE.
    """
    register_fonts()
    base = ParagraphStyle("body", fontName=LATIN, fontSize=10.5, leading=15, textColor=INK)
    variants = {
        "body": {},
        "title": {"fontName": LATIN_BOLD, "fontSize": 24, "leading": 30, "textColor": ACCENT},
        "subtitle": {"fontSize": 14, "leading": 19, "spaceAfter": 8},
        "heading": {
            "fontName": LATIN_BOLD,
            "fontSize": 13,
            "leading": 17,
            "textColor": ACCENT,
            "spaceBefore": 16,
            "spaceAfter": 6,
        },
        "note": {"fontSize": 9.5, "leading": 13.5, "textColor": MUTED},
        "intro": {"fontSize": 9.5, "leading": 13.5, "textColor": MUTED, "spaceAfter": 5},
        "draft": {"fontName": LATIN_BOLD, "textColor": DRAFT},
        "label": {"fontSize": 9.5, "leading": 15, "textColor": MUTED},
        "cell": {"fontSize": 9.5, "leading": 13},
        "cell_head": {"fontName": LATIN_BOLD, "fontSize": 9, "leading": 12, "textColor": ACCENT},
        "strong": {"fontName": LATIN_BOLD},
        # The family's answer under a question or bottom line.
        "answer": {"spaceBefore": 2},
        # The one-page referral summary: smaller type, so a whole referral fits on a page.
        "sheet_title": {"fontName": LATIN_BOLD, "fontSize": 16, "leading": 20, "textColor": ACCENT},
        "sheet_heading": {
            "fontName": LATIN_BOLD,
            "fontSize": 9.5,
            "leading": 12,
            "textColor": ACCENT,
            "spaceBefore": 6,
            "spaceAfter": 1.5,
        },
        "small": {"fontSize": 8.5, "leading": 11},
        "small_strong": {"fontName": LATIN_BOLD, "fontSize": 8.5, "leading": 11},
        "small_note": {"fontSize": 8, "leading": 10.5, "textColor": MUTED},
        "small_cell": {"fontSize": 7.8, "leading": 9.6},
        "small_cell_head": {
            "fontName": LATIN_BOLD,
            "fontSize": 7.3,
            "leading": 9,
            "textColor": ACCENT,
        },
        "warning": {"fontName": LATIN_BOLD, "fontSize": 9, "leading": 12, "textColor": DRAFT},
        # Names and relationships inside the boxes of the network map.
        "map_name": {"fontName": LATIN_BOLD, "fontSize": 7, "leading": 8, "alignment": TA_CENTER},
        "map_caption": {
            "fontSize": 6.3,
            "leading": 7.2,
            "textColor": MUTED,
            "alignment": TA_CENTER,
        },
        # Letters: larger, airier type for easy reading.
        "letterhead": {"fontName": LATIN_BOLD, "fontSize": 15, "leading": 19, "textColor": ACCENT},
        "letter": {"fontSize": 11, "leading": 15, "spaceAfter": 5},
        "letter_heading": {
            "fontName": LATIN_BOLD,
            "fontSize": 11.5,
            "leading": 15,
            "textColor": ACCENT,
            "spaceBefore": 7,
            "spaceAfter": 2,
        },
        # The plan's QR code caption and the small print under a signature.
        "qr_caption": {
            "fontSize": 7,
            "leading": 8.5,
            "textColor": MUTED,
            "alignment": TA_RIGHT,
        },
        "sign_caption": {"fontSize": 8.5, "leading": 11, "textColor": MUTED},
        # Page headers with user text in them (names in any script), left and right.
        "header_left": {"fontSize": 8.5, "leading": 10, "textColor": MUTED},
        "header_right": {"fontSize": 8.5, "leading": 10, "textColor": MUTED, "alignment": TA_RIGHT},
    }
    made = ParagraphStyle(name, parent=base, **variants[name])
    if not large_print:
        return made
    return ParagraphStyle(
        f"{name}-large",
        parent=made,
        **{
            attribute: round(getattr(made, attribute) * LARGE_PRINT_SCALE, 2)
            for attribute in ("fontSize", "leading", "spaceBefore", "spaceAfter")
        },
    )


@cache
def _set_for(name: str, shaped: bool, right_to_left: bool, large_print: bool) -> ParagraphStyle:
    """The named style, shaping Arabic when the text has it and aligned by its direction."""
    parent = style(name, large_print)
    return ParagraphStyle(
        f"{name}-{int(shaped)}{int(right_to_left)}{int(large_print)}",
        parent=parent,
        shaping=int(shaped),
        alignment=TA_RIGHT if right_to_left else parent.alignment or TA_LEFT,
    )


def user_paragraph(
    text: str,
    style_name: str = "body",
    *,
    placeholder: str = "",
    is_name: bool = False,
    large_print: bool = False,
) -> Paragraph:
    """A paragraph of text a person typed, escaped and set in the fonts its scripts need.

    Right-to-left prose is aligned right; names stay in line with the rest of their column.
    """
    if not text.strip() and placeholder:
        return Paragraph(placeholder, style("note", large_print))
    bold = style(style_name).fontName == LATIN_BOLD
    markup = paragraph_markup(text, bold=bold)
    right_aligned = markup.right_to_left and not is_name
    return Paragraph(markup.text, _set_for(style_name, markup.shaped, right_aligned, large_print))


def fixed_paragraph(
    markup: str, style_name: str = "body", *, large_print: bool = False
) -> Paragraph:
    """A paragraph of the document's own wording (trusted markup, Latin script)."""
    return Paragraph(markup, style(style_name, large_print))
