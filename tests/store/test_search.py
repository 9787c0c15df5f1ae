"""Full-text search: every field it claims, any script, ranking, and an index that stays current."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.search import FIELDS
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload, exchange, network, referral
from fgc_desktop.services import search as searching
from fgc_desktop.store import conferences, records
from fgc_desktop.store.connection import Store, open_store
from fgc_desktop.store.migrations import migrations


def _found(store: Store, text: str) -> list[tuple[str, str]]:
    """(family, kind) of each hit, best first."""
    return [(hit.family_name, hit.kind) for hit in searching.search(store, text)]


def _row_of(store: Store, table: str, conference: Conference) -> str:
    """The id of the first row of a conference's table (reaching plans through plan_id)."""
    if table == "conferences":
        return conference.id
    owner = (
        "plan_id IN (SELECT id FROM plans WHERE conference_id = ?)"
        if table in {"actions", "plan_answers", "plan_bottom_line_responses", "signatures"}
        else "conference_id = ?"
    )
    return store.db.execute(
        f"SELECT id FROM {table} WHERE {owner} ORDER BY rowid LIMIT 1", [conference.id]
    ).fetchone()[0]


def _add_conference_day_and_review(store: Store, conference: Conference) -> None:
    """Rows the demo does not make at plan agreement: what professionals said, a review."""
    plan = conference.plan
    assert plan is not None
    person = conference.people[-1]
    with store.writing() as db:
        for table, row in (
            ("professional_information", {"person_id": person.id, "worries": "w"}),
            ("family_questions", {"question": "q", "answer": "a"}),
            ("signatures", {"plan_id": plan.id, "name": person.name, "method": "declined"}),
            ("reviews", {"plan_id": plan.id, "outcome": "pending", "family_view": "f"}),
        ):
            owner = {} if table == "signatures" else {"conference_id": conference.id}
            records.insert(db, table, {"id": new_id(), **owner, **row}, conference.id)
        review = db.execute("SELECT id FROM reviews").fetchone()[0]
        progress = {
            "id": new_id(),
            "conference_id": conference.id,
            "review_id": review,
            "action_id": plan.actions[0].id,
            "status": "in_progress",
        }
        records.insert(db, "action_progress", progress, conference.id)


# Every (table, column) the index claims, and the kind a hit in it reports.
FIELD_CASES = [
    ("conferences", "family_name", "family_name"),
    ("conferences", "referrer_name", "referrer"),
    ("conferences", "referral_reason", "referral_reason"),
    ("conferences", "worries", "worries"),
    ("conferences", "strengths", "strengths"),
    ("conferences", "questions", "questions"),
    ("conferences", "consent_withdrawal_reason", "consent_withdrawal"),
    ("people", "name", "child"),
    ("people", "needs", "person_needs"),
    ("bottom_lines", "text", "bottom_line"),
    ("bottom_lines", "reason", "bottom_line"),
    ("stage_moves", "reason", "stage_move"),
    ("visits", "notes", "visit"),
    ("visits", "worries", "visit"),
    ("visits", "hopes", "visit"),
    ("visits", "help_needed", "visit"),
    ("child_voices", "wishes_and_feelings", "child_voice"),
    ("professional_information", "worries", "professional_information"),
    ("professional_information", "working_well", "professional_information"),
    ("professional_information", "needs_to_happen", "professional_information"),
    ("family_questions", "question", "family_question"),
    ("family_questions", "answer", "family_question"),
    ("plans", "contingency", "contingency"),
    ("plans", "plan_monitor", "plan_monitor"),
    ("plans", "decision_reasons", "decision_reasons"),
    ("actions", "what", "action"),
    ("actions", "who", "action_who"),
    ("actions", "support", "action"),
    ("actions", "how_we_know", "action"),
    ("plan_answers", "answer", "plan_answer"),
    ("plan_bottom_line_responses", "how_met", "plan_answer"),
    ("signatures", "note", "signature_note"),
    ("reviews", "family_view", "review"),
    ("reviews", "professionals_view", "review"),
    ("reviews", "closure_note", "review"),
    ("action_progress", "note", "action_progress"),
]


@pytest.mark.parametrize(("table", "column", "kind"), FIELD_CASES)
def test_every_field_is_found(
    store: Store, stored_at: Callable[[Stage], Conference], table: str, column: str, kind: str
) -> None:
    other = stored_at(Stage.PLAN_AGREEMENT)
    conference = stored_at(Stage.PLAN_AGREEMENT)
    _add_conference_day_and_review(store, conference)
    _add_conference_day_and_review(store, other)
    word = "Quetzalcoatl"
    with store.writing() as db:
        text = f"Something said about {word} in passing, among other words"
        records.update(db, table, _row_of(store, table, conference), {column: text}, None)
    hits = searching.search(store, "quetzal")
    assert [(hit.conference_id, hit.kind) for hit in hits] == [(conference.id, kind)]
    hit = hits[0]
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == word
    assert kind in FIELDS and hit.field_label


