"""The referral: who referred, why, the worries, strengths and questions, and consent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.store.connection import Store
from fgc_desktop.ui import conference_fields
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.section import section


class ReferralForm(QWidget):
    """The referrer's account of the case and the family's consent, saved field by field."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conference: Conference | None = None
        save = conference_fields.saver(store, self._conference_id)
        self.family = FieldForm(conference_fields.specs(("family_name",)), save)
        self.details = FieldForm(conference_fields.specs(conference_fields.REFERRAL_KEYS), save)
        self.consent = FieldForm(conference_fields.specs(conference_fields.CONSENT_KEYS), save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.family)
        layout.addWidget(section("From the referrer", self.details))
        consent_note = QLabel(
            "The family's consent to the conference. It can be withdrawn at any time."
        )
        consent_note.setWordWrap(True)
        layout.addWidget(section("Consent", consent_note, self.consent))
        layout.addStretch(1)
        for form in self.forms():
            form.saved.connect(self.saved.emit)

    def forms(self) -> tuple[FieldForm, ...]:
        """The field forms on this page."""
        return (self.family, self.details, self.consent)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the conference's referral and consent."""
        self._conference = conference
        values = conference_fields.field_values(conference)
        for form in self.forms():
            if fresh:
                form.reset()
            form.set_values(values)

    def _conference_id(self) -> str:
        assert self._conference is not None
        return self._conference.id
