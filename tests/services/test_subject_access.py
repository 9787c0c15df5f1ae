"""Subject access: finding a person in any script, and what the JSON and PDF hold (and do not)."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from fgc_desktop.domain.network import Role
from fgc_desktop.domain.subject_access import WITHHELD
from fgc_desktop.services import caseload, demo_caseload, network, preparation, subject_access
from fgc_desktop.store import audit
from fgc_desktop.store.connection import Store
from tests.pdf_reading import page_texts

HIDDEN_ADDRESS = "Flat 3, 9 Hidden Row, Riverside"


def _id_of(store: Store, family: str) -> str:
    return next(
        e.conference_id for e in caseload.list_conferences(store) if e.family_name == family
    )


@pytest.fixture
def caseload_with_sara(store: Store) -> dict[str, str]:
    """The demo caseload; Nadia's address is new and confidential; Sara is in two conferences."""
    demo_caseload.write_demo_caseload(store)
    khan = _id_of(store, "Khan family")
    people = {p.name: p for p in caseload.load(store, khan).people}
    nadia, sara = people["Nadia Khan"], people["Sara Khan"]
    network.edit_person(store, khan, nadia.id, "address", HIDDEN_ADDRESS)
    network.edit_person(store, khan, nadia.id, "email", "nadia.private@example.org")
    network.edit_person(store, khan, sara.id, "phone", "07700 900555")
    preparation.add_visit(
        store,
        khan,
        sara.id,
        place="At home",
        notes=f"Sara will drive Nadia home to {HIDDEN_ADDRESS} afterwards.",
    )
    preparation.add_visit(
        store, khan, nadia.id, place="Refuge office", help_needed="Sara can bring her to the venue"
    )
    other = caseload.create_conference(store, "Bibi family", received_on=date(2026, 9, 1))
    again = network.add_person(store, other.id, "SARA KHAN", Role.FRIEND, "Neighbour").people[-1]
    return {"khan": khan, "other": other.id, "sara": sara.id, "sara_again": again.id,
            "nadia": nadia.id}  # fmt: skip


def test_a_person_is_found_in_any_script_case_or_accent(store: Store, caseload_with_sara):
    found = subject_access.find(store, "sara khan")
    assert {m.person_id for m in found} == {
        caseload_with_sara["sara"],
        caseload_with_sara["sara_again"],
    }
    assert {m.family_name for m in found} == {"Khan family", "Bibi family"}
    assert [m.name for m in subject_access.find(store, "wojcik halina")] == ["Halina Wójcik"]
    assert [m.name for m in subject_access.find(store, "LUCJA")] == ["Łucja Zielińska"]
    assert [m.name for m in subject_access.find(store, "فاطمة")] == ["فاطمة الرشيد"]
    assert [m.name for m in subject_access.find(store, "小明")] == ["陈小明"]
    assert subject_access.find(store, "   ") == []
    assert subject_access.find(store, "nobody-by-this-name") == []


def test_the_json_holds_their_records_and_not_anothers_contact_details(
    store: Store, caseload_with_sara
):
    ids = [caseload_with_sara["sara"], caseload_with_sara["sara_again"]]
    report = subject_access.build_report(store, ids, "sara khan")
    text = subject_access.report_json(report)
    data = json.loads(text)

    assert data["names"] == ["Sara Khan", "SARA KHAN"]
    assert [r["reference"] for r in data["records"]] == ["FGC-2026-0005", "FGC-2026-0008"]
    first = data["records"][0]
    assert first["stored_row"]["phone"] == "07700 900555"
    assert set(first["stored_row"]) >= {"name", "address", "phone", "side", "participation"}
    sections = {s["title"]: s for s in first["sections"]}
    assert set(sections) == {
        "Their details", "The conference", "Taking part", "Letters and copies sent to them",
        "Signatures", "Plan actions naming them", "Their own records", "Notes that mention them",
        "Changes recorded to their records",
    }  # fmt: skip
    facts = {f["label"]: f["value"] for f in sections["Their details"]["items"][0]["facts"]}
    assert (
        facts["Phone"] == "07700 900555" and facts["Relationship to the child"] == "Maternal aunt"
    )
    own = json.dumps(sections["Their own records"], ensure_ascii=False)
    assert "Sara will drive Nadia home to" in own and WITHHELD in own
    notes = json.dumps(sections["Notes that mention them"], ensure_ascii=False)
    assert "Sara can bring her to the venue" in notes
    changes = sections["Changes recorded to their records"]["items"]
    assert any("07700 900555" in json.dumps(i, ensure_ascii=False) for i in changes)
    # Nobody else's confidential details, anywhere, in any form.
    for secret in (HIDDEN_ADDRESS, "9 Hidden Row", "nadia.private@example.org"):
        assert secret not in text
    nadia_phone = next(p.phone for p in caseload.load(store, caseload_with_sara["khan"]).people
                       if p.name == "Nadia Khan")  # fmt: skip
    assert nadia_phone not in text
    assert report.withheld >= 1 and data["other_peoples_details_withheld"] == report.withheld


