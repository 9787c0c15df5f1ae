"""The family plan as a PDF: the kept bytes of an agreed version, or a fresh draft."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Plan
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store


def render_plan(
    conference: Conference, plan: Plan | None = None, *, large_print: bool = False
) -> bytes:
    """Lay out the plan as PDF bytes (reportlab is imported only when first needed)."""
    from fgc_desktop.documents.family_plan import render_family_plan

    return render_family_plan(conference, plan, large_print=large_print)


def plan_pdf_job(
    store: Store, conference_id: str, *, large_print: bool = False
) -> tuple[Conference, Callable[[], bytes]]:
    """The conference and a function giving its latest plan's PDF, safe to run off the GUI thread.

    An agreed version gives back exactly the bytes kept at agreement; large print, and a draft,
    are laid out afresh (a draft is marked DRAFT).
    """
    conference = conferences.load_conference(store, conference_id)
    plan = conference.plan
    if plan is not None and plan.is_agreed and not large_print:
        _, kept = plans.agreed_record(store, plan.id)
        if kept:
            return conference, partial(bytes, kept)
    as_agreed, plan = agreed_view(store, conference, plan)
    return conference, partial(render_plan, as_agreed, plan, large_print=large_print)


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
