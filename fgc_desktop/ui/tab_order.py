"""Tab moves through a page in the order its layouts show it: top to bottom, left to right.

Qt's default order is the order widgets were made in, so fields made later (a question added,
a person's answers shown when a conference opens) would be reached last, wherever they sit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from fgc_desktop.ui.accessible_names import is_keyboard_focusable

# Focusable widgets whose inner children are their own business (a combo's line edit, a
# line edit's clear button, a table's viewport).
_WHOLE = (QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLineEdit)


def layout_order(root: QWidget) -> list[QWidget]:
    """The focusable widgets under root, in the order their layouts place them on screen."""
    found: list[QWidget] = []
    _collect(root, found)
    return [widget for widget in dict.fromkeys(found) if widget is not root]


def follow_layout(root: QWidget, after: QWidget) -> None:
    """Make Tab go from `after` through root's widgets in layout order."""
    previous = after
    for widget in layout_order(root):
        QWidget.setTabOrder(previous, widget)
        previous = widget


def _collect(widget: QWidget, found: list[QWidget]) -> None:
    if is_keyboard_focusable(widget) and widget.focusProxy() is None:
        found.append(widget)
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            _collect(widget.widget(), found)
        return
    if isinstance(widget, _WHOLE):
        return
    if isinstance(widget, QTabWidget):
        found.append(widget.tabBar())
        pages = [widget.widget(index) for index in range(widget.count())]
    elif isinstance(widget, (QStackedWidget, QSplitter)):
        pages = [widget.widget(index) for index in range(widget.count())]
    else:
        pages = []
    for page in pages:
        _collect(page, found)
    if widget.layout() is not None:
        _collect_layout(widget.layout(), found)


def _collect_layout(layout: QLayout, found: list[QWidget]) -> None:
    for index in _visual_indexes(layout):
        item = layout.itemAt(index)
        if item.widget() is not None:
            _collect(item.widget(), found)
        elif item.layout() is not None:
            _collect_layout(item.layout(), found)


def _visual_indexes(layout: QLayout) -> list[int]:
    """Item indexes row by row; a grid's items may have been added in any order."""
    indexes = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        indexes.sort(key=lambda index: layout.getItemPosition(index)[:2])
    return indexes
