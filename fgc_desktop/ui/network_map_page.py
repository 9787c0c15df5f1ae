"""The network map page: the child at the centre and the people around them, saved as a picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.conference import Conference
from fgc_desktop.ui.network_map_view import NetworkMapView
from fgc_desktop.ui.translation import tr, tr_error


class NetworkMapPage(QWidget):
    """The map drawn from the network; it changes whenever the Network page does."""

    saved = Signal(object)  # nothing is edited here; the signal keeps the page interface

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conference: Conference | None = None
        self.map = NetworkMapView()
        self.map.setMinimumHeight(420)
        hint = QLabel(
            tr("Who is around the child, by side of the family. Change people on the Network page.")
        )
        hint.setWordWrap(True)
        self.save_button = QPushButton(tr("Save as a picture…"))
        self.save_button.setAccessibleName(tr("Save the network map as a PNG picture"))
        self.save_button.clicked.connect(self.save_picture)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.map, 1)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Draw the conference's network."""
        self._conference = conference
        self.map.show_conference(conference)

    def save_picture(self) -> Path | None:
        """Ask where, then write the map as PNG; the file written, or None."""
        if self._conference is None:
            return None
        suggested = Path.home() / f"{self._conference.reference} network map.png"
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the network map"), str(suggested), tr("PNG pictures (*.png)")
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".png") else Path(f"{name}.png")
        try:
            self.map.save_png(path)
        except OSError as error:
            QMessageBox.warning(self, tr("Cannot save the map"), tr_error(error))
            return None
        return path
