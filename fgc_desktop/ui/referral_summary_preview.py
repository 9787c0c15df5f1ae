"""The one-page referral summary in the shared PDF preview."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fgc_desktop.services import referral_summary
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview
from fgc_desktop.ui.translation import tr


class ReferralSummaryPreview(PdfPreview):
    """The referral, the network map and who is who, laid out off the GUI thread."""

    def __init__(self, store: Store, conference_id: str, parent: QWidget | None = None) -> None:
        super().__init__(
            lambda: _summary_job(store, conference_id), parent, noun=tr("the referral summary")
        )
        self.setObjectName("referralSummaryPreview")


def _summary_job(store: Store, conference_id: str) -> PdfJob:
    conference, make = referral_summary.referral_summary_job(store, conference_id)
    return PdfJob(
        title=tr("Referral summary – {family_name} ({reference})").format(
            family_name=conference.family_name, reference=conference.reference
        ),
        file_name=f"{conference.reference} referral summary.pdf",
        make=make,
    )
