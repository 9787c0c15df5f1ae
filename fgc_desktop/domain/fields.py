"""The fields a coordinator edits, with their labels and kinds, named once for every layer."""

from __future__ import annotations

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


class Kind(StrEnum):
    """How a field is typed and checked."""

    LINE = "line"
    TEXT = "text"
    DATE = "date"
    TIME = "time"


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
        elif self.kind is Kind.LINE:
            value = clean_line(raw, self.label)
        else:
            value = clean_text(raw, self.label, limit=LONG_TEXT_LIMIT)
        if self.required and not value:
            raise ValidationError(self.label, "cannot be empty")
        return value


def _clean_time(raw: object, label: str) -> str:
    text = clean_line(raw, label)
    if not text:
        return ""
    hours, _, minutes = text.replace(".", ":").partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValidationError(label, f"“{text}” is not a time; write it as 10:30")
    if int(hours) > 23 or int(minutes) > 59:
        raise ValidationError(label, f"“{text}” is not a real time of day")
    return f"{int(hours):02d}:{minutes}"


def _specs(*specs: FieldSpec) -> dict[str, FieldSpec]:
    return {spec.key: spec for spec in specs}


CONFERENCE_FIELDS = _specs(
    FieldSpec("family_name", "Family name", Kind.LINE, required=True),
    FieldSpec("referrer_name", "Referrer", Kind.LINE),
    FieldSpec("referrer_role", "Referrer's role and team", Kind.LINE),
    FieldSpec("referral_received_on", "Referral received on", Kind.DATE),
    FieldSpec("referral_reason", "Reason for referral", Kind.TEXT),
    FieldSpec("worries", "Worries", Kind.TEXT),
    FieldSpec("strengths", "What is working well", Kind.TEXT),
    FieldSpec("questions", "Questions for the family", Kind.TEXT),
    FieldSpec("consent_given_by", "Consent given by", Kind.LINE),
    FieldSpec("consent_given_on", "Consent given on", Kind.DATE),
    FieldSpec("held_on", "Conference date", Kind.DATE),
    FieldSpec("starts_at", "Start time", Kind.TIME),
    FieldSpec("venue", "Venue", Kind.LINE),
)

PERSON_FIELDS = _specs(
    FieldSpec("name", "Name", Kind.LINE, required=True),
    FieldSpec("relationship", "Relationship to the child", Kind.LINE),
    FieldSpec("date_of_birth", "Date of birth", Kind.DATE),
)

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
