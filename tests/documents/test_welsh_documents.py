"""Welsh documents: the plan and the letters read back in Welsh, with no English wording left.

The catalogue's English sources are found the way a translator would find them: every string
literal given to `say(...)` or `marked(...)` in fgc_desktop/documents. A document sentence written
any other way fails test_no_document_text_bypasses_the_catalogue; a source with no Welsh fails
test_every_source_has_a_welsh_translation; a Welsh document that still prints English fails
test_a_welsh_plan_prints_no_english_wording.
"""

from __future__ import annotations

import ast
import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

import fgc_desktop.documents as documents_package
from fgc_desktop.documents.family_plan import render_family_plan
from fgc_desktop.documents.fonts import LATIN, LATIN_BOLD, covered_characters
from fgc_desktop.documents.invitation_letter import render_invitations
from fgc_desktop.documents.plan_qr import qr_payload
from fgc_desktop.documents.styles import style
from fgc_desktop.documents.wording import PRINTED_CHOICES, Wording, translations
from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.canonical_plan import (
    canonical_content,
    content_hash,
    mark_agreed,
    wording_hash,
)
from fgc_desktop.domain.conference import Conference, Meeting, Referral
from fgc_desktop.domain.coordinator import Coordinator
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Attendance, Participation, Person, Role
from fgc_desktop.domain.plan import (
    Action,
    Answer,
    BottomLineResponse,
    Decision,
    Plan,
    Signature,
    SignatureMethod,
)
from fgc_desktop.domain.review import Review

DOCUMENTS = Path(documents_package.__file__).parent
# The documents a family reads, worded through the catalogue. The others (referral summary,
# review record, statistics, subject access) are the service's own records, in English.
TRANSLATED = ("family_plan.py", "invitation_letter.py", "pages.py")
MARKERS = frozenset({"say", "marked"})
# Literals that are not wording: reportlab's table commands and alignments, Unicode's
# right-to-left classes, and the product name in the PDF's metadata.
NOT_WORDING = frozenset(
    {
        "FONTNAME", "VALIGN", "ALIGN", "TOP", "BOTTOM", "MIDDLE", "LEFT", "RIGHT", "CENTER",
        "LINEBELOW", "LINEABOVE", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING",
        "BACKGROUND", "BOX", "SPAN", "R", "AL", "FGC Desktop",
    }
)  # fmt: skip
# Compared with what a coordinator typed, never printed: "Nowak family" is the typed name.
MATCHED_NOT_PRINTED = frozenset({"family"})
STROKES = (((10.0, 40.0), (60.0, 20.0), (120.0, 50.0)),)


def _is_style_name(text: str) -> bool:
    try:
        style(text)
    except KeyError:
        return False
    return True


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_literals(source: str) -> list[tuple[int, str]]:
    """Each string literal with words in it that is not a catalogue source, a docstring, a
    style name or one of NOT_WORDING: wording that would print in English in any language."""
    tree = ast.parse(source)
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in MARKERS:
            exempt.update(id(inner) for arg in node.args for inner in ast.walk(arg))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            exempt.add(id(body[0].value))  # a docstring
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        text = node.value
        words = re.sub(r"<[^>]*>", "", text)
        if (
            id(node) in exempt
            or not any(ch.isalpha() for ch in words)
            or text in NOT_WORDING
            or text in MATCHED_NOT_PRINTED
            or _is_style_name(text)
            or re.fullmatch(r"[a-z]+(_[a-z]+)+", text)  # a key or attribute name
        ):
            continue
        found.append((node.lineno, text))
    return found


def catalogue_sources() -> list[str]:
    """Every English source the documents print: say/marked literals and the choice labels."""
    sources: list[str] = []
    for path in sorted(DOCUMENTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) in MARKERS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    sources.append(first.value)
    sources += [member.label for choices in PRINTED_CHOICES for member in choices]
    return list(dict.fromkeys(sources))


# ---------------------------------------------------------------- the catalogue


def test_the_scan_finds_document_wording_that_bypasses_the_catalogue():
    bad = 'Paragraph("Family plan", style("title"))\ncanvas.drawString(1, 2, f"Page {n}")\n'
    assert [text for _, text in untranslated_literals(bad)] == ["Family plan", "Page "]
    good = 'Paragraph(words.say("Family plan"), style("title"))\nTable([[""]])\n'
    assert untranslated_literals(good) == []


@pytest.mark.parametrize("module", TRANSLATED)
def test_no_document_text_bypasses_the_catalogue(module: str):
    found = untranslated_literals((DOCUMENTS / module).read_text(encoding="utf-8"))
    assert found == [], f"{module}: put these through words.say(...) or marked(...)"


