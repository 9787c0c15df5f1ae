"""Comparing two plan versions: actions by lineage or wording, answers, responses, fields."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date

import pytest

from fgc_desktop.domain.plan import (
    Action,
    Answer,
    BottomLineResponse,
    Decision,
    Plan,
    PlanStatus,
    next_version,
)
from fgc_desktop.domain.plan_comparison import (
    Change,
    Segment,
    compare_actions,
    compare_plans,
    word_changes,
)


def _agreed(*actions: Action, **fields: object) -> Plan:
    return Plan(status=PlanStatus.AGREED, actions=list(actions), **fields)  # type: ignore[arg-type]


SCHOOL = Action("Take Zofia and Jakub to school every weekday", "Halina Wójcik", date(2026, 5, 1))
GROUP = Action("Go to the parenting group on Tuesdays", "Agnieszka Nowak", date(2026, 6, 1))
PHONE = Action("Phone the school every Friday", "Paweł Nowak")


def _texts(segments: tuple[Segment, ...]) -> list[tuple[str, bool]]:
    return [(s.text, s.changed) for s in segments]


def test_a_copy_says_the_same_and_keeps_each_actions_lineage() -> None:
    v1 = _agreed(SCHOOL, GROUP, contingency="Call the coordinator")
    v2 = next_version(v1)
    v3 = next_version(replace(v2, status=PlanStatus.AGREED))
    assert [a.origin_id for a in v2.actions] == [SCHOOL.id, GROUP.id]
    assert [a.origin_id for a in v3.actions] == [SCHOOL.id, GROUP.id]  # the first, not v2's
    assert {a.id for a in v3.actions}.isdisjoint({SCHOOL.id, GROUP.id})
    comparison = compare_plans(v1, v3)
    assert [a.change for a in comparison.actions] == [Change.SAME, Change.SAME]
    assert not any(a.moved or a.matched_by_wording for a in comparison.actions)
    assert set(comparison.counts()) == {Change.SAME}
    assert comparison.summary() == "Version 3 says the same as version 1."


def test_added_changed_and_removed_actions() -> None:
    v1 = _agreed(SCHOOL, GROUP, PHONE)
    v2 = next_version(v1)
    # Reworded beyond recognition, but it is the same action: lineage decides, not wording.
    v2.actions[0].what = "Paweł drives both children in on Mondays"
    v2.actions[0].by_when = date(2026, 7, 1)
    del v2.actions[1]
    v2.actions.append(Action("Zofia sees the school nurse", "Halina Wójcik"))
    actions = compare_plans(v1, v2).actions
    assert [(a.change, a.older, a.newer is not None) for a in actions] == [
        (Change.CHANGED, SCHOOL, True),
        (Change.REMOVED, GROUP, False),  # shown where it stood: after the action it followed
        (Change.SAME, PHONE, True),
        (Change.ADDED, None, True),
    ]
    assert actions[0].changed_fields == ("What", "By when")
    assert not actions[0].matched_by_wording
    assert compare_plans(v1, v2).summary() == (
        "Version 2 against version 1: 1 added, 1 changed, 1 removed."
    )


def test_reordered_actions_are_the_same_actions_and_only_the_one_moved_is_marked() -> None:
    v1 = _agreed(SCHOOL, GROUP, PHONE)
    v2 = next_version(v1)
    v2.actions = [v2.actions[2], v2.actions[0], v2.actions[1]]
    comparison = compare_plans(v1, v2)
    assert [a.change for a in comparison.actions] == [Change.SAME] * 3
    assert [(a.older, a.moved) for a in comparison.actions] == [
        (PHONE, True),
        (SCHOOL, False),
        (GROUP, False),
    ]
    assert comparison.summary() == "Version 2 against version 1: 1 action moved."


def test_an_action_removed_from_the_front_moves_nothing() -> None:
    v1 = _agreed(SCHOOL, GROUP, PHONE)
    v2 = next_version(v1)
    del v2.actions[0]
    actions = compare_plans(v1, v2).actions
    assert [a.change for a in actions] == [Change.REMOVED, Change.SAME, Change.SAME]
    assert not any(a.moved for a in actions)


def test_copies_made_before_lineage_was_kept_are_matched_by_wording() -> None:
    v1 = _agreed(SCHOOL, GROUP, PHONE)
    # Copied the old way: new ids and no origin.
    old_copies = [replace(a, id=f"copy-{n}") for n, a in enumerate(v1.actions)]
    old_copies[0].what = "Take Zofia and Jakub to school every weekday by 8.45"
    old_copies[2].what = "Ask the health visitor to call round in May"  # a different action
    v2 = Plan(version=2, actions=[old_copies[1], old_copies[0], old_copies[2]])
    actions = compare_plans(v1, v2).actions
    summary = [(a.change, a.older, a.newer and a.newer.id, a.matched_by_wording) for a in actions]
    assert summary == [
        (Change.SAME, GROUP, "copy-1", True),
        (Change.CHANGED, SCHOOL, "copy-0", True),
        (Change.REMOVED, PHONE, None, False),  # it followed the school run, so it shows there
        (Change.ADDED, None, "copy-2", False),
    ]
    assert actions[1].moved != actions[0].moved  # one of the two swapped actions moved


def test_empty_plans() -> None:
    empty = Plan()
    assert compare_actions([], []) == ()
    comparison = compare_plans(empty, Plan(version=2))
    assert comparison.actions == comparison.answers == comparison.bottom_line_responses == ()
    assert {item.change for item in comparison.arrangements} == {Change.SAME}
    assert comparison.summary() == "Version 2 says the same as version 1."
    filled = Plan(
        version=2, actions=[SCHOOL], contingency="Call Halina", review_date=date(2027, 1, 5)
    )
    comparison = compare_plans(empty, filled)
    assert [a.change for a in comparison.actions] == [Change.ADDED]
    assert [(i.label, i.change) for i in comparison.arrangements] == [
        ("Contingency plan", Change.ADDED),
        ("Plan monitor", Change.SAME),
        ("Review date", Change.ADDED),
    ]
    backwards = compare_plans(filled, replace(empty, version=3))
    assert [a.change for a in backwards.actions] == [Change.REMOVED]
    assert backwards.arrangements[0].change is Change.REMOVED


def test_answers_by_question_and_bottom_line_responses_by_bottom_line() -> None:
    v1 = _agreed(
        answers=[Answer("Who can the children go to?", "Their gran"), Answer("Evenings?", "Rota")],
        bottom_line_responses=[BottomLineResponse("bl-1", "Never alone overnight", "Gran stays")],
    )
    v2 = next_version(v1)
    v2.answers[0].answer = "Their gran or their uncle"
    v2.answers = [v2.answers[0], Answer("Weekends?", "Uncle Paweł")]
    v2.bottom_line_responses[0].how_met = "Gran or Paweł stays"
    v2.bottom_line_responses.append(BottomLineResponse("bl-2", "No contact with X", ""))
    comparison = compare_plans(v1, v2)
    assert [(a.label, a.change) for a in comparison.answers] == [
        ("Who can the children go to?", Change.CHANGED),
        ("Weekends?", Change.ADDED),
        ("Evenings?", Change.REMOVED),
    ]
    assert [(r.label, r.change) for r in comparison.bottom_line_responses] == [
        ("Never alone overnight", Change.CHANGED),
        ("No contact with X", Change.ADDED),  # a new bottom line, even before it has an answer
    ]


def test_the_decision_and_its_reasons() -> None:
    v1 = _agreed(decision=Decision.NOT_AGREED, decision_reasons="No one is there at night")
    v2 = replace(v1, version=2, decision=Decision.AGREED, decision_reasons="")
    decision, reasons = compare_plans(v1, v2).decision
    assert (decision.older, decision.newer, decision.change) == (
        "Not agreed",
        "Agreed",
        Change.CHANGED,
    )
    assert reasons.change is Change.REMOVED


def test_changed_words_are_marked_and_the_text_is_kept_whole() -> None:
    older, newer = word_changes(
        "Halina takes the children to school every weekday",
        "Halina and Paweł take the children to school on weekdays",
    )
    assert "".join(s.text for s in older) == "Halina takes the children to school every weekday"
    assert (
        "".join(s.text for s in newer) == "Halina and Paweł take the children to school on weekdays"
    )
    assert [s.text for s in older if s.changed] == ["takes", "every weekday"]
    assert [s.text for s in newer if s.changed] == ["and Paweł take", "on weekdays"]
    assert word_changes("", "") == ((), ())
    assert _texts(word_changes("", "New")[1]) == [("New", True)]


@pytest.mark.parametrize(
    ("older", "newer", "removed", "added"),
    [
        ("ليلى تبقى مع جدها محمود", "ليلى تبقى مع جدتها فاطمة", ["جدها محمود"], ["جدتها فاطمة"]),
        ("小明每天上学", "小明每周上学", ["天"], ["周"]),  # no spaces: letter by letter
        ("Мария звонит в школу", "Мария пишет в школу", ["звонит"], ["пишет"]),
        ("Gwenllian yn aros gyda Taid", "Gwenllian yn aros gyda Nain", ["Taid"], ["Nain"]),
        ("مُحَمَّد يَذْهَب", "مُحَمَّد يَبْقَى", ["يَذْهَب"], ["يَبْقَى"]),  # vowel marks stay on
        ("नमस्ते दुनिया", "नमस्ते भारत", ["दुनिया"], ["भारत"]),
        ("By 2026-11-22, at 8.15", "By 2027-02-22, at 8.15", ["2026-11-22"], ["2027-02-22"]),
        ("every weekday", "every weekday, leaving home", [], [", leaving home"]),
    ],
)
def test_words_in_any_script(older: str, newer: str, removed: list[str], added: list[str]) -> None:
    old_runs, new_runs = word_changes(older, newer)
    assert [s.text for s in old_runs if s.changed] == removed
    assert [s.text for s in new_runs if s.changed] == added
    assert "".join(s.text for s in new_runs) == newer


def test_actions_in_any_script_match_by_wording() -> None:
    older = Action("ليلى تبقى مع جدها محمود في عطلة نهاية الأسبوع", "محمود الرشيد")
    newer = Action("ليلى تبقى مع جدها محمود كل عطلة نهاية الأسبوع", "محمود الرشيد")
    (pair,) = compare_actions([older], [newer])
    assert pair.matched_by_wording and pair.change is Change.CHANGED


def test_huge_text_is_compared_quickly_and_as_a_whole() -> None:
    older = " ".join(f"word{n}" for n in range(20_000))
    newer = older.replace("word10000", "changed")
    started = time.perf_counter()
    old_runs, new_runs = word_changes(older, newer)
    assert time.perf_counter() - started < 1.0
    assert old_runs == (Segment(older, True),) and new_runs == (Segment(newer, True),)
    assert word_changes(older, older) == ((Segment(older, False),), (Segment(older, False),))


def test_long_text_is_marked_sentence_by_sentence() -> None:
    sentences = [f"Sentence {n} says what the family will do on day {n}." for n in range(900)]
    older = " ".join(sentences)
    newer = older.replace("on day 450.", "on day 451 instead.")
    started = time.perf_counter()
    old_runs, new_runs = word_changes(older, newer)
    assert time.perf_counter() - started < 1.0
    assert "".join(s.text for s in old_runs) == older and "".join(s.text for s in new_runs) == newer
    assert [s.text for s in new_runs if s.changed] == [
        "Sentence 450 says what the family will do on day 451 instead. "
    ]


def test_many_unmatched_actions_are_paired_quickly() -> None:
    older = [Action(f"Action number {n} for the family to do") for n in range(200)]
    newer = [replace(a, id=f"copy-{n}", what=a.what + " soon") for n, a in enumerate(older)]
    started = time.perf_counter()
    actions = compare_actions(older, newer)
    assert time.perf_counter() - started < 5.0
    assert all(a.matched_by_wording and a.older is not None for a in actions)
    assert [a.older for a in actions] == older
