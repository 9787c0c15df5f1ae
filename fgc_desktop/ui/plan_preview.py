"""The family plan as it will print, in the shared PDF preview, in standard or large print."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QWidget

from fgc_desktop.services import family_plan
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.pdf_preview import PdfJob, page_count
from fgc_desktop.ui.plan_copies_preview import SwitchingPreview
from fgc_desktop.ui.translation import tr


class PlanPreview(SwitchingPreview):
    """The latest plan of a conference: the kept bytes of an agreed one, or a fresh draft.

    Large print is laid out afresh from the same version; the kept bytes are the standard print.
    """

    def __init__(self, store: Store, conference_id: str, parent: QWidget | None = None) -> None:
        super().__init__(lambda: _plan_job(store, conference_id), parent, noun=tr("the plan"))
        self.setObjectName("planPreview")
        self._store = store
        self._conference_id = conference_id
        self.large_print = QCheckBox(tr("Large print"))
        self.large_print.setObjectName("plan_large_print")
        self.large_print.setToolTip(tr("Lay the plan out in large type, for people who need it"))
        self.large_print.toggled.connect(self._large_print_toggled)
        self.add_controls(self.large_print)
        self._enable_switching(self.is_ready or self.has_failed)

    def switching_controls(self) -> Sequence[QWidget]:
        large_print = getattr(self, "large_print", None)
        return [large_print] if large_print is not None else []

    def _large_print_toggled(self, large_print: bool) -> None:
        self.restart(lambda: _plan_job(self._store, self._conference_id, large_print=large_print))


def _plan_job(store: Store, conference_id: str, *, large_print: bool = False) -> PdfJob:
    if large_print:
        conference, make = family_plan.plan_pdf_job(store, conference_id, large_print=True)
    else:
        conference, make = family_plan.plan_pdf_job(store, conference_id)
    plan = conference.plan
    version = plan.version if plan is not None else 1
    if plan is None:
        state = tr("no plan yet, draft")
    else:
        state = (
            tr("version {version}, agreed") if plan.is_agreed else tr("version {version}, draft")
        ).format(version=plan.version)
    if large_print:
        state += tr(", large print")

    def describe(pages: int) -> str:
        return f"{page_count(pages)} · {state}"

    return PdfJob(
        title=tr("Family plan – {family_name} ({reference})").format(
            family_name=conference.family_name, reference=conference.reference
        ),
        file_name=f"{conference.reference} family plan v{version}"
        f"{' large print' if large_print else ''}.pdf",
        make=make,
        describe=describe,
    )
