"""Search stays quick however common the word: what is ranked is bounded by rows, not by luck."""

from __future__ import annotations

import pytest

from fgc_desktop.services import search as searching
from fgc_desktop.store import search as index
from fgc_desktop.store.connection import Store

CONFERENCES = 600
# Every conference's texts: a word in all of them, a name in each, one inside a Chinese name.
_TEXTS = (
    ("worries", "Walking to school is hard"),
    ("strengths", "Grandparent {n} helps on Tuesdays"),
    ("child", "陈小明{n}"),
)


@pytest.fixture
def caseload(store: Store) -> Store:
    """CONFERENCES conferences written straight into the store (the reference and family name
    are indexed by the store's own triggers), and three more indexed texts each."""
    with store.writing() as db:
        db.conn.executemany(
            "INSERT INTO conferences (id, reference, ref_year, ref_number, family_name, stage, "
            "created_at, updated_at) VALUES (?, ?, 2026, ?, ?, 'referral', 't', 't')",
            [(f"c{n}", f"FGC-2026-{n:04d}", n, _family(n)) for n in range(1, CONFERENCES + 1)],
        )
        db.conn.executemany(
            "INSERT INTO search_text (conference_id, kind, source_table, source_id, text) "
            "VALUES (?, ?, 'conferences', ?, ?)",
            [
                (f"c{n}", kind, f"c{n}", text.format(n=n))
                for n in range(1, CONFERENCES + 1)
                for kind, text in _TEXTS
            ],
        )
    return store


def _order(ranked: list[index.Ranked]) -> list[str]:
    """The references in rank order (which of two equally good texts is shown may differ)."""
    return [r.reference for r in ranked]


def _family(n: int) -> str:
    return "Nowak family" if n % 10 == 0 else f"Family{n}"


def test_a_word_in_few_texts_is_ranked_in_full(caseload: Store) -> None:
    ranking = index.rank_first(caseload.db, ["nowak"], texts=100)
    assert ranking.complete
    assert _order(ranking.conferences) == _order(index.rank_conferences(caseload.db, ["nowak"]))
    assert len(ranking.conferences) == CONFERENCES // 10


def test_a_common_word_ranks_only_its_newest_texts(caseload: Store) -> None:
    ranking = index.rank_first(caseload.db, ["school"], texts=100)
    assert not ranking.complete
    # One text a conference holds the word: 100 texts ranked are the 100 newest conferences.
    assert len(ranking.conferences) == 100
    assert {r.reference for r in ranking.conferences} == {
        f"FGC-2026-{n:04d}" for n in range(CONFERENCES - 99, CONFERENCES + 1)
    }
    assert len(index.rank_conferences(caseload.db, ["school"])) == CONFERENCES


def test_the_default_bound_is_what_the_search_panel_ranks(caseload: Store, monkeypatch) -> None:
    monkeypatch.setattr(index, "RANKED_TEXTS", 250)
    result = searching.rank(caseload, "school")
    assert not result.complete and len(result) == 250
    assert searching.rank(caseload, "nowak").complete


def test_names_inside_chinese_runs_are_bounded_too(caseload: Store) -> None:
    ranking = index.rank_first(caseload.db, ["小明"], texts=50)
    assert not ranking.complete and len(ranking.conferences) == 50
    complete = index.rank_first(caseload.db, ["小明"], texts=CONFERENCES)
    assert complete.complete and len(complete.conferences) == CONFERENCES


def test_several_words_meet_in_the_newest_texts(caseload: Store) -> None:
    ranking = index.rank_first(caseload.db, ["school", "nowak"], texts=CONFERENCES)
    assert ranking.complete
    in_full = index.rank_conferences(caseload.db, ["school", "nowak"])
    assert _order(ranking.conferences) == _order(in_full)
    bounded = index.rank_first(caseload.db, ["school", "grandparent"], texts=100)
    assert not bounded.complete and len(bounded.conferences) == 100


def test_too_few_in_the_newest_texts_ranks_in_full(caseload: Store) -> None:
    """Only 10 of the newest 100 conferences are the Nowaks': fewer than a page, so all 60."""
    ranking = index.rank_first(caseload.db, ["school", "nowak"], texts=100)
    assert ranking.complete
    in_full = index.rank_conferences(caseload.db, ["school", "nowak"])
    assert _order(ranking.conferences) == _order(in_full)
    assert len(ranking.conferences) == CONFERENCES // 10


def test_the_exact_reference_comes_first(caseload: Store) -> None:
    ranking = index.rank_first(caseload.db, ["FGC-2026-0150"], texts=100)
    assert ranking.conferences[0].reference == "FGC-2026-0150"


def test_a_rare_word_keeps_best_match_first(caseload: Store) -> None:
    with caseload.writing() as db:
        db.conn.execute(
            "INSERT INTO search_text (conference_id, kind, source_table, source_id, text) "
            "VALUES ('c7', 'worries', 'conferences', 'c7', 'Pagewright')"
        )
        db.conn.execute(
            "INSERT INTO search_text (conference_id, kind, source_table, source_id, text) "
            "VALUES ('c9', 'worries', 'conferences', 'c9', "
            "'Pagewright said a great deal about many other things over a long meeting')"
        )
    ranking = index.rank_first(caseload.db, ["pagewright"], texts=100)
    assert ranking.complete
    # bm25: the short text that is nothing but the word ranks above the long one.
    assert [r.reference for r in ranking.conferences] == ["FGC-2026-0007", "FGC-2026-0009"]
