"""One application-wide watch for widgets being shown or restyled, for the app's own checks.

Accessible names and readable colours are given to each widget as it appears, so pages and
dialogs built late are covered too. One event filter serves both, as every event passes it.

The watch is set up once the first window has been drawn: the first Python event filter makes
PySide6 prepare every Qt class's enums (a few hundredths of a second), which a coordinator would
otherwise wait for before seeing the caseload. Widgets already shown are called back at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

_NAME = "widget_shown"
_WATCHED = (QEvent.Type.Show, QEvent.Type.StyleChange)


def on_show(
    callback: Callable[[QWidget], None],
    app: QApplication | None = None,
    *,
    restyled: bool = False,
) -> None:
    """Call back with each widget when it is shown (and, if asked, when its style sheet changes)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return
    watch = app.findChild(_Watch, _NAME)
    if watch is None:
        watch = _Watch(app)
        watch.setObjectName(_NAME)
        app.installEventFilter(watch)
    types = _WATCHED if restyled else (QEvent.Type.Show,)
    if all(known is not callback for known, _ in watch.callbacks):
        watch.callbacks.append((callback, types))
        for widget in app.allWidgets():
            if widget.isVisible():
                callback(widget)


class _Watch(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.callbacks: list[tuple[Callable[[QWidget], None], tuple[QEvent.Type, ...]]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Never consumes the event; only passes shown or restyled widgets on."""
        kind = event.type()
        if kind in _WATCHED and isinstance(watched, QWidget):
            for callback, types in self.callbacks:
                if kind in types:
                    callback(watched)
        return False