def test_the_reference_is_found_whole_or_by_its_number(store: Store, stored_at) -> None:
    stored_at(Stage.REFERRAL)
    second = stored_at(Stage.REFERRAL)
    assert [h.conference_id for h in searching.search(store, "fgc-2026-0002")] == [second.id]
    assert [h.conference_id for h in searching.search(store, "0002")] == [second.id]
    assert searching.search(store, "0002")[0].kind == "reference"


def _person(store: Store, conference: Conference, name: str, role: Role = Role.FRIEND) -> None:
    network.add_person(store, conference.id, name, role, "Friend")


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Zuzanna Wójtowicz", "wojtowicz"),  # accents folded by the tokenizer
        ("Łucja Paweł", "lucja pawel"),  # letters the tokenizer keeps apart, folded by m009
        ("Siân ap Rhys", "sian"),
        ("Νίκος Παπαδόπουλος", "νικος"),  # Greek accents
        ("Мария Петрова", "мар"),  # Cyrillic, prefix as typed
        ("سلمى العلي", "سلمى"),  # Arabic
        ("أحمد الرشيد", "احمد"),  # hamza on alef, usually typed without
        ("مُحَمَّد", "محمد"),  # harakat written, not typed
        ("عائشہ خان", "عائشه"),  # Urdu heh goal typed as Arabic heh
        ("李小龙", "李"),  # Chinese surname
        ("李小龙", "小龙"),  # Chinese given name, inside the run of characters
        ("山田太郎", "太郎"),
        ("प्रिया शर्मा", "प्रि"),  # Devanagari vowel signs stay inside the word
        ("Seán O'Brien", "o'bri"),
    ],
)
def test_names_in_any_script_are_found(
    store: Store, stored_at: Callable[[Stage], Conference], stored: str, typed: str
) -> None:
    stored_at(Stage.REFERRAL)
    conference = stored_at(Stage.REFERRAL)
    _person(store, conference, stored)
    hits = searching.search(store, typed)
    assert [hit.conference_id for hit in hits] == [conference.id]
    assert hits[0].snippet == stored
    marked = "".join(hits[0].snippet[s:e] for s, e in hits[0].marks)
    assert marked, "the matching words are marked"


