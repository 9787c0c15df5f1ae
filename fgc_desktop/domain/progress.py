"""What must be true before a conference moves on, said in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from fgc_desktop.domain.canonical_plan import wording_hash
from fgc_desktop.domain.conference import Conference, StageMove
from fgc_desktop.domain.network import Participation, Person, Role
from fgc_desktop.domain.plan import Decision, Plan
from fgc_desktop.domain.review import review_signatories, review_that_started
from fgc_desktop.domain.safety import attendance_conflicts
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import format_date
from fgc_desktop.domain.wording import Words


@dataclass(frozen=True)
class Readiness:
    """Whether a conference can move on, and the plain-word steps still missing."""

    target: Stage | None
    missing: tuple[str, ...]

    @property
    def ready(self) -> bool:
        """True when nothing is missing and there is a stage to move to."""
        return self.target is not None and not self.missing


# Every combination of an action's missing parts, whole, so each can be translated as a sentence.
_ACTION_GAP_WORDS = {
    ("what",): "Action {number}: say what",
    ("who",): "Action {number}: say who",
    ("by when",): "Action {number}: say by when",
    ("what", "who"): "Action {number}: say what and who",
    ("what", "by when"): "Action {number}: say what and by when",
    ("who", "by when"): "Action {number}: say who and by when",
    ("what", "who", "by when"): "Action {number}: say what and who and by when",
}


def readiness(conference: Conference) -> Readiness:
    """What stands between the conference and its next stage."""
    target = conference.stage.next()
    if target is None:
        return Readiness(None, (Words("The conference is closed."),))
    # A family who withdrew can always be closed: that is often why a conference ends.
    if conference.consent.is_withdrawn and target is not Stage.CLOSED:
        return Readiness(target, (_withdrawn(conference),))
    return Readiness(target, tuple(_CHECKS[conference.stage](conference)))


def _withdrawn(conference: Conference) -> str:
    consent = conference.consent
    if consent.withdrawal_reason:
        return Words(
            "The family withdrew their consent on {date}: {reason}. "
            "The conference cannot move on unless they consent again.",
            date=format_date(consent.withdrawn_on),
            reason=consent.withdrawal_reason,
        )
    return Words(
        "The family withdrew their consent on {date}. "
        "The conference cannot move on unless they consent again.",
        date=format_date(consent.withdrawn_on),
    )


def missing_for_agreement(conference: Conference) -> list[str]:
    """What the plan still needs before the referrer's agreement can lock it."""
    plan = conference.plan
    if plan is None:
        return [Words("Start the family plan")]
    if conference.consent.is_withdrawn:
        return [_withdrawn(conference)]
    missing = _missing_in_actions(plan)
    missing += [
        Words("Write the family's answer to: {question}", question=question)
        for question in conference.referral.question_list
        if not ((answer := plan.answer_to(question)) and answer.answer)
    ]
    missing += [
        Words("Say how the plan meets the bottom line: {line}", line=line.text)
        for line in conference.bottom_lines
        if not ((response := plan.response_to(line.id)) and response.how_met)
    ]
    if not plan.contingency:
        missing.append(Words("Write the contingency plan: what happens if the plan does not work"))
    if not plan.plan_monitor:
        missing.append(Words("Name the plan monitor from the family"))
    missing += _missing_review_date(conference, plan)
    if plan.decision is Decision.NOT_AGREED and not plan.decision_reasons:
        missing.append(Words("Write the referrer's reasons for not agreeing the plan"))
    if plan.decision is not Decision.AGREED:
        missing.append(Words("Record the referrer's decision as agreed"))
    missing += _missing_signatures(conference, plan)
    return missing


def _missing_review_date(conference: Conference, plan: Plan) -> list[str]:
    """The next review must come after the meeting that made this version."""
    if plan.review_date is None:
        return [Words("Set the review date")]
    review = review_that_started(conference, plan)
    if review is not None and review.held_on and plan.review_date <= review.held_on:
        return [Words("Set a review date after this review")]
    if conference.meeting.held_on and plan.review_date <= conference.meeting.held_on:
        return [Words("Set a review date after the conference")]
    return []


def signatories(conference: Conference, plan: Plan | None = None) -> list[Person]:
    """Who is asked to sign a plan version (by default the latest): everyone who took part in
    the meeting that made it (the conference, or the review that started it), but children and
    interpreters."""
    plan = plan or conference.plan
    review = review_that_started(conference, plan) if plan is not None else None
    if review is not None:
        return review_signatories(conference, review)
    return [
        person
        for person in conference.people
        if person.attendance.took_part and person.role not in {Role.CHILD, Role.INTERPRETER}
    ]


def _missing_signatures(conference: Conference, plan: Plan) -> list[str]:
    signed = {s.person_id: s for s in plan.signatures}
    current = wording_hash(conference, plan)
    missing = []
    for person in signatories(conference, plan):
        signature = signed.get(person.id)
        if signature is None:
            missing.append(
                Words(
                    "Record how {name} agreed: signed, by phone, on paper or declined",
                    name=person.name,
                )
            )
        elif signature.content_hash != current:
            missing.append(
                Words("{name} signed an earlier wording of the plan: sign again", name=person.name)
            )
    return missing


def _missing_in_actions(plan: Plan) -> list[str]:
    if not plan.actions:
        return [Words("Add at least one action with who and by when")]
    missing = []
    for number, action in enumerate(plan.actions, start=1):
        gaps = tuple(
            label
            for label, value in (
                ("what", action.what),
                ("who", action.who),
                ("by when", action.by_when),
            )
            if not value
        )
        if gaps:
            missing.append(Words(_ACTION_GAP_WORDS[gaps], number=number))
    return missing


