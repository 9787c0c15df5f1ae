"""The referral: who referred, why, the worries, strengths and questions, and consent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.domain.conference import Conference
from fgc_desktop.store.connection import Store
from fgc_desktop.ui import conference_fields
from fgc_desktop.ui.consent_section import ConsentSection
from fgc_desktop.ui.document_language import DocumentLanguageChoice
from fgc_desktop.ui.field_form import FieldForm
from fgc_desktop.ui.pdf_preview import PdfPreview
from fgc_desktop.ui.referral_summary_preview import ReferralSummaryPreview
from fgc_desktop.ui.section import section
from fgc_desktop.ui.translation import tr


class ReferralForm(QWidget):
    """The referrer's account of the case and the family's consent, saved field by field."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._conference: Conference | None = None
        self.preview: PdfPreview | None = None
        save = conference_fields.saver(store, self._conference_id)
        self.family = FieldForm(conference_fields.specs(("family_name",)), save)
        self.referrer = FieldForm(conference_fields.specs(conference_fields.REFERRER_KEYS), save)
        self.details = FieldForm(conference_fields.specs(conference_fields.REFERRAL_KEYS), save)
        questions_hint = QLabel(tr("Write each question for the family on its own line."))
        questions_hint.setWordWrap(True)
        questions_hint.setStyleSheet("color: #555555;")
        self.consent = ConsentSection(store)
        self.document_language = DocumentLanguageChoice(store)
        self.summary_button = QPushButton(tr("Referral summary…"))
        self.summary_button.setAccessibleName(tr("Preview and print the referral summary"))
        self.summary_button.clicked.connect(self.show_summary)
        top = QHBoxLayout()
        top.addWidget(self.family, 1)
        top.addWidget(self.summary_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.document_language)
        layout.addWidget(section(tr("From the referrer"), self.referrer))
        layout.addWidget(
            section(tr("The referral, in the referrer's words"), self.details, questions_hint)
        )
        layout.addWidget(section(tr("Consent"), self.consent))
        layout.addStretch(1)
        for form in self.forms():
            form.saved.connect(self.saved.emit)
        self.consent.saved.connect(self.saved.emit)
        self.document_language.saved.connect(self.saved.emit)

    def forms(self) -> tuple[FieldForm, ...]:
        """The field forms on this page."""
        return (self.family, self.referrer, self.details)

    def show_conference(self, conference: Conference, *, fresh: bool = False) -> None:
        """Show the conference's referral and consent."""
        self._conference = conference
        values = conference_fields.field_values(conference)
        for form in self.forms():
            if fresh:
                form.reset()
            form.set_values(values)
        self.consent.show_conference(conference, fresh=fresh)
        self.document_language.show_conference(conference)

    def show_summary(self) -> PdfPreview | None:
        """Open the one-page referral summary to read, print or save."""
        if self._conference is None:
            return None
        for form in self.forms():
            form.commit_pending()
        self.preview = ReferralSummaryPreview(self._store, self._conference.id, self.window())
        self.preview.open()
        return self.preview

    def _conference_id(self) -> str:
        assert self._conference is not None
        return self._conference.id
