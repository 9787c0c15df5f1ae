"""The family plan as it will print, in the shared PDF preview."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fgc_desktop.services import family_plan
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, PdfPreview


class PlanPreview(PdfPreview):
    """The latest plan of a conference: the kept bytes of an agreed one, or a fresh draft."""

    def __init__(self, store: Store, conference_id: str, parent: QWidget | None = None) -> None:
        super().__init__(lambda: _plan_job(store, conference_id), parent, noun="the plan")
        self.setObjectName("planPreview")


def _plan_job(store: Store, conference_id: str) -> PdfJob:
    conference, make = family_plan.plan_pdf_job(store, conference_id)
    plan = conference.plan
    version = plan.version if plan is not None else 1
    if plan is None:
        state = "no plan yet, draft"
    else:
        state = f"version {plan.version}, {'agreed' if plan.is_agreed else 'draft'}"

    def describe(pages: int) -> str:
        return f"{pages} page{'s' if pages != 1 else ''} · {state}"

    return PdfJob(
        title=f"Family plan – {conference.family_name} ({conference.reference})",
        file_name=f"{conference.reference} family plan v{version}.pdf",
        make=make,
        describe=describe,
    )
