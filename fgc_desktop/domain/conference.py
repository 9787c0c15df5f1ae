"""A family group conference and everything recorded about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.conference_day import (
    FamilyQuestion,
    FamilyTimeSession,
    ProfessionalInformation,
)
from fgc_desktop.domain.identity import new_id, utc_now
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import ChildRelationship, Person, Role
from fgc_desktop.domain.plan import Plan
from fgc_desktop.domain.preparation import ChildVoice, Invitation, PreparationVisit
from fgc_desktop.domain.review import Review
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.domain.stage import Stage


@dataclass
class StageMove:
    """A move between stages; going back always carries the coordinator's reason."""

    from_stage: Stage
    to_stage: Stage
    reason: str = ""
    moved_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)


@dataclass
class Referral:
    """What the referrer asks of the conference, in their words."""

    referrer_name: str = ""
    referrer_role: str = ""
    referrer_team: str = ""
    referrer_phone: str = ""
    referrer_email: str = ""
    received_on: date | None = None
    reason: str = ""
    worries: str = ""
    strengths: str = ""
    questions: str = ""
    bottom_lines_agreed_on: date | None = None

    @property
    def question_list(self) -> list[str]:
        """The questions for the family, one a line, blank lines left out."""
        return [line.strip() for line in self.questions.splitlines() if line.strip()]


class ConsentMethod(StrEnum):
    """How the family gave their consent."""

    NOT_RECORDED = "not_recorded"
    IN_PERSON = "in_person"
    PHONE = "phone"
    IN_WRITING = "in_writing"

    @property
    def label(self) -> str:
        """The method as written on screen and on paper."""
        return {
            ConsentMethod.NOT_RECORDED: "Not recorded",
            ConsentMethod.IN_PERSON: "In person",
            ConsentMethod.PHONE: "By phone",
            ConsentMethod.IN_WRITING: "In writing",
        }[self]


@dataclass
class Consent:
    """The family's consent to the conference going ahead, and its withdrawal."""

    given_by: str = ""
    given_by_person_id: str | None = None
    given_on: date | None = None
    method: ConsentMethod = ConsentMethod.NOT_RECORDED
    withdrawn_on: date | None = None
    withdrawal_reason: str = ""

    @property
    def is_recorded(self) -> bool:
        """True when both who consented and when are known."""
        return bool(self.given_by and self.given_on)

    @property
    def is_withdrawn(self) -> bool:
        """True once the family has withdrawn consent."""
        return self.withdrawn_on is not None


@dataclass
class Meeting:
    """When and where the conference is held, and what the day needs."""

    held_on: date | None = None
    starts_at: str = ""
    venue: str = ""
    venue_accessibility: str = ""
    food: str = ""
    childcare: str = ""


@dataclass
class Conference:
    """One family group conference, from referral to review."""

    reference: str
    family_name: str
    stage: Stage = Stage.REFERRAL
    referral: Referral = field(default_factory=Referral)
    consent: Consent = field(default_factory=Consent)
    meeting: Meeting = field(default_factory=Meeting)
    people: list[Person] = field(default_factory=list)
    bottom_lines: list[BottomLine] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    stage_moves: list[StageMove] = field(default_factory=list)
    safety_pairs: list[SafetyPair] = field(default_factory=list)
    visits: list[PreparationVisit] = field(default_factory=list)
    child_voices: list[ChildVoice] = field(default_factory=list)
    invitations: list[Invitation] = field(default_factory=list)
    child_relationships: list[ChildRelationship] = field(default_factory=list)
    professional_information: list[ProfessionalInformation] = field(default_factory=list)
    family_questions: list[FamilyQuestion] = field(default_factory=list)
    family_time: list[FamilyTimeSession] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    # The language of the family's documents (plan, letters), whatever the interface speaks.
    document_language: Language = Language.ENGLISH
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)

    @property
    def children(self) -> list[Person]:
        """The children the conference is about."""
        return [person for person in self.people if person.role is Role.CHILD]

    @property
    def plan(self) -> Plan | None:
        """The latest plan version, or None before the family has started one."""
        return max(self.plans, key=lambda plan: plan.version, default=None)

    def person(self, person_id: str | None) -> Person | None:
        """The person in this conference's network with that id."""
        return next((p for p in self.people if p.id == person_id), None)

    def child_voice(self, child_id: str) -> ChildVoice | None:
        """What has been gathered of one child's wishes and feelings."""
        return next((v for v in self.child_voices if v.child_id == child_id), None)

    def relationship_to(self, person: Person, child: Person) -> str:
        """What person is to that child: their own words for this child, else in general."""
        specific = next(
            (
                r.relationship
                for r in self.child_relationships
                if r.person_id == person.id and r.child_id == child.id
            ),
            "",
        )
        return specific or person.relationship

    @property
    def invitees(self) -> list[Person]:
        """Everyone who gets an invitation letter, in network order."""
        return [p for p in self.people if p.participation.is_invited]
