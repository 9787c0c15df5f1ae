"""A conference's own fields (referral, consent, meeting) as the text the forms show."""

from __future__ import annotations

from collections.abc import Callable

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.fields import CONFERENCE_FIELDS, FieldSpec
from fgc_desktop.domain.validation import format_date
from fgc_desktop.services import referral
from fgc_desktop.store.connection import Store

REFERRER_KEYS = (
    "referrer_name",
    "referrer_role",
    "referrer_team",
    "referrer_phone",
    "referrer_email",
    "referral_received_on",
)
REFERRAL_KEYS = ("referral_reason", "worries", "strengths", "questions")
BOTTOM_LINES_AGREED_KEYS = ("bottom_lines_agreed_on",)
MEETING_KEYS = ("held_on", "starts_at", "venue", "venue_accessibility")
DAY_NEEDS_KEYS = ("food", "childcare")


def specs(keys: tuple[str, ...]) -> list[FieldSpec]:
    """The field specs for some CONFERENCE_FIELDS keys, in that order."""
    return [CONFERENCE_FIELDS[key] for key in keys]


def field_values(conference: Conference) -> dict[str, str]:
    """Every conference field's stored value as text."""
    ref, consent, meeting = conference.referral, conference.consent, conference.meeting
    return {
        "family_name": conference.family_name,
        "referrer_name": ref.referrer_name,
        "referrer_role": ref.referrer_role,
        "referrer_team": ref.referrer_team,
        "referrer_phone": ref.referrer_phone,
        "referrer_email": ref.referrer_email,
        "referral_received_on": format_date(ref.received_on),
        "referral_reason": ref.reason,
        "worries": ref.worries,
        "strengths": ref.strengths,
        "questions": ref.questions,
        "bottom_lines_agreed_on": format_date(ref.bottom_lines_agreed_on),
        "consent_given_by": consent.given_by,
        "consent_given_on": format_date(consent.given_on),
        "consent_withdrawn_on": format_date(consent.withdrawn_on),
        "consent_withdrawal_reason": consent.withdrawal_reason,
        "held_on": format_date(meeting.held_on),
        "starts_at": meeting.starts_at,
        "venue": meeting.venue,
        "venue_accessibility": meeting.venue_accessibility,
        "food": meeting.food,
        "childcare": meeting.childcare,
    }


def saver(store: Store, conference_id: Callable[[], str]) -> Callable[[str, str], Conference]:
    """A FieldForm save function storing one conference field through the referral service."""

    def save(key: str, text: str) -> Conference:
        return referral.edit_conference(store, conference_id(), key, text)

    return save