def test_prefix_matches_as_the_coordinator_types(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    _person(store, conference, "Bartholomew Quince")
    for typed in ("ba", "bar", "barth", "bartholomew", "bartholomew q"):
        assert [h.conference_id for h in searching.search(store, typed)] == [conference.id]
    assert searching.search(store, "artholomew") == []  # words match from their start


def test_every_word_must_be_found_but_anywhere_in_the_conference(store: Store, stored_at) -> None:
    first, second = stored_at(Stage.REFERRAL), stored_at(Stage.REFERRAL)
    _person(store, first, "Ottoline Quarrie")
    _person(store, second, "Ottoline Brandreth")
    referral.edit_conference(store, second.id, "worries", "Quarrelling at night")
    assert [h.conference_id for h in searching.search(store, "ottoline quarr")] == [
        first.id,
        second.id,
    ]
    assert [h.conference_id for h in searching.search(store, "brandreth quarr")] == [second.id]
    assert searching.search(store, "brandreth zzz") == []


def test_best_match_first(store: Store, stored_at) -> None:
    buried = stored_at(Stage.REFERRAL)
    named = stored_at(Stage.REFERRAL)
    long_note = " ".join(["The family met and talked about many things."] * 40)
    referral.edit_conference(store, buried.id, "strengths", f"{long_note} Marigold. {long_note}")
    _person(store, named, "Marigold Okonjo")
    assert [h.conference_id for h in searching.search(store, "marigold")] == [named.id, buried.id]
    hit = searching.search(store, "marigold")[1]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 120
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "Marigold"


def test_the_index_follows_every_edit(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    referral.edit_conference(store, conference.id, "worries", "Rent arrears and damp")
    assert _found(store, "arrears") == [("Nowak family", "worries")]
    referral.edit_conference(store, conference.id, "worries", "Damp only now")
    assert _found(store, "arrears") == []
    assert _found(store, "damp") == [("Nowak family", "worries")]
    referral.edit_conference(store, conference.id, "family_name", "Ó Súilleabháin family")
    assert _found(store, "suilleabhain") == [("Ó Súilleabháin family", "family_name")]
    loaded = caseload.load(store, conference.id)
    child = loaded.children[0]
    network.remove_person(store, conference.id, child.id)
    assert _found(store, child.name.split()[0]) == []
    _check_index(store.db)


def test_a_person_becoming_a_child_is_found_as_a_child(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    _person(store, conference, "Tamsin Hollowell")
    assert _found(store, "tamsin") == [("Nowak family", "person")]
    person = next(p for p in caseload.load(store, conference.id).people if p.name.startswith("T"))
    network.set_role(store, conference.id, person.id, Role.CHILD)
    assert _found(store, "tamsin") == [("Nowak family", "child")]


def test_what_the_coordinator_types_is_never_query_syntax(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    referral.edit_conference(store, conference.id, "worries", 'He said "NEAR the AND gate" - ok*')
    for typed in ('"', "*", "-", "(", "NEAR(", "AND", 'said "near', "^", ":", "ok*", "OR OR"):
        searching.search(store, typed)  # none of these may raise
    assert [h.conference_id for h in searching.search(store, 'said "near')] == [conference.id]
    assert searching.search(store, "") == []
    assert searching.search(store, "  - ! ") == []


def test_huge_text_is_indexed_and_cut_to_a_short_snippet(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    huge = ("word " * 3_800) + "Xylophone " + ("word " * 150)  # near the 20,000 allowed
    referral.edit_conference(store, conference.id, "strengths", huge)
    hits = searching.search(store, "xylo")
    assert [h.conference_id for h in hits] == [conference.id]
    assert len(hits[0].snippet) < 120
    assert "Xylophone" in hits[0].snippet


def test_references_best_first_for_the_command_line(store: Store, stored_at) -> None:
    buried, named = stored_at(Stage.REFERRAL), stored_at(Stage.REFERRAL)
    referral.edit_conference(store, buried.id, "strengths", "Talked with Gwendolyn " + "x " * 50)
    _person(store, named, "Gwendolyn Ash")
    assert searching.matching_references(store, "gwen") == [named.reference, buried.reference]
    assert searching.matching_references(store, "nobody-at-all") == []


def _schema(db: Database) -> dict[str, str]:
    """Name to type of every table, index and trigger the migrations made."""
    rows = db.execute(
        "SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL"
    ).fetchall()
    return dict(rows)


def _undo_search(db: Database) -> None:
    """Take the search migration's tables, triggers and indexes out of a current store, so it
    looks as a store made before search did (later migrations only added columns)."""
    before = Database(memory=True)
    migrations.apply(before, stop_before="m009_search")
    added = {n: t for n, t in _schema(db).items() if n not in _schema(before)}
    for kind in ("trigger", "index"):
        for name in (n for n, t in added.items() if t == kind):
            db.execute(f"DROP {kind.upper()} IF EXISTS [{name}]")
    for name in ("search_index", "search_text", "search_fold"):
        db.execute(f"DROP TABLE [{name}]")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_search'")
    db.conn.commit()


def test_migration_indexes_a_store_made_before_search(tmp_path: Path, conference_at) -> None:
    path = tmp_path / "old.sqlite"
    old = open_store(path)
    conference = conference_at(Stage.REVIEW)
    conferences.insert_conference(old, conference)
    _undo_search(old.db)
    assert "search_text" not in old.db.table_names()
    old.close()
    store = open_store(path)
    try:
        assert _found(store, "zofia") == [("Nowak family", "child")]
        assert ("Nowak family", "action") in _found(store, "walk")
        assert _found(store, "0001")[0][1] == "reference"
        _check_index(store.db)
        # ... and the triggers keep it current from then on.
        referral.edit_conference(store, conference.id, "worries", "Pomegranate")
        assert _found(store, "pomegranate") == [("Nowak family", "worries")]
    finally:
        store.close()


def test_search_reader_ranks_off_the_main_connection(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    reader = searching.open_reader(store)
    try:
        result = searching.rank(reader, "zofia")
        assert [r.conference_id for r in result.ranked] == [conference.id]
        assert searching.hits(store, result, 0, 10)[0].kind == "child"
        assert len(searching.rank(reader, "z")) == 0  # one letter tells nothing
        assert len(searching.rank(reader, "王")) == 1  # one character is a Chinese surname
        with pytest.raises(sqlite3.OperationalError):
            reader.db.execute("DELETE FROM conferences")  # it only reads
    finally:
        reader.close()


def _check_index(db: Database) -> None:
    """FTS5's own check that the index holds exactly what its rows say."""
    db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    orphans = db.execute(
        "SELECT count(*) FROM search_index WHERE rowid NOT IN (SELECT id FROM search_text)"
    ).fetchone()[0]
    assert orphans == 0
    assert db.execute("SELECT count(*) FROM search_fold").fetchone()[0] == 0


def test_dates_in_text_do_not_confuse_the_index(store: Store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    referral.edit_conference(
        store, conference.id, "worries", f"Missed school on {date(2026, 3, 4).isoformat()}"
    )
    assert [h.conference_id for h in searching.search(store, "2026-03-04")] == [conference.id]


def test_an_imported_conference_is_found_at_once(store: Store, stored_at, tmp_path: Path) -> None:
    conference = stored_at(Stage.REVIEW)
    data = exchange.export_conference(store, conference.reference)
    other = open_store(tmp_path / "other.sqlite")
    try:
        exchange.import_conference(other, data)
        assert [h.kind for h in searching.search(other, "zofia")] == ["child"]
        assert searching.matching_references(other, "walk children") == [conference.reference]
        _check_index(other.db)
    finally:
        other.close()
