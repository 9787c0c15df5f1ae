"""Editing a conference's referral, consent and meeting details, field by field."""

from __future__ import annotations

from fgc_desktop.domain.conference import Conference, ConsentMethod
from fgc_desktop.domain.fields import CONFERENCE_FIELDS
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store


def edit_conference(store: Store, conference_id: str, key: str, raw: object) -> Conference:
    """Check and store one field (a key of CONFERENCE_FIELDS); returns the updated conference."""
    value = CONFERENCE_FIELDS[key].clean(raw)
    conferences.update_conference(store, conference_id, {key: value})
    return conferences.load_conference(store, conference_id)


def record_consent(
    store: Store,
    conference_id: str,
    person_id: str,
    given_on: object,
    method: ConsentMethod = ConsentMethod.IN_PERSON,
) -> Conference:
    """Record who in the network consented, when and how; a new consent ends a withdrawal."""
    conference = conferences.load_conference(store, conference_id)
    person = conference.person(person_id)
    if person is None:
        raise ValidationError("Consent given by", Words("that person is not in the network"))
    if not person.parental_responsibility:
        raise ValidationError(
            "Consent given by",
            Words(
                "{name} does not have parental responsibility, so cannot give consent",
                name=person.name,
            ),
        )
    day = CONFERENCE_FIELDS["consent_given_on"].clean(given_on)
    if day is None:
        raise ValidationError("Consent given on", Words("say when consent was given"))
    conferences.update_conference(
        store,
        conference_id,
        {
            "consent_given_by": person.name,
            "consent_given_by_person_id": person.id,
            "consent_given_on": day,
            "consent_method": ConsentMethod(method),
            "consent_withdrawn_on": None,
            "consent_withdrawal_reason": "",
        },
    )
    return conferences.load_conference(store, conference_id)


def set_consent_method(store: Store, conference_id: str, method: ConsentMethod) -> Conference:
    """Record how consent was given."""
    conferences.update_conference(store, conference_id, {"consent_method": ConsentMethod(method)})
    return conferences.load_conference(store, conference_id)


def set_document_language(store: Store, conference_id: str, language: Language) -> Conference:
    """Choose the language of the family's plan and letters; agreed versions keep theirs."""
    conferences.update_conference(store, conference_id, {"document_language": Language(language)})
    return conferences.load_conference(store, conference_id)


def withdraw_consent(
    store: Store, conference_id: str, withdrawn_on: object, reason: object
) -> Conference:
    """Record that the family withdrew consent; the conference cannot move on until renewed."""
    day = CONFERENCE_FIELDS["consent_withdrawn_on"].clean(withdrawn_on)
    why = CONFERENCE_FIELDS["consent_withdrawal_reason"].clean(reason)
    if day is None:
        raise ValidationError("Consent withdrawn on", Words("say when consent was withdrawn"))
    if not why:
        raise ValidationError("Why consent was withdrawn", Words("say why, in the family's words"))
    conferences.update_conference(
        store, conference_id, {"consent_withdrawn_on": day, "consent_withdrawal_reason": why}
    )
    return conferences.load_conference(store, conference_id)
