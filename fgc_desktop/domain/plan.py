"""The family plan: actions, contingency, monitor, review date and the referrer's decision."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.language import Language


class PlanStatus(StrEnum):
    """A draft can change; an agreed version never does."""

    DRAFT = "draft"
    AGREED = "agreed"

    @property
    def label(self) -> str:
        """The status as the History shows it."""
        return {PlanStatus.DRAFT: "Draft", PlanStatus.AGREED: "Agreed"}[self]


class Decision(StrEnum):
    """What the referrer says when they hear the family's plan."""

    PENDING = "pending"
    AGREED = "agreed"
    NOT_AGREED = "not_agreed"
    MORE_FAMILY_TIME = "more_family_time"

    @property
    def label(self) -> str:
        """The decision as written on screen and on paper."""
        return {
            Decision.PENDING: "Not yet decided",
            Decision.AGREED: "Agreed",
            Decision.NOT_AGREED: "Not agreed",
            Decision.MORE_FAMILY_TIME: "More family time needed",
        }[self]


class SignatureMethod(StrEnum):
    """How a participant showed they agree with the plan."""

    SIGNED_ON_PAPER = "signed_on_paper"
    SIGNED_ON_SCREEN = "signed_on_screen"
    AGREED_BY_PHONE = "agreed_by_phone"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        """The method as written on screen and on paper."""
        return {
            SignatureMethod.SIGNED_ON_PAPER: "Signed on paper",
            SignatureMethod.SIGNED_ON_SCREEN: "Signed on screen",
            SignatureMethod.AGREED_BY_PHONE: "Agreed by phone",
            SignatureMethod.DECLINED: "Declined to sign",
        }[self]


@dataclass
class Action:
    """One thing the plan says will happen: what, who, by when, with what help."""

    what: str
    who: str = ""
    by_when: date | None = None
    support: str = ""
    how_we_know: str = ""
    id: str = field(default_factory=new_id)
    # The id of this action as first written, kept through every copy into a later version, so
    # versions can be compared action by action; None for an action written in its own version.
    origin_id: str | None = None

    @property
    def lineage(self) -> str:
        """The id shared by this action and all its copies in other versions."""
        return self.origin_id or self.id


# A stroke is the path of one pen-down movement, as (x, y) points in a box 3 wide and 1 high,
# so a signature draws the same on any screen and in any PDF.
Point = tuple[float, float]
Stroke = tuple[Point, ...]
SIGNATURE_BOX = (3.0, 1.0)


@dataclass
class Signature:
    """A participant's agreement with one plan version, and the wording they agreed to."""

    name: str
    method: SignatureMethod
    person_id: str | None = None
    note: str = ""
    signed_at: str = ""
    strokes: tuple[Stroke, ...] = ()
    content_hash: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Answer:
    """The family's answer to one of the questions the referrer asked them."""

    question: str
    answer: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class BottomLineResponse:
    """How the plan meets one bottom line, in the family's words."""

    bottom_line_id: str
    bottom_line: str
    how_met: str = ""
    id: str = field(default_factory=new_id)


class CopyMethod(StrEnum):
    """How a copy of the agreed plan reached its person."""

    IN_PERSON = "in_person"
    POST = "post"
    EMAIL = "email"

    @property
    def label(self) -> str:
        """The method as written on screen."""
        return {
            CopyMethod.IN_PERSON: "Given in person",
            CopyMethod.POST: "By post",
            CopyMethod.EMAIL: "By email",
        }[self]


@dataclass
class CopyGiven:
    """The record that one person got their copy of a plan version."""

    person_id: str
    given_on: date
    method: CopyMethod = CopyMethod.IN_PERSON
    large_print: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class Plan:
    """One version of a conference's family plan."""

    version: int = 1
    status: PlanStatus = PlanStatus.DRAFT
    actions: list[Action] = field(default_factory=list)
    contingency: str = ""
    plan_monitor: str = ""
    review_date: date | None = None
    decision: Decision = Decision.PENDING
    decision_reasons: str = ""
    agreed_at: str | None = None
    content_hash: str | None = None
    signatures: list[Signature] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    bottom_line_responses: list[BottomLineResponse] = field(default_factory=list)
    # The distribution list (person ids) and who has had their copy: not part of what is
    # signed, so they can change after agreement (a new social worker joins, say).
    recipients: list[str] = field(default_factory=list)
    copies: list[CopyGiven] = field(default_factory=list)
    # The language the version was agreed (and signed) in, fixed at agreement; until then the
    # plan is in its conference's document language.
    language: Language = Language.ENGLISH
    id: str = field(default_factory=new_id)

    def answer_to(self, question: str) -> Answer | None:
        """The family's answer to a question, or None before they have one."""
        return next((a for a in self.answers if a.question == question), None)

    def response_to(self, bottom_line_id: str) -> BottomLineResponse | None:
        """How the plan meets a bottom line, or None before it is written."""
        return next(
            (r for r in self.bottom_line_responses if r.bottom_line_id == bottom_line_id), None
        )

    @property
    def is_agreed(self) -> bool:
        """True once the version is locked by agreement."""
        return self.status is PlanStatus.AGREED


def add_months(day: date, months: int) -> date:
    """The same day some months later, clipped to the end of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_review_date(held_on: date, children_birth_dates: Iterable[date | None]) -> date:
    """Review within 6 months when the youngest child is under 7, else within 12 months."""
    births = [born for born in children_birth_dates if born is not None]
    youngest = max(births, default=None)
    under_seven = youngest is not None and add_months(youngest, 7 * 12) > held_on
    return add_months(held_on, 6 if under_seven else 12)


def next_version(agreed: Plan) -> Plan:
    """A new draft from an agreed version: same wording, new ids, no decision or signatures.

    Each copied action keeps its lineage in `origin_id`, so comparisons can follow it.
    """
    return Plan(
        version=agreed.version + 1,
        actions=[
            replace(action, id=new_id(), origin_id=action.lineage) for action in agreed.actions
        ],
        contingency=agreed.contingency,
        plan_monitor=agreed.plan_monitor,
        review_date=agreed.review_date,
        answers=[replace(answer, id=new_id()) for answer in agreed.answers],
        bottom_line_responses=[replace(r, id=new_id()) for r in agreed.bottom_line_responses],
        recipients=list(agreed.recipients),
    )
