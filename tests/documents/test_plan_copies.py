"""The family plan's answers, bottom-line responses, per-person copies and large print."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable

import pytest
from pypdf import PdfReader

from fgc_desktop.documents.family_plan import NOT_ANSWERED, render_family_plan
from fgc_desktop.domain.canonical_plan import mark_agreed
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Person
from fgc_desktop.domain.plan import Answer, BottomLineResponse, Plan

MakeConference = Callable[..., Conference]

QUESTION_SAFE = "How will the children be safe every evening?"
QUESTION_WHO = "Who can they go to?"
ANSWER_SAFE = "Zofia Wójcik stays with them until their mother is home."


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _text(pdf: bytes) -> str:
    return "\n".join(_pages(pdf))


def _flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as single spaces, to find wrapped phrases."""
    return re.sub(r"\s+", " ", text)


def _font_sizes(pdf: bytes) -> list[float]:
    """The size of every Tf operator in every page's content stream."""
    sizes = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        sizes += [float(size) for size in re.findall(r"/\S+ ([\d.]+) Tf", content)]
    return sizes


def _with_answers(conference: Conference, *, answered: int = 2) -> Conference:
    """The sample conference with two questions, some answered, and each bottom line met."""
    conference.referral.questions = f"{QUESTION_SAFE}\n\n{QUESTION_WHO}\n"
    plan = conference.plan
    assert plan is not None
    answers = [Answer(QUESTION_SAFE, ANSWER_SAFE), Answer(QUESTION_WHO, "Their aunt Olga.")]
    plan.answers = answers[:answered]
    plan.bottom_line_responses = [
        BottomLineResponse(line.id, line.text, f"Met by action {n}.")
        for n, line in enumerate(conference.bottom_lines, start=1)
    ]
    return conference


def _agreed_with_answers(make_conference: MakeConference) -> Conference:
    conference = _with_answers(make_conference())
    plan = conference.plan
    assert plan is not None
    mark_agreed(conference, plan, "2026-03-31T15:20:00Z")
    return conference


def _confidential_reader(conference: Conference) -> Person:
    person = next(p for p in conference.people if p.contact_confidential)
    return person


def test_answers_print_each_question_as_asked_and_the_familys_answer(
    make_conference: MakeConference,
) -> None:
    text = _flat(_text(render_family_plan(_agreed_with_answers(make_conference))))
    assert "Our answers to the questions" in text
    assert f"{QUESTION_SAFE} {ANSWER_SAFE}" in text
    assert f"{QUESTION_WHO} Their aunt Olga." in text


def test_each_bottom_line_prints_with_how_the_plan_meets_it(
    make_conference: MakeConference,
) -> None:
    conference = _agreed_with_answers(make_conference)
    text = _flat(_text(render_family_plan(conference)))
    assert "How the plan meets the bottom lines" in text
    for number, line in enumerate(conference.bottom_lines, start=1):
        assert f"{line.text} Met by action {number}." in text


def test_answers_come_after_the_actions_and_before_the_contingency_plan(
    make_conference: MakeConference,
) -> None:
    text = _flat(_text(render_family_plan(_agreed_with_answers(make_conference))))
    order = [
        "Our plan",
        "How the plan meets the bottom lines",
        "Our answers to the questions",
        "If the plan is not working",
    ]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)


def test_a_draft_says_not_answered_yet_for_a_question_without_an_answer(
    make_conference: MakeConference,
) -> None:
    conference = _with_answers(make_conference(), answered=1)
    conference.plan.bottom_line_responses = conference.plan.bottom_line_responses[:1]
    text = _flat(_text(render_family_plan(conference)))
    assert f"{QUESTION_WHO} {NOT_ANSWERED}" in text
    # The second bottom line has no response yet either.
    assert f"{conference.bottom_lines[1].text} {NOT_ANSWERED}" in text


def test_an_agreed_plan_keeps_the_bottom_line_wording_it_was_agreed_with(
    make_conference: MakeConference,
) -> None:
    conference = _agreed_with_answers(make_conference)
    signed_wording = conference.bottom_lines[1].text
    conference.bottom_lines[1].text = "Reworded later by the referrer."
    text = _flat(_text(render_family_plan(conference)))
    section = text[text.index("How the plan meets the bottom lines") :]
    assert f"{signed_wording} Met by action 2." in section


def test_a_plan_with_no_questions_or_bottom_lines_has_neither_section() -> None:
    text = _text(render_family_plan(Conference(reference="FGC-1", family_name="", plans=[Plan()])))
    assert "Our answers to the questions" not in text
    assert "How the plan meets the bottom lines" not in text


