"""Copies of a plan for the people on its distribution list, and the record of who got one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import CopyGiven, CopyMethod, Plan
from fgc_desktop.domain.validation import ValidationError, parse_date
from fgc_desktop.domain.wording import Words
from fgc_desktop.services.family_plan import agreed_view
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store


@dataclass(frozen=True)
class PlanCopy:
    """One person's copy of a plan version; render() is slow, so run it off the GUI thread."""

    conference: Conference
    plan: Plan
    reader: Person
    large_print: bool = False
    # None: the language the version was agreed in (a draft: the conference's).
    language: Language | None = None

    def render(self) -> bytes:
        """The copy as PDF bytes, addressed to its reader and leaving out what they may not see."""
        from fgc_desktop.documents.family_plan import render_family_plan

        return render_family_plan(
            self.conference,
            self.plan,
            copy_for=self.reader,
            large_print=self.large_print,
            language=self.language,
        )


def set_distribution(store: Store, conference_id: str, person_ids: Sequence[str]) -> Conference:
    """Who gets a copy of the latest plan version (people in the network)."""
    conference = conferences.load_conference(store, conference_id)
    plan = _latest(conference)
    unknown = [pid for pid in person_ids if conference.person(pid) is None]
    if unknown:
        raise ValidationError("Distribution", Words("someone chosen is no longer in the network"))
    plans.set_recipients(store, plan.id, list(person_ids))
    return conferences.load_conference(store, conference_id)


def plan_copies(
    store: Store,
    conference_id: str,
    *,
    large_print: bool = False,
    language: Language | None = None,
) -> tuple[PlanCopy, ...]:
    """A copy for each person on the latest version's distribution list."""
    conference = conferences.load_conference(store, conference_id)
    plan = _latest(conference)
    # The distribution list is today's; what each copy says is the version as agreed.
    as_agreed, shown = agreed_view(store, conference, plan)
    readers = [conference.person(pid) for pid in plan.recipients]
    return tuple(
        PlanCopy(as_agreed, shown or plan, reader, large_print, language)
        for reader in readers
        if reader is not None
    )


def record_copy_given(
    store: Store,
    conference_id: str,
    person_id: str,
    given_on: object = None,
    method: CopyMethod = CopyMethod.IN_PERSON,
    *,
    large_print: bool = False,
) -> Conference:
    """Keep the record that a person got their copy (today unless a date is given)."""
    conference = conferences.load_conference(store, conference_id)
    plan = _latest(conference)
    if conference.person(person_id) is None:
        raise ValidationError("Copy", Words("that person is no longer in the network"))
    day = parse_date(given_on, "Given on") or date.today()
    plans.record_copy(store, plan.id, CopyGiven(person_id, day, CopyMethod(method), large_print))
    return conferences.load_conference(store, conference_id)


def _latest(conference: Conference) -> Plan:
    if conference.plan is None:
        raise ValidationError("Plan", Words("there is no plan yet"))
    return conference.plan
