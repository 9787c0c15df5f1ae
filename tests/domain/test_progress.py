"""Stage rules: what is missing, moving on, going back with a reason."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fgc_desktop.domain import progress
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.plan import Decision
from fgc_desktop.domain.progress import StageBlocked, missing_for_agreement, readiness
from fgc_desktop.domain.stage import Stage


def test_new_referral_says_in_plain_words_what_is_missing() -> None:
    check = readiness(Conference("FGC-2026-0001", "Nowak family"))
    assert check.target is Stage.PREPARATION
    assert not check.ready
    assert check.missing == (
        "Name the referrer",
        "Write the reason for referral",
        "Add the child or children the conference is about",
        "Record the family's consent (who gave it and when)",
    )


def test_blocked_move_raises_with_the_missing_steps_and_changes_nothing() -> None:
    conference = Conference("FGC-2026-0001", "Nowak family")
    with pytest.raises(StageBlocked) as blocked:
        progress.move_on(conference)
    assert "Record the family's consent (who gave it and when)" in blocked.value.missing
    assert conference.stage is Stage.REFERRAL
    assert conference.stage_moves == []


@pytest.mark.parametrize("stage", list(Stage)[:-1])
def test_a_filled_in_conference_moves_through_every_stage(stage, conference_at) -> None:
    conference = conference_at(stage)
    assert conference.stage is stage
    assert [move.to_stage for move in conference.stage_moves] == list(Stage)[1 : stage.position + 1]


def test_closing_needs_a_reason(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    with pytest.raises(StageBlocked, match="Say why the conference is closing"):
        progress.move_on(conference)
    move = progress.move_on(conference, "Plan achieved")
    assert (move.to_stage, move.reason) == (Stage.CLOSED, "Plan achieved")
    assert readiness(conference).missing == ("The conference is closed.",)


def test_going_back_keeps_the_reason_and_needs_one(conference_at) -> None:
    conference = conference_at(Stage.FAMILY_TIME)
    with pytest.raises(StageBlocked, match="Say why"):
        progress.go_back(conference, "   ")
    move = progress.go_back(conference, "The grandmother arrived late and must hear the worries")
    assert conference.stage is Stage.INFORMATION_SHARING
    assert conference.stage_moves[-1] is move
    assert move.reason == "The grandmother arrived late and must hear the worries"


def test_nothing_before_referral() -> None:
    with pytest.raises(StageBlocked, match="first stage"):
        progress.go_back(Conference("FGC-2026-0001", "Nowak family"), "because")


def test_agreement_lists_each_incomplete_action(conference_at) -> None:
    conference = conference_at(Stage.PLAN_AGREEMENT)
    plan = conference.plan
    plan.actions[0] = replace(plan.actions[0], who="", by_when=None)
    plan.contingency = ""
    plan.answers[0].answer = ""
    plan.decision = Decision.NOT_AGREED
    assert missing_for_agreement(conference) == [
        "Action 1: say who and by when",
        "Write the family's answer to: How will the family make sure the children are safe and "
        "looked after every evening?",
        "Write the contingency plan: what happens if the plan does not work",
        "Write the referrer's reasons for not agreeing the plan",
        "Record the referrer's decision as agreed",
        "Record how Agnieszka Nowak agreed: signed, by phone, on paper or declined",
        "Record how فاطمة الزهراء agreed: signed, by phone, on paper or declined",
        "Record how 王小明 agreed: signed, by phone, on paper or declined",
    ]


def test_review_date_must_come_after_the_conference(conference_at) -> None:
    conference = conference_at(Stage.PLAN_AGREEMENT)
    conference.plan.review_date = conference.meeting.held_on
    assert "Set a review date after the conference" in missing_for_agreement(conference)


def test_plan_agreement_stage_needs_the_plan_agreed(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)  # complete and signed
    conference.stage = Stage.PLAN_AGREEMENT
    conference.plan.status = conference.plan.status.DRAFT
    assert readiness(conference).missing == ("Agree the plan",)


def test_a_change_after_signing_asks_for_a_new_signature(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    conference.plan.status = conference.plan.status.DRAFT
    conference.plan.decision_reasons = "Recorded after the family signed"
    assert missing_for_agreement(conference) == []  # the decision is not what they signed
    conference.plan.contingency = "A different contingency"
    assert missing_for_agreement(conference) == [
        "Agnieszka Nowak signed an earlier wording of the plan: sign again",
        "فاطمة الزهراء signed an earlier wording of the plan: sign again",
        "王小明 signed an earlier wording of the plan: sign again",
    ]
