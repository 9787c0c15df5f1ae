"""Finding blaming phrases in free text: whole words, any case, any spacing, nothing else."""

from __future__ import annotations

import time

from fgc_desktop.domain.restorative_language import DEFAULT_PHRASES, Phrase, find_phrases


def _found(text: str, phrases=DEFAULT_PHRASES) -> list[str]:
    return [text[m.start : m.end] for m in find_phrases(text, phrases)]


def test_a_phrase_is_found_in_any_case_with_its_suggestion() -> None:
    matches = find_phrases("Mum REFUSES to Engage with services.")
    assert [(m.start, m.end) for m in matches] == [(4, 21)]
    assert matches[0].phrase.wording == "refuses to engage"
    assert "understand" in matches[0].phrase.suggestion


def test_line_breaks_and_extra_spaces_between_words_still_match() -> None:
    assert _found("She failed   to\nprotect them") == ["failed   to\nprotect"]
    assert _found("refuses\tto  engage") == ["refuses\tto  engage"]


def test_only_whole_words_match() -> None:
    assert _found("The toxicity report; detoxify; nontoxic") == []
    assert _found("toxic.") == ["toxic"]
    assert _found("manipulatively") == []
    assert _found("a non-compliant parent") == ["non-compliant"]


def test_overlapping_phrases_keep_the_longest() -> None:
    found = find_phrases("You must comply now. They must comply too.")
    assert [m.phrase.wording for m in found] == ["you must comply", "must comply"]
    assert _found("a chaotic family and chaotic lifestyle") == [
        "chaotic family",
        "chaotic lifestyle",
    ]


def test_every_phrase_in_a_text_is_found_in_order() -> None:
    text = "Dad is in denial and lacks insight; the family is hard to reach."
    assert _found(text) == ["in denial", "lacks insight", "hard to reach"]


def test_text_in_other_scripts_is_left_alone() -> None:
    assert find_phrases("الأم ترفض التعاون 妈妈拒绝参与 Мама отказывается") == []
    # A phrase beside other scripts is still found, and its place counts their characters.
    text = "عائشہ: toxic"
    assert _found(text) == ["toxic"]


def test_empty_text_and_empty_lists_find_nothing() -> None:
    assert find_phrases("") == []
    assert find_phrases("toxic", []) == []
    assert find_phrases("   ") == []


def test_a_phrase_without_words_matches_nothing() -> None:
    wordless = [Phrase("", "x"), Phrase("   ", "y")]
    assert find_phrases("anything at all", wordless) == []
    assert find_phrases("a  -  b", wordless) == []
    assert _found("so toxic", [Phrase(" ", "y"), Phrase("toxic", "z")]) == ["toxic"]


def test_the_services_own_phrases_are_used() -> None:
    own = (Phrase("lazy", "describe what did not happen"),)
    assert _found("not lazy, just tired; toxic", own) == ["lazy"]
    assert find_phrases("LAZY", own)[0].phrase is own[0]


def test_phrases_with_symbols_match_literally() -> None:
    own = (Phrase("won't (engage)", "x"), Phrase("a.b", "y"))
    assert _found("he won't (engage) and axb", own) == ["won't (engage)"]


def test_a_long_text_is_quick() -> None:
    text = "The children were collected late from school and had no tea. " * 2000
    started = time.perf_counter()
    assert find_phrases(text + "toxic") != []
    assert time.perf_counter() - started < 0.5
