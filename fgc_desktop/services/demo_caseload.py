"""Demo caseloads: a realistic one to explore the app, and big synthetic ones to measure it."""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from fgc_desktop.domain import progress
from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.canonical_plan import mark_agreed, wording_hash
from fgc_desktop.domain.conference import Conference, Consent, ConsentMethod, Meeting, Referral
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Attendance, Participation, Person, Role, Side
from fgc_desktop.domain.plan import (
    Action,
    Answer,
    BottomLineResponse,
    Decision,
    Plan,
    Signature,
    SignatureMethod,
    Stroke,
    add_months,
    default_review_date,
    next_version,
)
from fgc_desktop.domain.preparation import (
    ChildVoice,
    Invitation,
    InvitationMethod,
    PreparationVisit,
    VoiceMethod,
)
from fgc_desktop.domain.progress import signatories
from fgc_desktop.domain.safety import SafetyPair
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import demo_reviews, plan_signing
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store

Renderer = Callable[[Conference, Plan], bytes]


@dataclass(frozen=True)
class Family:
    """One demo family: children (name, born), adults (name, role, relationship), plan actions."""

    name: str
    children: tuple[tuple[str, date], ...]
    adults: tuple[tuple[str, Role, str], ...]
    venue: str = "Riverside Family Centre, Room 2"
    actions: tuple[tuple[str, str, str, str], ...] = field(default=())
    # Who needs an interpreter, and for which language.
    interpreted: tuple[tuple[str, str], ...] = ()
    # Whose address must stay hidden from everyone else.
    confidential: tuple[str, ...] = ()
    # Who must not attend with whom (the second takes part by phone), and why.
    apart: tuple[tuple[str, str, str], ...] = ()
    # Changes made to the plan at its first review, four weeks on: a second version is agreed.
    revise: Callable[[Plan, date], None] | None = None
    # The language of the family's plan and letters.
    document_language: Language = Language.ENGLISH


_REFERRER = Referral(
    referrer_name="Jo Bennett",
    referrer_role="Social worker",
    referrer_team="Children's Services, North Team",
    referrer_phone="01632 960123",
    referrer_email="jo.bennett@riverside.example.org",
    reason="School and health visitor are worried the children are often alone at home in the "
    "evenings.",
    worries="The children have missed school on 14 days this term. Neighbours heard shouting late "
    "at night.",
    strengths="The children are warm and close to their grandmother. Their mother asked for help "
    "herself.",
    questions="How will the family make sure the children are safe and looked after every "
    "evening?\nWho can the children go to when they are worried?",
)

