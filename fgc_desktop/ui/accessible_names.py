"""Every control a keyboard can reach gets a name a screen reader can say.

Most controls already have one: Qt reads a button's or tick box's own text, and a field's buddy
label. For the rest, the name comes from what a sighted person reads beside the control: its
form label, its placeholder, the title of the group it sits in, or its tooltip. Names are given
as each widget is first shown (see widget_shown), so pages and dialogs built later, or only
when first opened, are named too, without a walk over every widget at start.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from fgc_desktop.ui.widget_shown import on_show

_TAGS = re.compile(r"<[^>]+>")


def spoken_name(widget: QWidget) -> str:
    """The name assistive technology reads for the widget (its own, or what Qt infers).

    A combo box's inferred name on Linux is its current value, so only its own name counts.
    """
    if widget.accessibleName() or isinstance(widget, QComboBox):
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def is_keyboard_focusable(widget: QWidget) -> bool:
    """True when Tab can bring the focus to the widget."""
    policy = widget.focusPolicy()
    return bool(policy.value & Qt.FocusPolicy.TabFocus.value)


def name_widget(widget: QWidget) -> None:
    """Give a focusable widget that has no spoken name the text a sighted person reads for it."""
    if not is_keyboard_focusable(widget) or widget.accessibleName():
        return
    hint = _placeholder(widget)
    if not spoken_name(widget):
        name = _form_label(widget) or hint or _plain(widget.toolTip()) or _group_title(widget)
        if name:
            widget.setAccessibleName(name)
    # The placeholder often says what the field expects ("dd/mm/yyyy"); keep it as the description.
    described = widget.accessibleDescription() or widget.toolTip()
    if hint and hint != widget.accessibleName() and not described:
        widget.setAccessibleDescription(hint)


def name_tree(root: QWidget) -> None:
    """Name every focusable widget under root (for a tree already built and shown)."""
    name_widget(root)
    for child in root.findChildren(QWidget):
        name_widget(child)


def install(app: QApplication | None = None) -> None:
    """Name each widget as it is first shown, in every window of the application (once)."""
    on_show(name_widget, app)


def _plain(text: str) -> str:
    """A label's text as spoken: no markup, no mnemonic ampersand, no closing colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _form_label(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel):
        if label.buddy() is widget:
            return _plain(label.text())
    form = _form_holding(parent.layout(), widget)
    if form is not None:
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            return _plain(label.text())
    return ""


def _form_holding(layout: QLayout | None, widget: QWidget) -> QFormLayout | None:
    if layout is None:
        return None
    if isinstance(layout, QFormLayout) and layout.labelForField(widget) is not None:
        return layout
    for index in range(layout.count()):
        inner = layout.itemAt(index).layout()
        found = _form_holding(inner, widget)
        if found is not None:
            return found
    return None


def _placeholder(widget: QWidget) -> str:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget.placeholderText().strip()
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox) and parent.title():
            return _plain(parent.title())
        parent = parent.parentWidget()
    return ""
