"""The letters inviting people to a review, in the shared PDF preview, to print in one go."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fgc_desktop.services import invitations
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview


class ReviewLettersPreview(PdfPreview):
    """Every invitee's review letter in one PDF, each addressed only to its own person."""

    def __init__(
        self, store: Store, conference_id: str, review_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            lambda: _letters_job(store, conference_id, review_id), parent, noun="the letters"
        )
        self.setObjectName("reviewLettersPreview")


def _letters_job(store: Store, conference_id: str, review_id: str) -> PdfJob:
    run = invitations.review_invitation_run(store, conference_id, review_id)
    conference, letters = run.conference, len(run.invitees)

    def describe(pages: int) -> str:
        # Said beside the pages, so nothing is printed without the warnings being seen.
        text = (
            f"{letters} review letter{'s' if letters != 1 else ''} on "
            f"{pages} page{'s' if pages != 1 else ''}"
        )
        return " · ".join([text, *(f"⚠ {warning}" for warning in run.warnings)])

    return PdfJob(
        title=f"Review invitation letters – {conference.family_name} ({conference.reference})",
        file_name=f"{conference.reference} review invitation letters.pdf",
        make=run.batch,
        describe=describe,
    )
