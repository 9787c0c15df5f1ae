"""Writing the family plan and agreeing it: actions, contingency, decision, lock."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from fgc_desktop.domain.canonical_plan import content_hash, mark_agreed, wording_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import (
    ACTION_FIELDS,
    ANSWER_FIELDS,
    BOTTOM_LINE_RESPONSE_FIELDS,
    PLAN_FIELDS,
)
from fgc_desktop.domain.identity import utc_now
from fgc_desktop.domain.plan import (
    SIGNATURE_BOX,
    Action,
    Decision,
    Plan,
    Signature,
    SignatureMethod,
    Stroke,
    default_review_date,
    next_version,
)
from fgc_desktop.domain.progress import StageBlocked, missing_for_agreement
from fgc_desktop.domain.validation import ValidationError, clean_text
from fgc_desktop.domain.wording import Words
from fgc_desktop.services.exchange import conference_data
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.services.plan_signing import SignedPlanPdf, remember_signer, sign_agreed_pdf
from fgc_desktop.store import conferences, plans
from fgc_desktop.store.connection import Store

if TYPE_CHECKING:
    from fgc_desktop.documents.signing_certificate import SigningKey


def start_plan(store: Store, conference_id: str) -> Conference:
    """Give the conference a draft plan if it has none, with the default review date."""
    conference = conferences.load_conference(store, conference_id)
    if conference.plan is None:
        held_on = conference.meeting.held_on or date.today()
        plan = Plan(
            review_date=default_review_date(
                held_on, (child.date_of_birth for child in conference.children)
            )
        )
        plans.add_plan(store, conference_id, plan)
    return conferences.load_conference(store, conference_id)


def edit_plan(store: Store, conference_id: str, key: str, raw: object) -> Conference:
    """Check and store one field of the draft plan (a key of PLAN_FIELDS)."""
    plan = _draft_plan(store, conference_id)
    plans.update_plan(store, plan.id, {key: PLAN_FIELDS[key].clean(raw)})
    return conferences.load_conference(store, conference_id)


def set_decision(store: Store, conference_id: str, decision: Decision) -> Conference:
    """Record the referrer's decision on the draft plan."""
    plan = _draft_plan(store, conference_id)
    plans.update_plan(store, plan.id, {"decision": Decision(decision)})
    return conferences.load_conference(store, conference_id)


def add_action(store: Store, conference_id: str, what: object, **fields: object) -> Conference:
    """Add an action to the draft plan; other fields by their ACTION_FIELDS keys."""
    plan = _draft_plan(store, conference_id)
    values = {key: ACTION_FIELDS[key].clean(raw) for key, raw in fields.items()}
    action = Action(what=str(ACTION_FIELDS["what"].clean(what)), **values)  # type: ignore[arg-type]
    plans.add_action(store, plan.id, action)
    return conferences.load_conference(store, conference_id)


def edit_action(
    store: Store, conference_id: str, action_id: str, key: str, raw: object
) -> Conference:
    """Check and store one field of an action."""
    plans.update_action(store, action_id, {key: ACTION_FIELDS[key].clean(raw)})
    return conferences.load_conference(store, conference_id)


def remove_action(store: Store, conference_id: str, action_id: str) -> Conference:
    """Take an action out of the draft plan."""
    plans.remove_action(store, action_id)
    return conferences.load_conference(store, conference_id)


@dataclass(frozen=True)
class Agreement:
    """A plan version ready to be locked: the facts, their hash, and how to print them."""

    conference: Conference
    plan: Plan
    canonical_content: str

    def render(self) -> bytes:
        """The agreed plan's PDF, not yet signed; slow, so the UI runs it off the GUI thread."""
        return render_plan(self.conference, self.plan)

    def render_signed(self, key: SigningKey) -> SignedPlanPdf:
        """The agreed plan's PDF, laid out and digitally signed (off the GUI thread too)."""
        return sign_agreed_pdf(self.conference, self.plan, self.render(), key)


def prepare_agreement(store: Store, conference_id: str) -> Agreement:
    """Check the plan can be agreed and fix its hash; raises StageBlocked with what is missing."""
    conference = conferences.load_conference(store, conference_id)
    missing = missing_for_agreement(conference)
    plan = conference.plan
    if plan is not None and plan.is_agreed:
        missing = [f"Version {plan.version} is already agreed"]
    if missing or plan is None:
        raise StageBlocked(missing)
    content = mark_agreed(conference, plan, utc_now())
    return Agreement(conference, plan, content)