def test_the_same_plan_with_answers_renders_the_same_bytes(
    make_conference: MakeConference,
) -> None:
    conference = _agreed_with_answers(make_conference)
    reader = conference.people[2]
    assert render_family_plan(conference) == render_family_plan(conference)
    assert render_family_plan(conference, copy_for=reader) == render_family_plan(
        conference, copy_for=reader
    )


@pytest.mark.parametrize("name", ["Zofia Wójcik", "Ольга Смирнова"])
@pytest.mark.parametrize("large_print", [False, True])
def test_a_copy_names_its_reader_on_every_page(
    make_conference: MakeConference, name: str, large_print: bool
) -> None:
    conference = _agreed_with_answers(make_conference)
    reader = next(p for p in conference.people if p.name == name)
    pages = _pages(render_family_plan(conference, copy_for=reader, large_print=large_print))
    assert len(pages) > 1
    assert all(f"Copy for {name}" in _flat(page) for page in pages)
    # Page one says whose copy it is beside the reference and version, too.
    assert f"Copy for {name}" in _flat(pages[0]).split("Version", 2)[-1]


def test_an_arabic_readers_copy_says_copy_for_on_every_page(
    make_conference: MakeConference,
) -> None:
    conference = _agreed_with_answers(make_conference)
    reader = next(p for p in conference.people if p.name == "فاطمة الزهراء")
    pdf = render_family_plan(conference, copy_for=reader)
    assert all("Copy for" in page for page in _pages(pdf))


def test_the_full_plan_is_no_ones_copy(make_conference: MakeConference) -> None:
    assert "Copy for" not in _text(render_family_plan(_agreed_with_answers(make_conference)))


def test_a_copy_differs_from_the_full_plan_only_by_its_addressee(
    make_conference: MakeConference,
) -> None:
    conference = _agreed_with_answers(make_conference)
    full = _flat(_text(render_family_plan(conference)))
    copy = _flat(_text(render_family_plan(conference, copy_for=conference.people[3])))
    for phrase in (ANSWER_SAFE, "Met by action 1.", "If the children miss school twice"):
        assert phrase in full
        assert phrase in copy


def test_no_copy_and_no_full_plan_shows_confidential_contact_details(
    make_network_conference: MakeConference,
) -> None:
    conference = make_network_conference()
    conference.plans = [Plan()]
    hidden = _confidential_reader(conference)
    secrets = [hidden.address, hidden.phone, hidden.email]
    assert all(secrets)
    readers: list[Person | None] = [None, *conference.people]
    for reader in readers:
        for large_print in (False, True):
            pdf = render_family_plan(conference, copy_for=reader, large_print=large_print)
            text = _flat(_text(pdf))
            for secret in secrets:
                assert secret not in text
                assert secret.encode() not in pdf


def test_large_print_uses_bigger_type_and_more_pages_with_the_same_content(
    make_conference: MakeConference,
) -> None:
    conference = _agreed_with_answers(make_conference)
    regular = render_family_plan(conference)
    large = render_family_plan(conference, large_print=True)
    assert len(_pages(large)) > len(_pages(regular))
    regular_sizes, large_sizes = _font_sizes(regular), _font_sizes(large)
    # Body text at 16 pt or more; nothing smaller than the regular print's body text bar the
    # QR code's caption.
    assert max(large_sizes) > max(regular_sizes)
    assert 16 in [round(size) for size in large_sizes]
    assert (
        sorted(large_sizes)[len(large_sizes) // 2]
        >= 1.4 * sorted(regular_sizes)[len(regular_sizes) // 2]
    )
    large_text = _flat(_text(large))
    for phrase in (
        "Our plan",
        "Action 4: Grandmother takes the children to school on weekdays",
        "How we will know it is working",
        "The school reports full attendance every Friday",
        ANSWER_SAFE,
        "Met by action 2.",
        "Our contingency plan.",
        "Signatures",
    ):
        assert phrase in large_text


@pytest.mark.slow
def test_two_hundred_actions_in_large_print_render_in_reasonable_time(
    make_conference: MakeConference, make_actions: Callable[[int], list]
) -> None:
    conference = make_conference()
    conference.plan.actions = make_actions(200)
    render_family_plan(conference, large_print=True)
    started = time.perf_counter()
    pdf = render_family_plan(conference, large_print=True, copy_for=conference.people[2])
    assert time.perf_counter() - started < 4
    assert "Action 200" in _text(pdf)