def test_plan_actions_signatures_letters_and_attendance_of_a_family_member(store: Store):
    demo_caseload.write_demo_caseload(store)
    [halina] = subject_access.find(store, "Halina")
    report = subject_access.build_report(store, [halina.person_id], "Halina")
    sections = {s.title: s for s in report.records[0].sections}
    actions = sections["Plan actions naming them"].items
    # The Nowak plan was changed at its review: version 2 names her too.
    assert [a.heading for a in actions] == [
        "Plan version 1, action 1",
        "Plan version 2, action 1",
        "Plan version 2, action 2",
    ]
    assert ("What", "Take Zofia and Jakub to school every weekday") in [
        (f.label, f.value) for f in actions[0].facts
    ]
    signed = sections["Signatures"].items
    assert len(signed) == 2  # versions 1 and 2
    assert all(("How", "Signed on screen") in [(f.label, f.value) for f in s.facts] for s in signed)
    reviews = [i for i in sections["Taking part"].items if i.heading == "Invited to a review"]
    assert reviews and any(f.label == "Attendance" for f in reviews[0].facts)
    letters = [item.heading for item in sections["Letters and copies sent to them"].items]
    assert "Invitation to the conference" in letters
    assert "On the distribution list of plan version 1" in letters
    attendance = {f.label: f.value for f in sections["Taking part"].items[0].facts}
    assert attendance["Attendance"] == "Present"


def test_the_pdf_reads_back_with_their_records_in_embedded_fonts(store: Store, caseload_with_sara):
    report = subject_access.build_report(store, [caseload_with_sara["sara"]], "sara")
    pdf = subject_access.render_pdf(report)
    pages = page_texts(pdf)
    text = "\n".join(pages)
    assert "Sara Khan" in text and "FGC-2026-0005" in text
    assert "Notes that mention them" in text and "Sara can bring her to the venue" in text
    assert "9 Hidden Row" not in text and "Hidden" not in text
    assert all(f"of {len(pages)}" in page for page in pages)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata.title == "Subject access export"
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            assert "/FontDescriptor" in described, font["/BaseFont"]


def test_an_arabic_name_prints_in_the_arabic_font(store: Store):
    demo_caseload.write_demo_caseload(store)
    [fatima] = subject_access.find(store, "فاطمة")
    pdf = subject_access.render_pdf(subject_access.build_report(store, [fatima.person_id], "فاطمة"))
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert {"NotoSansArabic-Regular", "NotoSansArabic-Bold"} <= fonts


def test_each_export_is_noted_in_the_history_without_names(store: Store, caseload_with_sara):
    ids = [caseload_with_sara["sara"], caseload_with_sara["sara_again"]]
    report = subject_access.build_report(store, ids, "sara")
    subject_access.note_export(store, report, "JSON")
    for conference, person in (("khan", "sara"), ("other", "sara_again")):
        entry = audit.history(store.db, caseload_with_sara[conference])[-1]
        assert (entry.change, entry.entity_id) == (
            "subject_access_export",
            caseload_with_sara[person],
        )
        assert entry.after == {"format": "JSON"}