def _referral(conference: Conference) -> list[str]:
    referral, missing = conference.referral, []
    if not referral.referrer_name:
        missing.append(Words("Name the referrer"))
    if not referral.reason:
        missing.append(Words("Write the reason for referral"))
    if not conference.children:
        missing.append(Words("Add the child or children the conference is about"))
    missing += _consent(conference)
    return missing


def _consent(conference: Conference) -> list[str]:
    consent = conference.consent
    if not consent.is_recorded:
        return [Words("Record the family's consent (who gave it and when)")]
    giver = conference.person(consent.given_by_person_id)
    if giver is not None and not giver.parental_responsibility:
        return [
            Words(
                "{name} does not have parental responsibility; record consent from someone "
                "who does",
                name=giver.name,
            )
        ]
    return []


def _preparation(conference: Conference) -> list[str]:
    family = [p for p in conference.people if p.role.is_family]
    missing = [] if family else [Words("Add at least one member of the family network")]
    missing += [
        Words("Decide how {name} will take part", name=p.name)
        for p in family
        if p.participation is Participation.NOT_DECIDED
    ]
    visited = {visit.person_id for visit in conference.visits}
    missing += [
        Words("Visit or call {name}", name=p.name)
        for p in family
        if p.participation.is_invited and p.id not in visited
    ]
    missing += _child_voices(conference)
    missing += _bottom_lines(conference)
    missing += _meeting(conference)
    missing += [
        (
            Words(
                "Book an interpreter for {name} ({language})",
                name=p.name,
                language=p.preferred_language,
            )
            if p.preferred_language
            else Words("Book an interpreter for {name}", name=p.name)
        )
        for p in conference.invitees
        if p.interpreter_needed and not p.interpreter_booked
    ]
    invited = {invitation.person_id for invitation in conference.invitations}
    missing += [
        Words("Send {name} their invitation", name=p.name)
        for p in conference.invitees
        if p.id not in invited
    ]
    missing += attendance_conflicts(conference.people, conference.safety_pairs)
    return missing


def _child_voices(conference: Conference) -> list[str]:
    missing = []
    for child in conference.children:
        voice = conference.child_voice(child.id)
        if voice is None or not voice.is_gathered:
            missing.append(Words("Gather {name}'s wishes and feelings", name=child.name))
    return missing


def _bottom_lines(conference: Conference) -> list[str]:
    if not conference.bottom_lines:
        return [Words("Write the bottom lines with the referrer")]
    if conference.referral.bottom_lines_agreed_on is None:
        return [Words("Record that the referrer agreed the bottom lines")]
    return []


def _meeting(conference: Conference) -> list[str]:
    meeting, missing = conference.meeting, []
    if meeting.held_on is None:
        missing.append(Words("Set the conference date"))
    if not meeting.starts_at:
        missing.append(Words("Set the start time"))
    if not meeting.venue:
        missing.append(Words("Book the venue"))
    return missing


def _information_sharing(conference: Conference) -> list[str]:
    if not any(person.attendance.took_part for person in conference.people):
        return [Words("Record who is at the conference")]
    return []


def _family_time(conference: Conference) -> list[str]:
    plan = conference.plan
    if plan is None or not plan.actions:
        return [Words("Write down at least one action from the family's plan")]
    return []


def _plan_agreement(conference: Conference) -> list[str]:
    plan = conference.plan
    if plan is not None and plan.is_agreed:
        return []
    return [*missing_for_agreement(conference), Words("Agree the plan")]


def _review(conference: Conference) -> list[str]:
    # A review that has met but not ended says how the conference ends on the Review page.
    return [
        Words(
            "The review held on {date} has not ended: choose how it ends on the Review page "
            "(closing the conference is one of the choices)",
            date=format_date(review.held_on),
        )
        for review in conference.reviews
        if review.is_held and not review.is_decided
    ]


_CHECKS = {
    Stage.REFERRAL: _referral,
    Stage.PREPARATION: _preparation,
    Stage.INFORMATION_SHARING: _information_sharing,
    Stage.FAMILY_TIME: _family_time,
    Stage.PLAN_AGREEMENT: _plan_agreement,
    Stage.REVIEW: _review,
}


class StageBlocked(Exception):
    """A stage move that cannot happen yet; `missing` lists what to do first."""

    def __init__(self, missing: list[str] | tuple[str, ...]) -> None:
        super().__init__("; ".join(missing))
        self.missing = tuple(missing)


def move_on(conference: Conference, reason: str = "") -> StageMove:
    """Advance to the next stage when nothing is missing; closing needs a reason."""
    check = readiness(conference)
    if not check.ready:
        raise StageBlocked(check.missing)
    if check.target is Stage.CLOSED and not reason.strip():
        raise StageBlocked([Words("Say why the conference is closing")])
    move = StageMove(conference.stage, check.target, reason.strip())
    _apply(conference, move)
    return move


def go_back(conference: Conference, reason: str) -> StageMove:
    """Return to the previous stage; the coordinator's reason is kept."""
    target = conference.stage.previous()
    if target is None:
        raise StageBlocked([Words("Referral is the first stage; there is nowhere to go back to")])
    if not reason.strip():
        raise StageBlocked([Words("Say why the conference is going back a stage")])
    move = StageMove(conference.stage, target, reason.strip())
    _apply(conference, move)
    return move


def _apply(conference: Conference, move: StageMove) -> None:
    conference.stage = move.to_stage
    conference.stage_moves.append(move)
