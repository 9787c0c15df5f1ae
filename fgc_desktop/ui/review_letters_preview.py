"""The letters inviting people to a review, in the shared PDF preview, to print in one go."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fgc_desktop.services import invitations
from fgc_desktop.services.invitations import InvitationRun
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview, page_count
from fgc_desktop.ui.translation import tr, tr_words

_WARNING_STYLE = (
    "color: #7a4a00; background: #fff4d6; border: 1px solid #d9b84a; border-radius: 4px; "
    "padding: 6px;"
)


class ReviewLettersPreview(PdfPreview):
    """Every invitee's review letter in one PDF, each addressed only to its own person.

    What to watch out for (two people who must not meet, no date yet) is said above the pages.
    """

    def __init__(
        self, store: Store, conference_id: str, review_id: str, parent: QWidget | None = None
    ) -> None:
        warnings: list[str] = []

        def job() -> PdfJob:
            run = invitations.review_invitation_run(store, conference_id, review_id)
            warnings.extend(run.warnings)
            return _letters_job(run)

        super().__init__(job, parent, noun=tr("the letters"))
        self.setObjectName("reviewLettersPreview")
        self.warnings = QLabel("\n".join(f"⚠ {tr_words(warning)}" for warning in warnings))
        self.warnings.setObjectName("review_letter_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        self.warnings.setVisible(bool(warnings))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.warnings)


def _letters_job(run: InvitationRun) -> PdfJob:
    conference, letters = run.conference, len(run.invitees)

    def describe(pages: int) -> str:
        written = (
            tr("1 review letter")
            if letters == 1
            else tr("{count} review letters").format(count=letters)
        )
        return tr("{letters} on {pages}").format(letters=written, pages=page_count(pages))

    return PdfJob(
        title=tr("Review invitation letters – {family_name} ({reference})").format(
            family_name=conference.family_name, reference=conference.reference
        ),
        file_name=f"{conference.reference} review invitation letters.pdf",
        make=run.batch,
        describe=describe,
    )
