"""Every invitee's letter in one PDF, in the shared preview, to print in one go."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fgc_desktop.services import invitations
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview, page_count
from fgc_desktop.ui.translation import tr


class LettersPreview(PdfPreview):
    """The batch of invitation letters, each addressed only to its own person."""

    def __init__(self, store: Store, conference_id: str, parent: QWidget | None = None) -> None:
        super().__init__(lambda: _letters_job(store, conference_id), parent, noun=tr("the letters"))
        self.setObjectName("lettersPreview")


def _letters_job(store: Store, conference_id: str) -> PdfJob:
    run = invitations.invitation_run(store, conference_id)
    conference, letters = run.conference, len(run.invitees)

    def describe(pages: int) -> str:
        written = tr("1 letter") if letters == 1 else tr("{count} letters").format(count=letters)
        return tr("{letters} on {pages}").format(letters=written, pages=page_count(pages))

    return PdfJob(
        title=tr("Invitation letters – {family_name} ({reference})").format(
            family_name=conference.family_name, reference=conference.reference
        ),
        file_name=f"{conference.reference} invitation letters.pdf",
        make=run.batch,
        describe=describe,
    )