_DEMO_FAMILIES = (
    (
        Family(
            "Nowak family",
            (("Zofia Nowak", date(2019, 5, 14)), ("Jakub Nowak", date(2015, 11, 2))),
            (
                ("Agnieszka Nowak", Role.PARENT, "Mother"),
                ("Halina Wójcik", Role.GRANDPARENT, "Maternal grandmother"),
                ("Paweł Nowak", Role.AUNT_UNCLE, "Uncle"),
                ("Łucja Zielińska", Role.FRIEND, "Family friend"),
            ),
            "Kowalski Community Hall, Main Room",
            (
                (
                    "Take Zofia and Jakub to school every weekday",
                    "Halina Wójcik",
                    "School can phone Halina if the children are late",
                    "The children are in school on time every day",
                ),
                (
                    "Go to the parenting group on Tuesday evenings",
                    "Agnieszka Nowak",
                    "Paweł looks after the children on Tuesdays",
                    "Agnieszka has been to 8 of the 10 sessions",
                ),
            ),
            revise=lambda plan, reviewed_on: _nowak_review(plan, reviewed_on),
        ),
        Stage.REVIEW,
    ),
    (
        Family(
            "Al-Rashid family",
            (("ليلى الرشيد", date(2020, 2, 9)),),
            (
                ("فاطمة الرشيد", Role.PARENT, "Mother"),
                ("محمود الرشيد", Role.GRANDPARENT, "Grandfather"),
                ("Samira Haddad", Role.INTERPRETER, "Arabic interpreter"),
            ),
            "Al-Noor Community Centre",
            (
                (
                    "Layla stays with her grandfather محمود at weekends",
                    "محمود الرشيد",
                    "Help with bus fares from the local authority",
                    "Layla says she enjoys the weekends",
                ),
            ),
            interpreted=(("فاطمة الرشيد", "Arabic"), ("محمود الرشيد", "Arabic")),
        ),
        Stage.PLAN_AGREEMENT,
    ),
    (
        Family(
            "ap Rhys family",
            (("Gwenllian ap Rhys", date(2012, 7, 30)), ("Dafydd ap Rhys", date(2017, 1, 18))),
            (
                ("Siân ap Rhys", Role.PARENT, "Mam"),
                ("Rhodri Llewelyn", Role.GRANDPARENT, "Taid"),
                ("Ffion Pritchard", Role.ADVOCATE, "Advocate for Gwenllian"),
            ),
            "Canolfan Gymunedol Llanrwst",
            (
                (
                    "Gwneud ystafell wely’n barod i Dafydd yn nhŷ Taid",
                    "Rhodri Llewelyn",
                    "Gwely gan y prosiect dodrefn lleol",
                    "Mae Dafydd yn cysgu yno bob nos Wener",
                ),
            ),
            # A Welsh-speaking family in Conwy: their plan and letters are in Welsh.
            document_language=Language.WELSH,
        ),
        Stage.FAMILY_TIME,
    ),
    (
        Family(
            "Chen family",
            (("陈小明", date(2016, 3, 3)),),
            (
                ("陈美玲", Role.PARENT, "Mother"),
                ("王秀英", Role.GRANDPARENT, "Grandmother"),
                ("Li Wei", Role.INTERPRETER, "Mandarin interpreter"),
            ),
            "Eastgate Library, Meeting Room 1",
        ),
        Stage.INFORMATION_SHARING,
    ),
    (
        Family(
            "Khan family",
            (("عائشہ خان", date(2018, 9, 21)),),
            (
                ("Nadia Khan", Role.PARENT, "Mother"),
                ("عمران خان", Role.PARENT, "Father"),
                ("Sara Khan", Role.AUNT_UNCLE, "Maternal aunt"),
            ),
            interpreted=(("عمران خان", "Urdu"),),
            confidential=("Nadia Khan",),
            apart=(
                (
                    "Nadia Khan",
                    "عمران خان",
                    "Nadia left after domestic abuse; her new address must stay hidden from Imran",
                ),
            ),
        ),
        Stage.PREPARATION,
    ),
    (
        Family(
            "Okafor family",
            (("Chidi Okafor", date(2014, 12, 1)),),
            (("Grace Okafor", Role.PARENT, "Mother"),),
        ),
        Stage.REFERRAL,
    ),
    (
        Family(
            "Petrov family",
            (("Мария Петрова", date(2013, 4, 11)),),
            (
                ("Ольга Петрова", Role.PARENT, "Mother"),
                ("Νίκος Παπαδόπουλος", Role.FRIEND, "Neighbour"),
            ),
            actions=(
                (
                    "Ольга phones Мария's school every Friday",
                    "Ольга Петрова",
                    "",
                    "The school says attendance is above 95%",
                ),
            ),
        ),
        Stage.CLOSED,
    ),
)


def write_demo_caseload(store: Store, *, today: date | None = None) -> list[Conference]:
    """Fill the store with a small caseload in every stage, with names in many scripts."""
    today = today or date.today()
    written = []
    with store.writing():
        render = demo_signed_renderer(store)
        for family, stage in _DEMO_FAMILIES:
            reference = conferences.next_reference(store, today.year)
            conference, kept = build_conference(reference, family, stage, today, render)
            conferences.insert_conference(store, conference, kept)
            written.append(conference)
    return written


_GIVEN = (
    "Zofia", "Jakub", "Amelia", "Oliver", "Siân", "Dafydd", "ليلى", "يوسف", "عائشہ", "Imran",
    "小明", "美玲", "Мария", "Иван", "Νίκος", "Chidi", "Grace", "Ewa", "Rhys", "Aoife",
)  # fmt: skip
_FAMILY = (
    "Nowak", "Kowalski", "ap Rhys", "Jones", "الرشيد", "Haddad", "خان", "Chen", "王",
    "Петрова", "Okafor", "Murphy", "Wiśniewska", "Evans", "Παπαδόπουλος", "Smith",
)  # fmt: skip


