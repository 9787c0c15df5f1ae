"""Arabic and Urdu print joined and right to left: checked on pixels, since text is lossy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.platypus import Paragraph, SimpleDocTemplate

from fgc_desktop.documents.styles import style, user_paragraph

FATIMA = "فاطمة"
ZAHRA = "الزهراء"
AISHA = "عائشہ"
PAGE = (360, 60)
PIXELS = QSize(1200, 200)


def _pdf(paragraph: Paragraph) -> bytes:
    buffer = io.BytesIO()
    margins = {f"{side}Margin": 10 for side in ("left", "right", "top", "bottom")}
    SimpleDocTemplate(buffer, pagesize=PAGE, **margins).build([paragraph])
    return buffer.getvalue()


def _render(pdf: bytes, folder: Path) -> QImage:
    """The ink on the first page (its alpha channel), drawn by Qt's PDF engine (pdfium)."""
    path = folder / f"page-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    image = document.render(0, PIXELS).convertToFormat(QImage.Format.Format_Alpha8)
    document.close()
    return image


def _ink_columns(image: QImage) -> list[int]:
    """Indexes of the pixel columns with any solid pixel in them."""
    stride, data = image.bytesPerLine(), bytes(image.constBits())
    width, height = image.width(), image.height()
    return [x for x in range(width) if any(data[y * stride + x] > 128 for y in range(height))]


def _ink_width(image: QImage) -> int:
    columns = _ink_columns(image)
    assert columns, "nothing was drawn"
    return columns[-1] - columns[0] + 1


def _unshaped(text: str) -> Paragraph:
    """The same markup the documents layer writes, with harfbuzz shaping switched off."""
    shaped = user_paragraph(text)
    return Paragraph(shaped.text, style("body"))


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("word", [FATIMA, AISHA])
def test_arabic_letters_are_joined(word: str, tmp_path: Path) -> None:
    shaped = _render(_pdf(user_paragraph(word)), tmp_path)
    isolated = _render(_pdf(_unshaped(word)), tmp_path)
    assert shaped != isolated
    # Joined letters use their narrower initial, medial and final forms.
    assert _ink_width(shaped) < 0.95 * _ink_width(isolated)


def _columns(image: QImage, first: int, last: int) -> list[bytes]:
    stride, data = image.bytesPerLine(), bytes(image.constBits())
    return [data[y * stride + first : y * stride + last + 1] for y in range(image.height())]


def _same_ink(one: QImage, other: QImage, first: int, last: int) -> float:
    """The share of pixels in those columns whose ink matches (within anti-aliasing)."""
    pairs = [
        (a, b)
        for row_one, row_other in zip(
            _columns(one, first, last), _columns(other, first, last), strict=True
        )
        for a, b in zip(row_one, row_other, strict=True)
        if a or b
    ]
    return sum(abs(a - b) < 32 for a, b in pairs) / len(pairs)


@pytest.mark.usefixtures("qapp")
def test_the_first_arabic_word_is_on_the_right(tmp_path: Path) -> None:
    both = _render(_pdf(user_paragraph(f"{FATIMA} {ZAHRA}")), tmp_path)
    first = _render(_pdf(user_paragraph(FATIMA)), tmp_path)
    wrong_order = _render(_pdf(user_paragraph(f"{ZAHRA} {FATIMA}")), tmp_path)
    # Right-to-left paragraphs are right-aligned: the first word is the rightmost ink.
    columns = _ink_columns(first)
    assert _same_ink(both, first, columns[0], columns[-1]) > 0.95
    assert _same_ink(wrong_order, first, columns[0], columns[-1]) < 0.8
