"""The TrueType fonts embedded in every document, registered with reportlab once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fgc_desktop.resource_files import fonts_folder

LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
CJK = "DroidSansFallback"


@dataclass(frozen=True)
class FontFace:
    """A registered font name and the file it comes from."""

    name: str
    file_name: str


_FACES = (
    FontFace(LATIN, "NotoSans-Regular.ttf"),
    FontFace(LATIN_BOLD, "NotoSans-Bold.ttf"),
    FontFace(ARABIC, "NotoSansArabic-Regular.ttf"),
    FontFace(ARABIC_BOLD, "NotoSansArabic-Bold.ttf"),
    FontFace(CJK, "DroidSansFallbackFull.ttf"),
)

# Order matters: the first font that covers a word prints it. The CJK font has no bold.
REGULAR_CHAIN = (LATIN, ARABIC, CJK)
BOLD_CHAIN = (LATIN_BOLD, ARABIC_BOLD, CJK)

# Fonts whose words go right to left and must be shaped (joined) by harfbuzz.
SHAPED_FONTS = frozenset({ARABIC, ARABIC_BOLD})


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab; later calls return at once."""
    folder = fonts_folder()
    for face in _FACES:
        pdfmetrics.registerFont(TTFont(face.name, str(folder / face.file_name)))
    # Lets <b> in markup and bold styles find the bold face of each family.
    for regular, bold in ((LATIN, LATIN_BOLD), (ARABIC, ARABIC_BOLD), (CJK, CJK)):
        addMapping(regular, 0, 0, regular)
        addMapping(regular, 1, 0, bold)
        addMapping(regular, 0, 1, regular)
        addMapping(regular, 1, 1, bold)


@cache
def covered_characters(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def missing_font_files() -> list[Path]:
    """The font files documents embed that are not in the fonts folder (none when installed)."""
    folder = fonts_folder()
    return [folder / face.file_name for face in _FACES if not (folder / face.file_name).is_file()]