def write_synthetic_caseload(
    store: Store, count: int, *, seed: int = 2026, today: date | None = None
) -> int:
    """Write count generated conferences spread over every stage; returns how many were written.

    Agreed plans keep real canonical content and hash; their PDFs are rendered and signed (with
    the demo certificate) for real too, so the caseload behaves exactly as one built in the app.
    """
    today = today or date.today()
    chance = random.Random(seed)
    stages = list(Stage)
    with store.writing():
        render = demo_signed_renderer(store)
        for _ in range(count):
            surname = chance.choice(_FAMILY)
            family = Family(
                f"{surname} family",
                tuple(
                    (
                        f"{chance.choice(_GIVEN)} {surname}",
                        today - timedelta(days=chance.randint(400, 6000)),
                    )
                    for _ in range(chance.randint(1, 3))
                ),
                (
                    (f"{chance.choice(_GIVEN)} {surname}", Role.PARENT, "Parent"),
                    (
                        f"{chance.choice(_GIVEN)} {chance.choice(_FAMILY)}",
                        Role.GRANDPARENT,
                        "Grandparent",
                    ),
                ),
            )
            reference = conferences.next_reference(store, today.year)
            conference, kept = build_conference(
                reference, family, chance.choice(stages), today, render
            )
            conferences.insert_conference(store, conference, kept)
    return count


def demo_signed_renderer(store: Store) -> Renderer:
    """Lay out and sign agreed plans with a new demo certificate, which the store then knows.

    The key is made once per demo caseload, so each plan costs only its signature.
    """
    key = plan_signing.demo_key()
    plan_signing.remember_signer(store, key.details)

    def render(conference: Conference, plan: Plan) -> bytes:
        pdf = render_plan(conference, plan)
        return plan_signing.sign_agreed_pdf(conference, plan, pdf, key).pdf

    return render


def build_conference(
    reference: str, family: Family, stage: Stage, today: date, render: Renderer
) -> tuple[Conference, dict[str, tuple[str, bytes]]]:
    """A conference filled in as far as a stage, moved there by the domain's own rules."""
    held_on = _conference_day(stage, today)
    conference = Conference(
        reference=reference,
        family_name=family.name,
        referral=replace(_REFERRER, received_on=held_on - timedelta(days=42)),
        people=[_child(name, born) for name, born in family.children]
        + [_adult(family, *adult) for adult in family.adults],
        document_language=family.document_language,
    )
    giver = conference.people[len(family.children)]
    conference.consent = Consent(
        given_by=giver.name,
        given_by_person_id=giver.id,
        given_on=held_on - timedelta(days=40),
        method=ConsentMethod.IN_PERSON,
    )
    kept: dict[str, tuple[str, bytes]] = {}
    while conference.stage is not stage:
        _prepare_for_next(conference, family, held_on, kept, render)
        closing = conference.stage is Stage.REVIEW
        # Closed conferences were closed at a review that found the plan achieved.
        progress.move_on(conference, demo_reviews.close_at_review(conference) if closing else "")
    if stage is Stage.REVIEW and family.revise is None:
        demo_reviews.hold_review(conference)
    elif stage is Stage.REVIEW and family.revise is not None:
        review = demo_reviews.hold_revising_review(conference)
        assert review.held_on is not None  # a review just held
        _agree_revision(conference, family.revise, review.held_on, render, kept)
        review.new_plan_id = conference.plans[-1].id
        demo_reviews.schedule_next(conference, review)
    return conference, kept


def _conference_day(stage: Stage, today: date) -> date:
    if stage in {Stage.REFERRAL, Stage.PREPARATION}:
        return today + timedelta(days=14)
    if stage in {Stage.REVIEW, Stage.CLOSED}:
        return today - timedelta(days=30)
    return today


def _child(name: str, born: date) -> Person:
    return Person(name, Role.CHILD, "Child", born, lives_with="At home with their mother")


def _adult(family: Family, name: str, role: Role, relationship: str) -> Person:
    languages = dict(family.interpreted)
    number = zlib.crc32(name.encode("utf-8"))  # stable, so the demo is the same every time
    return Person(
        name,
        role,
        relationship,
        side=_side(role, relationship),
        phone=f"07700 900{number % 1000:03d}",
        address=f"{number % 90 + 1} Church Street, Riverside, RV1 2AB",
        contact_confidential=name in family.confidential,
        preferred_language=languages.get(name, "English"),
        interpreter_needed=name in languages,
        parental_responsibility=role is Role.PARENT,
    )


