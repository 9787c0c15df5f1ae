"""Invitation letters, read back with pypdf: one person each, and nobody else's secrets."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable

from pypdf import PdfReader

from fgc_desktop.documents.invitation_letter import (
    NOT_SET_YET,
    render_invitation,
    render_invitations,
)
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.network import Person

MakeConference = Callable[..., Conference]
COORDINATOR = Coordinator("Sam Taylor", "01632 960456", "sam@example.org", "Riverside FGC")


def _pages(pdf: bytes) -> list[str]:
    """Each page's text; NFKC turns shaped Arabic (presentation forms) back into letters."""
    return [
        unicodedata.normalize("NFKC", " ".join(page.extract_text().split()))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _agnieszka(conference: Conference) -> Person:
    return next(p for p in conference.people if p.name == "Agnieszka Nowak")


def test_a_letter_is_addressed_to_its_person_with_date_time_and_place(
    make_network_conference: MakeConference,
) -> None:
    conference = make_network_conference()
    halina = next(p for p in conference.people if p.name == "Halina Wójcik")
    pages = _pages(render_invitation(conference, halina, COORDINATOR))
    assert len(pages) == 1
    text = pages[0]
    for words in (
        "Dear Halina Wójcik,",
        "For Halina Wójcik",
        "3 Oak Road, Leeds",
        "Tuesday 8 December 2026",
        "Starts at 10:00",
        "Oak Hall",
        "Lunch",
        "You can take part by phone.",
        "We have booked an interpreter who speaks Polish for you.",
        "Sharing information.",
        "Family time.",
        "Agreeing the plan.",
        "01632 960456",
        "sam@example.org",
        "Best wishes,",
        "Sam Taylor",
        "Family group conference coordinator",
        "Page 1 of 1",
    ):
        assert words in text, words
    assert "DRAFT" not in text


def test_a_confidential_address_reaches_only_its_own_letter(
    make_network_conference: MakeConference, hidden: tuple[str, str]
) -> None:
    conference = make_network_conference()
    agnieszka = _agnieszka(conference)
    for invitee in conference.invitees:
        text = " ".join(_pages(render_invitation(conference, invitee, COORDINATOR)))
        if invitee is agnieszka:
            assert hidden[0] in text
        else:
            assert not any(secret in text for secret in hidden), invitee.name
        # No one's phone or email but the coordinator's, not even the addressee's own.
        assert hidden[1] not in text
        assert "agnieszka@hidden.example" not in text


def test_a_batch_has_one_letter_per_invitee_each_on_its_own_pages(
    make_network_conference: MakeConference, hidden: tuple[str, str]
) -> None:
    conference = make_network_conference()
    invitees = conference.invitees
    pages = _pages(render_invitations(conference, invitees, COORDINATOR))
    assert len(pages) == len(invitees)
    for page, invitee in zip(pages, invitees, strict=True):
        # Each letter starts on a new page, and each page's header names only its addressee.
        assert f"For {invitee.name}" in page
        assert "Page 1 of 1" in page
        others = [p.name for p in invitees if p is not invitee and p.name in page]
        assert not others, (invitee.name, others)
        if invitee is not _agnieszka(conference):
            assert hidden[0] not in page


def test_names_in_other_scripts_are_greeted(make_network_conference: MakeConference, names) -> None:
    conference = make_network_conference()
    olga = next(p for p in conference.people if p.name == names.olga)
    text = _pages(render_invitation(conference, olga, COORDINATOR))[0]
    assert f"Dear {names.olga}," in text
    assert "send us your views in writing" in text
    assert names.zofia in text and names.wang in text


def test_without_date_and_venue_the_letter_promises_them(
    make_network_conference: MakeConference,
) -> None:
    conference = make_network_conference(held_on=None, venue="")
    text = _pages(render_invitation(conference, _agnieszka(conference), COORDINATOR))[0]
    assert NOT_SET_YET in text
    assert "Starts at" not in text


def test_without_a_date_only_the_date_is_promised(make_network_conference: MakeConference) -> None:
    conference = make_network_conference(held_on=None)
    text = _pages(render_invitation(conference, _agnieszka(conference), COORDINATOR))[0]
    assert "We will let you know the date." in text
    assert "Oak Hall" in text


def test_fonts_are_embedded(make_network_conference: MakeConference) -> None:
    conference = make_network_conference()
    reader = PdfReader(io.BytesIO(render_invitations(conference, conference.invitees, COORDINATOR)))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            for descendant in [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]:
                descriptor = descendant["/FontDescriptor"]
                assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_no_invitees_still_prints(make_network_conference: MakeConference) -> None:
    assert len(_pages(render_invitations(make_network_conference(), [], COORDINATOR))) == 1


def test_very_long_notes_are_cut_so_the_letter_still_prints(make_network_conference) -> None:
    conference = make_network_conference()
    conference.meeting.venue_accessibility = "Step-free entrance by the side door. " * 150
    conference.meeting.food = "Lunch, halal and vegetarian. " * 200
    invitee = conference.invitees[0]
    pdf = render_invitation(conference, invitee, Coordinator("Sam Taylor", "01632 960456"))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "please ask me for the rest" in " ".join(text.split())
