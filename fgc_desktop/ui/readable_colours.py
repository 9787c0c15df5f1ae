"""The app's own colours stay readable on whatever palette the system gives (e.g. high contrast).

Style sheets name a few colours of their own: grey hints, green ticks, red warnings, pale boxes.
They were chosen against a light window. On a dark or high-contrast palette a text colour set
without a background is moved toward the palette's text colour until it reads at 4.5:1 (WCAG
AA), keeping its hue where it can; a pale box given no text colour gets dark text. Each widget
is looked at as it is shown or restyled, so no module has to know which palette is in use.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from fgc_desktop.ui.widget_shown import on_show

AA_CONTRAST = 4.5

_TEXT_COLOUR = re.compile(r"(?<![\w-])color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|white|black)")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|white)")
_DARK_TEXT = QColor("#1a1a1a")
_MUTED = QColor("#555555")


def install(app: QApplication | None = None) -> None:
    """Keep every widget's own colours readable as it is shown or restyled (once)."""
    on_show(keep_readable, app, restyled=True)


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_against(colour: QColor, background: QColor, toward: QColor) -> QColor:
    """The colour if it reads on the background, else blended toward `toward` until it does."""
    for step in range(11):
        blended = _blend(colour, toward, step / 10)
        if contrast(blended, background) >= AA_CONTRAST:
            return blended
    return toward


def in_views(colour: QColor | QBrush | None) -> QBrush | None:
    """A list's text colour (e.g. red for late), made to read on the palette's field colour."""
    if colour is None:
        return None
    palette = QApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    wanted = colour.color() if isinstance(colour, QBrush) else colour
    return QBrush(readable_against(wanted, base, text))


def muted_text() -> str:
    """The grey for secondary words inside rich text (a reference, a role), as a CSS colour.

    Rich text is not restyled as it is shown, so its grey is chosen against the palette here.
    """
    palette = QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    return readable_against(_MUTED, window, palette.color(QPalette.ColorRole.WindowText)).name()


def keep_readable(widget: QWidget) -> None:
    """Adjust a widget's own style sheet colours to what is behind it, if they would not read."""
    sheet = widget.styleSheet()
    if "color" not in sheet and "background" not in sheet:
        return
    own_background = _BACKGROUND.search(sheet)
    if own_background is None:
        behind = _behind(widget)
        ink = _ink_for(behind)
        fixed = _TEXT_COLOUR.sub(lambda m: _fixed(m, behind, ink), sheet)
        if fixed != sheet:
            widget.setStyleSheet(fixed)
    elif _TEXT_COLOUR.search(sheet) is None:
        _ink_on(widget, QColor(own_background.group(1)))


def _behind(widget: QWidget) -> QColor:
    """The colour behind a widget's text: a box's own background, else the window's."""
    current = widget.parentWidget()
    while current is not None:
        painted = _BACKGROUND.search(current.styleSheet())
        if painted is not None:
            return QColor(painted.group(1))
        if current.isWindow():
            break
        current = current.parentWidget()
    return QApplication.palette(widget).color(QPalette.ColorRole.Window)


def _ink_for(background: QColor) -> QColor:
    """The palette's text colour where it reads on the background, else dark or white text."""
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    if contrast(text, background) >= AA_CONTRAST:
        return text
    return _DARK_TEXT if contrast(_DARK_TEXT, background) >= AA_CONTRAST else QColor("white")


def _fixed(match: re.Match[str], behind: QColor, ink: QColor) -> str:
    colour = QColor(match.group(1))
    readable = readable_against(colour, behind, ink)
    return match.group(0) if readable == colour else f"color: {readable.name()}"


def _ink_on(widget: QWidget, background: QColor) -> None:
    """A pale box keeps its colour; its labels get text that reads on it, whatever the palette."""
    palette = widget.palette()
    ink = _ink_for(background)
    if palette.color(QPalette.ColorRole.WindowText) == ink:
        return
    palette.setColor(QPalette.ColorRole.WindowText, ink)
    palette.setColor(QPalette.ColorRole.Text, ink)
    widget.setPalette(palette)


def _blend(colour: QColor, toward: QColor, share: float) -> QColor:
    return QColor(
        round(colour.red() + (toward.red() - colour.red()) * share),
        round(colour.green() + (toward.green() - colour.green()) * share),
        round(colour.blue() + (toward.blue() - colour.blue()) * share),
    )


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )
