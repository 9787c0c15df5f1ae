"""The fields a coordinator edits, with their labels and kinds, named once for every layer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.validation import (
    LONG_TEXT_LIMIT,
    ValidationError,
    clean_line,
    clean_text,
    parse_date,
)
from fgc_desktop.domain.wording import Words


class Kind(StrEnum):
    """How a field is typed and checked."""

    LINE = "line"
    TEXT = "text"
    DATE = "date"
    TIME = "time"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True)
class FieldSpec:
    """One editable field: its key in the store and exports, its label, its kind."""

    key: str
    label: str
    kind: Kind
    required: bool = False

    def clean(self, raw: object) -> str | date | None:
        """The value to store, checked; raises ValidationError with a plain message."""
        if self.kind is Kind.DATE:
            value: str | date | None = parse_date(raw, self.label)
        elif self.kind is Kind.TIME:
            value = _clean_time(raw, self.label)
        elif self.kind is Kind.PHONE:
            value = _clean_phone(raw, self.label)
        elif self.kind is Kind.EMAIL:
            value = _clean_email(raw, self.label)
        elif self.kind is Kind.LINE:
            value = clean_line(raw, self.label)
        else:
            value = clean_text(raw, self.label, limit=LONG_TEXT_LIMIT)
        if self.required and not value:
            raise ValidationError(self.label, Words("cannot be empty"))
        return value


def _clean_time(raw: object, label: str) -> str:
    text = clean_line(raw, label)
    if not text:
        return ""
    hours, _, minutes = text.replace(".", ":").partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValidationError(label, Words("“{text}” is not a time; write it as 10:30", text=text))
    if int(hours) > 23 or int(minutes) > 59:
        raise ValidationError(label, Words("“{text}” is not a real time of day", text=text))
    return f"{int(hours):02d}:{minutes}"


def _clean_phone(raw: object, label: str) -> str:
    text = clean_line(raw, label)
    digits = sum(ch.isdigit() for ch in text)
    if text and (digits < 5 or not _PHONE.fullmatch(text)):
        raise ValidationError(
            label, Words("“{text}” is not a phone number; write it as 01234 567890", text=text)
        )
    return text


def _clean_email(raw: object, label: str) -> str:
    text = clean_line(raw, label)
    if text and not _EMAIL.fullmatch(text):
        raise ValidationError(label, Words("“{text}” is not an email address", text=text))
    return text


_PHONE = re.compile(r"[+0-9()\-. ]+(?:\s*(?:ext\.?|x)\s*\d+)?", re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _specs(*specs: FieldSpec) -> dict[str, FieldSpec]:
    return {spec.key: spec for spec in specs}


CONFERENCE_FIELDS = _specs(
    FieldSpec("family_name", "Family name", Kind.LINE, required=True),
    FieldSpec("referrer_name", "Referrer", Kind.LINE),
    FieldSpec("referrer_role", "Referrer's role", Kind.LINE),
    FieldSpec("referrer_team", "Referrer's team", Kind.LINE),
    FieldSpec("referrer_phone", "Referrer's phone", Kind.PHONE),
    FieldSpec("referrer_email", "Referrer's email", Kind.EMAIL),
    FieldSpec("referral_received_on", "Referral received on", Kind.DATE),
    FieldSpec("referral_reason", "Reason for referral", Kind.TEXT),
    FieldSpec("worries", "Worries", Kind.TEXT),
    FieldSpec("strengths", "What is working well", Kind.TEXT),
    FieldSpec("questions", "Questions for the family", Kind.TEXT),
    FieldSpec("bottom_lines_agreed_on", "Referrer agreed the bottom lines on", Kind.DATE),
    FieldSpec("consent_given_by", "Consent given by", Kind.LINE),
    FieldSpec("consent_given_on", "Consent given on", Kind.DATE),
    FieldSpec("consent_withdrawn_on", "Consent withdrawn on", Kind.DATE),
    FieldSpec("consent_withdrawal_reason", "Why consent was withdrawn", Kind.TEXT),
    FieldSpec("held_on", "Conference date", Kind.DATE),
    FieldSpec("starts_at", "Start time", Kind.TIME),
    FieldSpec("venue", "Venue", Kind.LINE),
    FieldSpec("venue_accessibility", "Venue access (step-free, hearing loop, parking…)", Kind.TEXT),
    FieldSpec("food", "Food", Kind.TEXT),
    FieldSpec("childcare", "Childcare", Kind.TEXT),
)

PERSON_FIELDS = _specs(
    FieldSpec("name", "Name", Kind.LINE, required=True),
    FieldSpec("relationship", "Relationship to the child", Kind.LINE),
    FieldSpec("date_of_birth", "Date of birth", Kind.DATE),
    FieldSpec("pronouns", "Pronouns", Kind.LINE),
    FieldSpec("lives_with", "Lives now with / at", Kind.LINE),
    FieldSpec("needs", "Needs", Kind.TEXT),
    FieldSpec("phone", "Phone", Kind.PHONE),
    FieldSpec("email", "Email", Kind.EMAIL),
    FieldSpec("address", "Address", Kind.TEXT),
    FieldSpec("preferred_language", "Preferred language", Kind.LINE),
    FieldSpec("accessibility_needs", "Accessibility needs", Kind.TEXT),
    FieldSpec("participation_reason", "Why they take part this way", Kind.TEXT),
    FieldSpec("arrived_at", "Arrived late at", Kind.TIME),
    FieldSpec("left_at", "Left at", Kind.TIME),
)

# Yes/no facts about a person, edited with tick boxes.
PERSON_FLAGS = {
    "contact_confidential": "Contact details are confidential",
    "interpreter_needed": "Needs an interpreter",
    "interpreter_booked": "Interpreter booked",
    "parental_responsibility": "Has parental responsibility",
}

VISIT_FIELDS = _specs(
    FieldSpec("visited_on", "Date", Kind.DATE),
    FieldSpec("place", "Where", Kind.LINE),
    FieldSpec("notes", "Notes", Kind.TEXT),
    FieldSpec("worries", "Their worries", Kind.TEXT),
    FieldSpec("hopes", "Their hopes", Kind.TEXT),
    FieldSpec("help_needed", "Help they need to take part", Kind.TEXT),
)

CHILD_VOICE_FIELDS = _specs(
    FieldSpec("wishes_and_feelings", "Wishes and feelings", Kind.TEXT),
    FieldSpec("read_out_by", "Who will read it out", Kind.LINE),
)

SAFETY_PAIR_FIELDS = _specs(FieldSpec("reason", "Why", Kind.TEXT))

BOTTOM_LINE_FIELDS = _specs(
    FieldSpec("text", "Bottom line", Kind.TEXT, required=True),
    FieldSpec("reason", "Why", Kind.TEXT),
)

ACTION_FIELDS = _specs(
    FieldSpec("what", "What", Kind.TEXT, required=True),
    FieldSpec("who", "Who", Kind.LINE),
    FieldSpec("by_when", "By when", Kind.DATE),
    FieldSpec("support", "Support needed", Kind.TEXT),
    FieldSpec("how_we_know", "How we will know it is working", Kind.TEXT),
)

PLAN_FIELDS = _specs(
    FieldSpec("contingency", "Contingency plan", Kind.TEXT),
    FieldSpec("plan_monitor", "Plan monitor", Kind.LINE),
    FieldSpec("review_date", "Review date", Kind.DATE),
    FieldSpec("decision_reasons", "Referrer's reasons", Kind.TEXT),
)

ANSWER_FIELDS = _specs(FieldSpec("answer", "The family's answer", Kind.TEXT))

BOTTOM_LINE_RESPONSE_FIELDS = _specs(
    FieldSpec("how_met", "How the plan meets this bottom line", Kind.TEXT)
)

PROFESSIONAL_INFORMATION_FIELDS = _specs(
    FieldSpec("worries", "Worries", Kind.TEXT),
    FieldSpec("working_well", "What is working well", Kind.TEXT),
    FieldSpec("needs_to_happen", "What needs to happen", Kind.TEXT),
)

FAMILY_QUESTION_FIELDS = _specs(
    FieldSpec("question", "The family's question", Kind.TEXT, required=True),
    FieldSpec("asked_by", "Asked by", Kind.LINE),
    FieldSpec("answer", "Answer given", Kind.TEXT),
    FieldSpec("answered_by", "Answered by", Kind.LINE),
)
