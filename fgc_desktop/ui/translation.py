"""The one way the interface asks for its words in the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# One context for the whole interface: the same English wording is translated once.
CONTEXT = "FGCDesktop"


def tr(text: str, disambiguation: str | None = None) -> str:
    """Return *text* in the interface's language (as written when no translation is loaded)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation)
