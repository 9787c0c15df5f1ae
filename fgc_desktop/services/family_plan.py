"""The family plan as a PDF: the kept bytes of an agreed version, or a fresh draft."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.plan import Plan
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store


def render_plan(
    conference: Conference,
    plan: Plan | None = None,
    *,
    large_print: bool = False,
    language: Language | None = None,
) -> bytes:
    """Lay out the plan as PDF bytes, by default in the conference's document language.

    reportlab is imported only when first needed.
    """
    from fgc_desktop.documents.family_plan import render_family_plan

    return render_family_plan(conference, plan, large_print=large_print, language=language)


def plan_pdf_job(
    store: Store,
    conference_id: str,
    *,
    large_print: bool = False,
    language: Language | None = None,
) -> tuple[Conference, Callable[[], bytes]]:
    """The conference and a function giving its latest plan's PDF, safe to run off the GUI thread.

    An agreed version gives back exactly the bytes kept at agreement, in the language it was
    agreed in; large print, a draft, and an agreed version asked for in another language are
    laid out afresh from what was agreed (a draft is marked DRAFT). A draft is in the
    conference's document language unless another is asked for.
    """
    conference = conferences.load_conference(store, conference_id)
    plan = conference.plan
    kept = None
    if plan is not None and plan.is_agreed and not large_print:
        _, kept = plans.agreed_record(store, plan.id)
    if kept and plan is not None and language in (None, plan.language):
        return conference, partial(bytes, kept)
    as_agreed, shown = agreed_view(store, conference, plan)
    return conference, partial(
        render_plan, as_agreed, shown, large_print=large_print, language=language
    )


def agreed_view(
    store: Store, conference: Conference, plan: Plan | None
) -> tuple[Conference, Plan | None]:
    """The conference and plan as they stood when that version was agreed.

    A draft, or a version agreed before snapshots were kept, is shown as it is now.
    """
    if plan is None or not plan.is_agreed:
        return conference, plan
    kept = plans.agreed_snapshot(store, plan.id)
    if kept is None:
        return conference, plan
    from fgc_desktop.services.exchange import conference_from_data

    then = conference_from_data(json.loads(kept))
    return then, next((p for p in then.plans if p.id == plan.id), plan)
