"""The weeks of preparation: visits to the network and each child's voice.

What is still missing before the conference is on the stage bar, worked out from these records,
so this page does not repeat it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.child_voice_section import ChildVoices
from fgc_desktop.ui.preparation_visits import VisitsPanel
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr


class PreparationPage(QWidget):
    """The visits log above the children's wishes and feelings."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visits = VisitsPanel(store)
        self.voices = ChildVoices(store)
        voice_note = QLabel(
            tr(
                "In the child's own words where possible. This is read out at the start of the "
                "conference."
            )
        )
        voice_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(section(tr("Visits and calls"), self.visits))
        layout.addWidget(section(tr("The child's voice"), voice_note, self.voices))
        layout.addStretch(1)
        self.visits.saved.connect(self.saved.emit)
        self.voices.saved.connect(self.saved.emit)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the conference's visits and children's voices."""
        self.visits.show_conference(conference, fresh=fresh)
        self.voices.show_conference(conference, fresh=fresh)
