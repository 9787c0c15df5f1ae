"""Letters inviting the network to a review of the plan: the review's details, the same rules."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from datetime import date

from pypdf import PdfReader

from fgc_desktop.documents.invitation_letter import (
    NOT_SET_YET,
    render_invitation,
    render_invitations,
)
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.review import Review, ReviewInvitee

MakeConference = Callable[..., Conference]
COORDINATOR = Coordinator("Sam Taylor", "01632 960456", "sam@example.org", "Riverside FGC")


def _pages(pdf: bytes) -> list[str]:
    return [
        unicodedata.normalize("NFKC", " ".join(page.extract_text().split()))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _review(conference: Conference, **fields: object) -> Review:
    values: dict[str, object] = {
        "scheduled_on": date(2027, 6, 8),
        "starts_at": "16:30",
        "venue": "Riverside Family Centre, Room 2",
    }
    values.update(fields)
    return Review(
        plan_id="plan",
        invitees=[ReviewInvitee(p.id) for p in conference.invitees],
        **values,  # type: ignore[arg-type]
    )


def test_a_review_letter_gives_the_reviews_date_and_says_what_happens_at_a_review(
    make_network_conference: MakeConference,
) -> None:
    conference = make_network_conference()
    halina = next(p for p in conference.people if p.name == "Halina Wójcik")
    text = _pages(render_invitation(conference, halina, COORDINATOR, review=_review(conference)))[0]
    for words in (
        "Family group conference · Review meeting",
        "Dear Halina Wójcik,",
        "You are invited to a meeting to review the family plan for Zofia Wójcik and 王小明.",
        "Tuesday 8 June 2027",
        "Starts at 16:30",
        "Riverside Family Centre, Room 2",
        "How the plan is going.",
        "What people think.",
        "What happens next.",
        "We will book an interpreter who speaks Polish for you.",
        "3 Oak Road, Leeds",
        "01632 960456",
    ):
        assert words in text, words
    # Nothing of the first conference's day: its date, venue and lunch are not the review's.
    for words in ("Oak Hall", "8 December 2026", "Lunch", "Family time.", "We have booked"):
        assert words not in text, words


def test_review_letters_keep_a_confidential_address_on_its_own_letter(
    make_network_conference: MakeConference, hidden: tuple[str, str]
) -> None:
    conference = make_network_conference()
    review = _review(conference)
    pages = _pages(render_invitations(conference, conference.invitees, COORDINATOR, review=review))
    assert len(pages) == len(conference.invitees)
    for page, invitee in zip(pages, conference.invitees, strict=True):
        assert f"For {invitee.name}" in page
        if invitee.name == "Agnieszka Nowak":
            assert hidden[0] in page
        else:
            assert hidden[0] not in page, invitee.name
        assert hidden[1] not in page


def test_a_review_without_date_or_venue_promises_them(
    make_network_conference: MakeConference,
) -> None:
    conference = make_network_conference()
    review = _review(conference, scheduled_on=None, venue="", starts_at="")
    text = _pages(render_invitation(conference, conference.invitees[0], COORDINATOR, review=review))
    assert NOT_SET_YET in text[0] and "Oak Hall" not in text[0]