def test_every_source_has_a_welsh_translation_and_nothing_else_is_in_the_catalogue():
    sources = catalogue_sources()
    welsh = translations(Language.WELSH)
    assert len(sources) > 100
    assert [text for text in sources if not welsh.get(text, "").strip()] == []
    assert [text for text in welsh if text not in sources] == [], "no longer used: remove"


def test_translations_keep_their_placeholders_and_markup():
    for english, welsh in translations(Language.WELSH).items():
        assert set(re.findall(r"\{\w+\}|<[^>]+>", english)) == set(
            re.findall(r"\{\w+\}|<[^>]+>", welsh)
        ), english


def test_the_fonts_have_every_letter_welsh_needs():
    letters = {ord(ch) for text in translations(Language.WELSH).values() for ch in text}
    letters |= {ord(ch) for ch in "ÂâÊêÎîÔôÛûŴŵŶŷÁáÉéÍíÓóÚúẀẁẂẃỲỳÄäËëÏïÖöÜüẄẅŸÿ’"}
    for font in (LATIN, LATIN_BOLD):
        assert letters - covered_characters(font) == set(), font


def test_welsh_dates_lists_and_family_names():
    words = Wording(Language.WELSH)
    assert words.date(date(2026, 11, 24)) == "24 Tachwedd 2026"
    assert words.weekday_date(date(2026, 12, 8)) == "Dydd Mawrth 8 Rhagfyr 2026"
    assert words.listing(["Gwen", "Dafydd", "Ifan"]) == "Gwen, Dafydd ac Ifan"
    assert words.listing(["Gwen", "Dafydd"]) == "Gwen a Dafydd"
    assert words.family("ap Rhys family") == "Teulu ap Rhys"
    assert words.family("Jones") == "Teulu Jones"
    english = Wording(Language.ENGLISH)
    assert english.date(date(2026, 11, 24)) == "24 November 2026"
    assert english.family("Nowak Family") == "Nowak Family"
    assert english.family("Nowak") == "Nowak family"


# ---------------------------------------------------------------- the documents in Welsh


