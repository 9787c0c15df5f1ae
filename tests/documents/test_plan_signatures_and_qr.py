"""Signatures and the QR code on the family plan, read back from the rendered pages."""

from __future__ import annotations

import io
import math
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import ContentStream

from fgc_desktop.documents.family_plan import EARLIER_WORDING, render_family_plan
from fgc_desktop.documents.plan_qr import qr_payload
from fgc_desktop.domain.canonical_plan import mark_agreed, wording_hash
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.domain.plan import Plan, Signature, SignatureMethod, Stroke
from tests.pdf_reading import (
    SCALE,
    ink_mask,
    ink_pixels,
    page_texts,
    qr_texts,
    render_page,
    signature_page,
)

MakeConference = Callable[..., Conference]


def handwriting(seed: int, points: int = 60) -> tuple[Stroke, Stroke]:
    """Two strokes in the pad's 3 x 1 box: a looping name and an underline."""
    name = tuple(
        (
            0.3 + 2.3 * i / (points - 1) + 0.1 * math.cos(i * (0.9 + seed / 10)),
            0.5 - 0.2 * math.sin(i * (0.9 + seed / 10)),
        )
        for i in range(points)
    )
    underline = tuple(
        (0.4 + 2.1 * i / (points - 1), 0.82 - 0.03 * math.sin(i / 6)) for i in range(points)
    )
    return name, underline


def _signature(conference: Conference, person: Person, method: SignatureMethod, **kw) -> Signature:
    plan = _plan(conference)
    return Signature(
        person.name,
        method,
        person.id,
        content_hash=kw.pop("content_hash", wording_hash(conference, plan)),
        **kw,
    )


def _plan(conference: Conference) -> Plan:
    plan = conference.plan
    assert plan is not None
    return plan


def _person(conference: Conference, name: str) -> Person:
    return next(person for person in conference.people if person.name == name)


def _curves(pdf: bytes, index: int) -> int:
    """How many Bézier curve segments (operator c) the page's content draws."""
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[index]
    operations = ContentStream(page.get_contents(), reader).operations
    return sum(1 for _, operator in operations if operator == b"c")


def _only_signature_on_screen(conference: Conference, name: str, **kw) -> Conference:
    plan = _plan(conference)
    person = _person(conference, name)
    plan.signatures = [
        _signature(
            conference,
            person,
            SignatureMethod.SIGNED_ON_SCREEN,
            strokes=handwriting(1),
            signed_at="2026-11-24T14:02:00Z",
            **kw,
        )
    ]
    return conference


# The QR code.