def _side(role: Role, relationship: str) -> Side:
    words = relationship.casefold()
    if not role.is_family or role in {Role.FRIEND, Role.COMMUNITY}:
        return Side.OUTSIDE
    if any(w in words for w in ("mother", "maternal", "mam", "mum")):
        return Side.MOTHERS
    if any(w in words for w in ("father", "paternal", "taid", "dad")):
        return Side.FATHERS
    return Side.BOTH


def _prepare_for_next(
    conference: Conference,
    family: Family,
    held_on: date,
    kept: dict[str, tuple[str, bytes]],
    render: Renderer,
) -> None:
    if conference.stage is Stage.REFERRAL:
        conference.bottom_lines = [
            BottomLine(
                "The children must not be left alone overnight",
                "They are too young to keep themselves safe",
            )
        ]
        conference.meeting = Meeting(
            held_on=held_on,
            starts_at="10:00",
            venue=family.venue,
            venue_accessibility="Step-free entrance; hearing loop in the main room",
            food="Lunch and drinks for everyone; halal and vegetarian options",
            childcare="A crèche in the next room for the younger children",
        )
    elif conference.stage is Stage.PREPARATION:
        _prepare(conference, family, held_on)
    elif conference.stage is Stage.INFORMATION_SHARING:
        for person in conference.people:
            if person.role.is_family and person.participation is Participation.IN_PERSON:
                person.attendance = Attendance.PRESENT
            elif person.participation is Participation.PHONE:
                person.attendance = Attendance.PHONE_OR_VIDEO
    elif conference.stage is Stage.FAMILY_TIME:
        conference.plans = [_draft_plan(conference, family, held_on)]
    elif conference.stage is Stage.PLAN_AGREEMENT:
        _agree(conference, held_on, render, kept)


def _prepare(conference: Conference, family: Family, held_on: date) -> None:
    """Everything the weeks of preparation gather: who takes part, visits, voices, letters."""
    by_name = {person.name: person for person in conference.people}
    phone_only = {second for _, second, _ in family.apart}
    for person in conference.people:
        if person.role is Role.CHILD:
            continue
        person.participation = (
            Participation.PHONE if person.name in phone_only else (Participation.IN_PERSON)
        )
        person.participation_reason = (
            "Safety: joins by phone so the family can talk freely"
            if person.name in phone_only
            else ""
        )
        person.interpreter_booked = person.interpreter_needed
    conference.safety_pairs = [
        SafetyPair(by_name[first].id, by_name[second].id, reason)
        for first, second, reason in family.apart
    ]
    conference.visits = [
        PreparationVisit(
            person.id,
            held_on - timedelta(days=21 - i),
            "At home",
            notes="Talked through what happens at a family group conference.",
            worries="Worried about being judged in front of the family.",
            hopes="Wants the children to stay with the family.",
            help_needed="A lift to the venue" if i % 2 else "",
        )
        for i, person in enumerate(conference.invitees)
        if person.role.is_family
    ]
    conference.child_voices = [
        ChildVoice(
            child.id,
            f"{child.name.split()[0]} says: I like it when Gran picks me up. I don't like being "
            "on my own at night.",
            VoiceMethod.CONVERSATION,
            read_out_by="The coordinator",
        )
        for child in conference.children
    ]
    conference.referral.bottom_lines_agreed_on = held_on - timedelta(days=20)
    conference.invitations = [
        Invitation(person.id, held_on - timedelta(days=10), InvitationMethod.POST)
        for person in conference.invitees
    ]


def _draft_plan(conference: Conference, family: Family, held_on: date) -> Plan:
    # The plan is the family's: actions and monitoring fall to family members, not interpreters.
    adults = [name for name, role, _ in family.adults if role.is_family]
    actions = family.actions or (
        ("Collect the children from school every day", adults[-1], "", "No missed pick-ups"),
    )
    return Plan(
        actions=[
            Action(what, who, held_on + timedelta(days=28 * (i + 1)), support, know)
            for i, (what, who, support, know) in enumerate(actions)
        ],
        contingency=f"If the plan is not working, {adults[0]} calls the coordinator and the "
        "family meets again within a week.",
        plan_monitor=adults[-1],
        review_date=default_review_date(held_on, (c.date_of_birth for c in conference.children)),
        decision=Decision.AGREED,
        answers=[
            Answer(question, _ANSWERS[i % len(_ANSWERS)].format(family=adults[-1]))
            for i, question in enumerate(conference.referral.question_list)
        ],
        bottom_line_responses=[
            BottomLineResponse(
                line.id, line.text, f"{adults[-1]} stays overnight whenever a parent cannot."
            )
            for line in conference.bottom_lines
        ],
    )