def complete_agreement(store: Store, agreement: Agreement, signed: SignedPlanPdf) -> Conference:
    """Lock the version with its canonical content, hash and exact signed PDF bytes.

    The PDF is laid out off the GUI thread; if the plan was edited meanwhile, the hash and PDF
    no longer describe it, so nothing is locked and the coordinator agrees again.
    """
    now = conferences.load_conference(store, agreement.conference.id)
    plan = now.plan
    if (
        plan is None
        or plan.id != agreement.plan.id
        or plan.is_agreed
        or content_hash(now, plan) != agreement.plan.content_hash
    ):
        raise StageBlocked([Words("The plan changed while it was being prepared; agree it again")])
    # Copies and large print printed later must show the facts as agreed, not later edits.
    snapshot = json.dumps(conference_data(agreement.conference), ensure_ascii=False)
    remember_signer(store, signed.certificate)
    plans.lock_plan(store, agreement.plan, agreement.canonical_content, signed.pdf, snapshot)
    return conferences.load_conference(store, agreement.conference.id)


def agree_plan(store: Store, conference_id: str, key: SigningKey) -> Conference:
    """Prepare, render, sign and lock in one call (for the command line and scripts)."""
    agreement = prepare_agreement(store, conference_id)
    return complete_agreement(store, agreement, agreement.render_signed(key))


def _draft_plan(store: Store, conference_id: str) -> Plan:
    conference = start_plan(store, conference_id)
    plan = conference.plan
    assert plan is not None  # start_plan always leaves a plan
    if plan.is_agreed:
        raise StageBlocked(
            [
                Words(
                    "Version {version} is agreed and locked; start a new version to change it",
                    version=plan.version,
                )
            ]
        )
    return plan


def sign(
    store: Store,
    conference_id: str,
    person_id: str,
    method: SignatureMethod,
    *,
    strokes: Sequence[Sequence[tuple[float, float]]] = (),
    note: object = "",
) -> Conference:
    """Record how one participant agreed to the draft plan's current wording."""
    conference = conferences.load_conference(store, conference_id)
    plan = _draft_plan(store, conference_id)
    person = conference.person(person_id)
    if person is None:
        raise ValidationError("Signature", Words("that person is no longer in the network"))
    method = SignatureMethod(method)
    kept_strokes = _checked_strokes(strokes) if method is SignatureMethod.SIGNED_ON_SCREEN else ()
    text = clean_text(note, "Note", limit=2000)
    if method is SignatureMethod.DECLINED and not text:
        raise ValidationError(
            "Note", Words("say why {name} declined to sign, in their words", name=person.name)
        )
    signature = Signature(
        name=person.name,
        method=method,
        person_id=person.id,
        note=text,
        signed_at=utc_now(),
        strokes=kept_strokes,
        content_hash=wording_hash(conference, plan),
    )
    plans.add_signature(store, plan.id, signature)
    return conferences.load_conference(store, conference_id)


def remove_signature(store: Store, conference_id: str, signature_id: str) -> Conference:
    """Take a signature back (e.g. signed by the wrong person) before the plan is agreed."""
    plans.remove_signature(store, signature_id)
    return conferences.load_conference(store, conference_id)


def start_new_version(store: Store, conference_id: str) -> Conference:
    """A new draft version copied from the agreed one; the agreed version stays as it was."""
    conference = conferences.load_conference(store, conference_id)
    agreed = conference.plan
    if agreed is None or not agreed.is_agreed:
        raise StageBlocked(
            [Words("Only an agreed plan needs a new version; change the draft instead")]
        )
    plans.add_plan(store, conference_id, next_version(agreed))
    return conferences.load_conference(store, conference_id)


def _checked_strokes(strokes: Sequence[Sequence[tuple[float, float]]]) -> tuple[Stroke, ...]:
    width, height = SIGNATURE_BOX
    kept = tuple(
        tuple((min(max(float(x), 0.0), width), min(max(float(y), 0.0), height)) for x, y in stroke)
        for stroke in strokes
        if len(stroke) >= 2
    )
    if not kept:
        raise ValidationError(
            "Signature", Words("the signature is empty; sign in the box, then save")
        )
    if sum(len(stroke) for stroke in kept) > 20_000:
        raise ValidationError(
            "Signature", Words("the signature is too detailed; clear it and sign again")
        )
    return kept


def answer_question(store: Store, conference_id: str, question: str, raw: object) -> Conference:
    """Keep the family's answer to one of the referrer's questions."""
    plan = _draft_plan(store, conference_id)
    plans.set_answer(store, plan.id, question, str(ANSWER_FIELDS["answer"].clean(raw)))
    return conferences.load_conference(store, conference_id)


def meet_bottom_line(
    store: Store, conference_id: str, bottom_line_id: str, raw: object
) -> Conference:
    """Keep how the plan meets one bottom line."""
    conference = conferences.load_conference(store, conference_id)
    line = next((b for b in conference.bottom_lines if b.id == bottom_line_id), None)
    if line is None:
        raise ValidationError("Bottom line", Words("that bottom line is no longer in the referral"))
    plan = _draft_plan(store, conference_id)
    how_met = str(BOTTOM_LINE_RESPONSE_FIELDS["how_met"].clean(raw))
    plans.set_bottom_line_response(store, plan.id, line.id, line.text, how_met)
    return conferences.load_conference(store, conference_id)
