"""Choosing the language of a family's documents (plan and letters), whatever the app speaks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.language import Language
from fgc_desktop.services import referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.edit_attempt import attempt_edit
from fgc_desktop.ui.translation import tr


class DocumentLanguageChoice(QWidget):
    """English or Cymraeg for this conference's plan and letters, saved as soon as it is chosen."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self._showing = False
        self.combo = QComboBox()
        self.combo.setObjectName("document_language")
        self.combo.setAccessibleName(tr("Language of the family's documents"))
        self.combo.setToolTip(
            tr(
                "The family plan and invitation letters are written in this language, "
                "whatever language the app itself is in."
            )
        )
        # Each language in its own words, so a speaker finds it whatever the interface shows.
        for language in Language:
            self.combo.addItem(language.label, language)
        self.combo.currentIndexChanged.connect(self._chosen)
        label = QLabel(tr("&Language of the family's documents:"))
        label.setBuddy(self.combo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.message.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.message, 1)
        layout.addStretch(1)

    def show_conference(self, conference: Conference) -> None:
        """Show the conference's document language."""
        self._conference = conference
        self._showing = True
        self.combo.setCurrentIndex(self.combo.findData(conference.document_language))
        self._showing = False

    def _chosen(self) -> None:
        conference = self._conference
        language = Language(self.combo.currentData())
        if self._showing or conference is None or language == conference.document_language:
            return
        updated = attempt_edit(
            self,
            lambda: referral.set_document_language(self._store, conference.id, language),
            self._show_message,
        )
        if updated is not None:
            self._conference = updated
            self.saved.emit(updated)

    def _show_message(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))
