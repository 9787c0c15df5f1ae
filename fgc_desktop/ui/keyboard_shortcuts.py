"""Keys for the stage moves and for each page of the open conference, kept in one place.

Ctrl+Enter moves on and Ctrl+Shift+Enter goes back; Ctrl+1 … Ctrl+0 open the first ten pages
and Ctrl+Shift+H the History. None of them is a key a text field uses for itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

from fgc_desktop.ui.translation import tr

MOVE_ON_KEYS = ("Ctrl+Return", "Ctrl+Enter")
GO_BACK_KEYS = ("Ctrl+Shift+Return", "Ctrl+Shift+Enter")

# The conference's pages in tab order, each with its key.
PAGE_KEYS = (
    ("Referral", "Ctrl+1"),
    ("Network", "Ctrl+2"),
    ("Map", "Ctrl+3"),
    ("Bottom lines", "Ctrl+4"),
    ("Preparation", "Ctrl+5"),
    ("Conference day", "Ctrl+6"),
    ("Information sharing", "Ctrl+7"),
    ("Invitations", "Ctrl+8"),
    ("Plan", "Ctrl+9"),
    ("Review", "Ctrl+0"),
    ("History", "Ctrl+Shift+H"),
)


def keys(*sequences: str) -> list[QKeySequence]:
    """Key sequences from their portable text."""
    return [QKeySequence(sequence) for sequence in sequences]


def page_actions(parent: QWidget, show_page: Callable[[str], None]) -> list[QAction]:
    """One action per conference page ("Plan page", Ctrl+9) that shows it."""
    actions = []
    for name, key in PAGE_KEYS:
        action = QAction(tr("{page} page").format(page=tr(name)), parent)
        action.setObjectName(f"page_action_{name}")
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False, page=name: show_page(page))
        actions.append(action)
    return actions


def focus_first_field(page: QWidget) -> None:
    """Put the keyboard focus on the first control of a page that can take it."""
    from fgc_desktop.ui.tab_order import layout_order  # not needed before the first window

    for widget in layout_order(page):
        if widget.isVisible() and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return


def shown_key(sequence: QKeySequence) -> str:
    """A key as the platform writes it (Ctrl+Shift+Return on Linux, ⌘⇧↩ on a Mac)."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def say_keys_in_tooltips(actions: Iterable[QAction]) -> None:
    """Add each action's key to its tooltip, as toolbars do not show it themselves."""
    for action in actions:
        key = shown_key(action.shortcut())
        if key and key not in action.toolTip():
            action.setToolTip(
                tr("{action} ({key})").format(action=action.text().replace("&", ""), key=key)
            )


def say_key_on_button(button: QAbstractButton, action: QAction) -> None:
    """Tell, in a button's tooltip and accessible description, the key that does the same."""
    key = shown_key(action.shortcut())
    button.setToolTip(tr("Shortcut: {key}").format(key=key))
    button.setAccessibleDescription(tr("Shortcut: {key}").format(key=key))
