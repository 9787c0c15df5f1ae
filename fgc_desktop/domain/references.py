"""Where a person is mentioned across a conference, so deleting them is never a surprise."""

from __future__ import annotations

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.validation import format_date


def references_to(conference: Conference, person_id: str) -> list[str]:
    """Plain-word list of the records that name this person, empty when there are none."""
    places = []
    if conference.consent.given_by_person_id == person_id:
        places.append("they gave the family's consent")
    visits = sum(1 for visit in conference.visits if visit.person_id == person_id)
    if visits:
        places.append(f"{visits} preparation visit{'s' if visits > 1 else ''}")
    for pair in conference.safety_pairs:
        if pair.involves(person_id):
            other_id = pair.other_person_id if pair.person_id == person_id else pair.person_id
            other = conference.person(other_id)
            places.append(f"must not attend with {other.name if other else 'someone'}")
    if any(invitation.person_id == person_id for invitation in conference.invitations):
        places.append("their invitation was sent")
    for voice in conference.child_voices:
        if voice.child_id == person_id and (voice.wishes_and_feelings or voice.advocate_id):
            places.append("their wishes and feelings")
        if voice.advocate_id == person_id:
            child = conference.person(voice.child_id)
            places.append(f"advocate for {child.name if child else 'a child'}")
    for relationship in conference.child_relationships:
        if person_id in (relationship.person_id, relationship.child_id):
            places.append("a relationship to one of the children")
            break
    if any(info.person_id == person_id for info in conference.professional_information):
        places.append("what they shared at the conference")
    for review in conference.reviews:
        invitee = review.invitee(person_id)
        if invitee is not None:
            when = format_date(review.held_on or review.scheduled_on) or "not dated yet"
            done = "came to" if invitee.attendance.took_part else "invited to"
            places.append(f"{done} the review ({when})")
    for plan in conference.plans:
        if any(signature.person_id == person_id for signature in plan.signatures):
            places.append(f"they signed plan version {plan.version}")
        if person_id in plan.recipients:
            places.append(f"the distribution list of plan version {plan.version}")
    return places


def signed_an_agreed_plan(conference: Conference, person_id: str) -> bool:
    """True when the person's signature is part of an agreed plan, which never changes."""
    return any(
        plan.is_agreed and any(s.person_id == person_id for s in plan.signatures)
        for plan in conference.plans
    )
