"""The retention rule: how long a closed conference is kept, and what happens to it afterwards."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.domain.wording import Words

DEFAULT_YEARS = 3
LEAST_YEARS, MOST_YEARS = 1, 100
YEARS_LABEL = "Keep closed conferences for"


class RetentionAction(StrEnum):
    """What happens to a conference whose retention period is over."""

    ANONYMISE = "anonymise"
    DELETE = "delete"

    @property
    def past_tense(self) -> str:
        """The action as the audit trail and messages say it: "anonymised", "deleted"."""
        return "anonymised" if self is RetentionAction.ANONYMISE else "deleted"

    @property
    def audit_change(self) -> str:
        """The change recorded in the audit trail for each conference."""
        return f"retention_{self.value}"


@dataclass(frozen=True)
class RetentionCandidate:
    """A closed conference past the retention period, as the review window lists it."""

    conference_id: str
    reference: str
    family_name: str
    closed_on: date


@dataclass(frozen=True)
class RetentionResult:
    """What one conference's retention did: how many records went or were blanked."""

    conference_id: str
    reference: str
    records: int
    audit_entries: int


@dataclass(frozen=True)
class RetentionReport:
    """The outcome of one reviewed retention run."""

    action: RetentionAction
    results: tuple[RetentionResult, ...]
    # False when another program was reading the file, so old pages wait for the next checkpoint.
    overwritten_on_disk: bool

    @property
    def records(self) -> int:
        """Records removed or blanked across every conference of the run."""
        return sum(result.records for result in self.results)


def check_years(raw: object) -> int:
    """A retention period in whole years, or a ValidationError saying what is allowed."""
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise ValidationError(YEARS_LABEL, Words("must be a whole number of years"))
    text = str(raw).strip()
    if not text.isdigit():
        raise ValidationError(
            YEARS_LABEL, Words("“{text}” is not a whole number of years", text=text)
        )
    years = int(text)
    if not LEAST_YEARS <= years <= MOST_YEARS:
        raise ValidationError(
            YEARS_LABEL,
            Words(
                "must be between {least} and {most} years, not {years}",
                least=LEAST_YEARS,
                most=MOST_YEARS,
                years=years,
            ),
        )
    return years


def closed_before(today: date, years: int) -> date:
    """The day a conference must have closed before to be past a period of years (29 Feb safe)."""
    year = today.year - years
    day = min(today.day, 28) if (today.month, today.day) == (2, 29) else today.day
    return date(year, today.month, day)


def audit_summary(action: RetentionAction, reference: str, records: int) -> str:
    """The audit trail's sentence for one conference: no names, no text, only that it happened."""
    noun = "record" if records == 1 else "records"
    return f"Conference {reference} {action.past_tense} under the retention rule, {records} {noun}"


def confirmation_matches(typed: str, count: int) -> bool:
    """True when the coordinator typed the number of conferences ticked, to confirm the run."""
    return count > 0 and typed.strip() == str(count)
