"""The caseload read in pages: ids in list order, then the rows a list shows."""

from __future__ import annotations

from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload


def test_ids_in_list_order_filtered_by_text_and_stage(store, stored_at) -> None:
    first = stored_at(Stage.REFERRAL)
    second = stored_at(Stage.REVIEW)
    third = stored_at(Stage.REFERRAL)
    assert caseload.conference_ids(store) == [third.id, second.id, first.id]
    assert caseload.conference_ids(store, stage=Stage.REFERRAL) == [third.id, first.id]
    assert caseload.conference_ids(store, "0002") == [second.id]
    assert caseload.conference_ids(store, "wójcik", Stage.REVIEW) == [second.id]
    assert caseload.conference_ids(store, "100%_") == []  # typed wildcards are plain text


def test_entries_keep_the_order_asked_and_skip_what_is_gone(store, stored_at) -> None:
    conferences = [stored_at(Stage.REFERRAL) for _ in range(3)]
    wanted = [conferences[2].id, "no-such-id", conferences[0].id]
    entries = caseload.entries(store, wanted)
    assert [e.conference_id for e in entries] == [conferences[2].id, conferences[0].id]
    assert entries[0].reference == "FGC-2026-0003"


def test_more_ids_than_sqlite_takes_at_once(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    ids = [f"missing-{n}" for n in range(40_000)] + [conference.id]
    assert [e.conference_id for e in caseload.entries(store, ids)] == [conference.id]


def test_an_empty_store_is_told_apart_without_counting(store) -> None:
    assert caseload.is_empty(store)
    caseload.create_conference(store, "Nowak family")
    assert not caseload.is_empty(store)
