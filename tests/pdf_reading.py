"""Reading a plan PDF back as a person would see it: rendered pages, their QR code, ink, text."""

from __future__ import annotations

import io
from pathlib import Path

import zxingcpp
from PIL import Image, ImageChops
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

# The blue-black of the signature pad's ink, which nothing else on the page uses.
INK_RGB = (0x10, 0x2A, 0x5C)
# Pixels per point: 150 dpi gives QR modules of about 5 pixels.
SCALE = 150 / 72


def render_page(pdf: bytes, index: int, folder: Path) -> Image.Image:
    """One page as drawn by Qt's PDF engine (pdfium), on white paper, as an RGB picture."""
    path = folder / f"plan-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(index)
    image = document.render(index, QSize(round(size.width() * SCALE), round(size.height() * SCALE)))
    document.close()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    page = Image.open(io.BytesIO(bytes(data))).convert("RGBA")
    return Image.alpha_composite(Image.new("RGBA", page.size, "white"), page).convert("RGB")


def ink_mask(page: Image.Image) -> Image.Image:
    """White where a pixel is the signature ink's colour (every channel within 24), else black."""
    difference = ImageChops.difference(page, Image.new("RGB", page.size, INK_RGB))
    red, green, blue = difference.split()
    furthest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
    return furthest.point(lambda value: 255 if value < 24 else 0)


def ink_pixels(page: Image.Image) -> int:
    """How many pixels are the signature ink's colour."""
    return ink_mask(page).histogram()[255]


def qr_texts(page: Image.Image) -> list[str]:
    """The text of every QR code on a rendered page."""
    return [
        barcode.text
        for barcode in zxingcpp.read_barcodes(page)
        if barcode.format == zxingcpp.BarcodeFormat.QRCode
    ]


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def signature_page(pdf: bytes) -> int:
    """The index of the page where the signatures start."""
    return next(i for i, text in enumerate(page_texts(pdf)) if "By signing, you show" in text)
