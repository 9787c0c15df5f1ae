"""Conferences built in code for the document tests, with names in many scripts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.canonical_plan import mark_agreed, wording_hash
from fgc_desktop.domain.conference import Conference, Consent, ConsentMethod, Meeting, Referral
from fgc_desktop.domain.network import Attendance, Participation, Person, Role, Side
from fgc_desktop.domain.plan import (
    Action,
    Decision,
    Plan,
    PlanStatus,
    Signature,
    SignatureMethod,
)

ZOFIA = "Zofia Wójcik"
SIAN = "Siân ap Rhys"
FATIMA = "فاطمة الزهراء"
AISHA = "عائشہ خان"
WANG = "王小明"
NIKOS = "Νίκος"
OLGA = "Ольга Смирнова"


@dataclass(frozen=True)
class Names:
    """The names the sample conference uses, one script or language each."""

    zofia: str = ZOFIA
    sian: str = SIAN
    fatima: str = FATIMA
    aisha: str = AISHA
    wang: str = WANG
    nikos: str = NIKOS
    olga: str = OLGA


def make_actions(count: int) -> list[Action]:
    """Ordinary actions, numbered so each can be found in the text."""
    return [
        Action(
            what=f"Action {n}: Grandmother takes the children to school on weekdays",
            who=ZOFIA if n % 2 else OLGA,
            by_when=date(2026, 4, 1 + n % 28),
            support="Bus pass from children's services; the school knows the new arrangement",
            how_we_know="The school reports full attendance every Friday",
        )
        for n in range(1, count + 1)
    ]


def make_conference(*, agreed: bool = False, actions: int = 4) -> Conference:
    """A realistic conference: two children, a family network, professionals and a plan."""
    people = [
        Person(WANG, Role.CHILD, date_of_birth=date(2018, 6, 2), attendance=Attendance.ABSENT),
        Person(NIKOS, Role.CHILD, date_of_birth=date(2021, 11, 20)),
        Person(ZOFIA, Role.GRANDPARENT, "Grandmother", attendance=Attendance.PRESENT),
        Person(FATIMA, Role.PARENT, "Mother", attendance=Attendance.PRESENT),
        Person(AISHA, Role.AUNT_UNCLE, "Aunt", attendance=Attendance.PHONE_OR_VIDEO),
        Person(SIAN, Role.FRIEND, "Family friend", attendance=Attendance.VIEWS_SENT),
        Person(OLGA, Role.PROFESSIONAL, "Social worker", attendance=Attendance.PRESENT),
        Person("Tom Absent", Role.PARENT, "Father", attendance=Attendance.ABSENT),
    ]
    plan = Plan(
        version=2,
        status=PlanStatus.AGREED if agreed else PlanStatus.DRAFT,
        actions=make_actions(actions),
        contingency="If the children miss school twice in a week, Olga calls a family meeting.",
        plan_monitor=ZOFIA,
        review_date=date(2026, 9, 30),
        decision=Decision.AGREED if agreed else Decision.PENDING,
        agreed_at="2026-03-31T15:20:00Z" if agreed else None,
    )
    plan.signatures = [
        Signature(ZOFIA, SignatureMethod.SIGNED_ON_PAPER, people[2].id, signed_at="2026-03-31"),
        Signature(AISHA, SignatureMethod.AGREED_BY_PHONE, people[4].id, note="Read out by Olga"),
    ]
    conference = Conference(
        reference="FGC-2026-0042",
        family_name="Wójcik-Zahra",
        referral=Referral(referrer_name=OLGA, referrer_role="Social worker"),
        meeting=Meeting(held_on=date(2026, 3, 31), venue="Community centre"),
        people=people,
        bottom_lines=[
            BottomLine(
                "The children cannot live with Tom while he is drinking.",
                "Both children were hurt when he was drunk in 2025.",
            ),
            BottomLine("The children go to school every day.", ""),
        ],
        plans=[plan],
    )
    # As the app records them: each signature keeps the wording it agreed to, and an agreed
    # version keeps the hash of its content.
    for signature in plan.signatures:
        signature.content_hash = wording_hash(conference, plan)
    if agreed:
        mark_agreed(conference, plan, "2026-03-31T15:20:00Z")
    return conference


@pytest.fixture
def names() -> Names:
    """The names in the sample conference."""
    return Names()


@pytest.fixture(name="make_conference")
def make_conference_fixture() -> Callable[..., Conference]:
    """make_conference(agreed=False, actions=4) builds a sample conference."""
    return make_conference


@pytest.fixture(name="make_actions")
def make_actions_fixture() -> Callable[[int], list[Action]]:
    """make_actions(count) builds that many ordinary actions."""
    return make_actions


@pytest.fixture
def conference() -> Conference:
    """A conference with a draft plan of a few actions."""
    return make_conference()


def make_network_conference(
    *, people: int = 0, held_on: date | None = date(2026, 12, 8), venue: str = "Oak Hall"
) -> Conference:
    """A conference at preparation: referral, consent, two children and a network in many
    scripts, one of them (Agnieszka) with confidential contact details; people adds extras."""
    network = [
        Person(ZOFIA, Role.CHILD, date_of_birth=date(2019, 5, 14), pronouns="she/her"),
        Person(WANG, Role.CHILD, date_of_birth=date(2015, 11, 2), needs="Glasses"),
        Person(
            "Agnieszka Nowak",
            Role.PARENT,
            "Mother",
            side=Side.MOTHERS,
            participation=Participation.IN_PERSON,
            address=HIDDEN_ADDRESS,
            phone=HIDDEN_PHONE,
            email="agnieszka@hidden.example",
            contact_confidential=True,
        ),
        Person(
            "Halina Wójcik",
            Role.GRANDPARENT,
            "Grandmother",
            side=Side.MOTHERS,
            participation=Participation.PHONE,
            address="3 Oak Road, Leeds",
            preferred_language="Polish",
            interpreter_needed=True,
            interpreter_booked=True,
        ),
        Person(
            FATIMA, Role.AUNT_UNCLE, "Aunt", side=Side.FATHERS, participation=Participation.VIDEO
        ),
        Person(
            OLGA,
            Role.FRIEND,
            "Neighbour",
            side=Side.BOTH,
            participation=Participation.VIEWS_IN_WRITING,
        ),
        Person(NIKOS, Role.PROFESSIONAL, "Social worker", participation=Participation.IN_PERSON),
    ]
    network += [
        Person(f"Extra person {n}", Role.FRIEND, f"Friend {n}", side=list(Side)[n % 4])
        for n in range(people)
    ]
    return Conference(
        reference="FGC-2026-0042",
        family_name="Nowak",
        referral=Referral(
            referrer_name="Jo Bennett",
            referrer_role="Social worker",
            referrer_team="North Team",
            referrer_phone="01632 960123",
            referrer_email="jo.bennett@example.org",
            received_on=date(2026, 10, 20),
            reason="The school is worried the children are alone in the evenings.",
            worries="The children missed school on 14 days this term.",
            strengths="The children are close to their grandmother.",
            questions="How will the children be safe every evening?\n\nWho can they go to?",
            bottom_lines_agreed_on=date(2026, 10, 28),
        ),
        consent=Consent(
            given_by="Agnieszka Nowak", given_on=date(2026, 10, 22), method=ConsentMethod.IN_PERSON
        ),
        meeting=Meeting(held_on=held_on, starts_at="10:00", venue=venue, food="Lunch"),
        people=network,
        bottom_lines=[
            BottomLine("The children are never left alone at night.", "They are 7 and 11.")
        ],
    )


HIDDEN_ADDRESS = "12 Hidden Lane, Secretford"
HIDDEN_PHONE = "07700 900111"


@pytest.fixture(name="make_network_conference")
def make_network_conference_fixture() -> Callable[..., Conference]:
    """make_network_conference(people=0, held_on=..., venue=...) builds a conference to invite."""
    return make_network_conference


@pytest.fixture
def hidden() -> tuple[str, str]:
    """The confidential address and phone number of Agnieszka in the network conference."""
    return HIDDEN_ADDRESS, HIDDEN_PHONE
