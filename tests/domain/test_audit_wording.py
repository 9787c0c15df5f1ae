"""The trail in plain words; finding names; withholding details of others; the retention rule."""

from __future__ import annotations

from datetime import date

import pytest

from fgc_desktop.domain import audit_wording as wording
from fgc_desktop.domain.name_search import fold, matches_words, mentions, search_words
from fgc_desktop.domain.retention import (
    RetentionAction,
    audit_summary,
    check_years,
    confirmation_matches,
)
from fgc_desktop.domain.subject_access import WITHHELD, Withholder, contact_details
from fgc_desktop.domain.validation import ValidationError


def test_records_and_fields_are_named_as_coordinators_say_them():
    assert wording.kind_label("people") == "Network person"
    assert wording.kind_label("actions") == "Plan action"
    assert wording.kind_label("some_new_table") == "Some new table"
    assert wording.field_label("people", "address") == "Address"
    assert wording.field_label("conferences", "strengths") == "What is working well"
    assert wording.field_label("people", "interpreter_needed") == "Needs an interpreter"
    assert wording.field_label("visits", "notes") == "Notes"


def test_values_are_shown_as_labels_names_and_yes_or_no():
    names = {"p1": "Nadia Khan"}.__getitem__
    assert wording.value_text("people", "role", "aunt_uncle") == "Aunt/uncle"
    assert wording.value_text("stage_moves", "to_stage", "family_time") == "Private family time"
    assert wording.value_text("signatures", "method", "agreed_by_phone") == "Agreed by phone"
    assert wording.value_text("invitations", "method", "by_hand") == "By hand"
    assert wording.value_text("action_progress", "status", "done") == "Done"
    assert wording.value_text("people", "contact_confidential", 1) == "Yes"
    assert wording.value_text("visits", "person_id", "p1", names) == "Nadia Khan"
    assert wording.value_text("people", "phone", None) == wording.EMPTY
    assert wording.value_text("people", "role", "no_such_role") == "no_such_role"


def test_one_changed_field_is_summed_up_with_before_and_after():
    fields = wording.field_changes("people", {"phone": "01632 960123"}, {"phone": "07700 900111"})
    assert fields == (wording.FieldChange("Phone", "01632 960123", "07700 900111"),)
    assert (
        wording.summary("people", "update", "Nadia Khan", fields, None)
        == "Changed Phone: 01632 960123 → 07700 900111"
    )
    long = "word " * 100
    fields = wording.field_changes("conferences", {"worries": ""}, {"worries": long})
    line = wording.summary("conferences", "update", "", fields, None)
    assert line.endswith("…") and len(line) < 100
    assert fields[0].after == long  # the detail keeps it whole


def test_an_added_record_lists_what_it_held_in_form_order_without_empty_fields():
    fields = wording.field_changes(
        "people",
        None,
        {
            "id": "x",
            "conference_id": "c",
            "phone": "0161",
            "name": "Ewa",
            "email": "",
            "needs": None,
        },
    )
    assert [f.label for f in fields] == ["Name", "Phone"]
    assert (
        wording.summary("people", "insert", "Ewa", fields, None) == "Added: Name: Ewa · Phone: 0161"
    )
    assert wording.summary("conferences", "insert", "", (), None) == "Started the conference"
    moved = wording.title_of(
        "stage_moves", {"from_stage": "referral", "to_stage": "preparation"}, str
    )
    assert wording.summary("stage_moves", "insert", moved, (), None) == (
        "Moved Referral → Preparation"
    )


def test_retention_and_export_entries_say_what_happened():
    after = {"summary": "Conference FGC-2022-0001 deleted under the retention rule, 40 records"}
    assert wording.summary("conferences", "retention_delete", "", (), after) == after["summary"]
    assert wording.change_verb("subject_access_export") == "Exported for a subject access request"
    assert audit_summary(RetentionAction.ANONYMISE, "FGC-2022-0001", 1) == (
        "Conference FGC-2022-0001 anonymised under the retention rule, 1 record"
    )


def test_labels_lead_a_search_to_kinds_and_fields():
    tables, columns = wording.labels_matching(search_words("network person"), fold)
    assert tables == {"people"}
    _, columns = wording.labels_matching(search_words("ADDRESS"), fold)
    assert "address" in columns


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("Halina Wójcik", "wojcik", True),
        ("Łucja Zielińska", "lucja zielinska", True),
        ("فاطمة الرشيد", "فاطمة", True),
        ("陈小明", "小明", True),
        ("Мария Петрова", "мария", True),
        ("Nadia Khan", "nadia smith", False),
    ],
)
def test_names_match_in_any_script_case_or_accent(text: str, query: str, found: bool):
    assert matches_words(text, search_words(query)) is found


def test_a_mention_is_the_full_name_or_the_first_name_as_a_word():
    assert mentions("Sara will drive", "Sara Khan")
    assert mentions("Called SARA KHAN today", "Sara Khan")
    assert not mentions("Sarah was there", "Sara Khan")
    assert mentions("王小明 came", "王小明")
    assert not mentions("Al went home", "Al Jones")  # first names under 3 letters are too common
    assert not mentions("anything", "")


def test_other_peoples_contact_details_are_withheld_in_any_layout():
    details = contact_details(
        "Flat 3, 9 Hidden Row\nRiverside RV1 2AB", "07700 900195", "Nadia@Example.org"
    )
    withhold = Withholder(details)
    text = withhold(
        "She moved to 9 hidden row; ring 07700-900-195 or 0770 0900195, "
        "email nadia@example.org. Riverside is lovely."
    )
    assert "Hidden" not in text and "hidden" not in text
    assert "900" not in text and "example" not in text
    assert "Riverside is lovely" in text and text.count(WITHHELD) == 4
    assert withhold.count == 4
    assert Withholder([])("unchanged") == "unchanged"


def test_the_retention_period_is_checked_and_confirmed_by_the_number_ticked():
    assert check_years("6") == 6 and check_years(3) == 3
    for bad in ("0", "101", "three", "", True, None, 2.5):
        with pytest.raises(ValidationError):
            check_years(bad)
    assert confirmation_matches(" 3 ", 3)
    assert not confirmation_matches("3", 2)
    assert not confirmation_matches("0", 0)


def test_local_time_keeps_text_that_is_not_a_timestamp():
    assert wording.local_time("not a time") == "not a time"
    assert wording.local_time("2026-11-24T09:00:00") == "2026-11-24 09:00"
    assert date.fromisoformat(wording.local_time("2026-11-24T12:00:00+00:00")[:10])
