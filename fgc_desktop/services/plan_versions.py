"""Every version of a conference's plan: listed, compared side by side, reprinted as agreed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Plan, SignatureMethod
from fgc_desktop.domain.plan_comparison import PlanComparison, compare_plans
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.services.family_plan import agreed_view, render_plan
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store


def versions(store: Store, conference_id: str) -> Conference:
    """The conference with every plan version, oldest first (in `conference.plans`)."""
    return conferences.load_conference(store, conference_id)


def signed_by(plan: Plan) -> str:
    """Who signed or agreed this version, and who declined, in the order they did."""
    names = [
        f"{s.name} (declined)" if s.method is SignatureMethod.DECLINED else s.name
        for s in plan.signatures
    ]
    return ", ".join(names) if names else "No one yet"


def version_of(conference: Conference, number: int) -> Plan:
    """One plan version by its number, or a ValidationError naming the versions there are."""
    plan = next((p for p in conference.plans if p.version == number), None)
    if plan is not None:
        return plan
    there = ", ".join(str(p.version) for p in conference.plans)
    if not there:
        raise ValidationError(
            "Version",
            Words(
                "{reference} has no plan version {number}; it has no plan yet",
                reference=conference.reference,
                number=number,
            ),
        )
    raise ValidationError(
        "Version",
        Words(
            "{reference} has no plan version {number}; its versions are {there}",
            reference=conference.reference,
            number=number,
            there=there,
        ),
    )


def compare_versions(
    store: Store, conference_id: str, older: int, newer: int
) -> tuple[Conference, PlanComparison]:
    """Two versions of the conference's plan compared item by item (either order)."""
    conference = versions(store, conference_id)
    return conference, compare_plans(version_of(conference, older), version_of(conference, newer))


@dataclass(frozen=True)
class VersionPrint:
    """One plan version as it prints; `exact` when make() gives the bytes kept at agreement."""

    conference: Conference
    plan: Plan
    make: Callable[[], bytes]
    exact: bool


def version_print(store: Store, conference_id: str, number: int) -> VersionPrint:
    """An agreed version's exact PDF bytes as kept at agreement; a draft laid out, marked DRAFT.

    make() may lay a document out, so the UI runs it off the GUI thread.
    """
    conference = versions(store, conference_id)
    plan = version_of(conference, number)
    if plan.is_agreed:
        _, kept = plans.agreed_record(store, plan.id)
        if kept:
            return VersionPrint(conference, plan, partial(bytes, kept), exact=True)
    # A draft, or an agreed version whose PDF was never kept: laid out from what was agreed.
    then, shown = agreed_view(store, conference, plan)
    return VersionPrint(conference, plan, partial(render_plan, then, shown), exact=False)
