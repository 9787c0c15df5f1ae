"""Export and import of one conference as JSON: round trips, bad files, clashes."""

from __future__ import annotations

import copy
import json

import pytest

from fgc_desktop.domain.language import Language
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, exchange, referral
from fgc_desktop.store import plans
from fgc_desktop.store.connection import open_store


@pytest.fixture
def other_store(tmp_path):
    opened = open_store(tmp_path / "other.sqlite")
    yield opened
    opened.close()


def test_a_conference_round_trips_with_its_agreed_pdf(store, stored_at, other_store, tmp_path):
    conference = stored_at(Stage.REVIEW)
    path = tmp_path / "out.json"
    exchange.write_export(store, conference.reference, path)
    result = exchange.import_conference(other_store, exchange.read_import(path))
    assert result.reference == conference.reference
    assert caseload.load(other_store, conference.id) == caseload.load(store, conference.id)
    plan_id = conference.plan.id
    assert plans.agreed_record(other_store, plan_id) == plans.agreed_record(store, plan_id)


def test_the_file_is_readable_text_in_every_script(store, stored_at, tmp_path):
    conference = stored_at(Stage.PREPARATION)
    path = tmp_path / "out.json"
    exchange.write_export(store, conference.reference, path)
    text = path.read_text(encoding="utf-8")
    assert "فاطمة الزهراء" in text and "王小明" in text
    data = json.loads(text)
    assert (data["format"], data["schema_version"]) == (exchange.FORMAT, exchange.SCHEMA_VERSION)


def test_importing_the_same_conference_again_is_refused(store, stored_at, tmp_path):
    conference = stored_at(Stage.PLAN_AGREEMENT)
    data = exchange.export_conference(store, conference.reference)
    with pytest.raises(exchange.ExchangeError, match="already in this store"):
        exchange.import_conference(store, data)


def test_a_reference_used_by_another_conference_is_refused(store, stored_at, other_store):
    conference = stored_at(Stage.REFERRAL)
    data = exchange.export_conference(store, conference.reference)
    data["conference"]["id"] = "a-different-conference"
    exchange_copy = copy.deepcopy(data)
    exchange.import_conference(other_store, data)
    exchange_copy["conference"]["id"] = "yet-another"
    with pytest.raises(exchange.ExchangeError, match="already used by another conference"):
        exchange.import_conference(other_store, exchange_copy)


def _problems(store, data) -> list[str]:
    before = store.db["audit"].count
    with pytest.raises(exchange.ExchangeError) as error:
        exchange.import_conference(store, data)
    assert store.db["audit"].count == before  # nothing at all was written
    assert store.db["conferences"].count == 0
    return error.value.problems


def test_every_bad_field_is_named_and_nothing_is_written(store, stored_at, other_store):
    conference = stored_at(Stage.REVIEW)
    data = exchange.export_conference(store, conference.reference)
    c = data["conference"]
    c["people"][0]["date_of_birth"] = "2019-02-31"
    c["people"][1]["role"] = "wizard"
    c["meeting"]["starts_at"] = "25:00"
    c["plans"][0]["actions"][0]["what"] = ""
    c["family_name"] = "x" * 500
    problems = _problems(other_store, data)
    assert "conference.people[0].date_of_birth: “2019-02-31” is not a real date." in problems
    assert any(p.startswith("conference.people[1].role: “wizard” is not one of:") for p in problems)
    assert "conference.meeting.starts_at: “25:00” is not a real time of day." in problems
    assert "conference.plans[0].actions[0].what: cannot be empty." in problems
    assert any(p.startswith("conference.family_name: is 500 characters long") for p in problems)


def test_a_changed_agreed_plan_is_refused(store, stored_at, other_store):
    conference = stored_at(Stage.REVIEW)
    data = exchange.export_conference(store, conference.reference)
    data["conference"]["plans"][0]["actions"][0]["who"] = "Someone else"
    assert _problems(other_store, data) == [
        "conference.plans[0].content_hash: does not match the plan's content; "
        "the agreed plan was changed after it was agreed."
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "The file must hold a JSON object; this is not a conference file."),
        ({"format": "something else"}, "format: must be “fgc-desktop/conference”"),
        (
            {"format": "fgc-desktop/conference", "schema_version": 7, "conference": {}},
            "schema_version: must be 1, not 7 (written by a newer version of FGC Desktop).",
        ),
    ],
)
def test_foreign_or_newer_files_are_refused(other_store, data, problem):
    assert any(p.startswith(problem) for p in _problems(other_store, data))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"{not json", "is not valid JSON (line 1, column 2"),
        (b"\xff\xfe\x00", "is not a UTF-8 text file"),
    ],
)
def test_unreadable_files_say_why(tmp_path, content, problem):
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(exchange.ExchangeError, match=problem.replace("(", r"\(")):
        exchange.read_import(path)


