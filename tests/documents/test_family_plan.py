"""The family plan PDF, read back with pypdf."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from fgc_desktop.documents.family_plan import render_family_plan
from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.canonical_plan import wording_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.domain.plan import Action, Decision, Plan, Signature, SignatureMethod

if TYPE_CHECKING:
    from conftest import Names

MakeConference = Callable[..., Conference]


def pdf_pages(pdf: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _text(pdf: bytes) -> str:
    return "\n".join(pdf_pages(pdf))


def _font_names(pdf: bytes) -> set[str]:
    return {str(font["/BaseFont"]).split("+")[-1] for font in _fonts(pdf)}


def _fonts(pdf: bytes) -> list[DictionaryObject]:
    """Every font in every page's resources (descendants of composite fonts included)."""
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts += [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
    return fonts


def test_names_in_latin_cyrillic_greek_and_chinese_print(
    conference: Conference, names: Names
) -> None:
    text = _text(render_family_plan(conference))
    for name in (names.zofia, names.sian, names.olga, names.nikos, names.wang):
        assert name in text


def test_title_reference_version_and_family_are_printed(conference: Conference) -> None:
    first_page = pdf_pages(render_family_plan(conference))[0]
    for words in ("Family plan", "FGC-2026-0042", "Version 2", "Wójcik-Zahra family"):
        assert words in first_page
    assert "Draft – not yet agreed" in first_page


def test_agreed_plan_gives_the_date_it_was_agreed(make_conference: MakeConference) -> None:
    first_page = pdf_pages(render_family_plan(make_conference(agreed=True)))[0]
    assert "Agreed on 31 March 2026" in first_page


def test_children_have_date_of_birth_and_age_at_the_conference(conference: Conference) -> None:
    text = _text(render_family_plan(conference))
    assert "Born 2 June 2018, age 7" in text
    assert "Born 20 November 2021, age 4" in text


def test_every_page_says_page_x_of_y_with_reference_and_version(
    make_conference: MakeConference,
) -> None:
    pages = pdf_pages(render_family_plan(make_conference(actions=20)))
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "FGC-2026-0042" in page
        assert "Version 2" in page


def test_a_draft_says_draft_on_every_page(make_conference: MakeConference) -> None:
    pages = pdf_pages(render_family_plan(make_conference(actions=20)))
    assert all("DRAFT" in page for page in pages)


def test_an_agreed_plan_never_says_draft(make_conference: MakeConference) -> None:
    text = _text(render_family_plan(make_conference(agreed=True, actions=20)))
    assert "DRAFT" not in text
    assert "Draft" not in text


def test_metadata_names_the_plan_and_the_app(conference: Conference) -> None:
    metadata = PdfReader(io.BytesIO(render_family_plan(conference))).metadata
    assert metadata is not None
    assert metadata.title == "Family plan FGC-2026-0042"
    assert metadata.author == "FGC Desktop"


def test_the_same_plan_renders_the_same_bytes(make_conference: MakeConference) -> None:
    # The same plan: its ids are in the hash the QR code shows, so it is one conference.
    conference = make_conference(agreed=True)
    first = render_family_plan(conference, printed_on=date(2026, 4, 2))
    again = render_family_plan(conference, printed_on=date(2026, 4, 2))
    assert first == again


def test_printed_on_date_is_in_the_footer(conference: Conference) -> None:
    pages = pdf_pages(render_family_plan(conference, printed_on=date(2026, 4, 2)))
    assert all("Printed on 2 April 2026" in page for page in pages)


def test_every_font_is_embedded(conference: Conference) -> None:
    fonts = _fonts(render_family_plan(conference))
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_arabic_and_chinese_names_use_their_fallback_fonts(conference: Conference) -> None:
    names = _font_names(render_family_plan(conference))
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "DroidSansFallback"} <= names


def test_fallback_fonts_are_left_out_when_no_text_needs_them() -> None:
    conference = Conference(
        reference="FGC-2026-0001",
        family_name="Jones",
        people=[Person("Mair Jones", Role.PARENT, attendance=Attendance.PRESENT)],
    )
    names = _font_names(render_family_plan(conference))
    assert not {"NotoSansArabic-Regular", "DroidSansFallback"} & names


def test_markup_in_user_text_prints_literally(conference: Conference) -> None:
    typed = "<b>Tom & Jerry</b> &amp; <font name='x'>"
    plan = conference.plan
    assert plan is not None
    plan.actions[0].what = typed
    plan.contingency = typed
    conference.people[2].name = "<i>Ann & Bob</i>"
    # The table cell wraps the text onto several lines.
    text = " ".join(_text(render_family_plan(conference)).split())
    assert text.count("<b>Tom & Jerry</b> &amp; <font name='x'>") == 2
    assert "<i>Ann & Bob</i>" in text


