"""The QR code on a family plan: which conference, which version, and the start of its hash.

Scanning the code of a printed plan gives plain text such as
`FGC-2026-0001 v1 sha256:9f2c4e1a0b7d3c55`, which the app can compare with the version it keeps,
so anyone can tell whether a paper copy is the agreed version or an older or changed one.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from fgc_desktop.documents.fonts import LATIN
from fgc_desktop.documents.styles import INK
from fgc_desktop.domain.canonical_plan import content_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Plan

# Enough of the SHA-256 to tell versions apart by eye and by scanner, short enough to read out.
HASH_CHARACTERS = 16
DRAFT_MARK = "DRAFT"
# Printed at about 24 mm, a module of a version 3 code is some 0.8 mm: easy for a phone camera.
QR_SIZE = 24 * mm


def qr_payload(conference: Conference, plan: Plan) -> str:
    """The text in the plan's QR code: reference, version, and the hash start or DRAFT.

    An agreed plan gives e.g. `FGC-2026-0001 v1 sha256:9f2c4e1a0b7d3c55`; a draft, which has
    no hash yet, gives `FGC-2026-0001 v1 DRAFT`.
    """
    head = " ".join(part for part in (conference.reference.strip(), f"v{plan.version}") if part)
    if not plan.is_agreed:
        return f"{head} {DRAFT_MARK}"
    # The hash kept at agreement; a plan marked agreed without one gets the hash of its content,
    # which is what agreement would have kept.
    digest = plan.content_hash or content_hash(conference, plan)
    return f"{head} sha256:{digest[:HASH_CHARACTERS].lower()}"


def qr_drawing(payload: str, size: float = QR_SIZE) -> Drawing:
    """The QR code of a payload as a square vector drawing `size` points wide (a flowable).

    The code has no quiet zone of its own: the page leaves white space round it, so the dark
    modules line up with the text beside it.
    """
    # Level M survives a coffee ring or a fold across the code (about 15% of it damaged).
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0, barFillColor=INK)
    left, bottom, right, top = widget.getBounds()
    scale_x, scale_y = size / (right - left), size / (top - bottom)
    drawing = Drawing(
        size,
        size,
        transform=[scale_x, 0, 0, scale_y, -left * scale_x, -bottom * scale_y],
        # Otherwise the drawing names Helvetica, a font that is not embedded.
        initialFontName=LATIN,
    )
    drawing.add(widget)
    return drawing