_ANSWERS = (
    "Every evening an adult from the family is at home; {family} keeps the rota on the fridge.",
    "The children can go to {family} or ring the family's phone tree at any time.",
)


def _signature(conference: Conference, plan: Plan, person: Person, number: int) -> Signature:
    by_phone = person.attendance is Attendance.PHONE_OR_VIDEO
    method = SignatureMethod.AGREED_BY_PHONE if by_phone else SignatureMethod.SIGNED_ON_SCREEN
    return Signature(
        name=person.name,
        method=method,
        person_id=person.id,
        strokes=() if by_phone else _handwriting(number),
        signed_at=f"{conference.meeting.held_on}T15:{10 + number:02d}:00+00:00",
        content_hash=wording_hash(conference, plan),
    )


def _handwriting(seed: int) -> tuple[Stroke, ...]:
    """A made-up signature: a looping line and a flourish, different for each signer."""
    loops = 4 + seed % 3
    line = tuple(
        (0.2 + 2.4 * t / 60, 0.55 - 0.25 * math.sin(t * loops * math.pi / 30) * (1 - t / 90))
        for t in range(61)
    )
    flourish = tuple((0.3 + 2.2 * t / 20, 0.82 - 0.04 * math.sin(t / 3)) for t in range(21))
    return (line, flourish)


def _agree(
    conference: Conference, held_on: date, render: Renderer, kept: dict[str, tuple[str, bytes]]
) -> None:
    plan = conference.plan
    assert plan is not None
    plan.signatures = [_signature(conference, plan, person, i) for i, person in enumerate(
        signatories(conference)
    )]  # fmt: skip
    plan.recipients = [person.id for person in signatories(conference)]
    # Plans are agreed at the end of the conference day.
    content = mark_agreed(conference, plan, f"{held_on.isoformat()}T15:30:00+00:00")
    kept[plan.id] = (content, render(conference, plan))


def _agree_revision(
    conference: Conference,
    revise: Callable[[Plan, date], None],
    reviewed_on: date,
    render: Renderer,
    kept: dict[str, tuple[str, bytes]],
) -> None:
    """A new version from the agreed plan, changed at the review, signed again and agreed."""
    agreed = conference.plan
    assert agreed is not None and agreed.is_agreed
    plan = next_version(agreed)
    revise(plan, reviewed_on)
    plan.decision = Decision.AGREED
    conference.plans.append(plan)
    plan.signatures = [
        replace(
            _signature(conference, plan, person, i),
            signed_at=f"{reviewed_on.isoformat()}T11:{10 + i:02d}:00+00:00",
        )
        for i, person in enumerate(signatories(conference))
    ]
    content = mark_agreed(conference, plan, f"{reviewed_on.isoformat()}T11:30:00+00:00")
    kept[plan.id] = (content, render(conference, plan))


def _nowak_review(plan: Plan, reviewed_on: date) -> None:
    """At the review: the parenting course is finished, school mornings need an earlier start,
    and the family asks the school's support worker in; the next review comes sooner."""
    school, _course = plan.actions
    school.what = "Take Zofia and Jakub to school every weekday, leaving home by 8.15"
    school.support = (
        "School can phone Halina if the children are late; Paweł covers the mornings when "
        "Halina has a hospital appointment"
    )
    school.by_when = add_months(reviewed_on, 3)
    plan.actions = [
        school,
        Action(
            "Meet the school's family support worker once a month",
            "Agnieszka Nowak",
            add_months(reviewed_on, 1),
            "Łucja drives Agnieszka and Halina to the school",
            "The support worker's monthly notes say the mornings are calmer",
        ),
    ]
    plan.contingency = (
        "If the plan is not working, Agnieszka Nowak calls the coordinator the same day; Halina "
        "takes the children to her flat that evening and the family meets again within a week."
    )
    plan.plan_monitor = "Halina Wójcik"
    plan.review_date = add_months(reviewed_on, 3)
    if plan.answers:
        plan.answers[0].answer = (
            "Every evening an adult from the family is at home; Halina keeps the rota on the "
            "fridge and Paweł covers Tuesdays and Thursdays."
        )
