"""A review's record as it will print, in the shared PDF preview."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import review
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview, page_count
from fgc_desktop.ui.translation import tr


class ReviewRecordPreview(PdfPreview):
    """One review's record: each agreed action with its status, the views and the outcome."""

    def __init__(
        self, store: Store, conference_id: str, review_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            lambda: _record_job(store, conference_id, review_id),
            parent,
            noun=tr("the review record"),
        )
        self.setObjectName("reviewRecordPreview")


def _record_job(store: Store, conference_id: str, review_id: str) -> PdfJob:
    conference, shown, make = review.review_record_job(store, conference_id, review_id)
    when = format_date(shown.held_on or shown.scheduled_on)
    state = (
        tr("review held {date}").format(date=when) if shown.held_on else tr("review not held yet")
    )

    outcome = tr(shown.outcome.label).lower()

    def describe(pages: int) -> str:
        return f"{page_count(pages)} · {state} · {outcome}"

    return PdfJob(
        title=tr("Review record – {family_name} ({reference})").format(
            family_name=conference.family_name, reference=conference.reference
        ),
        file_name=f"{conference.reference} review record {when or 'not dated'}.pdf",
        make=make,
        describe=describe,
    )
