"""Which fonts a PDF carries inside it, read back from the file (not from how it was made)."""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils.generic import DictionaryObject
from pyhanko.pdf_utils.reader import PdfFileReader

_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def embedded_fonts(pdf: bytes) -> frozenset[str]:
    """The names of the fonts embedded in the PDF's pages, without any subset prefix."""
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    names: set[str] = set()
    for page in _pages(reader.root["/Pages"]):
        fonts = _entry(_entry(page, "/Resources"), "/Font")
        for key in fonts:
            names.update(_embedded_names(fonts[key]))
    return frozenset(names)


def _pages(node: DictionaryObject) -> list[DictionaryObject]:
    """Every page under a page tree node, in order."""
    if node.get("/Type") == "/Page":
        return [node]
    return [page for kid in node["/Kids"] for page in _pages(kid.get_object())]


def _entry(dictionary: DictionaryObject, key: str) -> DictionaryObject:
    """A dictionary inside another, followed if indirect; empty when it is not there."""
    return dictionary[key] if key in dictionary else DictionaryObject()


def _embedded_names(font: DictionaryObject) -> list[str]:
    """A font's name when its glyphs are in the file (a Type0 font through its descendants)."""
    if "/DescendantFonts" in font:
        return [n for d in font["/DescendantFonts"] for n in _embedded_names(d.get_object())]
    descriptor = _entry(font, "/FontDescriptor")
    if not any(key in descriptor for key in _FONT_FILES):
        return []
    name = str(descriptor["/FontName"]).lstrip("/")
    # A subset's name starts with six capitals and a plus sign (AAAAAA+NotoSans-Regular).
    prefix, plus, rest = name.partition("+")
    return [rest if plus and len(prefix) == 6 and prefix.isupper() else name]
