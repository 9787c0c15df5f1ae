"""The one-page referral summary, read back with pypdf (and, for Arabic, rendered)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Paragraph, SimpleDocTemplate

from fgc_desktop.documents import network_map_drawing
from fgc_desktop.documents.network_map_drawing import map_figure
from fgc_desktop.documents.referral_summary import (
    CONFIDENTIAL_CONTACT,
    CONTINUED,
    render_referral_summary,
)
from fgc_desktop.documents.styles import style, user_paragraph
from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.network import Person, Role
from fgc_desktop.domain.network_map import network_map

MakeConference = Callable[..., Conference]
COORDINATOR = Coordinator("Sam Taylor", "01632 960456", "sam@example.org", "Riverside FGC")
TODAY = date(2026, 11, 24)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _summary(conference: Conference) -> bytes:
    return render_referral_summary(conference, COORDINATOR, printed_on=TODAY)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_an_ordinary_referral_is_one_page_with_its_facts(
    make_network_conference: MakeConference,
) -> None:
    pages = _pages(_summary(make_network_conference()))
    assert len(pages) == 1
    text = _flat(pages[0])
    for words in (
        "Referral summary",
        "FGC-2026-0042",
        "Nowak family",
        "Referral received 20 October 2026",
        "Jo Bennett",
        "North Team",
        "01632 960123",
        "jo.bennett@example.org",
        "14 May 2019 (age 7)",
        "she/her",
        "The school is worried the children are alone in the evenings.",
        "The children missed school on 14 days this term.",
        "The children are close to their grandmother.",
        "1. How will the children be safe every evening?",
        "2. Who can they go to?",
        "The children are never left alone at night.",
        "They are 7 and 11.",
        "Agreed with the referrer on 28 October 2026.",
        "Given by Agnieszka Nowak",
        "On 22 October 2026 · In person",
        "Network map",
        "Who is who",
        "Polish, interpreter booked",
        "Page 1 of 1",
    ):
        assert words in text, words


def test_names_in_latin_cyrillic_greek_and_chinese_print(
    make_network_conference: MakeConference, names
) -> None:
    text = _pages(_summary(make_network_conference()))[0]
    for name in (names.zofia, names.olga, names.nikos, names.wang, "Halina Wójcik"):
        assert name in text


def test_arabic_names_are_shaped(make_network_conference: MakeConference, names) -> None:
    text = _pages(_summary(make_network_conference()))[0]
    # Shaped (joined) Arabic comes back as contextual presentation forms, not bare letters.
    assert any(0xFE70 <= ord(char) <= 0xFEFF for char in text)


def test_confidential_contact_details_are_never_printed(
    make_network_conference: MakeConference, hidden: tuple[str, str]
) -> None:
    text = _flat(_pages(_summary(make_network_conference()))[0])
    for secret in (*hidden, "agnieszka@hidden.example"):
        assert secret not in text
    assert CONFIDENTIAL_CONTACT in text


def test_withdrawn_consent_is_marked_in_words(make_network_conference: MakeConference) -> None:
    conference = make_network_conference()
    conference.consent.withdrawn_on = date(2026, 11, 2)
    conference.consent.withdrawal_reason = "Agnieszka wants time to think."
    text = _flat(_pages(_summary(conference))[0])
    assert "CONSENT WITHDRAWN on 2 November 2026" in text
    assert "Agnieszka wants time to think." in text


def test_huge_referral_and_25_people_stay_on_one_page(
    make_network_conference: MakeConference,
) -> None:
    conference = make_network_conference(people=20)
    assert len(conference.people) == 27
    referral = conference.referral
    referral.worries = ("They worry about the evenings and about school. " * 110)[:5000]
    referral.strengths = "Grandmother visits every day. " * 150
    referral.reason = "Reason " * 500
    referral.questions = "\n".join(f"Question {n}?" for n in range(40))
    conference.bottom_lines = [BottomLine("Bottom line " * 40, "Why " * 80) for _ in range(9)]
    pages = _pages(_summary(conference))
    assert len(pages) == 1
    text = _flat(pages[0])
    assert CONTINUED in text
    assert "…" in text
    assert "more people are on the map" in text


def test_empty_conference_still_prints(make_network_conference: MakeConference) -> None:
    conference = Conference(reference="FGC-2026-0001", family_name="")
    assert len(_pages(_summary(conference))) == 1


def test_the_map_names_every_person_and_side(make_network_conference: MakeConference) -> None:
    conference = make_network_conference()
    text = _flat(_pages(_summary(conference))[0])
    for words in (
        "MOTHER'S SIDE",
        "FATHER'S SIDE",
        "BOTH SIDES",
        "Parent or carer",
        "Professional",
    ):
        assert words in text


# Rendering: the names on the map are Paragraphs, so Arabic is joined there too.

PAGE = (640, 200)


def _map_pdf(conference: Conference) -> bytes:
    buffer = io.BytesIO()
    margins = {f"{side}Margin": 5 for side in ("left", "right", "top", "bottom")}
    figure = map_figure(network_map(conference), 600, 160)
    SimpleDocTemplate(buffer, pagesize=PAGE, **margins).build([figure])
    return buffer.getvalue()


def _ink_width(pdf: bytes, folder: Path) -> int:
    path = folder / f"map-{abs(hash(pdf))}.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    image = document.render(0, QSize(1000, 400)).convertToFormat(QImage.Format.Format_Alpha8)
    document.close()
    stride, data = image.bytesPerLine(), bytes(image.constBits())
    # Only the middle band, where the name is: the box border spans the whole width.
    rows = range(image.height() * 2 // 5, image.height() // 2)
    columns = [x for x in range(image.width()) if any(data[y * stride + x] > 128 for y in rows)]
    return columns[-1] - columns[0] + 1


@pytest.mark.usefixtures("qapp")
def test_arabic_names_on_the_map_are_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conference = Conference("FGC-1", "Zahra", people=[Person("فاطمة", Role.CHILD)])
    # Names only: without the boxes, the ink is the name's.
    monkeypatch.setattr(network_map_drawing, "map_drawing", lambda *args: Drawing(1, 1))
    shaped = _ink_width(_map_pdf(conference), tmp_path)

    def unshaped(text: str, style_name: str = "body", **kwargs: object) -> Paragraph:
        paragraph = user_paragraph(text, style_name, **kwargs)  # type: ignore[arg-type]
        return Paragraph(paragraph.text, style(style_name))

    monkeypatch.setattr(network_map_drawing, "user_paragraph", unshaped)
    isolated = _ink_width(_map_pdf(conference), tmp_path)
    # Joined letters use their narrower initial, medial and final forms.
    assert shaped < 0.95 * isolated