def welsh_conference(*, agreed: bool = False) -> Conference:
    """A Welsh-speaking family's conference, everything typed in Welsh."""
    gwen = Person("Gwenllian ap Rhys", Role.CHILD, date_of_birth=date(2012, 7, 30))
    dafydd = Person("Dafydd ap Rhys", Role.CHILD, date_of_birth=date(2017, 1, 18))
    sian = Person(
        "Siân ap Rhys",
        Role.PARENT,
        "Mam",
        attendance=Attendance.PRESENT,
        participation=Participation.IN_PERSON,
        address="3 Stryd yr Eglwys\nLlanrwst\nLL26 0AA",
    )
    rhodri = Person(
        "Rhodri Llewelyn",
        Role.GRANDPARENT,
        attendance=Attendance.PHONE_OR_VIDEO,
        participation=Participation.PHONE,
        interpreter_needed=True,
        preferred_language="BSL",
    )
    ffion = Person(
        "Ffion Pritchard",
        Role.ADVOCATE,
        "Eiriolwr Gwenllian",
        attendance=Attendance.VIEWS_SENT,
        participation=Participation.VIEWS_IN_WRITING,
    )
    eleri = Person(
        "Eleri Owen",
        Role.PROFESSIONAL,
        "Gweithiwr cymdeithasol",
        attendance=Attendance.PRESENT,
        participation=Participation.VIDEO,
    )
    ifan = Person("Ifan Hughes", Role.FRIEND, attendance=Attendance.ABSENT)
    lines = [
        BottomLine(
            "Mae Gwenllian a Dafydd yn mynd i’r ysgol bob dydd.", "Maen nhw wedi colli 14 diwrnod."
        ),
        BottomLine("Does neb yn gadael y plant ar eu pennau eu hunain gyda’r nos.", ""),
    ]
    plan = Plan(
        version=1,
        actions=[
            Action(
                "Paratoi ystafell wely i Dafydd yn nhŷ Taid",
                "Rhodri Llewelyn",
                date(2026, 12, 18),
                "Gwely o’r prosiect dodrefn lleol",
                "Mae Dafydd yn cysgu yno bob nos Wener",
            ),
            Action("Mynd â’r plant i’r ysgol bob bore", "Siân ap Rhys", date(2026, 12, 1)),
        ],
        contingency="Os bydd y plant yn colli’r ysgol ddwywaith mewn wythnos, bydd Taid yn galw "
        "cyfarfod teulu.",
        plan_monitor="Rhodri Llewelyn",
        review_date=date(2027, 5, 24),
        decision=Decision.NOT_AGREED if not agreed else Decision.AGREED,
        decision_reasons="" if agreed else "Mae angen mwy o fanylion am y nosweithiau.",
        answers=[Answer("Pwy fydd yn gofalu am y plant gyda’r nos?", "Taid, bob nos.")],
        bottom_line_responses=[
            BottomLineResponse(lines[0].id, lines[0].text, "Mae Mam yn mynd â nhw bob bore."),
        ],
    )
    conference = Conference(
        reference="FGC-2026-0107",
        family_name="ap Rhys family",
        referral=Referral(
            referrer_name="Eleri Owen",
            referrer_role="Gweithiwr cymdeithasol",
            questions="Pwy fydd yn gofalu am y plant gyda’r nos?\nAt bwy gall y plant fynd?",
        ),
        meeting=Meeting(
            held_on=date(2026, 11, 24),
            starts_at="10:00",
            venue="Canolfan Gymunedol Llanrwst",
            venue_accessibility="Mynediad heb risiau a dolen sain.",
            food="Cinio ysgafn",
            childcare="Crèche yn yr ystafell drws nesaf",
        ),
        people=[gwen, dafydd, sian, rhodri, ffion, eleri, ifan],
        bottom_lines=lines,
        plans=[plan],
        document_language=Language.WELSH,
    )
    wording = wording_hash(conference, plan)
    plan.signatures = [
        Signature(
            sian.name,
            SignatureMethod.SIGNED_ON_SCREEN,
            sian.id,
            signed_at="2026-11-24T12:00:00Z",
            strokes=STROKES,
            content_hash=wording,
        ),
        Signature(
            rhodri.name,
            SignatureMethod.AGREED_BY_PHONE,
            rhodri.id,
            note="Darllenwyd y cynllun iddo.",
            signed_at="2026-11-24T12:05:00Z",
            content_hash=wording,
        ),
        Signature(
            ffion.name,
            SignatureMethod.SIGNED_ON_PAPER,
            ffion.id,
            signed_at="2026-11-24",
            content_hash=wording,
        ),
        Signature(
            eleri.name,
            SignatureMethod.DECLINED,
            eleri.id,
            note="Mae angen mwy o fanylion.",
            content_hash="geiriad cynharach",
        ),
    ]
    if agreed:
        mark_agreed(conference, plan, "2026-11-24T13:00:00Z")
    return conference


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def _english_left(text: str) -> list[str]:
    """Catalogue sources (or their parts between placeholders) found in text as whole words."""
    welsh = translations(Language.WELSH)
    left = []
    for source in catalogue_sources():
        if welsh.get(source) == source:
            continue
        for part in re.split(r"\{\w+\}|<[^>]+>", source):
            part = " ".join(part.split())
            if any(ch.isalpha() for ch in part) and re.search(
                rf"(?<!\w){re.escape(part)}(?!\w)", text
            ):
                left.append(part)
    return left


def _welsh_plans() -> dict[str, bytes]:
    draft, agreed = welsh_conference(), welsh_conference(agreed=True)
    reader = agreed.people[2]
    return {
        "draft": render_family_plan(draft, printed_on=date(2026, 11, 24)),
        "large print": render_family_plan(draft, large_print=True),
        "agreed": render_family_plan(agreed),
        "copy": render_family_plan(agreed, copy_for=reader, large_print=True),
    }


COORDINATOR = Coordinator(
    name="Rhian Morgan",
    phone="01492 575000",
    email="rhian.morgan@conwy.example.gov.uk",
    service="Gwasanaeth Cynadleddau Grŵp Teulu Conwy",
)


def _welsh_letters() -> dict[str, bytes]:
    conference = welsh_conference(agreed=True)
    review = Review(
        plan_id=conference.plans[0].id,
        scheduled_on=date(2027, 5, 24),
        starts_at="14:00",
        venue="Ysgol Bro Gwydir",
    )
    undated = replace(conference, meeting=Meeting())
    return {
        "conference": render_invitations(
            conference, conference.invitees, COORDINATOR, written_on=date(2026, 11, 10)
        ),
        "review": render_invitations(
            conference, conference.invitees, COORDINATOR, review=review, written_on=date(2027, 5, 1)
        ),
        "undated": render_invitations(
            undated, undated.invitees[:1], Coordinator(service="Gwasanaeth Teuluoedd")
        ),
        "none": render_invitations(conference, [], COORDINATOR),
    }


