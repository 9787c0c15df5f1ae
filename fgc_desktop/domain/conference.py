"""A family group conference and everything recorded about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.identity import new_id, utc_now
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.domain.plan import Plan
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
    received_on: date | None = None
    reason: str = ""
    worries: str = ""
    strengths: str = ""
    questions: str = ""


@dataclass
class Consent:
    """The family's consent to the conference going ahead."""

    given_by: str = ""
    given_on: date | None = None

    @property
    def is_recorded(self) -> bool:
        """True when both who consented and when are known."""
        return bool(self.given_by and self.given_on)


@dataclass
class Meeting:
    """When and where the conference is held."""

    held_on: date | None = None
    starts_at: str = ""
    venue: str = ""


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

    def person(self, person_id: str) -> Person | None:
        """The person in this conference's network with that id."""
        return next((p for p in self.people if p.id == person_id), None)
