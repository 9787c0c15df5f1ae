"""Preparation use cases: visits, the child's voice, who must not attend with whom, invitations."""

from __future__ import annotations

from datetime import date

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import CHILD_VOICE_FIELDS, SAFETY_PAIR_FIELDS, VISIT_FIELDS
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.preparation import (
    ChildVoice,
    Invitation,
    InvitationMethod,
    PreparationVisit,
    VoiceMethod,
)
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.domain.validation import ValidationError, parse_date
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import conferences, preparation
from fgc_desktop.store.connection import Store


def add_visit(store: Store, conference_id: str, person_id: str, **typed: object) -> Conference:
    """Log a visit or call to one person; fields by their VISIT_FIELDS keys."""
    conference = _person_in(store, conference_id, person_id)
    values = {key: VISIT_FIELDS[key].clean(raw) for key, raw in typed.items()}
    values.setdefault("visited_on", date.today())
    preparation.add(store, conference.id, PreparationVisit(person_id, **values))  # type: ignore[arg-type]
    return conferences.load_conference(store, conference_id)


def edit_visit(
    store: Store, conference_id: str, visit_id: str, key: str, raw: object
) -> Conference:
    """Change one field of a logged visit."""
    preparation.update(store, PreparationVisit, visit_id, {key: VISIT_FIELDS[key].clean(raw)})
    return conferences.load_conference(store, conference_id)


def remove_visit(store: Store, conference_id: str, visit_id: str) -> Conference:
    """Take a visit out of the log."""
    preparation.remove(store, PreparationVisit, visit_id)
    return conferences.load_conference(store, conference_id)


def edit_child_voice(
    store: Store, conference_id: str, child_id: str, key: str, raw: object
) -> Conference:
    """Change one field of a child's voice (wishes_and_feelings, read_out_by)."""
    return _voice_change(store, conference_id, child_id, {key: CHILD_VOICE_FIELDS[key].clean(raw)})


def set_voice_method(
    store: Store, conference_id: str, child_id: str, method: VoiceMethod
) -> Conference:
    """Record how the child's wishes and feelings were gathered."""
    return _voice_change(store, conference_id, child_id, {"method": VoiceMethod(method)})


def set_advocate(
    store: Store, conference_id: str, child_id: str, advocate_id: str | None
) -> Conference:
    """Name the child's advocate from the network, or nobody."""
    if advocate_id is not None:
        _person_in(store, conference_id, advocate_id)
    return _voice_change(store, conference_id, child_id, {"advocate_id": advocate_id})


def add_safety_pair(
    store: Store, conference_id: str, person_id: str, other_person_id: str, reason: object = ""
) -> Conference:
    """Record that two people must not attend together."""
    conference = _person_in(store, conference_id, person_id)
    _person_in(store, conference_id, other_person_id)
    if person_id == other_person_id:
        raise ValidationError("Must not attend with", Words("choose two different people"))
    if any(
        pair.involves(person_id) and pair.involves(other_person_id)
        for pair in conference.safety_pairs
    ):
        raise ValidationError("Must not attend with", Words("these two are already recorded"))
    reason_text = str(SAFETY_PAIR_FIELDS["reason"].clean(reason))
    preparation.add(store, conference_id, SafetyPair(person_id, other_person_id, reason_text))
    return conferences.load_conference(store, conference_id)


def edit_safety_pair(
    store: Store, conference_id: str, pair_id: str, key: str, raw: object
) -> Conference:
    """Change why two people must not attend together."""
    preparation.update(store, SafetyPair, pair_id, {key: SAFETY_PAIR_FIELDS[key].clean(raw)})
    return conferences.load_conference(store, conference_id)


def remove_safety_pair(store: Store, conference_id: str, pair_id: str) -> Conference:
    """Forget a must-not-attend-with pair."""
    preparation.remove(store, SafetyPair, pair_id)
    return conferences.load_conference(store, conference_id)


def record_invitation(
    store: Store,
    conference_id: str,
    person_id: str,
    sent_on: object = None,
    method: InvitationMethod = InvitationMethod.POST,
) -> Conference:
    """Record that a person's invitation was sent (today unless a date is given)."""
    conference = _person_in(store, conference_id, person_id)
    person = conference.person(person_id)
    assert person is not None
    if not person.participation.is_invited:
        raise ValidationError(
            "Invitation",
            Words("{name} is not invited; decide how they will take part first", name=person.name),
        )
    day = parse_date(sent_on, "Sent on") or date.today()
    preparation.add(store, conference_id, Invitation(person_id, day, InvitationMethod(method)))  # type: ignore[arg-type]
    return conferences.load_conference(store, conference_id)


def remove_invitation(store: Store, conference_id: str, invitation_id: str) -> Conference:
    """Take back a record of an invitation sent by mistake."""
    preparation.remove(store, Invitation, invitation_id)
    return conferences.load_conference(store, conference_id)


def _voice_change(
    store: Store, conference_id: str, child_id: str, changes: dict[str, object]
) -> Conference:
    conference = _person_in(store, conference_id, child_id)
    child = conference.person(child_id)
    assert child is not None
    if child.role is not Role.CHILD:
        raise ValidationError(
            "Child's voice", Words("{name} is not one of the children", name=child.name)
        )
    voice = conference.child_voice(child_id)
    if voice is None:
        new = ChildVoice(child_id)
        for key, value in changes.items():
            setattr(new, key, value)
        preparation.add(store, conference_id, new)
    else:
        preparation.update(store, ChildVoice, voice.id, changes)
    return conferences.load_conference(store, conference_id)


def _person_in(store: Store, conference_id: str, person_id: str) -> Conference:
    conference = conferences.load_conference(store, conference_id)
    if conference.person(person_id) is None:
        raise ValidationError(
            "Person", Words("that person is no longer in this conference's network")
        )
    return conference