def test_a_missing_file_says_so(tmp_path):
    with pytest.raises(exchange.ExchangeError, match="does not exist"):
        exchange.read_import(tmp_path / "nowhere.json")


def test_exporting_an_unknown_reference_says_so(store):
    with pytest.raises(exchange.ExchangeError, match="No conference with reference FGC-2026-0099"):
        exchange.export_conference(store, "FGC-2026-0099")


def test_preparation_records_travel_and_must_point_at_people_in_the_file(
    store, stored_at, other_store
):
    conference = stored_at(Stage.INFORMATION_SHARING)
    data = exchange.export_conference(store, conference.reference)
    c = data["conference"]
    assert len(c["visits"]) == 3 and len(c["child_voices"]) == 2 and len(c["invitations"]) == 3
    c["visits"][0]["person_id"] = "someone-not-in-the-network"
    c["people"][2]["contact_confidential"] = "yes"
    problems = _problems(other_store, data)
    assert problems == [
        "conference.people[2].contact_confidential: must be true or false.",
        "conference.visits[0].person_id: no one in conference.people has the id "
        "someone-not-in-the-network.",
    ]


def test_a_file_from_before_preparation_fields_still_imports(store, stored_at, other_store):
    conference = stored_at(Stage.REFERRAL)
    data = exchange.export_conference(store, conference.reference)
    c = data["conference"]
    for key in ("visits", "child_voices", "invitations", "safety_pairs"):
        del c[key]
    for person in c["people"]:
        del person["side"], person["participation"]
    exchange.import_conference(other_store, data)
    imported = caseload.load(other_store, conference.id)
    assert imported.visits == [] and imported.people[0].participation.value == "not_decided"


def test_records_whose_ids_are_already_used_are_named(store, stored_at):
    conference = stored_at(Stage.PREPARATION)
    data = exchange.export_conference(store, conference.reference)
    data["conference"]["id"] = "another-conference"
    data["conference"]["reference"] = "FGC-2026-0777"
    problems = _problems_keeping(store, data)
    assert (
        problems[0]
        == "conference.people[0].id: this id is already used in this store; nothing was imported."
    )


def _problems_keeping(store, data) -> list[str]:
    before = store.db["audit"].count
    with pytest.raises(exchange.ExchangeError) as error:
        exchange.import_conference(store, data)
    assert store.db["audit"].count == before
    return error.value.problems


def test_the_document_language_travels_and_older_files_import_as_english(
    store, stored_at, other_store
):
    conference = stored_at(Stage.FAMILY_TIME)
    referral.set_document_language(store, conference.id, Language.WELSH)
    data = exchange.export_conference(store, conference.reference)
    assert data["conference"]["document_language"] == "cy"
    older = copy.deepcopy(data)
    del older["conference"]["document_language"]
    exchange.import_conference(other_store, data)
    assert caseload.load(other_store, conference.id).document_language is Language.WELSH

    third = open_store(store.path.parent / "older.sqlite")
    try:
        exchange.import_conference(third, older)
        assert caseload.load(third, conference.id).document_language is Language.ENGLISH
    finally:
        third.close()


def test_an_unknown_document_language_is_refused(store, stored_at, other_store):
    conference = stored_at(Stage.REFERRAL)
    data = exchange.export_conference(store, conference.reference)
    data["conference"]["document_language"] = "fr"
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.import_conference(other_store, data)
    assert "conference.document_language: “fr” is not one of: en, cy." in refused.value.problems


def test_plans_agreed_in_english_still_import_after_the_family_chose_welsh(
    store, stored_at, other_store
):
    conference = stored_at(Stage.REVIEW)
    referral.set_document_language(store, conference.id, Language.WELSH)
    data = exchange.export_conference(store, conference.reference)
    assert {plan["language"] for plan in data["conference"]["plans"]} == {"en"}
    older = copy.deepcopy(data)
    for plan in older["conference"]["plans"]:
        del plan["language"]  # written before plans recorded their language
    exchange.import_conference(other_store, older)
    imported = caseload.load(other_store, conference.id)
    assert imported.document_language is Language.WELSH
    assert all(plan.language is Language.ENGLISH for plan in imported.plans)
    assert imported == caseload.load(store, conference.id)