def test_empty_strings_everywhere_do_not_break_the_plan() -> None:
    empty_person = Person("", Role.PARENT, "", attendance=Attendance.PRESENT)
    conference = Conference(
        reference="",
        family_name="",
        people=[Person("", Role.CHILD), empty_person],
        bottom_lines=[BottomLine("", "")],
        plans=[
            Plan(
                actions=[Action("")],
                decision=Decision.NOT_AGREED,
                agreed_at="",
                signatures=[
                    Signature("", SignatureMethod.DECLINED, empty_person.id, ""),
                    Signature("", SignatureMethod.SIGNED_ON_SCREEN, None, "", "not a date"),
                ],
            )
        ],
    )
    pages = pdf_pages(render_family_plan(conference, printed_on=date(2026, 1, 1)))
    assert "Page 1 of" in pages[0]
    assert "No reasons recorded." in "".join(pages)


def test_a_conference_without_a_plan_prints_an_empty_draft() -> None:
    conference = Conference(reference="FGC-2026-0007", family_name="Evans")
    text = _text(render_family_plan(conference))
    assert "No actions recorded yet." in text
    assert "DRAFT" in text
    assert "No one has been recorded as taking part yet." in text


def test_who_took_part_lists_those_present_remote_or_sending_views(
    conference: Conference,
) -> None:
    text = _text(render_family_plan(conference))
    for words in ("By phone or video", "Sent their views", "Grandmother", "Social worker"):
        assert words in text
    assert "Tom Absent" not in text


def test_bottom_lines_print_with_their_reasons(conference: Conference) -> None:
    text = _text(render_family_plan(conference))
    assert "The children cannot live with Tom while he is drinking." in text
    assert "Both children were hurt when he was drunk in 2025." in text


def test_contingency_monitor_review_and_decision_print(conference: Conference) -> None:
    text = _text(render_family_plan(conference))
    assert "If the children miss school twice in a week" in text
    assert "30 September 2026" in text
    assert "Not yet decided" in text


def test_reasons_are_printed_when_the_referrer_does_not_agree(conference: Conference) -> None:
    plan = conference.plan
    assert plan is not None
    plan.decision = Decision.NOT_AGREED
    plan.decision_reasons = "Nobody is named to collect the children after school."
    text = _text(render_family_plan(conference))
    assert "Not agreed" in text
    assert "Nobody is named to collect the children after school." in text


def test_signatures_show_how_each_person_agreed(conference: Conference, names: Names) -> None:
    plan = conference.plan
    assert plan is not None
    plan.signatures.append(
        Signature(
            names.olga,
            SignatureMethod.DECLINED,
            conference.people[6].id,
            note="Will sign later",
            content_hash=wording_hash(conference, plan),
        )
    )
    text = _text(render_family_plan(conference))
    assert "Signed on paper, 31 March 2026" in text
    assert "Agreed by phone" in text
    assert "Read out by Olga" in text
    assert "Declined to sign" in text
    assert "Will sign later" in text
    # The mother has not signed yet, so her box has lines to sign and date.
    assert text.count("Signature") >= 2


def test_an_explicit_plan_version_is_printed_instead_of_the_latest(
    conference: Conference,
) -> None:
    earlier = Plan(version=1, actions=[Action("Meet at the library")])
    text = _text(render_family_plan(conference, earlier))
    assert "Version 1" in text
    assert "Meet at the library" in text


@pytest.mark.slow
def test_two_hundred_actions_paginate_with_the_header_on_every_page(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(actions=200)
    started = time.perf_counter()
    pdf = render_family_plan(conference)
    assert time.perf_counter() - started < 2
    pages = pdf_pages(pdf)
    assert len(pages) > 5
    action_pages = [page for page in pages if "Action " in page]
    assert len(action_pages) > 5
    assert all("Support needed" in page for page in action_pages)
    text = "\n".join(pages)
    assert all(f"Action {n}:" in text for n in (1, 100, 200))


def test_a_five_thousand_character_action_splits_across_pages(
    conference: Conference, make_actions: Callable[[int], list[Action]]
) -> None:
    plan = conference.plan
    assert plan is not None
    plan.actions = make_actions(3)
    plan.actions[1].what = ("Every evening the family talks together. " * 130)[
        :4990
    ] + " LAST WORDS"
    plan.actions[1].how_we_know = "x" * 800
    pages = pdf_pages(render_family_plan(conference))
    assert len(pages) > 3
    text = "\n".join(pages)
    assert "LAST WORDS" in text
    assert "Action 3:" in text


def test_arabic_and_urdu_names_use_regular_and_bold_arabic_faces(conference: Conference) -> None:
    # Shaped Arabic cannot be read back as text; test_arabic_rendering looks at the pixels.
    fonts = _font_names(render_family_plan(conference))
    # Regular in the list of who took part, bold in the signature boxes.
    assert {"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= fonts
