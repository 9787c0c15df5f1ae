"""A titled section of a page, so each stage's page reads in clear blocks."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget


def section(title: str, *widgets: QWidget) -> QGroupBox:
    """A group box titled `title` holding the widgets one under another."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box
