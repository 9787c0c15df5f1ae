"""What a search is made of: the words typed, and snippets around what matched."""

from __future__ import annotations

from fgc_desktop.domain.search import (
    FIELDS,
    MAX_TERMS,
    cut_snippet,
    search_terms,
    worth_searching,
)


def test_terms_are_the_words_typed_with_letters_or_digits() -> None:
    assert search_terms("  Nowak   school ") == ["Nowak", "school"]
    assert search_terms('- " * Zofia') == ["Zofia"]
    assert search_terms("") == []
    assert len(search_terms("word " * 50)) == MAX_TERMS
    # A decomposed accent (as some keyboards send it) is composed, like the stored text.
    assert search_terms("Sia\u0302n") == ["Siân"]


def test_one_letter_is_not_worth_searching_but_one_chinese_character_is() -> None:
    assert not worth_searching(["a"])
    assert worth_searching(["ab"])
    assert worth_searching(["王"])
    assert not worth_searching([])


def test_a_short_text_is_its_own_snippet_with_the_mark_in_place() -> None:
    snippet, marks = cut_snippet("Halina Wójcik", [(7, 13)])
    assert snippet == "Halina Wójcik"
    assert [snippet[s:e] for s, e in marks] == ["Wójcik"]


def test_a_long_text_is_cut_around_the_first_mark_at_word_boundaries() -> None:
    text = ("one two three four five six seven eight nine ten " * 10) + "MATCH " + "tail " * 50
    start = text.index("MATCH")
    snippet, marks = cut_snippet(text, [(start, start + 5)], width=60)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) <= 62
    assert [snippet[s:e] for s, e in marks] == ["MATCH"]
    assert snippet[1:].split(" ")[0] in text.split()  # starts at a whole word


def test_line_breaks_become_spaces_and_marks_follow() -> None:
    text = "First line\n\n   Second   line with Target\nthird"
    start = text.index("Target")
    snippet, marks = cut_snippet(text, [(start, start + 6)])
    assert snippet == "First line Second line with Target third"
    assert [snippet[s:e] for s, e in marks] == ["Target"]


def test_every_field_has_a_label_and_a_page() -> None:
    for kind, (label, page) in FIELDS.items():
        assert label and page, kind