def test_qr_payload_of_an_agreed_plan_is_reference_version_and_hash_start(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(agreed=True)
    plan = _plan(conference)
    assert plan.content_hash
    payload = qr_payload(conference, plan)
    assert payload == f"FGC-2026-0042 v2 sha256:{plan.content_hash[:16]}"
    assert re.fullmatch(r"FGC-2026-0042 v2 sha256:[0-9a-f]{16}", payload)


def test_qr_payload_of_a_draft_says_draft(conference: Conference) -> None:
    assert qr_payload(conference, _plan(conference)) == "FGC-2026-0042 v2 DRAFT"


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("agreed", [True, False], ids=["agreed", "draft"])
def test_the_qr_code_on_page_one_decodes_to_the_payload(
    make_conference: MakeConference, agreed: bool, tmp_path: Path
) -> None:
    conference = make_conference(agreed=agreed)
    expected = qr_payload(conference, _plan(conference))
    page = render_page(render_family_plan(conference), 0, tmp_path)
    assert qr_texts(page) == [expected]


@pytest.mark.usefixtures("qapp")
def test_the_qr_code_is_at_the_top_right_of_page_one_only(
    make_conference: MakeConference, tmp_path: Path
) -> None:
    pdf = render_family_plan(make_conference(agreed=True, actions=20))
    first = render_page(pdf, 0, tmp_path)
    barcodes = zxingcpp.read_barcodes(first)
    assert len(barcodes) == 1
    position = barcodes[0].position
    corners = [position.top_left, position.top_right, position.bottom_left, position.bottom_right]
    width_mm = (max(c.x for c in corners) - min(c.x for c in corners)) / SCALE * 25.4 / 72
    assert 22 <= width_mm <= 26
    assert min(c.x for c in corners) > first.width * 0.6
    assert max(c.y for c in corners) < first.height * 0.3
    assert qr_texts(render_page(pdf, 1, tmp_path)) == []


def test_page_one_gives_version_agreed_date_and_the_qr_text(
    make_conference: MakeConference,
) -> None:
    conference = make_conference(agreed=True)
    plan = _plan(conference)
    first_page = page_texts(render_family_plan(conference))[0]
    assert "Version 2" in first_page
    assert "Agreed on 31 March 2026" in first_page
    # The caption repeats the code's text, for people to compare with the app.
    assert "FGC-2026-0042 v2" in first_page
    assert f"sha256:{(plan.content_hash or '')[:16]}\n" in first_page


# Signatures.


@pytest.mark.usefixtures("qapp")
def test_a_signature_drawn_on_screen_prints_as_ink_and_unsigned_boxes_have_none(
    conference: Conference, tmp_path: Path
) -> None:
    _plan(conference).signatures = []
    unsigned = render_family_plan(conference)
    blank = render_page(unsigned, signature_page(unsigned), tmp_path)
    assert ink_pixels(blank) == 0

    signed = render_family_plan(_only_signature_on_screen(conference, "Zofia Wójcik"))
    index = signature_page(signed)
    page = render_page(signed, index, tmp_path)
    assert ink_pixels(page) > 300
    # Zofia is first, so her box is the left one of the first row: the ink is in its left half.
    left, _, right, _ = ink_mask(page).getbbox() or (0, 0, 0, 0)
    assert 0 < left < right < page.width / 2
    text = page_texts(signed)[index]
    assert "Signed on screen, 24 November 2026" in text


def test_the_signature_is_vector_curves_not_a_picture(conference: Conference) -> None:
    _plan(conference).signatures = []
    unsigned = render_family_plan(conference)
    signed = render_family_plan(_only_signature_on_screen(conference, "Zofia Wójcik"))
    index = signature_page(signed)
    # Two strokes of 60 points: a curve between each pair of midpoints, 58 per stroke.
    assert _curves(signed, index) - _curves(unsigned, signature_page(unsigned)) == 2 * 58
    page = PdfReader(io.BytesIO(signed)).pages[index]
    assert "/XObject" not in page["/Resources"]


@pytest.mark.usefixtures("qapp")
def test_a_signature_for_an_earlier_wording_warns_and_shows_no_drawing(
    conference: Conference, tmp_path: Path
) -> None:
    _only_signature_on_screen(conference, "Zofia Wójcik", content_hash="0" * 64)
    pdf = render_family_plan(conference)
    index = signature_page(pdf)
    text = " ".join(page_texts(pdf)[index].split())
    assert EARLIER_WORDING == "Signed an earlier wording — not valid for this version"
    assert EARLIER_WORDING in text
    assert ink_pixels(render_page(pdf, index, tmp_path)) == 0


def test_the_wording_changing_after_signing_shows_the_warning(conference: Conference) -> None:
    _only_signature_on_screen(conference, "Zofia Wójcik")
    _plan(conference).actions[0].what = "A different first action"
    assert "Signed an earlier wording" in "\n".join(page_texts(render_family_plan(conference)))


def test_phone_paper_and_declined_print_the_method_date_and_note(conference: Conference) -> None:
    plan = _plan(conference)
    by_phone = _person(conference, "عائشہ خان")
    on_paper = _person(conference, "Zofia Wójcik")
    declined = _person(conference, "Ольга Смирнова")
    plan.signatures = [
        _signature(
            conference,
            by_phone,
            SignatureMethod.AGREED_BY_PHONE,
            signed_at="2026-11-24T14:05:00Z",
            note="Read out by the interpreter",
        ),
        _signature(
            conference, on_paper, SignatureMethod.SIGNED_ON_PAPER, signed_at="2026-11-24T14:06:00Z"
        ),
        _signature(
            conference,
            declined,
            SignatureMethod.DECLINED,
            signed_at="2026-11-24T14:07:00Z",
            note="I need <more> time & want to talk to my lawyer",
        ),
    ]
    text = "\n".join(page_texts(render_family_plan(conference)))
    assert "Agreed by phone, 24 November 2026" in text
    assert "Read out by the interpreter" in text
    assert "Signed on paper, 24 November 2026" in text
    assert "Declined to sign, 24 November 2026" in text
    assert "I need <more> time & want to talk to my lawyer" in text


def test_every_signatory_has_a_box_and_so_does_anyone_else_who_signed(
    conference: Conference,
) -> None:
    plan = _plan(conference)
    plan.signatures = []
    pdf = render_family_plan(conference)
    signatures = "\n".join(page_texts(pdf)[signature_page(pdf) :])
    # Those asked to sign: present or remote, not children or interpreters.
    assert "Zofia Wójcik" in signatures
    assert "Ольга Смирнова" in signatures
    assert "Νίκος" not in signatures
    assert "Siân ap Rhys" not in signatures

    sian = _person(conference, "Siân ap Rhys")
    plan.signatures = [
        _signature(conference, sian, SignatureMethod.AGREED_BY_PHONE, signed_at="2026-11-24")
    ]
    pdf = render_family_plan(conference)
    signatures = "\n".join(page_texts(pdf)[signature_page(pdf) :])
    assert "Siân ap Rhys" in signatures
    assert "Family friend" in signatures


def test_an_agreed_plan_with_every_signature_renders_the_same_bytes_twice(
    make_conference: MakeConference,
) -> None:
    conference = make_conference()
    plan = _plan(conference)
    plan.signatures = [
        _signature(conference, person, SignatureMethod.SIGNED_ON_SCREEN, strokes=handwriting(n))
        for n, person in enumerate(conference.people)
    ]
    mark_agreed(conference, plan, "2026-03-31T15:20:00Z")
    assert render_family_plan(conference) == render_family_plan(conference)


def _ten_signers(make_conference: MakeConference, actions: int) -> Conference:
    conference = make_conference(actions=actions)
    conference.people += [
        Person(f"Relative {n}", Role.AUNT_UNCLE, "Cousin", attendance=Attendance.PRESENT)
        for n in range(6)
    ]
    plan = _plan(conference)
    plan.signatures = [
        _signature(
            conference,
            person,
            SignatureMethod.SIGNED_ON_SCREEN,
            strokes=handwriting(n),
            signed_at="2026-11-24T14:00:00Z",
        )
        for n, person in enumerate(conference.people)
        if person.attendance.took_part and person.role is not Role.CHILD
    ]
    assert len(plan.signatures) == 10
    return conference


@pytest.mark.slow
def test_ten_drawn_signatures_and_twenty_actions_render_in_a_quarter_second(
    make_conference: MakeConference,
) -> None:
    conference = _ten_signers(make_conference, actions=20)
    # The first render loads fonts; the budget is for the work each plan needs. CPU time, so a
    # busy machine sharing its cores does not fail it; benchmarks/run.py times the wall clock.
    render_family_plan(conference)
    started = time.process_time()
    pdf = render_family_plan(conference)
    assert time.process_time() - started < 0.25
    text = "\n".join(page_texts(pdf))
    assert text.count("Signed on screen, 24 November 2026") == 10
