"""The review record PDF read back: every agreed action with its status, the views, the outcome."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from datetime import date

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from fgc_desktop.documents.review_record import render_review_record
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance
from fgc_desktop.domain.plan import next_version
from fgc_desktop.domain.review import (
    ActionProgress,
    ActionStatus,
    ClosureReason,
    Review,
    ReviewInvitee,
    ReviewOutcome,
)

MakeConference = Callable[..., Conference]


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text().split()) for p in pages)
    )


def _fonts(pdf: bytes) -> list[DictionaryObject]:
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts += [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
    return fonts


def _reviewed(conference: Conference, actions: int = 4) -> Review:
    """A review of the agreed plan: statuses in turn, notes in several scripts, who came."""
    plan = conference.plan
    statuses = [ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.NOT_DONE]
    notes = ["Done on time", "Половина сделана", "لم يبدأ بعد", ""]
    people = {p.name: p for p in conference.people}
    review = Review(
        plan_id=plan.id,
        scheduled_on=date(2026, 9, 28),
        starts_at="16:00",
        venue="Riverside Family Centre",
        held_on=date(2026, 9, 30),
        invitees=[
            ReviewInvitee(people["Zofia Wójcik"].id, Attendance.PRESENT),
            ReviewInvitee(people["فاطمة الزهراء"].id, Attendance.PHONE_OR_VIDEO),
            ReviewInvitee(people["Tom Absent"].id, Attendance.ABSENT),
        ],
        progress=[
            ActionProgress(action.id, statuses[i % 3], notes[i % 4])
            for i, action in enumerate(plan.actions[: actions - 1])
        ],
        family_view="We are doing well. 王小明 goes to school every day now.",
        professionals_view="Attendance is at 97%; we have no new worries.",
    )
    conference.reviews = [review]
    return review


def test_the_record_lists_every_agreed_action_with_its_status_and_note(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(agreed=True)
    review = _reviewed(conference)
    review.outcome = ReviewOutcome.PLAN_CONTINUES
    text = _text(render_review_record(conference, review))
    for words in (
        "Review of the family plan",
        "Wójcik-Zahra family",
        "FGC-2026-0042",
        "Version 2, agreed on 31 March 2026",
        "Held on 30 September 2026",
        "Planned for 28 September 2026",
        "Riverside Family Centre",
        "4 actions: 1 done, 1 in progress, 1 not done, 1 not reviewed yet.",
        "Done on time",
        "Половина сделана",
        "Not reviewed yet",
        "We are doing well.",
        "Attendance is at 97%",
        "The plan continues unchanged",
        "Version 2 of the plan carries on as agreed.",
    ):
        assert words in text, words
    for n in range(1, 5):
        assert f"Action {n}: Grandmother takes the children" in text
    # Who came and who did not, by name, with how they took part.
    assert "Zofia Wójcik Grandmother Present" in text
    assert "Tom Absent Father Absent" in text
    assert "Siân ap Rhys" not in text  # not invited to the review


def test_every_font_is_embedded_and_arabic_and_chinese_have_theirs(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(agreed=True)
    fonts = _fonts(render_review_record(conference, _reviewed(conference)))
    names = {str(font["/BaseFont"]).split("+")[-1] for font in fonts}
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular"} <= names
    assert "DroidSansFallback" in names
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_a_closed_conference_says_why_and_a_pending_one_says_it_is_not_decided(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(agreed=True)
    review = _reviewed(conference)
    pending = _text(render_review_record(conference, review))
    assert "Not decided yet: the review is still going on." in pending
    review.outcome = ReviewOutcome.CLOSED
    review.closure_reason = ClosureReason.CASE_MOVED
    review.closure_note = "The family moved to Leeds; their new team has the plan."
    closed = _text(render_review_record(conference, review))
    assert "The conference is closed" in closed
    assert "The case moved to another service or area" in closed
    assert "The family moved to Leeds" in closed


def test_a_new_version_says_whether_it_is_agreed_yet(make_conference: MakeConference) -> None:
    conference = make_conference(agreed=True)
    review = _reviewed(conference)
    draft = next_version(conference.plan)
    conference.plans.append(draft)
    review.outcome, review.new_plan_id = ReviewOutcome.NEW_VERSION, draft.id
    text = _text(render_review_record(conference, review))
    assert "Version 3 is a draft: everyone who took part signs it" in text
    draft.status, draft.agreed_at = draft.status.AGREED, "2026-10-02T12:00:00+00:00"
    text = _text(render_review_record(conference, review))
    assert "Version 3 was signed again by everyone who took part and agreed on 2 October" in text
    # The record is of the version reviewed: its actions, not the new version's.
    assert "Plan version 2" in text


def test_a_review_not_held_yet_says_so_and_many_long_actions_flow_over_pages(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(agreed=True, actions=30)
    review = Review(plan_id=conference.plan.id, scheduled_on=date(2026, 9, 30))
    long_note = "Zofia und ihre Großmutter gehen jeden Morgen gemeinsam zur Schule. " * 60
    review.progress = [
        ActionProgress(a.id, ActionStatus.IN_PROGRESS, long_note) for a in conference.plan.actions
    ]
    conference.reviews = [review]
    pdf = render_review_record(conference, review)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 5
    text = _text(pdf)
    assert "Not held yet" in text and "No one has been invited yet." in text
    assert "Action 30: Grandmother" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page.extract_text()


def test_the_same_review_gives_the_same_bytes(make_conference: MakeConference) -> None:
    conference = make_conference(agreed=True)
    review = _reviewed(conference)
    assert render_review_record(conference, review) == render_review_record(conference, review)


def test_arabic_in_a_note_is_shaped(make_conference: MakeConference) -> None:
    """Joined Arabic comes back as presentation forms (the shapes harfbuzz chose)."""
    conference = make_conference(agreed=True)
    pdf = render_review_record(conference, _reviewed(conference))
    raw = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in raw)