def test_a_welsh_plan_is_in_welsh_with_its_fonts_embedded():
    plans = _welsh_plans()
    text = _text(plans["draft"])
    for heading in (
        "Cynllun teulu",
        "Teulu ap Rhys",
        "Y plant",
        "Pwy gymerodd ran",
        "Llinellau gwaelod",
        "Ein cynllun",
        "Os nad yw’r cynllun yn gweithio",
        "Monitor y cynllun",
        "Penderfyniad yr atgyfeiriwr",
        "Llofnodion",
        "Ganwyd 30 Gorffennaf 2012, 14 oed",
        "Argraffwyd ar 24 Tachwedd 2026",
        "DRAFFT – heb gytuno",
        "Tudalen 1 o",
        "Llofnodwyd ar y sgrin, 24 Tachwedd 2026",
        "Wedi llofnodi geiriad cynharach",
        "Nain/Taid",
    ):
        assert heading in text, heading
    assert "Cytunwyd ar 24 Tachwedd 2026" in _text(plans["agreed"])
    assert "Copi i Siân ap Rhys" in _text(plans["copy"])
    for name, pdf in plans.items():
        reader = PdfReader(io.BytesIO(pdf))
        assert 2 <= len(reader.pages) <= 8, name
        for page in reader.pages:
            fonts = page["/Resources"]["/Font"]
            for ref in fonts.values():
                font = ref.get_object()
                if "/DescendantFonts" in font:
                    font = font["/DescendantFonts"][0].get_object()
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


def test_a_welsh_plan_prints_no_english_wording():
    for name, pdf in _welsh_plans().items():
        conference = welsh_conference(agreed=name in ("agreed", "copy"))
        plan = conference.plans[0]
        # The QR code's caption is the code's own text (reference, version, DRAFT or hash).
        text = _text(pdf).replace(qr_payload(conference, plan).rpartition(" ")[2], "")
        assert _english_left(text) == [], name


def test_welsh_invitation_letters_are_in_welsh_and_print_no_english_wording():
    letters = _welsh_letters()
    text = _text(letters["conference"])
    for phrase in (
        "Cynhadledd grŵp teulu",
        "Annwyl Siân ap Rhys,",
        "Rydych chi’n cael eich gwahodd i gyfarfod teulu am Gwenllian ap Rhys a Dafydd ap Rhys",
        "Dydd Mawrth 24 Tachwedd 2026",
        "Yn dechrau am 10:00",
        "Sut gallwch chi gymryd rhan",
        "Rydyn ni wrthi’n trefnu cyfieithydd sy’n siarad BSL i chi.",
        "Cofion gorau,",
        "Ein cyfeirnod: FGC-2026-0107",
    ):
        assert phrase in text, phrase
    review = _text(letters["review"])
    assert "Cyfarfod adolygu" in review and "Dydd Llun 24 Mai 2027" in review
    assert "Byddwn ni’n rhoi gwybod i chi am y dyddiad a’r lle." in _text(letters["undated"])
    for name, pdf in letters.items():
        assert _english_left(_text(pdf)) == [], name
    # One friendly page per letter, even in the longer Welsh.
    invitees = len(welsh_conference().invitees)
    assert len(PdfReader(io.BytesIO(letters["conference"])).pages) == invitees


def test_english_wording_left_in_a_welsh_plan_is_found():
    # The check above can fail: a Welsh catalogue missing one sentence leaves it in English.
    welsh = translations(Language.WELSH)
    kept = welsh.pop("Plan monitor")
    try:
        text = _text(render_family_plan(welsh_conference()))
    finally:
        welsh["Plan monitor"] = kept
    assert "Plan monitor" in _english_left(text)


def test_the_language_a_plan_is_agreed_in_is_part_of_its_fingerprint():
    welsh = welsh_conference()
    english = replace(welsh, document_language=Language.ENGLISH)
    plan = welsh.plans[0]
    assert content_hash(welsh, plan) != content_hash(english, plan)
    assert wording_hash(welsh, plan) != wording_hash(english, plan)
    # An English plan's content has no language in it, as before languages were chosen, so
    # plans agreed then keep their hash.
    assert canonical_content(welsh, plan)["language"] == "cy"
    assert "language" not in canonical_content(english, plan)


def test_what_people_typed_is_never_translated():
    conference = welsh_conference()
    typed = ("Paratoi ystafell wely i Dafydd yn nhŷ Taid", "Mam", "Gweithiwr cymdeithasol")
    for language in Language:
        text = _text(render_family_plan(conference, language=language))
        assert all(words in text for words in typed), language
    assert "Our plan" in _text(render_family_plan(conference, language=Language.ENGLISH))


def test_the_same_welsh_plan_gives_the_same_bytes():
    conference = welsh_conference(agreed=True)
    assert render_family_plan(conference) == render_family_plan(conference)
    assert render_family_plan(conference, language=Language.ENGLISH) != render_family_plan(
        conference
    )
